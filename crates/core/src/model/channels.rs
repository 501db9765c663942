//! Where a touchpoint happens: the built-in channels, the project's own channels (a name
//! and an icon of the bundled library, see [`crate::icons`]) and a card's reference to
//! either.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ChannelId, Extra};

/// Where a touchpoint happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs, reason = "the variant names say it all")]
pub enum Channel {
    Web,
    App,
    Email,
    Store,
    Phone,
    Social,
    Ads,
    WordOfMouth,
    Chat,
    Other,
}

impl Channel {
    /// Every channel, in menu order.
    pub const ALL: [Channel; 10] = [
        Channel::Web,
        Channel::App,
        Channel::Email,
        Channel::Store,
        Channel::Phone,
        Channel::Social,
        Channel::Ads,
        Channel::WordOfMouth,
        Channel::Chat,
        Channel::Other,
    ];

    /// The catalogue's message id of [`Self::label`].
    pub fn message_id(self) -> &'static str {
        match self {
            Channel::Web => "channel-web",
            Channel::App => "channel-app",
            Channel::Email => "channel-email",
            Channel::Store => "channel-store",
            Channel::Phone => "channel-phone",
            Channel::Social => "channel-social",
            Channel::Ads => "channel-ads",
            Channel::WordOfMouth => "channel-word-of-mouth",
            Channel::Chat => "channel-chat",
            Channel::Other => "channel-other",
        }
    }

    /// The name written in the file (`web`, `word_of_mouth`).
    pub fn key(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::App => "app",
            Channel::Email => "email",
            Channel::Store => "store",
            Channel::Phone => "phone",
            Channel::Social => "social",
            Channel::Ads => "ads",
            Channel::WordOfMouth => "word_of_mouth",
            Channel::Chat => "chat",
            Channel::Other => "other",
        }
    }

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Web => "Web",
            Channel::App => "App",
            Channel::Email => "Email",
            Channel::Store => "Store",
            Channel::Phone => "Phone",
            Channel::Social => "Social",
            Channel::Ads => "Ads",
            Channel::WordOfMouth => "Word of mouth",
            Channel::Chat => "Chat",
            Channel::Other => "Other",
        }
    }
}

/// A channel the project defines: a name and an icon of the bundled library.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CustomChannel {
    /// Unique among the project's channels, and not a built-in channel's name (`web`…).
    pub id: ChannelId,
    /// Display name, e.g. "Check-in kiosk".
    #[schemars(length(max = 1000))]
    pub name: String,
    /// The name of an icon of the bundled library (e.g. `monitor-smartphone`); no icon
    /// when empty or unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 100))]
    pub icon: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A card's channel: a built-in one (written as its name, `"web"`) or one of the
/// project's channels (written as its id).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ChannelRef {
    /// A built-in channel.
    Builtin(Channel),
    /// The id of one of the project's own channels.
    Custom(ChannelId),
}

impl From<Channel> for ChannelRef {
    fn from(c: Channel) -> Self {
        Self::Builtin(c)
    }
}

impl ChannelRef {
    /// The built-in channel, if it is one.
    pub fn builtin(&self) -> Option<Channel> {
        match self {
            Self::Builtin(c) => Some(*c),
            Self::Custom(_) => None,
        }
    }

    /// The project's channel it names, if it is one and the project has it.
    pub fn custom<'a>(&self, channels: &'a [CustomChannel]) -> Option<&'a CustomChannel> {
        match self {
            Self::Builtin(_) => None,
            Self::Custom(id) => channels.iter().find(|c| &c.id == id),
        }
    }

    /// The id or built-in name as written in the file.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Builtin(c) => c.key(),
            Self::Custom(id) => id.as_str(),
        }
    }
}

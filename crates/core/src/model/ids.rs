//! Typed string ids for every kind of thing in a project, so a card id can never be
//! passed where a lane id is expected.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        pub struct $name(
            // At most 1,000 characters, not only white space (as `waymark check` says).
            #[schemars(length(max = 1000), pattern(r"[^\t\n\x0B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"))]
            pub String,
        );

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        // Maps keyed by id can be looked up with a plain `&str` (the derived order,
        // equality and hash are the string's).
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// Identifies a [`crate::model::Persona`] within a project.
    PersonaId
);
string_id!(
    /// Identifies a [`crate::model::JourneyMap`] within a project.
    MapId
);
string_id!(
    /// Identifies a [`crate::model::Stage`] within its map.
    StageId
);
string_id!(
    /// Identifies a [`crate::model::Lane`] within its map.
    LaneId
);
string_id!(
    /// Identifies a [`crate::model::Card`] within its map.
    CardId
);
string_id!(
    /// Identifies an embedded image within a project.
    ImageId
);
string_id!(
    /// Identifies a [`crate::model::Metric`] within its lane.
    MetricId
);
string_id!(
    /// Identifies a [`crate::model::Note`] (or a reply) within its card.
    NoteId
);
string_id!(
    /// Identifies a [`crate::model::CustomChannel`] within a project.
    ChannelId
);

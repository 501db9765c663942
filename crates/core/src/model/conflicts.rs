//! The `conflicts` section of a project file: what a three-way merge (`waymark merge`)
//! could not settle on its own, kept in the file until someone picks a side.
//!
//! The merged document always holds *our* side of every conflict (or keeps a thing that
//! one side deleted), so the file loads and draws like any other; each [`Conflict`]
//! records the other side so the editor can offer it. The section has its own
//! [`MergeConflicts::version`] so its shape can change without a new file format.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, MapId};

/// The version of the conflicts section this build writes and reads.
pub const CONFLICTS_VERSION: u64 = 1;

/// The unresolved conflicts of a merge.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeConflicts {
    /// The version of this section's shape ([`CONFLICTS_VERSION`]).
    pub version: u64,
    /// The conflicts, in the order the merge met them.
    #[serde(default)]
    pub items: Vec<Conflict>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Which side of a merge: *ours* is the file being merged into (git's `%A`), *theirs*
/// the other branch's (`%B`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The version being merged into.
    Ours,
    /// The version being merged in.
    Theirs,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Self {
        match self {
            Self::Ours => Self::Theirs,
            Self::Theirs => Self::Ours,
        }
    }

    /// "ours" or "theirs".
    pub fn name(self) -> &'static str {
        match self {
            Self::Ours => "ours",
            Self::Theirs => "theirs",
        }
    }
}

/// What kind of thing a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Thing {
    /// The project itself (its title, font…).
    Project,
    /// A persona.
    Persona,
    /// A map.
    Map,
    /// A stage of a map.
    Stage,
    /// A lane of a map.
    Lane,
    /// A card of a map.
    Card,
    /// An arrow between two cards (its id is `from→to`).
    Link,
    /// An embedded picture.
    Image,
    /// One of the project's own channels.
    Channel,
}

impl Thing {
    /// The word for it in messages.
    pub fn word(self) -> &'static str {
        match self {
            Self::Project => "project",
            Self::Persona => "persona",
            Self::Map => "map",
            Self::Stage => "stage",
            Self::Lane => "lane",
            Self::Card => "card",
            Self::Link => "arrow",
            Self::Image => "picture",
            Self::Channel => "channel",
        }
    }
}

/// How the two sides disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    /// Both sides changed one field of one thing to different values. The document holds
    /// ours; `theirs` is the other value.
    Field,
    /// One side deleted a thing the other changed (or still uses). The document keeps it;
    /// `deleted_by` says which side deleted it.
    Deleted,
    /// Both sides reordered one list differently. The document holds our order; `theirs`
    /// is the other order (ids).
    Order,
}

/// One unresolved disagreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Conflict {
    /// Identifies the conflict within the file (`k1`, `k2`…).
    pub id: String,
    /// How the sides disagree.
    pub kind: ConflictKind,
    /// The map the thing is in (absent for the project, personas, maps and pictures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map: Option<MapId>,
    /// What kind of thing.
    pub thing: Thing,
    /// The thing's id (`from→to` for an arrow; empty for the project).
    #[serde(default)]
    pub target: String,
    /// Its name or title when the merge ran, for messages.
    #[serde(default)]
    pub name: String,
    /// The field (`title`, `body`, `cell` for a card's lane and stage…), or for an order
    /// conflict the list (`stages`, `lanes`, `cards`, `maps`, `personas`, `links`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The common ancestor's value (absent: the field did not exist).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<serde_json::Value>,
    /// Our value, the one the document holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<serde_json::Value>,
    /// Their value, offered when resolving.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<serde_json::Value>,
    /// For a [`ConflictKind::Deleted`] conflict, the side that deleted the thing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_by: Option<Side>,
    /// Who made our side (the person at the window that merged), when known, so that
    /// each side is named by its person ("Keep Ben's") wherever the file is opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 1000))]
    pub ours_by: Option<String>,
    /// Who made their side, when known (the colleague whose save was merged in, the
    /// person named by a conflict copy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 1000))]
    pub theirs_by: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

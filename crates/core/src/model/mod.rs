//! The journey-map document: pure data with serde, no window and no file handling.
//!
//! A [`Project`] holds personas, embedded images and one or more [`JourneyMap`]s. A map is a
//! grid of ordered [`Stage`]s (columns) crossed by ordered [`Lane`]s (rows); each [`Card`]
//! sits in one cell. Card order inside a cell is the order of [`JourneyMap::cards`].
//!
//! Every struct keeps the fields this version does not know in `extra`, so that they are
//! written back unchanged.

mod channels;
mod color;
mod conflicts;
mod content;
mod header;
mod ids;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A review note's `date` is RFC 3339 in UTC (see [`crate::dates`]).
pub use crate::dates::{now_rfc3339, rfc3339};
pub use channels::{Channel, ChannelRef, CustomChannel};
pub use color::HexColor;
pub use conflicts::{CONFLICTS_VERSION, Conflict, ConflictKind, MergeConflicts, Side, Thing};
pub use content::{
    Better, MAX_METRIC_VALUE, Metric, MetricChart, MetricUnit, Note, Reply, percent_change,
};
pub use header::{Axis, Header, HeaderId};
pub use ids::{CardId, ChannelId, ImageId, LaneId, MapId, MetricId, NoteId, PersonaId, StageId};

/// Fields a struct does not know, kept verbatim and written back in key order.
pub type Extra = BTreeMap<String, serde_json::Value>;

/// The lowest and highest emotion score a card can carry.
pub const EMOTION_RANGE: std::ops::RangeInclusive<i8> = -2..=2;

/// The value of a JSON number that is a whole number however it is written (`2`, `2.0`,
/// `2e0`, `-0`), as JSON Schema's `integer` reads it; `None` for fractions and numbers out
/// of range.
pub fn whole_number(n: &serde_json::Number) -> Option<i64> {
    if let Some(v) = n.as_i64() {
        return Some(v);
    }
    let v = n.as_f64()?;
    // 2^63 is exactly representable; anything from there on is out of range.
    (v.is_finite() && v.fract() == 0.0 && v.abs() < 9_223_372_036_854_775_808.0).then_some(v as i64)
}

/// Reads an emotion score: `null` or a whole number (in any notation) from −2 to 2.
fn emotion_score<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i8>, D::Error> {
    use serde::de::Error as _;
    match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(n)) => match whole_number(&n) {
            Some(v) => i8::try_from(v)
                .ok()
                .filter(|v| EMOTION_RANGE.contains(v))
                .map(Some)
                .ok_or_else(|| D::Error::custom(format!("emotion {n} is outside -2..2"))),
            None => Err(D::Error::custom(format!(
                "emotion {n} is not a whole number from -2 to 2"
            ))),
        },
        Some(other) => Err(D::Error::custom(format!(
            "emotion {other} is not a whole number from -2 to 2"
        ))),
    }
}

/// A whole project file: personas, maps and embedded images.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Project {
    /// The project's title, e.g. "Online grocery order".
    #[schemars(length(max = 1000))]
    pub title: String,
    /// The font family the maps are set in (any installed family); Inter when absent.
    /// A family missing on this computer falls back to Inter with a notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 1000))]
    pub font: Option<String>,
    /// The language the maps are written in (a BCP 47 tag: `ja`, `de`, `en-GB`): Waymark
    /// draws its own labels (SCENARIO, Pain point, page footers…) in it, and quotes,
    /// lists, numbers and dates its way. Guessed from the text when absent
    /// ([`Project::language_tag`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 35), pattern(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"))]
    pub language: Option<String>,
    /// The people whose journeys the maps show.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// The project's own channels (a reception desk, a kiosk), beside the built-in ones;
    /// a card's `channel` may name one by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<CustomChannel>,
    /// The journey maps, e.g. current and future state.
    #[serde(default)]
    pub maps: Vec<JourneyMap>,
    /// Embedded pictures, keyed by id.
    #[serde(default)]
    pub images: BTreeMap<ImageId, ImageAsset>,
    /// What a three-way merge left for someone to decide; absent when there is nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflicts: Option<MergeConflicts>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The actor of a journey.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Persona {
    /// Unique among the project's personas.
    pub id: PersonaId,
    /// Display name, e.g. "Maya".
    #[schemars(length(max = 1000))]
    pub name: String,
    /// Role or segment, e.g. "Working parent".
    #[serde(default)]
    #[schemars(length(max = 1000))]
    pub role: String,
    /// A short quote in the persona's voice.
    #[serde(default)]
    #[schemars(length(max = 100000))]
    pub quote: String,
    /// What the persona wants to achieve.
    #[serde(default)]
    #[schemars(inner(length(max = 100000)))]
    pub goals: Vec<String>,
    /// What the persona needs along the way.
    #[serde(default)]
    #[schemars(inner(length(max = 100000)))]
    pub needs: Vec<String>,
    /// What gets in the persona's way.
    #[serde(default)]
    #[schemars(inner(length(max = 100000)))]
    pub frustrations: Vec<String>,
    /// An embedded image used as the persona's photo.
    #[serde(default)]
    pub photo: Option<ImageId>,
    /// The colour of the persona's emotion curve; the palette picks one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<HexColor>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Whether a map shows today's journey or the one being designed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MapState {
    /// The journey as it is today.
    #[default]
    Current,
    /// The journey as it should become.
    Future,
}

/// One journey map: stages × lanes holding cards.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JourneyMap {
    /// Unique among the project's maps.
    pub id: MapId,
    /// Display name, e.g. "Current state".
    #[schemars(length(max = 1000))]
    pub name: String,
    /// Current or future state.
    #[serde(default)]
    pub state: MapState,
    /// The personas whose journeys this is, in order; the first is the lead persona,
    /// whose emotion scores are the cards' `emotion` (the others' are in `scores`).
    #[serde(default)]
    pub personas: Vec<PersonaId>,
    /// What the persona is trying to do.
    #[serde(default)]
    #[schemars(length(max = 100000))]
    pub scenario: String,
    /// What the persona expects to happen.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 100000))]
    pub expectations: String,
    /// Ordered columns.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Ordered rows.
    #[serde(default)]
    pub lanes: Vec<Lane>,
    /// Cards; the order inside one cell is the order of this list.
    #[serde(default)]
    pub cards: Vec<Card>,
    /// Arrows between cards.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A column of the map: one phase of the journey.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Stage {
    /// Unique among the map's stages.
    pub id: StageId,
    /// Display name, e.g. "Awareness".
    #[schemars(length(max = 1000))]
    pub name: String,
    /// Optional longer text shown under the name.
    #[serde(default)]
    #[schemars(length(max = 100000))]
    pub description: String,
    /// Header colour; the palette picks one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<HexColor>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// How a lane shows and edits its cards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LaneKind {
    /// Free cards.
    #[default]
    Cards,
    /// One score per card, drawn as a curve across the stages.
    Emotion,
    /// Cards that carry a channel icon.
    Channels,
    /// Storyboard pictures.
    Images,
    /// One block of text per cell.
    Text,
    /// Named KPIs per stage, drawn as bars, a line or a funnel.
    Metrics,
    /// A service blueprint's line (of interaction, of visibility, of internal
    /// interaction): a thin lane drawn as a labelled dashed rule across every stage, with
    /// no cells and no cards.
    Line,
}

impl LaneKind {
    /// Every kind, in menu order.
    pub const ALL: [LaneKind; 7] = [
        LaneKind::Cards,
        LaneKind::Emotion,
        LaneKind::Channels,
        LaneKind::Images,
        LaneKind::Text,
        LaneKind::Metrics,
        LaneKind::Line,
    ];

    /// Whether the lane draws cards. A metrics lane draws its metrics' charts instead and
    /// a line lane a dashed rule, so a card there would be kept but never shown: edits
    /// refuse to put one there (drops and keyboard moves pass over such a lane) and
    /// `waymark check` names any a merge or a hand edit left there.
    pub fn shows_cards(self) -> bool {
        !matches!(self, LaneKind::Metrics | LaneKind::Line)
    }

    /// The catalogue's message id of [`Self::label`] (`docs/translating.md`).
    pub fn message_id(self) -> &'static str {
        match self {
            LaneKind::Cards => "lane-kind-cards",
            LaneKind::Emotion => "lane-kind-emotion",
            LaneKind::Channels => "lane-kind-channels",
            LaneKind::Images => "lane-kind-images",
            LaneKind::Text => "lane-kind-text",
            LaneKind::Metrics => "lane-kind-metrics",
            LaneKind::Line => "lane-kind-line",
        }
    }

    /// A human label for menus.
    pub fn label(self) -> &'static str {
        match self {
            LaneKind::Cards => "Cards",
            LaneKind::Emotion => "Emotion curve",
            LaneKind::Channels => "Channels",
            LaneKind::Images => "Images",
            LaneKind::Text => "Text",
            LaneKind::Metrics => "Metrics",
            LaneKind::Line => "Blueprint line",
        }
    }
}

/// A row of the map: one aspect of the journey.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Lane {
    /// Unique among the map's lanes.
    pub id: LaneId,
    /// Display name, e.g. "Customer actions".
    #[schemars(length(max = 1000))]
    pub name: String,
    /// How the lane draws its cards.
    #[serde(default)]
    pub kind: LaneKind,
    /// Default card colour in this lane; the palette picks one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<HexColor>,
    /// The KPIs of a metrics lane, in drawing order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A marker a researcher puts on a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CardFlag {
    /// Something that hurts the experience.
    PainPoint,
    /// A chance to do better.
    Opportunity,
    /// A moment that decides how the customer feels about the whole journey.
    MomentOfTruth,
}

impl CardFlag {
    /// Every flag, in menu order.
    pub const ALL: [CardFlag; 3] = [
        CardFlag::PainPoint,
        CardFlag::Opportunity,
        CardFlag::MomentOfTruth,
    ];

    /// The catalogue's message id of [`Self::label`].
    pub fn message_id(self) -> &'static str {
        match self {
            CardFlag::PainPoint => "flag-pain-point",
            CardFlag::Opportunity => "flag-opportunity",
            CardFlag::MomentOfTruth => "flag-moment-of-truth",
        }
    }

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            CardFlag::PainPoint => "Pain point",
            CardFlag::Opportunity => "Opportunity",
            CardFlag::MomentOfTruth => "Moment of truth",
        }
    }
}

/// A card in one cell of the map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Card {
    /// Unique among the map's cards.
    pub id: CardId,
    /// The lane (row) the card sits in.
    pub lane: LaneId,
    /// The stage (column) the card sits in.
    pub stage: StageId,
    /// The card's headline.
    #[schemars(length(max = 100000))]
    pub title: String,
    /// Optional longer text.
    #[serde(default)]
    #[schemars(length(max = 100000))]
    pub body: String,
    /// Where the touchpoint happens: a built-in channel or the id of one of the
    /// project's own channels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<ChannelRef>,
    /// The name of an icon of the bundled library drawn before the title (see
    /// [`crate::icons`]); none when empty or unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 100))]
    pub icon: String,
    /// Card colour; the lane's colour when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<HexColor>,
    /// Emotion score from −2 (very negative) to +2 (very positive).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "emotion_score"
    )]
    #[schemars(range(min = -2, max = 2))]
    pub emotion: Option<i8>,
    /// The emotion scores of the map's other personas (all but the first), by persona id,
    /// each from −2 to +2.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "content::persona_scores"
    )]
    #[schemars(inner(range(min = -2, max = 2)))]
    pub scores: BTreeMap<PersonaId, i8>,
    /// Free tags, e.g. evidence: observed / reported / assumed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(max = 1000)))]
    pub tags: Vec<String>,
    /// Pain point, opportunity, moment of truth.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<CardFlag>,
    /// Who owns this step.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 1000))]
    pub owner: String,
    /// How this step is measured.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 1000))]
    pub metric: String,
    /// A storyboard picture (in an images lane): an embedded image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageId>,
    /// Review notes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Another map of the project this card opens (a sub-journey: "Check-in" opening the
    /// check-in journey); drawn as a chip with that map's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<MapId>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// An arrow from one card to another in the same map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Link {
    /// The card the arrow starts at.
    pub from: CardId,
    /// The card the arrow points to.
    pub to: CardId,
    /// Optional text on the arrow.
    #[serde(default)]
    #[schemars(length(max = 1000))]
    pub label: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// An embedded picture.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ImageAsset {
    /// `image/png` or `image/jpeg`.
    #[schemars(extend("enum" = ["image/png", "image/jpeg"]))]
    pub mime: String,
    /// The file bytes, base64-encoded.
    #[schemars(length(max = 16000000))]
    pub data: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Project {
    /// The language Waymark writes this project's labels in: `language` when it is set
    /// (and well formed), else guessed from the text ([`crate::text::guess_language`]),
    /// else English.
    pub fn language_tag(&self) -> std::borrow::Cow<'_, str> {
        match self.language.as_deref() {
            Some(tag) if crate::i18n::is_valid_tag(tag) => tag.into(),
            _ => crate::text::guess_language(self)
                .unwrap_or(crate::i18n::ENGLISH)
                .into(),
        }
    }

    /// The catalogue of [`Self::language_tag`].
    pub fn catalogue(&self) -> &'static crate::i18n::Catalogue {
        crate::i18n::Catalogue::for_language(&self.language_tag())
    }

    /// Finds a map by id, or else by name (case-insensitive).
    pub fn find_map(&self, id_or_name: &str) -> Option<&JourneyMap> {
        self.maps
            .iter()
            .find(|m| m.id.as_str() == id_or_name)
            .or_else(|| {
                self.maps
                    .iter()
                    .find(|m| m.name.eq_ignore_ascii_case(id_or_name))
            })
    }

    /// Finds a persona by id.
    pub fn persona(&self, id: &PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| &p.id == id)
    }
}

impl Card {
    /// The score of the map's persona at `index` in [`JourneyMap::personas`] (the lead
    /// persona's, index 0, is [`Card::emotion`]).
    pub fn score_of(&self, map: &JourneyMap, index: usize) -> Option<i8> {
        if index == 0 {
            return self.emotion;
        }
        map.personas
            .get(index)
            .and_then(|id| self.scores.get(id).copied())
    }

    /// How many of the card's note threads are not resolved.
    pub fn open_notes(&self) -> usize {
        self.notes.iter().filter(|n| !n.resolved).count()
    }
}

impl JourneyMap {
    /// The lead persona (the first of [`JourneyMap::personas`]).
    pub fn lead_persona(&self) -> Option<&PersonaId> {
        self.personas.first()
    }

    /// The index of a stage by id.
    pub fn stage_index(&self, id: &StageId) -> Option<usize> {
        self.stages.iter().position(|s| &s.id == id)
    }

    /// The index of a lane by id.
    pub fn lane_index(&self, id: &LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| &l.id == id)
    }

    /// The index of a card by id.
    pub fn card_index(&self, id: &CardId) -> Option<usize> {
        self.cards.iter().position(|c| &c.id == id)
    }
}

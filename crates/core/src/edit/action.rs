//! What a person can do to a project: the [`Action`]s the UI emits, what they created
//! ([`Outcome`]) and why one could not be applied ([`EditError`]).

use super::ops::{MapInfo, OpError};
use crate::model::{
    Axis, Card, CardId, Header, HeaderId, ImageAsset, LaneId, Link, MapId, Persona, PersonaId,
    Side, StageId,
};

/// Something a person does to a map. The UI emits these; the [`super::Editor`] applies them
/// after the frame. Everything is named by id (cards, stages, lanes, maps, personas; a link
/// by the cards it joins), never by position, so an action still means the same thing
/// when an undo has changed the document between the frame that made it and its turn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Moves cards into a cell, before `before` (or at the end of the cell).
    MoveCards {
        /// The cards, in any order (they keep their document order).
        cards: Vec<CardId>,
        /// Target lane.
        lane: LaneId,
        /// Target stage.
        stage: StageId,
        /// The card to insert before; `None` = end of the cell.
        before: Option<CardId>,
    },
    /// Adds a card at the end of a cell; with `image`, a storyboard card with that picture
    /// (one undo step for both).
    AddCard {
        /// Lane.
        lane: LaneId,
        /// Stage.
        stage: StageId,
        /// Title of the new card.
        title: String,
        /// Its picture, already checked and downscaled.
        image: Option<ImageAsset>,
    },
    /// Adds a card titled `title` right after card `after`, in its cell.
    InsertCardAfter {
        /// The card the new one follows.
        after: CardId,
        /// Title of the new card.
        title: String,
    },
    /// Moves each card by the same number of lanes and stages, clamped to the grid (the
    /// keyboard's Alt+arrow, a multi-card drag). Cards that land in one cell keep their
    /// document order, after the cards already there.
    ShiftCards {
        /// The cards.
        cards: Vec<CardId>,
        /// Lanes down (negative: up).
        lanes: i32,
        /// Stages right (negative: left).
        stages: i32,
    },
    /// Replaces a card (matched by id) with a new value.
    UpdateCard(Card),
    /// Deletes cards and the links that touch them.
    DeleteCards(Vec<CardId>),
    /// Duplicates cards, each right after its original.
    DuplicateCards(Vec<CardId>),
    /// Pastes copies of cards (new ids) into a cell, or into their own cells when they
    /// exist in this map.
    PasteCards {
        /// The cards as copied.
        cards: Vec<Card>,
        /// Target cell, if one is selected.
        cell: Option<(LaneId, StageId)>,
    },
    /// Moves a stage or a lane before another one of its axis (or to the end).
    MoveHeader {
        /// The stage or lane to move.
        header: HeaderId,
        /// The one it lands before; `None` = after the last one.
        before: Option<HeaderId>,
    },
    /// Inserts a new stage, or a new lane of cards.
    AddHeader {
        /// Stages or lanes.
        axis: Axis,
        /// The one it goes before; `None` = after the last one.
        before: Option<HeaderId>,
        /// Name.
        name: String,
    },
    /// Replaces a stage or a lane (matched by id).
    UpdateHeader(Header),
    /// Deletes a stage or a lane with its cards.
    DeleteHeader(HeaderId),
    /// Changes the map's name, state, persona, scenario or expectations.
    UpdateMapInfo(MapInfo),
    /// Adds a map after the current one with the same stages and lanes and no cards.
    AddMap {
        /// Its name.
        name: String,
    },
    /// Copies the current map (cards, links and all) right after it; with `future`, as
    /// the future state of the journey.
    DuplicateMap {
        /// Mark the copy as the future state (named so in the project's language).
        future: bool,
        /// Keep the cards' review notes (a future state starts without them by default:
        /// they were about today's journey).
        notes: bool,
        /// Keep the cards' emotion scores (a future state may want them cleared, to be
        /// scored afresh).
        scores: bool,
    },
    /// Deletes a map (never the last one).
    DeleteMap(MapId),
    /// Adds a persona and makes it the current map's.
    AddPersona,
    /// Changes a persona (found by id).
    UpdatePersona(Persona),
    /// Deletes a persona; maps that named it name none.
    DeletePersona(PersonaId),
    /// Adds a project channel.
    AddChannel {
        /// Its name.
        name: String,
        /// A library icon's name (may be empty).
        icon: String,
    },
    /// Changes a project channel (found by id): its name or icon.
    UpdateChannel(crate::model::CustomChannel),
    /// Deletes a project channel; cards on it are left with none.
    DeleteChannel(crate::model::ChannelId),
    /// Sets (or with `None` clears) a persona's photo.
    SetPersonaPhoto {
        /// The persona.
        persona: PersonaId,
        /// The picture, already checked and downscaled.
        image: Option<ImageAsset>,
    },
    /// Puts a picture on a card (for storyboard lanes), or with `None` removes it.
    SetCardImage {
        /// The card.
        card: CardId,
        /// The picture, already checked and downscaled.
        image: Option<ImageAsset>,
    },
    /// Draws an arrow between two cards of the current map.
    AddLink {
        /// Where it starts.
        from: CardId,
        /// Where it points.
        to: CardId,
    },
    /// Replaces the link with the same `from` and `to` (a map links two cards at most
    /// once each way): changes its label.
    UpdateLink(Link),
    /// Deletes the arrow from card `from` to card `to`.
    DeleteLink {
        /// Where it starts.
        from: CardId,
        /// Where it points.
        to: CardId,
    },
    /// Renames the project.
    SetTitle(String),
    /// Sets the font family the maps are set in (`None`: the bundled Inter).
    SetFont(Option<String>),
    /// Sets the language Waymark writes the maps' labels in (a BCP 47 tag; `None`: guessed
    /// from the text).
    SetLanguage(Option<String>),
    /// Settles the merge conflict with this id by picking a side
    /// ([`crate::compare::resolve`]).
    ResolveConflict {
        /// The conflict's id.
        id: String,
        /// The side to keep.
        pick: Side,
    },
    /// Puts a card back as another version has it (Compare): a card with its id here
    /// takes that version's fields and cell; one this map lacks is added at the end of
    /// its cell. With `image`, the version's picture is embedded for it.
    RestoreCard {
        /// The card as the other version has it.
        card: Card,
        /// Its picture, from the other version's project.
        image: Option<ImageAsset>,
    },
}

/// What an action created, for the UI to select.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// New cards.
    pub cards: Vec<CardId>,
    /// A new map.
    pub map: Option<MapId>,
    /// A new stage.
    pub stage: Option<StageId>,
    /// A new lane.
    pub lane: Option<LaneId>,
}

/// Why a document is shown read-only: it can be read and saved as a copy, never changed
/// or written over its file. Its text is the notice the window shows above the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadOnly {
    /// The file comes from a newer Waymark (this format version).
    #[error(
        "Read-only: this file was made by a newer Waymark (format version {0}). Changes cannot be made here; save a copy to keep it in this version's format."
    )]
    NewerVersion(u64),
    /// The file's permissions forbid writing it.
    #[error(
        "Read-only: the file's permissions do not allow changing it. Changes cannot be made here; save a copy to work on it."
    )]
    File,
}

/// Why an action could not be applied. The document is left unchanged.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// The document came from a newer Waymark (this format version) and must not change.
    #[error(
        "this file was made by a newer Waymark (format version {0}) and is read-only: save a copy to change it"
    )]
    ReadOnly(u64),
    /// The document's file is read-only (its permissions forbid writing it).
    #[error("this file is read-only: save a copy to change it")]
    ReadOnlyFile,
    /// A lane that holds cards cannot become a kind that does not show cards, and no card
    /// can be put into such a lane: the cards would be kept but never drawn.
    #[error(
        "lane “{lane}” holds {cards} card(s), which a {kind} lane cannot show: move or delete them first"
    )]
    LaneHoldsCards {
        /// The lane's name.
        lane: String,
        /// The kind that cannot show cards ("Metrics").
        kind: &'static str,
        /// How many cards it holds.
        cards: usize,
    },
    /// A card cannot be put into a lane of a kind that does not show cards.
    #[error("lane “{lane}” is a {kind} lane, which cannot show cards")]
    NoCardsHere {
        /// The lane's name.
        lane: String,
        /// Its kind ("Metrics").
        kind: &'static str,
    },
    /// A referenced thing does not exist (e.g. it was deleted meanwhile).
    #[error("{0} no longer exists")]
    Missing(String),
    /// The change is not allowed (e.g. deleting the last map).
    #[error("{0}")]
    Refused(String),
    /// An internal inconsistency.
    #[error(transparent)]
    Op(#[from] OpError),
}

impl Action {
    /// The name of the undo step this action makes ("Move card", "Add stage", …).
    pub fn label(&self) -> &'static str {
        match self {
            Self::MoveCards { cards, .. } if cards.len() > 1 => "Move cards",
            Self::MoveCards { .. } => "Move card",
            Self::AddCard { image: Some(_), .. } => "Add picture",
            Self::AddCard { .. } | Self::InsertCardAfter { .. } => "Add card",
            Self::ShiftCards { cards, .. } if cards.len() > 1 => "Move cards",
            Self::ShiftCards { .. } => "Move card",
            Self::UpdateCard(_) => "Edit card",
            Self::DeleteCards(_) => "Delete",
            Self::DuplicateCards(_) => "Duplicate",
            Self::PasteCards { .. } => "Paste",
            Self::MoveHeader {
                header: HeaderId::Stage(_),
                ..
            } => "Move stage",
            Self::MoveHeader { .. } => "Move lane",
            Self::AddHeader {
                axis: Axis::Stages, ..
            } => "Add stage",
            Self::AddHeader { .. } => "Add lane",
            Self::UpdateHeader(Header::Stage(_)) => "Edit stage",
            Self::UpdateHeader(_) => "Edit lane",
            Self::DeleteHeader(HeaderId::Stage(_)) => "Delete stage",
            Self::DeleteHeader(_) => "Delete lane",
            Self::UpdateMapInfo(_) => "Edit map",
            Self::AddMap { .. } => "Add map",
            Self::DuplicateMap { future: true, .. } => "Start future state",
            Self::DuplicateMap { .. } => "Duplicate map",
            Self::DeleteMap(_) => "Delete map",
            Self::AddPersona => "Add persona",
            Self::UpdatePersona(_) => "Edit persona",
            Self::DeletePersona(_) => "Delete persona",
            Self::SetPersonaPhoto { .. } => "Set photo",
            Self::AddChannel { .. } => "Add channel",
            Self::UpdateChannel(_) => "Edit channel",
            Self::DeleteChannel(_) => "Delete channel",
            Self::SetCardImage { .. } => "Set picture",
            Self::AddLink { .. } => "Link cards",
            Self::UpdateLink(_) => "Edit link",
            Self::DeleteLink { .. } => "Delete link",
            Self::SetTitle(_) => "Rename project",
            Self::SetFont(_) => "Change font",
            Self::SetLanguage(_) => "Change language",
            Self::ResolveConflict { .. } => "Resolve conflict",
            Self::RestoreCard { .. } => "Restore card",
        }
    }
}

//! What a frame wants done, in one queue applied after it. During a frame the document,
//! the selection and the view are only read; widgets, panels, menus, keys and the canvas
//! push [`AppCommand`]s into [`Commands`], and the shell applies them in order once the
//! frame is drawn. [`registry`] is the one table of the window's named commands (label,
//! shortcut, menu); [`keys`] turns key presses into them.

pub mod keys;
pub mod registry;
mod table;

use std::path::PathBuf;

pub use registry::{CommandInfo, Scope, UICommand};

use super::canvas::ViewRequest;
use super::notify::Notification;
use super::{Edit, Selection};
use crate::model::{CardId, LaneId, PersonaId};

/// A picture the user wants to pick with the file dialog, and where it goes.
#[derive(Clone, Debug, PartialEq)]
pub enum PickImage {
    /// A persona's photo.
    PersonaPhoto(PersonaId),
    /// A storyboard card's picture.
    CardImage(CardId),
}

/// A file to ask for, read or open.
#[derive(Clone, Debug, PartialEq)]
pub enum FileRequest {
    /// Open this project (asking about unsaved changes first).
    Open(PathBuf),
    /// Forget the recent-files list.
    ClearRecent,
    /// Start a new project from this bundled template.
    New(&'static str),
    /// Pick a picture file for a persona or a card.
    PickImage(PickImage),
    /// Read metric values from a CSV into this metrics lane (or the map's first).
    ImportMetrics(Option<LaneId>),
    /// Choose a project file to compare the map on screen with.
    CompareFile,
    /// Compare the map on screen with this file (a backup), called `label`.
    CompareWith(PathBuf, String),
    /// Choose where to export the map, proposing this file name.
    ExportTo(String),
}

/// One thing to do after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
    /// A command of the registry (runs only if enabled then).
    Run(UICommand),
    /// A change to the document, on the map shown in this frame.
    Edit(Box<Edit>),
    /// A typing burst ended: the next change starts a new undo step.
    EndTyping,
    /// Select this.
    Select(Selection),
    /// Bring the selection into view, or zoom to it.
    View(ViewRequest),
    /// Show the map at this index of the project.
    ShowMap(usize),
    /// Show this map, opened through a card's link (the trail bar leads back).
    OpenLinkedMap(crate::model::MapId),
    /// Back to the map the last link was followed from.
    BackAlongTrail,
    /// A file to ask for, open or read.
    File(FileRequest),
    /// Paste this clipboard text.
    Paste(String),
    /// Tell the user.
    Notify(Notification),
    /// List what the last colleague's save changed, and select it.
    ShowIncoming,
    /// Merge a sync service's conflict copy into the document.
    MergeCopy(PathBuf),
    /// Move a merged conflict copy into the backups.
    PutAwayCopy(PathBuf),
    /// The answer to the document's question.
    Answer(crate::session::Answer),
    /// Put these settings in force (they were saved).
    ApplySettings(Box<crate::store::settings::Settings>),
    /// The inspector was dragged to this width: remember it in the settings.
    RememberInspectorWidth(f32),
    /// Open the Export dialog on two maps of the document, one above the other.
    ExportStacked {
        /// The map drawn above (the current state).
        above: crate::model::MapId,
        /// The map drawn below (the future state).
        below: crate::model::MapId,
    },
}

/// The queue of one frame.
#[derive(Debug, Default)]
pub struct Commands {
    items: Vec<AppCommand>,
}

impl Commands {
    /// Queues `command`.
    pub fn push(&mut self, command: AppCommand) {
        self.items.push(command);
    }

    /// Queues a registry command.
    pub fn run(&mut self, command: UICommand) {
        self.push(AppCommand::Run(command));
    }

    /// Queues a change to the document.
    pub fn edit(&mut self, edit: Edit) {
        self.push(AppCommand::Edit(Box::new(edit)));
    }

    /// Ends the typing burst after this frame's edits.
    pub fn end_typing(&mut self) {
        self.push(AppCommand::EndTyping);
    }

    /// Selects `selection` after the frame.
    pub fn select(&mut self, selection: Selection) {
        self.push(AppCommand::Select(selection));
    }

    /// Selects `selection` and brings it into view.
    pub fn select_and_reveal(&mut self, selection: Selection) {
        self.select(selection);
        self.push(AppCommand::View(ViewRequest::Reveal));
    }

    /// Asks for a file, or opens or reads one.
    pub fn file(&mut self, request: FileRequest) {
        self.push(AppCommand::File(request));
    }

    /// Tells the user.
    pub fn notify(&mut self, notification: Notification) {
        self.push(AppCommand::Notify(notification));
    }

    /// Everything queued, in order, leaving the queue empty.
    pub fn take(&mut self) -> Vec<AppCommand> {
        std::mem::take(&mut self.items)
    }

    /// Whether nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

//! The window's panels and windows, each a type that owns its state and draws from the
//! frame's read-only [`crate::ui::frame::FrameCtx`], asking for changes through the
//! frame's [`crate::ui::command::Commands`]: the inspector, the find bar, compare, merge
//! conflicts, review notes, the command palette, help, presentation mode and settings
//! (the Export dialog is in [`crate::ui::export`]).

pub mod compare;
pub mod conflicts;
pub mod find;
pub mod future;
pub mod gallery;
pub mod help;
pub mod inspector;
pub mod notes;
pub mod palette;
pub mod present;
pub mod settings;

use crate::ui::command::Commands;
use crate::ui::frame::FrameCtx;

/// A panel or window of the shell: it owns its state, draws from the frame's read-only
/// context and asks for every change through the frame's commands. Side and top panels
/// are added to `root` (the window's root `Ui`); windows use its context.
pub trait Panel {
    /// Draws the panel if it is open.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands);
}

/// Every panel of the window.
#[derive(Default)]
pub struct Panels {
    /// The inspector on the right.
    pub inspector: inspector::Inspector,
    /// The find bar.
    pub find: find::FindBar,
    /// View → Compare with….
    pub compare: compare::ComparePanel,
    /// Merge conflicts.
    pub conflicts: conflicts::ConflictsPanel,
    /// Review notes.
    pub notes: notes::NotesPanel,
    /// The command palette.
    pub palette: palette::Palette,
    /// File → New: the template gallery.
    pub gallery: gallery::Gallery,
    /// Map → Start future state: what the copy keeps.
    pub future: future::FutureDialog,
    /// The shortcut sheet and About.
    pub help: help::Help,
    /// Presentation mode.
    pub present: present::Presenter,
    /// File → Settings….
    pub settings: settings::SettingsPanel,
    /// The Export dialog and the export in flight.
    pub export: crate::ui::export::ExportPanel,
}

//! The one table of the window's commands: each [`UICommand`] has a label, a group, its
//! keyboard shortcuts and where those work. The menus, the context menus, the toolbar,
//! the command palette, the shortcut sheet and key handling all read it, so a label or a
//! key is written once. Shortcut text comes from egui's formatter (⌘ on macOS). The rows
//! themselves (label, tooltip, group, keys, scope) are in [`super::table`].

use egui::KeyboardShortcut;

/// A command of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UICommand {
    /// Start a new journey map.
    New,
    /// Open a project file.
    Open,
    /// Save the project.
    Save,
    /// Save the project under a new name.
    SaveAs,
    /// Save this file by itself two seconds after each change (on or off).
    SaveAutomatically,
    /// Make a map from a CSV grid of stages and lanes, or a Mermaid journey.
    ImportCsv,
    /// Read metric values (stage, metric, value) from a CSV into a metrics lane.
    ImportMetrics,
    /// Show or hide the panel of open review notes.
    NotesPanel,
    /// Export the map as PNG, SVG, PDF (paged), PPTX, HTML, CSV or Mermaid.
    Export,
    /// Your name, new projects, export defaults, recovery and theme.
    Settings,
    /// The window's language (opens Settings, where it is chosen).
    Language,
    /// Close Waymark.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Cut the selected cards.
    Cut,
    /// Copy the selected cards.
    Copy,
    /// Paste cards (or text as a new card) into the selected cell.
    Paste,
    /// Duplicate the selected cards.
    Duplicate,
    /// Delete the selected cards, stage or lane.
    Delete,
    /// Add an empty map to the project and name it.
    AddMap,
    /// Copy this map as the journey's future state.
    StartFutureState,
    /// Copy this map.
    DuplicateMap,
    /// Rename the map on screen.
    RenameMap,
    /// Delete the map on screen (undo brings it back).
    DeleteMap,
    /// Show the next map of the project.
    NextMap,
    /// Show the previous map of the project.
    PreviousMap,
    /// Show the map the selected card opens (a sub-journey).
    OpenLinkedMap,
    /// Select every card of the map.
    SelectAll,
    /// Edit the selected card's title, or rename the selected stage or lane, in place.
    EditTitle,
    /// Add a card after the selected one (or in the selected cell) and edit its title.
    AddCardAfter,
    /// Add a stage after the selected one (or at the end).
    AddStage,
    /// Add a lane below the selected one (or at the bottom).
    AddLane,
    /// Draw an arrow from the selected card: then click a card, or pick one with the arrow keys and press Enter.
    DrawArrow,
    /// Select the nearest card to the left.
    SelectLeft,
    /// Select the nearest card to the right.
    SelectRight,
    /// Select the nearest card above (or the stage header).
    SelectUp,
    /// Select the nearest card below.
    SelectDown,
    /// Select the next card in reading order.
    NextCard,
    /// Select the previous card in reading order.
    PreviousCard,
    /// Move the selected cards one stage left, or the selected stage.
    MoveLeft,
    /// Move the selected cards one stage right, or the selected stage.
    MoveRight,
    /// Move the selected cards one lane up, or the selected lane.
    MoveUp,
    /// Move the selected cards one lane down, or the selected lane.
    MoveDown,
    /// Show what can be done with the selection.
    ContextMenu,
    /// Find cards by their text.
    Find,
    /// Select the next card found.
    FindNext,
    /// Select the previous card found.
    FindPrevious,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Zoom to 100%.
    ActualSize,
    /// Show the whole map.
    FitMap,
    /// Show the selected cards, stage or lane as large as fits.
    ZoomToSelection,
    /// Compare the map with another map, another file or a backup.
    Compare,
    /// List the merge conflicts left in the file, to pick a side for each.
    Conflicts,
    /// Present the map full screen, a stage at a time.
    Present,
    /// Search every command by name.
    CommandPalette,
    /// Show every command and its keys.
    Shortcuts,
    /// The version, and where backups live.
    About,
}

/// Where a command's shortcuts work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere, even while typing in a text field.
    Anywhere,
    /// Anywhere but in a text field (Ctrl+Z there undoes typing).
    NotTyping,
    /// When the canvas has the keyboard focus (or nothing has): selection and movement.
    Canvas,
}

/// What the table says about one command.
#[derive(Clone, Copy, Debug)]
pub struct CommandInfo {
    /// Its name in menus, the palette and the shortcut sheet.
    pub label: &'static str,
    /// A longer description, for tooltips and the palette.
    pub tooltip: &'static str,
    /// The menu and sheet section it belongs to.
    pub group: &'static str,
    /// Its keys, the first one shown in menus.
    pub shortcuts: &'static [KeyboardShortcut],
    /// Where the keys work.
    pub scope: Scope,
}

impl UICommand {
    /// The groups commands belong to, in the menu bar's order (each is a menu and a
    /// section of the shortcut sheet), in the window's language.
    pub fn groups() -> [&'static str; 6] {
        use crate::ui::i18n::tr;
        [
            tr("group-file"),
            tr("group-edit"),
            tr("group-select"),
            tr("group-map"),
            tr("group-view"),
            tr("group-help"),
        ]
    }

    /// Every command, in menu order.
    pub const ALL: [Self; 58] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::SaveAutomatically,
        Self::ImportCsv,
        Self::ImportMetrics,
        Self::NotesPanel,
        Self::Export,
        Self::Settings,
        Self::Language,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::Cut,
        Self::Copy,
        Self::Paste,
        Self::Duplicate,
        Self::Delete,
        Self::SelectAll,
        Self::EditTitle,
        Self::AddCardAfter,
        Self::AddStage,
        Self::AddLane,
        Self::DrawArrow,
        Self::AddMap,
        Self::StartFutureState,
        Self::DuplicateMap,
        Self::RenameMap,
        Self::DeleteMap,
        Self::NextMap,
        Self::PreviousMap,
        Self::OpenLinkedMap,
        Self::SelectLeft,
        Self::SelectRight,
        Self::SelectUp,
        Self::SelectDown,
        Self::NextCard,
        Self::PreviousCard,
        Self::MoveLeft,
        Self::MoveRight,
        Self::MoveUp,
        Self::MoveDown,
        Self::ContextMenu,
        Self::Find,
        Self::FindNext,
        Self::FindPrevious,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ActualSize,
        Self::FitMap,
        Self::ZoomToSelection,
        Self::Compare,
        Self::Conflicts,
        Self::Present,
        Self::CommandPalette,
        Self::Shortcuts,
        Self::About,
    ];

    /// The first shortcut as the platform writes it ("Ctrl+S", "⌘S"), or "".
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.info()
            .shortcuts
            .first()
            .map(|s| format_shortcut(ctx, s))
            .unwrap_or_default()
    }
}

/// A shortcut as the platform writes it, with punctuation keys as the character on the
/// key ("Ctrl+,", "?", "Ctrl+/") rather than egui's names for them ("Ctrl+Comma",
/// "Questionmark"). Other key names are egui's; the modifiers' names off macOS are the
/// window language's ("Strg+Umschalt+S" in German), through egui's own formatter.
pub fn format_shortcut(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    let text = if ctx.os().is_mac() {
        ctx.format_shortcut(shortcut)
    } else {
        use crate::ui::i18n::tr;
        let names = egui::ModifierNames {
            alt: tr("key-alt"),
            ctrl: tr("key-ctrl"),
            shift: tr("key-shift"),
            ..egui::ModifierNames::NAMES
        };
        shortcut.format(&names, false)
    };
    let key = shortcut.logical_key;
    let symbol = key.symbol_or_name();
    let punctuation =
        symbol.chars().count() == 1 && symbol.chars().all(|c| c.is_ascii_punctuation() || c == '−');
    match text.strip_suffix(key.name()) {
        Some(modifiers) if punctuation && symbol != key.name() => format!("{modifiers}{symbol}"),
        _ => text,
    }
}

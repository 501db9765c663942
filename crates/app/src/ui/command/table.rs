//! The rows of the command table: each [`UICommand`]'s label, tooltip, group (its menu),
//! keyboard shortcuts and where they work. Read through [`UICommand::info`].

use egui::{Key, KeyboardShortcut, Modifiers};

use super::registry::{CommandInfo, Scope, UICommand};

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}
const NONE: Modifiers = Modifiers::NONE;
const CMD: Modifiers = Modifiers::COMMAND;
const SHIFT: Modifiers = Modifiers::SHIFT;
const ALT: Modifiers = Modifiers::ALT;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};
const CMD_ALT: Modifiers = Modifiers {
    alt: true,
    ..Modifiers::COMMAND
};
const ALT_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::ALT
};

impl UICommand {
    /// The table's row for this command.
    pub fn info(self) -> CommandInfo {
        use Scope::{Anywhere, Canvas, NotTyping};
        let (label, tooltip, group, shortcuts, scope): (_, _, _, &'static [_], _) = match self {
            Self::New => (
                "New",
                "Start a new journey map",
                "File",
                const { &[key(CMD, Key::N)] },
                Anywhere,
            ),
            Self::Open => (
                "Open…",
                "Open a project file",
                "File",
                const { &[key(CMD, Key::O)] },
                Anywhere,
            ),
            Self::Save => (
                "Save",
                "Save the project",
                "File",
                const { &[key(CMD, Key::S)] },
                Anywhere,
            ),
            Self::SaveAs => (
                "Save As…",
                "Save the project under a new name",
                "File",
                const { &[key(CMD_SHIFT, Key::S)] },
                Anywhere,
            ),
            Self::SaveAutomatically => (
                "Save automatically",
                "Save this file by itself two seconds after each change, so colleagues sharing it see your edits",
                "File",
                const { &[] },
                Anywhere,
            ),
            Self::ImportCsv => (
                "Import CSV grid or Mermaid journey…",
                "Make a map from a CSV grid of stages and lanes (.csv) or a Mermaid journey (.mmd)",
                "File",
                const { &[key(CMD, Key::I)] },
                Anywhere,
            ),
            Self::ImportMetrics => (
                "Import metric values…",
                "Read a CSV of stage, metric, value (optionally unit, target) into the selected metrics lane (or the map's first)",
                "File",
                const { &[key(CMD_SHIFT, Key::I)] },
                Anywhere,
            ),
            Self::NotesPanel => (
                "Review notes",
                "Show or hide the list of open review notes; click one to select its card",
                "View",
                const { &[key(CMD_SHIFT, Key::N)] },
                Anywhere,
            ),
            Self::Export => (
                "Export…",
                "Export the map as PNG, SVG, PDF pages, PPTX slides, an HTML viewer, CSV or Mermaid",
                "File",
                const { &[key(CMD, Key::E)] },
                Anywhere,
            ),
            Self::Settings => (
                "Settings…",
                "Your name, new projects, export defaults, recovery and theme",
                "File",
                const { &[key(CMD, Key::Comma)] },
                Anywhere,
            ),
            Self::Quit => (
                "Quit",
                "Close Waymark",
                "File",
                const { &[key(CMD, Key::Q)] },
                Anywhere,
            ),
            Self::Undo => (
                "Undo",
                "Undo the last change",
                "Edit",
                const { &[key(CMD, Key::Z)] },
                NotTyping,
            ),
            Self::Redo => (
                "Redo",
                "Redo what was undone",
                "Edit",
                const { &[key(CMD_SHIFT, Key::Z), key(CMD, Key::Y)] },
                NotTyping,
            ),
            Self::Cut => (
                "Cut",
                "Cut the selected cards",
                "Edit",
                const { &[key(CMD, Key::X)] },
                NotTyping,
            ),
            Self::Copy => (
                "Copy",
                "Copy the selected cards",
                "Edit",
                const { &[key(CMD, Key::C)] },
                NotTyping,
            ),
            Self::Paste => (
                "Paste",
                "Paste cards (or text as a new card) into the selected cell",
                "Edit",
                const { &[key(CMD, Key::V)] },
                NotTyping,
            ),
            Self::Duplicate => (
                "Duplicate",
                "Duplicate the selected cards",
                "Edit",
                const { &[key(CMD, Key::D)] },
                NotTyping,
            ),
            Self::Delete => (
                "Delete",
                "Delete the selected cards, stage or lane",
                "Edit",
                const { &[key(NONE, Key::Delete), key(NONE, Key::Backspace)] },
                Canvas,
            ),
            Self::SelectAll => (
                "Select all cards",
                "Select every card of the map",
                "Select",
                const { &[key(CMD, Key::A)] },
                NotTyping,
            ),
            Self::EditTitle => (
                "Edit title",
                "Edit the selected card's title, or rename the selected stage or lane, in place",
                "Edit",
                const { &[key(NONE, Key::Enter), key(NONE, Key::F2)] },
                Canvas,
            ),
            Self::AddCardAfter => (
                "Add card after",
                "Add a card after the selected one (or in the selected cell) and edit its title",
                "Edit",
                const { &[key(CMD, Key::Enter)] },
                Canvas,
            ),
            Self::AddStage => (
                "Add stage",
                "Add a stage after the selected one (or at the end)",
                "Edit",
                const { &[key(ALT_SHIFT, Key::S)] },
                NotTyping,
            ),
            Self::AddLane => (
                "Add lane",
                "Add a lane below the selected one (or at the bottom)",
                "Edit",
                const { &[key(ALT_SHIFT, Key::L)] },
                NotTyping,
            ),
            Self::DrawArrow => (
                "Draw an arrow from here",
                "Draw an arrow from the selected card: then click a card, or pick one with the arrow keys and press Enter",
                "Edit",
                const { &[key(ALT_SHIFT, Key::A)] },
                Canvas,
            ),
            Self::SelectLeft => (
                "Select left",
                "Select the nearest card to the left",
                "Select",
                const { &[key(NONE, Key::ArrowLeft)] },
                Canvas,
            ),
            Self::SelectRight => (
                "Select right",
                "Select the nearest card to the right",
                "Select",
                const { &[key(NONE, Key::ArrowRight)] },
                Canvas,
            ),
            Self::SelectUp => (
                "Select up",
                "Select the nearest card above (or the stage header)",
                "Select",
                const { &[key(NONE, Key::ArrowUp)] },
                Canvas,
            ),
            Self::SelectDown => (
                "Select down",
                "Select the nearest card below",
                "Select",
                const { &[key(NONE, Key::ArrowDown)] },
                Canvas,
            ),
            Self::NextCard => (
                "Next card",
                "Select the next card in reading order",
                "Select",
                const { &[key(NONE, Key::Tab)] },
                Canvas,
            ),
            Self::PreviousCard => (
                "Previous card",
                "Select the previous card in reading order",
                "Select",
                const { &[key(SHIFT, Key::Tab)] },
                Canvas,
            ),
            Self::MoveLeft => (
                "Move left",
                "Move the selected cards one stage left, or the selected stage",
                "Select",
                const { &[key(ALT, Key::ArrowLeft)] },
                Canvas,
            ),
            Self::MoveRight => (
                "Move right",
                "Move the selected cards one stage right, or the selected stage",
                "Select",
                const { &[key(ALT, Key::ArrowRight)] },
                Canvas,
            ),
            Self::MoveUp => (
                "Move up",
                "Move the selected cards one lane up, or the selected lane",
                "Select",
                const { &[key(ALT, Key::ArrowUp)] },
                Canvas,
            ),
            Self::MoveDown => (
                "Move down",
                "Move the selected cards one lane down, or the selected lane",
                "Select",
                const { &[key(ALT, Key::ArrowDown)] },
                Canvas,
            ),
            Self::ContextMenu => (
                "Context menu",
                "Show what can be done with the selection",
                "Select",
                const { &[key(SHIFT, Key::F10), key(NONE, Key::Menu)] },
                Canvas,
            ),
            Self::Find => (
                "Find…",
                "Find cards by their text",
                "Select",
                const { &[key(CMD, Key::F)] },
                Anywhere,
            ),
            Self::FindNext => (
                "Find next",
                "Select the next card found",
                "Select",
                const { &[key(NONE, Key::F3)] },
                Anywhere,
            ),
            Self::FindPrevious => (
                "Find previous",
                "Select the previous card found",
                "Select",
                const { &[key(SHIFT, Key::F3)] },
                Anywhere,
            ),
            Self::ZoomIn => (
                "Zoom in",
                "Zoom in",
                "View",
                const { &[key(CMD, Key::Equals), key(CMD, Key::Plus)] },
                NotTyping,
            ),
            Self::AddMap => (
                "Add map",
                "Add an empty map to the project (stages and lanes to fill) and name it",
                "Map",
                const { &[key(CMD_ALT, Key::N)] },
                NotTyping,
            ),
            Self::StartFutureState => (
                "Start future state",
                "Copy this map as the journey's future state (without its review notes)",
                "Map",
                const { &[key(CMD_ALT, Key::F)] },
                NotTyping,
            ),
            Self::DuplicateMap => (
                "Duplicate map",
                "Copy this map into a new map of the project",
                "Map",
                const { &[key(CMD_ALT, Key::D)] },
                NotTyping,
            ),
            Self::RenameMap => (
                "Rename map…",
                "Type a new name for the map on screen",
                "Map",
                const { &[key(SHIFT, Key::F2)] },
                NotTyping,
            ),
            Self::DeleteMap => (
                "Delete map",
                "Delete the map on screen (Undo brings it back)",
                "Map",
                const { &[key(CMD_SHIFT, Key::Delete)] },
                NotTyping,
            ),
            Self::NextMap => (
                "Next map",
                "Show the project's next map",
                "Map",
                const { &[key(CMD, Key::PageDown)] },
                Anywhere,
            ),
            Self::PreviousMap => (
                "Previous map",
                "Show the project's previous map",
                "Map",
                const { &[key(CMD, Key::PageUp)] },
                Anywhere,
            ),
            Self::ZoomOut => (
                "Zoom out",
                "Zoom out",
                "View",
                const { &[key(CMD, Key::Minus)] },
                NotTyping,
            ),
            Self::ActualSize => (
                "Actual size",
                "Zoom to 100%",
                "View",
                const { &[key(CMD, Key::Num1)] },
                NotTyping,
            ),
            Self::FitMap => (
                "Fit map",
                "Show the whole map",
                "View",
                const { &[key(SHIFT, Key::Num1), key(CMD, Key::Num0)] },
                NotTyping,
            ),
            Self::ZoomToSelection => (
                "Zoom to selection",
                "Show the selected cards, stage or lane as large as fits",
                "View",
                const { &[key(SHIFT, Key::Num2)] },
                NotTyping,
            ),
            Self::Compare => (
                "Compare with…",
                "Compare the map with another map, another file or a backup",
                "View",
                const { &[key(CMD_SHIFT, Key::D)] },
                NotTyping,
            ),
            Self::Conflicts => (
                "Merge conflicts…",
                "List the merge conflicts left in the file, to pick a side for each",
                "View",
                const { &[key(CMD_SHIFT, Key::M)] },
                NotTyping,
            ),
            Self::Present => (
                "Present",
                "Show the map full screen, a stage at a time: arrow keys step through stages and maps, Escape returns",
                "View",
                const { &[key(NONE, Key::F5)] },
                NotTyping,
            ),
            Self::CommandPalette => (
                "Command palette…",
                "Search every command by name",
                "View",
                const { &[key(CMD, Key::K), key(CMD_SHIFT, Key::P)] },
                Anywhere,
            ),
            Self::Shortcuts => (
                "Keyboard shortcuts",
                "Show every command and its keys",
                "Help",
                const {
                    &[
                        key(NONE, Key::F1),
                        key(CMD, Key::Slash),
                        key(NONE, Key::Questionmark),
                    ]
                },
                Anywhere,
            ),
            Self::About => (
                "About Waymark",
                "The version, and where backups live",
                "Help",
                &[],
                Anywhere,
            ),
        };
        CommandInfo {
            label,
            tooltip,
            group,
            shortcuts,
            scope,
        }
    }
}

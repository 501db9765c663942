//! The rows of the command table: each [`UICommand`]'s label, tooltip, group (its menu),
//! keyboard shortcuts and where they work. Read through [`UICommand::info`].

use egui::{Key, KeyboardShortcut, Modifiers};

use super::registry::{CommandInfo, Scope, UICommand};
use crate::ui::i18n::tr;

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
                tr("cmd-new"),
                tr("cmd-new-tip"),
                tr("group-file"),
                const { &[key(CMD, Key::N)] },
                Anywhere,
            ),
            Self::Open => (
                tr("cmd-open"),
                tr("cmd-open-tip"),
                tr("group-file"),
                const { &[key(CMD, Key::O)] },
                Anywhere,
            ),
            Self::Save => (
                tr("cmd-save"),
                tr("cmd-save-tip"),
                tr("group-file"),
                const { &[key(CMD, Key::S)] },
                Anywhere,
            ),
            Self::SaveAs => (
                tr("cmd-save-as"),
                tr("cmd-save-as-tip"),
                tr("group-file"),
                const { &[key(CMD_SHIFT, Key::S)] },
                Anywhere,
            ),
            Self::SaveAutomatically => (
                tr("cmd-save-automatically"),
                tr("cmd-save-automatically-tip"),
                tr("group-file"),
                const { &[] },
                Anywhere,
            ),
            Self::ImportCsv => (
                tr("cmd-import-csv"),
                tr("cmd-import-csv-tip"),
                tr("group-file"),
                const { &[key(CMD, Key::I)] },
                Anywhere,
            ),
            Self::ImportMetrics => (
                tr("cmd-import-metrics"),
                tr("cmd-import-metrics-tip"),
                tr("group-file"),
                const { &[key(CMD_SHIFT, Key::I)] },
                Anywhere,
            ),
            Self::NotesPanel => (
                tr("cmd-notes-panel"),
                tr("cmd-notes-panel-tip"),
                tr("group-view"),
                const { &[key(CMD_SHIFT, Key::N)] },
                Anywhere,
            ),
            Self::Export => (
                tr("cmd-export"),
                tr("cmd-export-tip"),
                tr("group-file"),
                const { &[key(CMD, Key::E)] },
                Anywhere,
            ),
            Self::Settings => (
                tr("cmd-settings"),
                tr("cmd-settings-tip"),
                tr("group-file"),
                const { &[key(CMD, Key::Comma)] },
                Anywhere,
            ),
            Self::Language => (
                tr("cmd-language"),
                tr("cmd-language-tip"),
                tr("group-file"),
                const { &[] },
                Anywhere,
            ),
            Self::Quit => (
                tr("cmd-quit"),
                tr("cmd-quit-tip"),
                tr("group-file"),
                const { &[key(CMD, Key::Q)] },
                Anywhere,
            ),
            Self::Undo => (
                tr("cmd-undo"),
                tr("cmd-undo-tip"),
                tr("group-edit"),
                const { &[key(CMD, Key::Z)] },
                NotTyping,
            ),
            Self::Redo => (
                tr("cmd-redo"),
                tr("cmd-redo-tip"),
                tr("group-edit"),
                const { &[key(CMD_SHIFT, Key::Z), key(CMD, Key::Y)] },
                NotTyping,
            ),
            Self::Cut => (
                tr("cmd-cut"),
                tr("cmd-cut-tip"),
                tr("group-edit"),
                const { &[key(CMD, Key::X)] },
                NotTyping,
            ),
            Self::Copy => (
                tr("cmd-copy"),
                tr("cmd-copy-tip"),
                tr("group-edit"),
                const { &[key(CMD, Key::C)] },
                NotTyping,
            ),
            Self::Paste => (
                tr("cmd-paste"),
                tr("cmd-paste-tip"),
                tr("group-edit"),
                const { &[key(CMD, Key::V)] },
                NotTyping,
            ),
            Self::Duplicate => (
                tr("cmd-duplicate"),
                tr("cmd-duplicate-tip"),
                tr("group-edit"),
                const { &[key(CMD, Key::D)] },
                NotTyping,
            ),
            Self::Delete => (
                tr("cmd-delete"),
                tr("cmd-delete-tip"),
                tr("group-edit"),
                const { &[key(NONE, Key::Delete), key(NONE, Key::Backspace)] },
                Canvas,
            ),
            Self::SelectAll => (
                tr("cmd-select-all"),
                tr("cmd-select-all-tip"),
                tr("group-select"),
                const { &[key(CMD, Key::A)] },
                NotTyping,
            ),
            Self::EditTitle => (
                tr("cmd-edit-title"),
                tr("cmd-edit-title-tip"),
                tr("group-edit"),
                const { &[key(NONE, Key::Enter), key(NONE, Key::F2)] },
                Canvas,
            ),
            Self::AddCardAfter => (
                tr("cmd-add-card-after"),
                tr("cmd-add-card-after-tip"),
                tr("group-edit"),
                const { &[key(CMD, Key::Enter)] },
                Canvas,
            ),
            Self::AddStage => (
                tr("cmd-add-stage"),
                tr("cmd-add-stage-tip"),
                tr("group-edit"),
                const { &[key(ALT_SHIFT, Key::S)] },
                NotTyping,
            ),
            Self::AddLane => (
                tr("cmd-add-lane"),
                tr("cmd-add-lane-tip"),
                tr("group-edit"),
                const { &[key(ALT_SHIFT, Key::L)] },
                NotTyping,
            ),
            Self::DrawArrow => (
                tr("cmd-draw-arrow"),
                tr("cmd-draw-arrow-tip"),
                tr("group-edit"),
                const { &[key(ALT_SHIFT, Key::A)] },
                Canvas,
            ),
            Self::SelectLeft => (
                tr("cmd-select-left"),
                tr("cmd-select-left-tip"),
                tr("group-select"),
                const { &[key(NONE, Key::ArrowLeft)] },
                Canvas,
            ),
            Self::SelectRight => (
                tr("cmd-select-right"),
                tr("cmd-select-right-tip"),
                tr("group-select"),
                const { &[key(NONE, Key::ArrowRight)] },
                Canvas,
            ),
            Self::SelectUp => (
                tr("cmd-select-up"),
                tr("cmd-select-up-tip"),
                tr("group-select"),
                const { &[key(NONE, Key::ArrowUp)] },
                Canvas,
            ),
            Self::SelectDown => (
                tr("cmd-select-down"),
                tr("cmd-select-down-tip"),
                tr("group-select"),
                const { &[key(NONE, Key::ArrowDown)] },
                Canvas,
            ),
            Self::NextCard => (
                tr("cmd-next-card"),
                tr("cmd-next-card-tip"),
                tr("group-select"),
                const { &[key(NONE, Key::Tab)] },
                Canvas,
            ),
            Self::PreviousCard => (
                tr("cmd-previous-card"),
                tr("cmd-previous-card-tip"),
                tr("group-select"),
                const { &[key(SHIFT, Key::Tab)] },
                Canvas,
            ),
            Self::MoveLeft => (
                tr("cmd-move-left"),
                tr("cmd-move-left-tip"),
                tr("group-select"),
                const { &[key(ALT, Key::ArrowLeft)] },
                Canvas,
            ),
            Self::MoveRight => (
                tr("cmd-move-right"),
                tr("cmd-move-right-tip"),
                tr("group-select"),
                const { &[key(ALT, Key::ArrowRight)] },
                Canvas,
            ),
            Self::MoveUp => (
                tr("cmd-move-up"),
                tr("cmd-move-up-tip"),
                tr("group-select"),
                const { &[key(ALT, Key::ArrowUp)] },
                Canvas,
            ),
            Self::MoveDown => (
                tr("cmd-move-down"),
                tr("cmd-move-down-tip"),
                tr("group-select"),
                const { &[key(ALT, Key::ArrowDown)] },
                Canvas,
            ),
            Self::ContextMenu => (
                tr("cmd-context-menu"),
                tr("cmd-context-menu-tip"),
                tr("group-select"),
                const { &[key(SHIFT, Key::F10), key(NONE, Key::Menu)] },
                Canvas,
            ),
            Self::Find => (
                tr("cmd-find"),
                tr("cmd-find-tip"),
                tr("group-select"),
                const { &[key(CMD, Key::F)] },
                Anywhere,
            ),
            Self::FindNext => (
                tr("cmd-find-next"),
                tr("cmd-find-next-tip"),
                tr("group-select"),
                const { &[key(NONE, Key::F3)] },
                Anywhere,
            ),
            Self::FindPrevious => (
                tr("cmd-find-previous"),
                tr("cmd-find-previous-tip"),
                tr("group-select"),
                const { &[key(SHIFT, Key::F3)] },
                Anywhere,
            ),
            Self::ZoomIn => (
                tr("cmd-zoom-in"),
                tr("cmd-zoom-in-tip"),
                tr("group-view"),
                const { &[key(CMD, Key::Equals), key(CMD, Key::Plus)] },
                NotTyping,
            ),
            Self::AddMap => (
                tr("cmd-add-map"),
                tr("cmd-add-map-tip"),
                tr("group-map"),
                const { &[key(CMD_ALT, Key::N)] },
                NotTyping,
            ),
            Self::StartFutureState => (
                tr("cmd-start-future-state"),
                tr("cmd-start-future-state-tip"),
                tr("group-map"),
                const { &[key(CMD_ALT, Key::F)] },
                NotTyping,
            ),
            Self::DuplicateMap => (
                tr("cmd-duplicate-map"),
                tr("cmd-duplicate-map-tip"),
                tr("group-map"),
                const { &[key(CMD_ALT, Key::D)] },
                NotTyping,
            ),
            Self::RenameMap => (
                tr("cmd-rename-map"),
                tr("cmd-rename-map-tip"),
                tr("group-map"),
                const { &[key(SHIFT, Key::F2)] },
                NotTyping,
            ),
            Self::DeleteMap => (
                tr("cmd-delete-map"),
                tr("cmd-delete-map-tip"),
                tr("group-map"),
                const { &[key(CMD_SHIFT, Key::Delete)] },
                NotTyping,
            ),
            Self::NextMap => (
                tr("cmd-next-map"),
                tr("cmd-next-map-tip"),
                tr("group-map"),
                const { &[key(CMD, Key::PageDown)] },
                Anywhere,
            ),
            Self::PreviousMap => (
                tr("cmd-previous-map"),
                tr("cmd-previous-map-tip"),
                tr("group-map"),
                const { &[key(CMD, Key::PageUp)] },
                Anywhere,
            ),
            Self::OpenLinkedMap => (
                tr("cmd-open-linked-map"),
                tr("cmd-open-linked-map-tip"),
                tr("group-map"),
                const { &[key(ALT, Key::Enter)] },
                NotTyping,
            ),
            Self::ZoomOut => (
                tr("cmd-zoom-out"),
                tr("cmd-zoom-out-tip"),
                tr("group-view"),
                const { &[key(CMD, Key::Minus)] },
                NotTyping,
            ),
            Self::ActualSize => (
                tr("cmd-actual-size"),
                tr("cmd-actual-size-tip"),
                tr("group-view"),
                const { &[key(CMD, Key::Num1)] },
                NotTyping,
            ),
            Self::FitMap => (
                tr("cmd-fit-map"),
                tr("cmd-fit-map-tip"),
                tr("group-view"),
                const { &[key(SHIFT, Key::Num1), key(CMD, Key::Num0)] },
                NotTyping,
            ),
            Self::ZoomToSelection => (
                tr("cmd-zoom-to-selection"),
                tr("cmd-zoom-to-selection-tip"),
                tr("group-view"),
                const { &[key(SHIFT, Key::Num2)] },
                NotTyping,
            ),
            Self::Compare => (
                tr("cmd-compare"),
                tr("cmd-compare-tip"),
                tr("group-view"),
                const { &[key(CMD_SHIFT, Key::D)] },
                NotTyping,
            ),
            Self::Conflicts => (
                tr("cmd-conflicts"),
                tr("cmd-conflicts-tip"),
                tr("group-view"),
                const { &[key(CMD_SHIFT, Key::M)] },
                NotTyping,
            ),
            Self::Present => (
                tr("cmd-present"),
                tr("cmd-present-tip"),
                tr("group-view"),
                const { &[key(NONE, Key::F5)] },
                NotTyping,
            ),
            Self::CommandPalette => (
                tr("cmd-command-palette"),
                tr("cmd-command-palette-tip"),
                tr("group-view"),
                const { &[key(CMD, Key::K), key(CMD_SHIFT, Key::P)] },
                Anywhere,
            ),
            Self::Shortcuts => (
                tr("cmd-shortcuts"),
                tr("cmd-shortcuts-tip"),
                tr("group-help"),
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
                tr("cmd-about"),
                tr("cmd-about-tip"),
                tr("group-help"),
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

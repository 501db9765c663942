//! The menu bar: File, Edit, Select, Map, View and Help, built from the command registry
//! ([`MENUS`] says which commands each menu holds), so every label and shortcut is the
//! registry's. Picks become [`Command`]s, applied after the frame like everything else.

use super::context_menu::{command_item, labelled_item};
use crate::ui::command::{Commands, FileRequest, UICommand};
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::{arg, tr, tr_args};

/// One entry of a menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Entry {
    /// A registry command.
    Command(UICommand),
    /// A line between groups.
    Separator,
    /// File → New from template.
    Templates,
    /// File → Open recent.
    Recent,
}

use Entry::{Command as C, Recent, Separator as Sep, Templates};

/// The menus (by their title's message id) and what they hold, in order.
pub(super) const MENUS: [(&str, &[Entry]); 6] = [
    (
        "group-file",
        &[
            C(UICommand::New),
            Templates,
            C(UICommand::Open),
            Recent,
            Sep,
            C(UICommand::Save),
            C(UICommand::SaveAs),
            C(UICommand::SaveAutomatically),
            Sep,
            C(UICommand::ImportCsv),
            C(UICommand::ImportMetrics),
            C(UICommand::Export),
            Sep,
            C(UICommand::Settings),
            C(UICommand::Language),
            C(UICommand::Quit),
        ],
    ),
    (
        "group-edit",
        &[
            C(UICommand::Undo),
            C(UICommand::Redo),
            Sep,
            C(UICommand::Cut),
            C(UICommand::Copy),
            C(UICommand::Paste),
            C(UICommand::Duplicate),
            C(UICommand::Delete),
            Sep,
            C(UICommand::EditTitle),
            C(UICommand::AddCardAfter),
            C(UICommand::AddStage),
            C(UICommand::AddLane),
            C(UICommand::DrawArrow),
        ],
    ),
    (
        "group-select",
        &[
            C(UICommand::SelectAll),
            C(UICommand::Find),
            C(UICommand::FindNext),
            C(UICommand::FindPrevious),
            Sep,
            C(UICommand::SelectLeft),
            C(UICommand::SelectRight),
            C(UICommand::SelectUp),
            C(UICommand::SelectDown),
            C(UICommand::NextCard),
            C(UICommand::PreviousCard),
            Sep,
            C(UICommand::MoveLeft),
            C(UICommand::MoveRight),
            C(UICommand::MoveUp),
            C(UICommand::MoveDown),
            Sep,
            C(UICommand::ContextMenu),
        ],
    ),
    (
        "group-map",
        &[
            C(UICommand::AddMap),
            C(UICommand::StartFutureState),
            C(UICommand::DuplicateMap),
            C(UICommand::RenameMap),
            C(UICommand::DeleteMap),
            Sep,
            C(UICommand::NextMap),
            C(UICommand::PreviousMap),
            C(UICommand::OpenLinkedMap),
        ],
    ),
    (
        "group-view",
        &[
            C(UICommand::ZoomIn),
            C(UICommand::ZoomOut),
            C(UICommand::ActualSize),
            C(UICommand::FitMap),
            C(UICommand::ZoomToSelection),
            Sep,
            C(UICommand::Compare),
            C(UICommand::Conflicts),
            C(UICommand::NotesPanel),
            C(UICommand::Present),
            Sep,
            C(UICommand::CommandPalette),
        ],
    ),
    (
        "group-help",
        &[C(UICommand::Shortcuts), C(UICommand::About)],
    ),
];

/// The menu bar's menus.
pub(super) fn menu_ui(ui: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
    for (title, entries) in MENUS {
        ui.menu_button(tr(title), |ui| {
            for entry in entries {
                entry_ui(ui, frame, *entry, out);
            }
        });
    }
}

fn entry_ui(ui: &mut egui::Ui, frame: &FrameCtx<'_>, entry: Entry, out: &mut Commands) {
    match entry {
        Entry::Separator => {
            ui.separator();
        }
        Entry::Command(command @ (UICommand::Undo | UICommand::Redo)) => {
            let what = frame.session.editor().and_then(|e| {
                if command == UICommand::Undo {
                    e.undo_label()
                } else {
                    e.redo_label()
                }
            });
            let label = match what {
                Some(what) if command == UICommand::Undo => tr_args(
                    "menu-undo-what",
                    &[("what", arg(crate::ui::words::undo_step(what)))],
                ),
                Some(what) => tr_args(
                    "menu-redo-what",
                    &[("what", arg(crate::ui::words::undo_step(what)))],
                ),
                None => command.info().label.to_owned(),
            };
            labelled_item(frame, ui, command, &label, out);
        }
        Entry::Command(UICommand::SaveAutomatically) => {
            let label = if frame.session.saves_automatically() {
                tr("menu-save-automatically-on")
            } else {
                tr("cmd-save-automatically")
            };
            labelled_item(frame, ui, UICommand::SaveAutomatically, label, out);
        }
        Entry::Command(command) => {
            command_item(frame, ui, command, out);
        }
        Entry::Templates => {
            ui.menu_button(tr("menu-new-from-template"), |ui| {
                for (name, _) in crate::assets::TEMPLATES {
                    if ui.button(crate::ui::words::template_title(name)).clicked() {
                        out.file(FileRequest::New(name));
                    }
                }
            });
        }
        Entry::Recent => {
            ui.menu_button(tr("menu-open-recent"), |ui| {
                if frame.session.recent().is_empty() {
                    ui.add_enabled(false, egui::Button::new(tr("menu-no-recent")));
                    return;
                }
                for path in frame.session.recent() {
                    let name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    if ui
                        .button(name)
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        out.file(FileRequest::Open(path.clone()));
                    }
                }
                ui.separator();
                if ui.button(tr("menu-clear-recent")).clicked() {
                    out.file(FileRequest::ClearRecent);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Entry, MENUS, tr};
    use crate::ui::command::UICommand;

    #[test]
    fn every_command_is_in_exactly_one_menu() {
        for command in UICommand::ALL {
            let places: Vec<_> = MENUS
                .iter()
                .filter(|(_, entries)| entries.contains(&Entry::Command(command)))
                .map(|(title, _)| *title)
                .collect();
            assert_eq!(places.len(), 1, "{command:?} is in {places:?}");
            let group = command.info().group;
            assert_eq!(tr(places[0]), group, "{command:?} belongs to {group}");
        }
    }
}

//! The menu bar: File, Edit and View. Picks become [`Command`]s or [`Edit`]s, applied after
//! the frame like everything else.

use super::{Command, WaymarkApp};
use crate::edit::Action;
use crate::ui::Edit;

/// A menu item with its shortcut, greyed out when not `enabled`; true when picked.
fn item(ui: &mut egui::Ui, text: &str, shortcut: &str, enabled: bool) -> bool {
    ui.add_enabled(enabled, egui::Button::new(text).shortcut_text(shortcut))
        .clicked()
}

impl WaymarkApp {
    pub(super) fn menu_ui(
        &mut self,
        ui: &mut egui::Ui,
        commands: &mut Vec<Command>,
        edits: &mut Vec<Edit>,
    ) {
        ui.menu_button("File", |ui| self.file_menu_ui(ui, commands));
        ui.menu_button("Edit", |ui| self.edit_menu_ui(ui, commands, edits));
        ui.menu_button("View", |ui| {
            if item(ui, "Zoom in", "Ctrl+=", true) {
                commands.push(Command::Zoom(1.25));
            }
            if item(ui, "Zoom out", "Ctrl+-", true) {
                commands.push(Command::Zoom(0.8));
            }
            if item(ui, "Actual size", "Ctrl+1", true) {
                commands.push(Command::ActualSize);
            }
            if item(ui, "Fit map", "Ctrl+0", true) {
                commands.push(Command::Fit);
            }
        });
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let has_doc = self.editor.is_some();
        let idle = !self.dialogs.is_open();
        if item(ui, "New", "Ctrl+N", true) {
            commands.push(Command::New(self.default_template()));
        }
        ui.menu_button("New from template", |ui| {
            for (name, _) in crate::assets::TEMPLATES {
                if ui.button(crate::assets::template_title(name)).clicked() {
                    commands.push(Command::New(name));
                }
            }
        });
        if item(ui, "Open…", "Ctrl+O", idle) {
            commands.push(Command::Open);
        }
        ui.menu_button("Open recent", |ui| {
            if self.recent.is_empty() {
                ui.add_enabled(false, egui::Button::new("No recent files"));
                return;
            }
            for path in &self.recent {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .button(name)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    commands.push(Command::OpenRecent(path.clone()));
                }
            }
            ui.separator();
            if ui.button("Clear recent files").clicked() {
                commands.push(Command::ClearRecent);
            }
        });
        ui.separator();
        if item(ui, "Save", "Ctrl+S", has_doc && idle) {
            commands.push(Command::Save);
        }
        if item(ui, "Save As…", "Ctrl+Shift+S", has_doc && idle) {
            commands.push(Command::SaveAs);
        }
        ui.separator();
        if item(ui, "Import CSV grid…", "", idle) {
            commands.push(Command::ImportCsv);
        }
        if item(
            ui,
            "Export…",
            "Ctrl+E",
            has_doc && idle && self.export_job.is_none(),
        ) {
            commands.push(Command::Export);
        }
        ui.separator();
        if ui.button("Settings…").clicked() {
            self.open_settings();
        }
        if item(ui, "Quit", "Ctrl+Q", true) {
            commands.push(Command::Quit);
        }
    }

    fn edit_menu_ui(
        &mut self,
        ui: &mut egui::Ui,
        commands: &mut Vec<Command>,
        edits: &mut Vec<Edit>,
    ) {
        let has_doc = self.editor.is_some();
        let has_cards = !self.canvas.selection.cards().is_empty();
        let undo = self
            .editor
            .as_ref()
            .and_then(|e| e.undo_label())
            .map(|l| format!("Undo {l}"));
        let redo = self
            .editor
            .as_ref()
            .and_then(|e| e.redo_label())
            .map(|l| format!("Redo {l}"));
        if item(
            ui,
            undo.as_deref().unwrap_or("Undo"),
            "Ctrl+Z",
            undo.is_some(),
        ) {
            commands.push(Command::Undo);
        }
        if item(
            ui,
            redo.as_deref().unwrap_or("Redo"),
            "Ctrl+Shift+Z",
            redo.is_some(),
        ) {
            commands.push(Command::Redo);
        }
        ui.separator();
        if item(ui, "Cut", "Ctrl+X", has_cards) {
            commands.push(Command::Cut);
        }
        if item(ui, "Copy", "Ctrl+C", has_cards) {
            commands.push(Command::Copy);
        }
        if item(ui, "Duplicate", "Ctrl+D", has_cards) {
            commands.push(Command::Duplicate);
        }
        if item(ui, "Delete", "Del", has_cards) {
            commands.push(Command::Delete);
        }
        if item(ui, "Select all cards", "Ctrl+A", has_doc) {
            commands.push(Command::SelectAll);
        }
        ui.separator();
        if self
            .editor
            .as_ref()
            .is_some_and(|e| e.project().maps.get(self.map).is_some())
        {
            if item(ui, "Add stage", "", true) {
                edits.push(Edit::new(Action::AddStage {
                    before: None,
                    name: "New stage".to_owned(),
                }));
            }
            if item(ui, "Add lane", "", true) {
                edits.push(Edit::new(Action::AddLane {
                    before: None,
                    name: "New lane".to_owned(),
                    kind: crate::model::LaneKind::Cards,
                }));
            }
        }
    }
}

//! What the shell does for a shortcut or a menu pick: the [`Command`]s, the keys that give
//! them, and running them after the frame.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::document::Pending;
use super::{ClipboardCards, WaymarkApp};
use crate::edit::Action;
use crate::model::Card;
use crate::ui::canvas::InlineEdit;
use crate::ui::{AfterEdit, Edit, Selection};

/// Shortcuts and menu picks, applied after the frame.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Command {
    Undo,
    Redo,
    Save,
    SaveAs,
    Open,
    OpenRecent(PathBuf),
    ClearRecent,
    New(&'static str),
    ImportCsv,
    Export,
    Quit,
    Copy,
    Cut,
    Paste(String),
    Delete,
    Duplicate,
    SelectAll,
    EditSelected,
    ClearSelection,
    Fit,
    Zoom(f32),
    ActualSize,
}

impl WaymarkApp {
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let cmd = |m: Modifiers, k: Key| KeyboardShortcut::new(m, k);
        let shift_cmd = Modifiers::COMMAND | Modifiers::SHIFT;
        ctx.input_mut(|i| {
            if i.consume_shortcut(&cmd(shift_cmd, Key::S)) {
                commands.push(Command::SaveAs);
            }
            if i.consume_shortcut(&cmd(Modifiers::COMMAND, Key::S)) {
                commands.push(Command::Save);
            }
            if i.consume_shortcut(&cmd(Modifiers::COMMAND, Key::O)) {
                commands.push(Command::Open);
            }
            if i.consume_shortcut(&cmd(Modifiers::COMMAND, Key::N)) {
                commands.push(Command::New(self.default_template()));
            }
            if i.consume_shortcut(&cmd(Modifiers::COMMAND, Key::E)) {
                commands.push(Command::Export);
            }
            if i.consume_shortcut(&cmd(Modifiers::COMMAND, Key::Q)) {
                commands.push(Command::Quit);
            }
        });
        if ctx.text_edit_focused() {
            return commands;
        }
        ctx.input_mut(|i| {
            let pairs = [
                (cmd(shift_cmd, Key::Z), Command::Redo),
                (cmd(Modifiers::COMMAND, Key::Z), Command::Undo),
                (cmd(Modifiers::COMMAND, Key::Y), Command::Redo),
                (cmd(Modifiers::COMMAND, Key::D), Command::Duplicate),
                (cmd(Modifiers::COMMAND, Key::A), Command::SelectAll),
                (cmd(Modifiers::COMMAND, Key::Num0), Command::Fit),
                (cmd(Modifiers::COMMAND, Key::Num1), Command::ActualSize),
                (cmd(Modifiers::COMMAND, Key::Equals), Command::Zoom(1.25)),
                (cmd(Modifiers::COMMAND, Key::Plus), Command::Zoom(1.25)),
                (cmd(Modifiers::COMMAND, Key::Minus), Command::Zoom(0.8)),
                (cmd(Modifiers::NONE, Key::Delete), Command::Delete),
                (cmd(Modifiers::NONE, Key::Backspace), Command::Delete),
                (cmd(Modifiers::NONE, Key::Enter), Command::EditSelected),
                (cmd(Modifiers::NONE, Key::F2), Command::EditSelected),
            ];
            for (shortcut, command) in pairs {
                if i.consume_shortcut(&shortcut) {
                    commands.push(command);
                }
            }
            for event in &i.events {
                match event {
                    egui::Event::Copy => commands.push(Command::Copy),
                    egui::Event::Cut => commands.push(Command::Cut),
                    egui::Event::Paste(text) => commands.push(Command::Paste(text.clone())),
                    _ => {}
                }
            }
        });
        let escape = ctx.input(|i| i.key_pressed(Key::Escape));
        if escape && !self.canvas.is_dragging() && self.canvas.editing.is_none() {
            commands.push(Command::ClearSelection);
        }
        commands
    }

    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command, edits: &mut Vec<Edit>) {
        let selected: Vec<_> = self.canvas.selection.cards().to_vec();
        match command {
            Command::Undo => {
                if let Some(editor) = &mut self.editor {
                    editor.undo();
                }
                self.prune_selection();
            }
            Command::Redo => {
                if let Some(editor) = &mut self.editor {
                    editor.redo();
                }
                self.prune_selection();
            }
            Command::Save => self.save(ctx, None),
            Command::SaveAs => self.save_as(ctx, None),
            Command::Open => self.request(ctx, Pending::Open(None)),
            Command::OpenRecent(path) => self.request(ctx, Pending::Open(Some(path))),
            Command::ClearRecent => self.clear_recent(),
            Command::New(template) => self.request(ctx, Pending::New(template)),
            Command::Export => self.start_export(ctx),
            Command::ImportCsv => self.dialogs.import_csv(ctx),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Copy | Command::Cut => {
                let Some(map) = self
                    .editor
                    .as_ref()
                    .and_then(|e| e.project().maps.get(self.map))
                else {
                    return;
                };
                let cards: Vec<Card> = map
                    .cards
                    .iter()
                    .filter(|c| selected.contains(&c.id))
                    .cloned()
                    .collect();
                if cards.is_empty() {
                    return;
                }
                if let Ok(text) = serde_json::to_string_pretty(&ClipboardCards { cards }) {
                    ctx.copy_text(text);
                }
                if command == Command::Cut {
                    edits.push(Edit::new(Action::DeleteCards(selected)));
                    self.canvas.selection = Selection::None;
                }
            }
            Command::Paste(text) => {
                let cell = match &self.canvas.selection {
                    Selection::Cell { lane, stage } => Some((lane.clone(), stage.clone())),
                    _ => None,
                };
                match serde_json::from_str::<ClipboardCards>(&text) {
                    Ok(clip) => edits.push(Edit::then(
                        Action::PasteCards {
                            cards: clip.cards,
                            cell,
                        },
                        AfterEdit::SelectCreated,
                    )),
                    Err(_) => {
                        if let Some((lane, stage)) = cell {
                            let title = text.trim().chars().take(500).collect();
                            edits.push(Edit::then(
                                Action::AddCard {
                                    lane,
                                    stage,
                                    title,
                                    image: None,
                                },
                                AfterEdit::SelectCreated,
                            ));
                        }
                    }
                }
            }
            Command::Delete if !selected.is_empty() => {
                edits.push(Edit::new(Action::DeleteCards(selected)));
                self.canvas.selection = Selection::None;
            }
            Command::Duplicate if !selected.is_empty() => {
                edits.push(Edit::then(
                    Action::DuplicateCards(selected),
                    AfterEdit::SelectCreated,
                ));
            }
            Command::Delete | Command::Duplicate => {}
            Command::SelectAll => {
                if let Some(map) = self
                    .editor
                    .as_ref()
                    .and_then(|e| e.project().maps.get(self.map))
                {
                    self.canvas.selection =
                        Selection::Cards(map.cards.iter().map(|c| c.id.clone()).collect());
                }
            }
            Command::EditSelected => {
                if let [id] = selected.as_slice() {
                    let map = self
                        .editor
                        .as_ref()
                        .and_then(|e| e.project().maps.get(self.map));
                    if let Some(card) = map.and_then(|m| m.card_index(id).map(|i| &m.cards[i])) {
                        self.canvas.editing = Some(InlineEdit::new(id.clone(), card.title.clone()));
                    }
                }
            }
            Command::ClearSelection => self.canvas.selection = Selection::None,
            Command::Fit => self.canvas.view.fit_pending = true,
            Command::Zoom(factor) => self.canvas.view.zoom_centered(factor),
            Command::ActualSize => {
                let factor = 1.0 / self.canvas.view.zoom;
                self.canvas.view.zoom_centered(factor);
                // Whole pixels at 100%: the map is as crisp as its PNG export.
                self.canvas.view.offset = self.canvas.view.offset.round();
            }
        }
    }
}

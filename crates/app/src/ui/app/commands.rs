//! What the shell does for a key, a menu pick, a toolbar button or a palette choice: the
//! [`Command`]s, which are the registry's [`UICommand`]s plus the few that carry data, the
//! key handling that finds them, and running them after the frame.

use std::path::PathBuf;

use super::document::Pending;
use super::keys::{self, KeyFocus};
use super::registry::UICommand;
use super::{ClipboardCards, WaymarkApp};
use crate::edit::Action;
use crate::model::Card;
use crate::ui::canvas::{ContextTarget, EditTarget, InlineEdit, ViewRequest, canvas_id};
use crate::ui::{AfterEdit, Edit, Selection};

/// Something to do after the frame.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Command {
    /// A command of the registry.
    Ui(UICommand),
    OpenRecent(PathBuf),
    ClearRecent,
    New(&'static str),
    Paste(String),
    ClearSelection,
}

impl WaymarkApp {
    /// Whether `command` can run now (menus grey it out, keys skip it).
    pub(super) fn enabled(&self, command: UICommand) -> bool {
        let has_doc = self.editor.is_some();
        let has_map = self
            .editor
            .as_ref()
            .is_some_and(|e| e.project().maps.get(self.map).is_some());
        let idle = !self.dialogs.is_open();
        let selection = &self.canvas.selection;
        let cards = selection.cards().len();
        let header = matches!(selection, Selection::Stage(_) | Selection::Lane(_));
        let link = matches!(selection, Selection::Link { .. });
        match command {
            UICommand::New | UICommand::Settings | UICommand::Quit => true,
            UICommand::Open | UICommand::ImportCsv => idle,
            UICommand::ImportMetrics => has_doc && idle,
            UICommand::NotesPanel => has_doc,
            UICommand::Save | UICommand::SaveAs => has_doc && idle,
            UICommand::Export => has_doc && idle && self.export_job.is_none(),
            UICommand::Undo => self
                .editor
                .as_ref()
                .is_some_and(|e| e.undo_label().is_some()),
            UICommand::Redo => self
                .editor
                .as_ref()
                .is_some_and(|e| e.redo_label().is_some()),
            UICommand::Cut | UICommand::Copy | UICommand::Duplicate => cards > 0,
            UICommand::Delete => cards > 0 || header || link,
            UICommand::MoveLeft | UICommand::MoveRight => cards > 0 || header,
            UICommand::MoveUp | UICommand::MoveDown => cards > 0 || header,
            UICommand::EditTitle => cards == 1 || header,
            UICommand::DrawArrow => cards == 1,
            UICommand::Paste
            | UICommand::SelectAll
            | UICommand::AddStage
            | UICommand::AddLane
            | UICommand::AddCardAfter => has_map,
            UICommand::SelectLeft
            | UICommand::SelectRight
            | UICommand::SelectUp
            | UICommand::SelectDown
            | UICommand::NextCard
            | UICommand::PreviousCard
            | UICommand::ContextMenu
            | UICommand::Find
            | UICommand::ZoomIn
            | UICommand::ZoomOut
            | UICommand::ActualSize
            | UICommand::FitMap => has_map,
            UICommand::FindNext | UICommand::FindPrevious => !self.find.hits.is_empty(),
            UICommand::ZoomToSelection => has_map && *selection != Selection::None,
            UICommand::Compare => has_map,
            UICommand::Conflicts => self.has_conflicts(),
            UICommand::Present => has_map && idle,
            UICommand::CommandPalette | UICommand::Shortcuts | UICommand::About => true,
        }
    }

    /// The commands this frame's keys ask for.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) -> Vec<Command> {
        // Read before anything is drawn: what was open when the key was pressed.
        let popup_open = egui::Popup::is_any_open(ctx) || self.palette.is_some();
        // egui drops a text field's focus on Escape before the frame: it was still typing.
        let typing = ctx.text_edit_focused() || self.was_typing;
        let focused = ctx.memory(|m| m.focused());
        let focus = KeyFocus {
            typing,
            canvas: focused.is_none() || focused == Some(canvas_id()),
        };
        let mut commands: Vec<Command> = Vec::new();
        ctx.input_mut(|i| {
            let pressed = keys::take_pressed(i, focus, |c| !popup_open && self.enabled(c));
            commands.extend(pressed.into_iter().map(Command::Ui));
            if typing {
                return;
            }
            for event in &i.events {
                match event {
                    egui::Event::Copy => commands.push(Command::Ui(UICommand::Copy)),
                    egui::Event::Cut => commands.push(Command::Ui(UICommand::Cut)),
                    egui::Event::Paste(text) => commands.push(Command::Paste(text.clone())),
                    _ => {}
                }
            }
        });
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        let overlay = popup_open || self.help.is_some() || self.canvas.context_menu.is_some();
        // Escape closes a menu or popup and nothing else; it cancels a drag, an edit in
        // place or an arrow being drawn before it clears the selection.
        if escape && !overlay && !typing && !self.canvas.is_dragging() {
            if self.canvas.link_from.take().is_some() {
                self.status = "No arrow drawn".to_owned();
            } else if self.canvas.editing.is_none() {
                commands.push(Command::ClearSelection);
            }
        }
        commands
    }

    /// Runs `command`; the edits it makes go to `edits`.
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command, edits: &mut Vec<Edit>) {
        match command {
            Command::Ui(command) => self.run_ui(ctx, command, edits),
            Command::OpenRecent(path) => self.request(ctx, Pending::Open(Some(path))),
            Command::ClearRecent => self.clear_recent(),
            Command::New(template) => self.request(ctx, Pending::New(template)),
            Command::Paste(text) => self.paste(&text, edits),
            Command::ClearSelection => self.canvas.selection = Selection::None,
        }
    }

    fn run_ui(&mut self, ctx: &egui::Context, command: UICommand, edits: &mut Vec<Edit>) {
        if !self.enabled(command) {
            return;
        }
        let selected: Vec<_> = self.canvas.selection.cards().to_vec();
        match command {
            UICommand::New => self.request(ctx, Pending::New(self.default_template())),
            UICommand::Settings => self.open_settings(),
            UICommand::Open => self.request(ctx, Pending::Open(None)),
            UICommand::Save => self.save(ctx, None),
            UICommand::SaveAs => self.save_as(ctx, None),
            UICommand::ImportCsv => self.dialogs.import_csv(ctx),
            UICommand::ImportMetrics => self.import_metrics(ctx, None),
            UICommand::NotesPanel => self.notes_panel = !self.notes_panel,
            UICommand::Export => self.start_export(ctx),
            UICommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            UICommand::Undo | UICommand::Redo => {
                if let Some(editor) = &mut self.editor {
                    if command == UICommand::Undo {
                        editor.undo();
                    } else {
                        editor.redo();
                    }
                }
                self.prune_selection();
            }
            UICommand::Copy | UICommand::Cut => self.copy(ctx, command == UICommand::Cut, edits),
            // The window's clipboard comes back as a Paste event next frame.
            UICommand::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
            UICommand::Duplicate => edits.push(Edit::then(
                Action::DuplicateCards(selected),
                AfterEdit::SelectCreated,
            )),
            UICommand::Delete => self.delete_selection(edits),
            UICommand::SelectAll => {
                if let Some(map) = self.current_map() {
                    self.canvas.selection =
                        Selection::Cards(map.cards.iter().map(|c| c.id.clone()).collect());
                }
            }
            UICommand::EditTitle => self.edit_in_place(edits),
            UICommand::AddCardAfter => self.add_card_after(edits),
            UICommand::AddStage => {
                let before = match &self.canvas.selection {
                    Selection::Stage(id) => self.current_map().and_then(|m| {
                        let i = m.stage_index(id)?;
                        m.stages.get(i + 1).map(|s| s.id.clone())
                    }),
                    _ => None,
                };
                edits.push(Edit::then(
                    Action::AddStage {
                        before,
                        name: "New stage".to_owned(),
                    },
                    AfterEdit::EditCreated,
                ));
            }
            UICommand::AddLane => {
                let before = match &self.canvas.selection {
                    Selection::Lane(id) => self.current_map().and_then(|m| {
                        let i = m.lane_index(id)?;
                        m.lanes.get(i + 1).map(|l| l.id.clone())
                    }),
                    _ => None,
                };
                edits.push(Edit::then(
                    Action::AddLane {
                        before,
                        name: "New lane".to_owned(),
                        kind: crate::model::LaneKind::Cards,
                    },
                    AfterEdit::EditCreated,
                ));
            }
            UICommand::DrawArrow => {
                self.canvas.link_from = selected.first().cloned();
                self.status = "Draw an arrow: click the card it goes to, or pick it with the arrow keys and press Enter (Escape cancels)".to_owned();
            }
            UICommand::SelectLeft
            | UICommand::SelectRight
            | UICommand::SelectUp
            | UICommand::SelectDown => self.select_towards(command),
            UICommand::NextCard => self.select_in_reading_order(true),
            UICommand::PreviousCard => self.select_in_reading_order(false),
            UICommand::MoveLeft
            | UICommand::MoveRight
            | UICommand::MoveUp
            | UICommand::MoveDown => self.move_selection(command, edits),
            UICommand::ContextMenu => self.open_context_menu_for_selection(),
            UICommand::Find => self.find.open(),
            UICommand::FindNext => self.find_step(true),
            UICommand::FindPrevious => self.find_step(false),
            UICommand::ZoomIn => self.canvas.view.zoom_centered(1.25),
            UICommand::ZoomOut => self.canvas.view.zoom_centered(0.8),
            UICommand::ActualSize => {
                let factor = 1.0 / self.canvas.view.zoom;
                self.canvas.view.zoom_centered(factor);
                // Whole pixels at 100%: the map is as crisp as its PNG export.
                self.canvas.view.offset = self.canvas.view.offset.round();
            }
            UICommand::FitMap => self.canvas.view.fit_pending = true,
            UICommand::Present => self.start_presenting(ctx),
            UICommand::ZoomToSelection => self.canvas.view_request = Some(ViewRequest::Zoom),
            UICommand::Compare => self.open_compare_chooser(),
            UICommand::Conflicts => self.conflicts_open = true,
            UICommand::CommandPalette => self.palette = Some(Default::default()),
            UICommand::Shortcuts => self.help = Some(super::help::HelpWindow::Shortcuts),
            UICommand::About => self.help = Some(super::help::HelpWindow::About),
        }
    }

    fn copy(&mut self, ctx: &egui::Context, cut: bool, edits: &mut Vec<Edit>) {
        let selected = self.canvas.selection.cards().to_vec();
        let Some(map) = self.current_map() else {
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
        if cut {
            edits.push(Edit::new(Action::DeleteCards(selected)));
            self.canvas.selection = Selection::None;
        }
    }

    fn paste(&mut self, text: &str, edits: &mut Vec<Edit>) {
        let cell = match &self.canvas.selection {
            Selection::Cell { lane, stage } => Some((lane.clone(), stage.clone())),
            _ => None,
        };
        match serde_json::from_str::<ClipboardCards>(text) {
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

    fn delete_selection(&mut self, edits: &mut Vec<Edit>) {
        let action = match &self.canvas.selection {
            Selection::Cards(ids) => Action::DeleteCards(ids.clone()),
            Selection::Stage(id) => Action::DeleteStage(id.clone()),
            Selection::Lane(id) => Action::DeleteLane(id.clone()),
            Selection::Link { from, to } => Action::DeleteLink {
                from: from.clone(),
                to: to.clone(),
            },
            Selection::Cell { .. } | Selection::None => return,
        };
        edits.push(Edit::new(action));
        self.canvas.selection = Selection::None;
    }

    /// Enter or F2: the selected card's title, or the selected header's name, in place
    /// (Enter while an arrow is being drawn ends it on the selected card instead).
    fn edit_in_place(&mut self, edits: &mut Vec<Edit>) {
        if let (Some(from), [to]) = (&self.canvas.link_from, self.canvas.selection.cards()) {
            if from != to {
                edits.push(Edit::new(Action::AddLink {
                    from: from.clone(),
                    to: to.clone(),
                }));
            }
            self.canvas.link_from = None;
            self.status.clear();
            return;
        }
        let Some(map) = self.current_map() else {
            return;
        };
        let target = match &self.canvas.selection {
            Selection::Cards(ids) if ids.len() == 1 => map
                .card_index(&ids[0])
                .map(|i| (EditTarget::Card(ids[0].clone()), map.cards[i].title.clone())),
            Selection::Stage(id) => map
                .stage_index(id)
                .map(|i| (EditTarget::Stage(id.clone()), map.stages[i].name.clone())),
            Selection::Lane(id) => map
                .lane_index(id)
                .map(|i| (EditTarget::Lane(id.clone()), map.lanes[i].name.clone())),
            _ => None,
        };
        if let Some((target, text)) = target {
            self.canvas.editing = Some(InlineEdit::of(target, text));
        }
    }

    fn add_card_after(&mut self, edits: &mut Vec<Edit>) {
        let action = match &self.canvas.selection {
            Selection::Cards(ids) if ids.len() == 1 => Action::InsertCardAfter {
                after: ids[0].clone(),
                title: String::new(),
            },
            Selection::Cell { lane, stage } => Action::AddCard {
                lane: lane.clone(),
                stage: stage.clone(),
                title: String::new(),
                image: None,
            },
            // Nothing (or several cards) selected: the first cell of a card lane.
            _ => {
                let Some(map) = self.current_map() else {
                    return;
                };
                let lane = map
                    .lanes
                    .iter()
                    .find(|l| l.kind == crate::model::LaneKind::Cards)
                    .or(map.lanes.first());
                let (Some(lane), Some(stage)) = (lane, map.stages.first()) else {
                    return;
                };
                Action::AddCard {
                    lane: lane.id.clone(),
                    stage: stage.id.clone(),
                    title: String::new(),
                    image: None,
                }
            }
        };
        edits.push(Edit::then(action, AfterEdit::EditCreated));
    }

    /// Shift+F10 or the Menu key: the context menu of the selection, next to it.
    fn open_context_menu_for_selection(&mut self) {
        let target = match &self.canvas.selection {
            Selection::Cards(ids) => ContextTarget::Cards(ids.clone()),
            Selection::Stage(id) => ContextTarget::Stage(id.clone()),
            Selection::Lane(id) => ContextTarget::Lane(id.clone()),
            Selection::Cell { lane, stage } => ContextTarget::Cell {
                lane: lane.clone(),
                stage: stage.clone(),
            },
            Selection::Link { from, to } => ContextTarget::Link {
                from: from.clone(),
                to: to.clone(),
            },
            Selection::None => ContextTarget::Canvas,
        };
        let at = self
            .selection_rect_on_screen()
            .map_or(self.canvas.view.canvas.center(), |r| r.center());
        self.canvas.open_context_menu(target, at);
    }
}

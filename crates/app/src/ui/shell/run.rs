//! Running the registry's commands after the frame: which can run now (menus grey the
//! others out, keys skip them), and what each does. A command that changes the document
//! queues an edit; one that needs more (a dialog, a panel) calls into it.

use super::WaymarkApp;
use super::keyboard;
use crate::edit::Action;
use crate::model::{Axis, Card, HeaderId, LaneKind};
use crate::session::Pending;
use crate::ui::canvas::{ContextTarget, EditTarget, InlineEdit, ViewRequest};
use crate::ui::command::{AppCommand, Commands, UICommand};
use crate::ui::frame::Enabled;
use crate::ui::i18n::tr;
use crate::ui::notify::Notification;
use crate::ui::panels::conflicts::conflict_items;
use crate::ui::panels::help::HelpWindow;
use crate::ui::{AfterEdit, Edit, Selection};

/// What the clipboard holds when cards are copied: JSON text that another Waymark window
/// (or a text editor) can read.
#[derive(serde::Serialize, serde::Deserialize)]
struct ClipboardCards {
    #[serde(rename = "waymark-cards")]
    cards: Vec<Card>,
}

impl WaymarkApp {
    /// Which commands can run now.
    pub(super) fn enabled_commands(&self) -> Enabled {
        Enabled::new(UICommand::ALL.into_iter().filter(|c| self.enabled(*c)))
    }

    /// Whether `command` can run now.
    fn enabled(&self, command: UICommand) -> bool {
        let editor = self.session.editor();
        let has_doc = editor.is_some();
        let has_map = self.view.current_map(editor).is_some();
        let idle = !self.dialogs.is_open();
        let selection = &self.view.selection;
        let cards = selection.cards().len();
        let header = selection.header().is_some();
        let link = matches!(selection, Selection::Link { .. });
        match command {
            UICommand::New | UICommand::Settings | UICommand::Language | UICommand::Quit => true,
            UICommand::Open | UICommand::ImportCsv => idle,
            UICommand::ImportMetrics => has_doc && idle,
            UICommand::NotesPanel => has_doc,
            UICommand::Save | UICommand::SaveAs => has_doc && idle,
            UICommand::SaveAutomatically => editor.is_some_and(|e| e.path().is_some()),
            UICommand::Export => has_doc && idle && !self.panels.export.is_running(),
            UICommand::Undo => editor.is_some_and(|e| e.undo_label().is_some()),
            UICommand::Redo => editor.is_some_and(|e| e.redo_label().is_some()),
            UICommand::Cut | UICommand::Copy | UICommand::Duplicate => cards > 0,
            UICommand::Delete => cards > 0 || header || link,
            UICommand::MoveLeft | UICommand::MoveRight => cards > 0 || header,
            UICommand::MoveUp | UICommand::MoveDown => cards > 0 || header,
            // On a cell, Enter adds a card there (the keyboard's way to fill an empty cell).
            UICommand::EditTitle => {
                cards == 1 || header || matches!(selection, Selection::Cell { .. })
            }
            UICommand::DrawArrow => cards == 1,
            UICommand::Paste
            | UICommand::SelectAll
            | UICommand::AddStage
            | UICommand::AddLane
            | UICommand::AddCardAfter
            | UICommand::SelectLeft
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
            | UICommand::FitMap
            | UICommand::Compare => has_map,
            UICommand::FindNext | UICommand::FindPrevious => self.panels.find.has_hits(),
            UICommand::ZoomToSelection => has_map && *selection != Selection::None,
            UICommand::Conflicts => {
                !conflict_items(editor.map(crate::edit::Editor::project)).is_empty()
            }
            UICommand::Present => has_map && idle,
            UICommand::CommandPalette | UICommand::Shortcuts | UICommand::About => true,
            UICommand::AddMap => has_doc,
            UICommand::StartFutureState | UICommand::DuplicateMap | UICommand::RenameMap => has_map,
            UICommand::DeleteMap | UICommand::NextMap | UICommand::PreviousMap => {
                has_map && editor.is_some_and(|e| e.project().maps.len() > 1)
            }
            UICommand::OpenLinkedMap => self.linked_map().is_some(),
        }
    }

    /// Runs `command` if it can run now; what it asks for next goes to `out`.
    pub(super) fn run(&mut self, ctx: &egui::Context, command: UICommand, out: &mut Commands) {
        if !self.enabled(command) {
            return;
        }
        let selected: Vec<_> = self.view.selection.cards().to_vec();
        match command {
            // The gallery, the settings' template selected: Enter starts from it.
            UICommand::New => {
                let template = crate::ui::panels::settings::default_template(&self.settings);
                self.panels.gallery.open(template);
            }
            UICommand::Settings | UICommand::Language => self.open_settings(),
            UICommand::Open => self.request(ctx, Pending::Open(None)),
            UICommand::Save => {
                let effects = self.session.save();
                self.effects(Some(ctx), effects);
            }
            UICommand::SaveAs => {
                let effects = self.session.save_as();
                self.effects(Some(ctx), effects);
            }
            UICommand::SaveAutomatically => {
                let on = !self.session.saves_automatically();
                self.session.set_save_automatically(on);
                self.notifications.show(Notification::info(if on {
                    tr("notice-autosave-on")
                } else {
                    tr("notice-autosave-off")
                }));
            }
            UICommand::ImportCsv => self.dialogs.import_csv(ctx),
            UICommand::ImportMetrics => self.import_metrics(ctx, None),
            UICommand::NotesPanel => self.panels.notes.open = !self.panels.notes.open,
            UICommand::Export => self.open_export(None),
            UICommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            UICommand::Undo | UICommand::Redo => {
                if let Some(editor) = self.session.editor_mut() {
                    if command == UICommand::Undo {
                        editor.undo();
                    } else {
                        editor.redo();
                    }
                }
                self.notifications.document_changed();
                self.view.keep_valid(self.session.editor());
            }
            UICommand::Copy | UICommand::Cut => self.copy(ctx, command == UICommand::Cut, out),
            // The window's clipboard comes back as a Paste event next frame.
            UICommand::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
            UICommand::Duplicate => out.edit(Edit::then(
                Action::DuplicateCards(selected),
                AfterEdit::SelectCreated,
            )),
            UICommand::Delete => self.delete_selection(out),
            UICommand::SelectAll => {
                if let Some(map) = self.view.current_map(self.session.editor()) {
                    out.select(Selection::Cards(
                        map.cards.iter().map(|c| c.id.clone()).collect(),
                    ));
                }
            }
            UICommand::EditTitle => self.edit_in_place(out),
            UICommand::AddCardAfter => self.add_card_after(out),
            UICommand::AddStage => self.add_header(Axis::Stages, tr("context-new-stage"), out),
            UICommand::AddLane => self.add_header(Axis::Lanes, tr("context-new-lane"), out),
            UICommand::DrawArrow => self.view.canvas.link_from = selected.first().cloned(),
            UICommand::SelectLeft
            | UICommand::SelectRight
            | UICommand::SelectUp
            | UICommand::SelectDown
            | UICommand::NextCard
            | UICommand::PreviousCard => self.select_by_key(command, out),
            UICommand::MoveLeft
            | UICommand::MoveRight
            | UICommand::MoveUp
            | UICommand::MoveDown => {
                let action = self
                    .view
                    .current_map(self.session.editor())
                    .and_then(|map| keyboard::move_selection(command, map, &self.view.selection));
                if let Some(action) = action {
                    out.edit(Edit::new(action));
                    out.push(AppCommand::View(ViewRequest::Reveal));
                }
            }
            UICommand::ContextMenu => self.open_context_menu_for_selection(),
            UICommand::Find => self.panels.find.open(),
            UICommand::FindNext | UICommand::FindPrevious => self.panels.find.step(
                command == UICommand::FindNext,
                self.session.editor().map(crate::edit::Editor::project),
                self.view.map,
                out,
            ),
            UICommand::ZoomIn => self.view.canvas.view.zoom_centered(1.25),
            UICommand::ZoomOut => self.view.canvas.view.zoom_centered(0.8),
            UICommand::ActualSize => {
                let view = &mut self.view.canvas.view;
                view.zoom_centered(1.0 / view.zoom);
                // Whole pixels at 100%: the map is as crisp as its PNG export.
                view.offset = view.offset.round();
            }
            UICommand::FitMap => self.view.canvas.view.fit_pending = true,
            UICommand::Present => self.start_presenting(ctx),
            UICommand::ZoomToSelection => self.view.canvas.view_request = Some(ViewRequest::Zoom),
            UICommand::Compare => self.panels.compare.open_chooser(&self.session),
            UICommand::Conflicts => self.panels.conflicts.open = true,
            UICommand::CommandPalette => self.panels.palette.open(),
            UICommand::Shortcuts => self.panels.help.open = Some(HelpWindow::Shortcuts),
            UICommand::About => self.panels.help.open = Some(HelpWindow::About),
            UICommand::AddMap
            | UICommand::StartFutureState
            | UICommand::DuplicateMap
            | UICommand::RenameMap
            | UICommand::DeleteMap
            | UICommand::NextMap
            | UICommand::PreviousMap => self.map_command(ctx, command, out),
            UICommand::OpenLinkedMap => {
                if let Some(id) = self.linked_map() {
                    out.push(AppCommand::OpenLinkedMap(id));
                }
            }
        }
    }

    /// The map the one selected card opens, when it is another map of the project.
    pub(super) fn linked_map(&self) -> Option<crate::model::MapId> {
        let editor = self.session.editor()?;
        let map = self.view.current_map(Some(editor))?;
        super::links::linked_map(editor.project(), map, self.view.selection.cards())
            .map(|m| m.id.clone())
    }

    /// The Map menu's commands: add, copy, rename and delete maps, and step through them.
    fn map_command(&mut self, ctx: &egui::Context, command: UICommand, out: &mut Commands) {
        let Some(editor) = self.session.editor() else {
            return;
        };
        let count = editor.project().maps.len();
        let shown = self.view.map.min(count.saturating_sub(1));
        match command {
            UICommand::AddMap => {
                out.edit(Edit::then(
                    Action::AddMap {
                        name: tr("notice-new-map").to_owned(),
                    },
                    AfterEdit::ShowCreatedMap,
                ));
                // Then name it.
                out.run(UICommand::RenameMap);
            }
            // The future state asks what it keeps first.
            UICommand::StartFutureState => self.panels.future.open(),
            UICommand::DuplicateMap => out.edit(Edit::then(
                Action::DuplicateMap {
                    future: false,
                    notes: true,
                    scores: true,
                },
                AfterEdit::ShowCreatedMap,
            )),
            UICommand::RenameMap => {
                out.select(Selection::None);
                crate::ui::panels::inspector::focus_map_name(ctx);
            }
            UICommand::DeleteMap => {
                if let Some(map) = editor.project().maps.get(shown) {
                    out.edit(Edit::new(Action::DeleteMap(map.id.clone())));
                }
            }
            UICommand::NextMap => out.push(AppCommand::ShowMap((shown + 1) % count.max(1))),
            UICommand::PreviousMap => {
                out.push(AppCommand::ShowMap((shown + count - 1) % count.max(1)));
            }
            _ => {}
        }
    }

    /// The arrow keys, Tab and Shift+Tab: the selection they lead to, brought into view.
    fn select_by_key(&mut self, command: UICommand, out: &mut Commands) {
        let (Some(map), Some(cache)) = (
            self.view.current_map(self.session.editor()),
            self.view.cache.as_ref(),
        ) else {
            return;
        };
        let selection = &self.view.selection;
        let next = match command {
            UICommand::NextCard => {
                keyboard::select_in_reading_order(true, map, &cache.layout, selection)
            }
            UICommand::PreviousCard => {
                keyboard::select_in_reading_order(false, map, &cache.layout, selection)
            }
            _ => keyboard::select_towards(command, map, &cache.layout, selection),
        };
        if let Some(next) = next {
            out.select_and_reveal(next);
        }
    }

    /// Opens the Export dialog on the map on screen, or on two maps stacked.
    pub(super) fn open_export(
        &mut self,
        stacked: Option<(crate::model::MapId, crate::model::MapId)>,
    ) {
        let defaults = crate::ui::panels::settings::default_export_settings(&self.settings);
        let path = self.session.editor().and_then(|e| e.path()).cloned();
        self.panels.export.open(
            self.session.data(),
            path.as_deref(),
            self.view.map,
            defaults,
            stacked,
        );
    }

    /// Adds a stage or lane after the selected one of its axis (or at the end), selected
    /// and ready to name.
    fn add_header(&mut self, axis: Axis, name: &str, out: &mut Commands) {
        let Some(map) = self.view.current_map(self.session.editor()) else {
            return;
        };
        // After the selected stage or lane, or the one the selected card or cell is in.
        let (lane, stage) = match &self.view.selection {
            Selection::Cell { lane, stage } => (Some(lane.clone()), Some(stage.clone())),
            Selection::Cards(ids) => ids
                .first()
                .and_then(|id| map.card_index(id))
                .and_then(|i| map.cards.get(i))
                .map_or((None, None), |c| {
                    (Some(c.lane.clone()), Some(c.stage.clone()))
                }),
            _ => (None, None),
        };
        let around = match axis {
            Axis::Stages => stage.map(HeaderId::Stage),
            Axis::Lanes => lane.map(HeaderId::Lane),
        };
        let before = self
            .view
            .selection
            .header()
            .or(around)
            .filter(|h| h.axis() == axis)
            .and_then(|h| map.header_id_at(axis, map.header_index(&h)? + 1));
        out.edit(Edit::then(
            Action::AddHeader {
                axis,
                before,
                name: name.to_owned(),
            },
            AfterEdit::EditCreated,
        ));
    }

    /// Presentation mode (F5), from the selected stage.
    fn start_presenting(&mut self, ctx: &egui::Context) {
        let Some(editor) = self.session.editor() else {
            return;
        };
        let Some(map) = editor.project().maps.get(self.view.map) else {
            return;
        };
        let stage = match &self.view.selection {
            Selection::Stage(id) => map.stage_index(id),
            Selection::Cards(ids) => ids.first().and_then(|id| {
                let card = map.cards.iter().find(|c| &c.id == id)?;
                map.stage_index(&card.stage)
            }),
            _ => None,
        }
        .unwrap_or(0);
        self.panels.present.start(ctx, self.view.map, stage);
    }

    fn copy(&mut self, ctx: &egui::Context, cut: bool, out: &mut Commands) {
        let selected = self.view.selection.cards().to_vec();
        let Some(map) = self.view.current_map(self.session.editor()) else {
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
            out.edit(Edit::new(Action::DeleteCards(selected)));
            out.select(Selection::None);
        }
    }

    /// Pastes clipboard text: copied cards, or plain text as a new card in the selected
    /// cell.
    pub(super) fn paste(&mut self, text: &str, out: &mut Commands) {
        let cell = match &self.view.selection {
            Selection::Cell { lane, stage } => Some((lane.clone(), stage.clone())),
            _ => None,
        };
        match serde_json::from_str::<ClipboardCards>(text) {
            Ok(clip) => out.edit(Edit::then(
                Action::PasteCards {
                    cards: clip.cards,
                    cell,
                },
                AfterEdit::SelectCreated,
            )),
            Err(_) => {
                if let Some((lane, stage)) = cell {
                    let title = text.trim().chars().take(500).collect();
                    out.edit(Edit::then(
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

    fn delete_selection(&mut self, out: &mut Commands) {
        let action = match &self.view.selection {
            Selection::Cards(ids) => Action::DeleteCards(ids.clone()),
            Selection::Stage(_) | Selection::Lane(_) => match self.view.selection.header() {
                Some(header) => Action::DeleteHeader(header),
                None => return,
            },
            Selection::Link { from, to } => Action::DeleteLink {
                from: from.clone(),
                to: to.clone(),
            },
            Selection::Cell { .. } | Selection::None => return,
        };
        out.edit(Edit::new(action));
        out.select(Selection::None);
    }

    /// Enter or F2: the selected card's title, or the selected header's name, in place; on
    /// a cell, a new card there with its title in place (Enter while an arrow is being
    /// drawn ends it on the selected card instead).
    fn edit_in_place(&mut self, out: &mut Commands) {
        let canvas = &mut self.view.canvas;
        if let (Some(from), [to]) = (&canvas.link_from, self.view.selection.cards()) {
            if from != to {
                out.edit(Edit::new(Action::AddLink {
                    from: from.clone(),
                    to: to.clone(),
                }));
            }
            canvas.link_from = None;
            return;
        }
        if matches!(self.view.selection, Selection::Cell { .. }) {
            self.add_card_after(out);
            return;
        }
        let Some(map) = self.view.current_map(self.session.editor()) else {
            return;
        };
        let target = match &self.view.selection {
            Selection::Cards(ids) if ids.len() == 1 => map
                .card_index(&ids[0])
                .map(|i| (EditTarget::Card(ids[0].clone()), map.cards[i].title.clone())),
            selection => selection.header().and_then(|h| {
                let name = map.header(&h)?.name().to_owned();
                Some((EditTarget::Header(h), name))
            }),
        };
        if let Some((target, text)) = target {
            self.view.canvas.editing = Some(InlineEdit::of(target, text));
        }
    }

    fn add_card_after(&mut self, out: &mut Commands) {
        let action = match &self.view.selection {
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
                let Some(map) = self.view.current_map(self.session.editor()) else {
                    return;
                };
                let lane = map
                    .lanes
                    .iter()
                    .find(|l| l.kind == LaneKind::Cards)
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
        out.edit(Edit::then(action, AfterEdit::EditCreated));
    }

    /// Shift+F10 or the Menu key: the context menu of the selection, next to it.
    fn open_context_menu_for_selection(&mut self) {
        let selection = &self.view.selection;
        let target = match selection {
            Selection::Cards(ids) => ContextTarget::Cards(ids.clone()),
            Selection::Stage(_) | Selection::Lane(_) => match selection.header() {
                Some(header) => ContextTarget::Header(header),
                None => return,
            },
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
        let view = self.view.canvas.view;
        let at = self
            .view
            .selection_rect(self.session.editor())
            .map_or(view.canvas.center(), |r| {
                (view.screen_from_world() * r).center()
            });
        self.view.canvas.open_context_menu(target, at);
    }

    /// Tells the user about a problem the command ran into.
    pub(super) fn show_error(&mut self, text: String) {
        self.notifications.show(Notification::error(text));
    }
}

//! Applying the frame's commands after it, in order: edits on the map the frame showed
//! (with their follow-up: select what was made, edit its name in place, show a new map,
//! a toast with Undo for deletions), selection and view changes, files, notifications.
//! What a command asks for next is applied right after it.

use super::WaymarkApp;
use crate::edit::{Action, EditError};
use crate::model::{JourneyMap, MapId};
use crate::ui::canvas::{EditTarget, InlineEdit, ViewRequest};
use crate::ui::command::{AppCommand, Commands, FileRequest};
use crate::ui::i18n::{arg, tr, tr_args};
use crate::ui::notify::{NoteAction, Notification};
use crate::ui::{AfterEdit, Edit, Selection};

impl WaymarkApp {
    /// The id of the map on screen.
    fn shown_map_id(&self) -> Option<MapId> {
        Some(self.view.current_map(self.session.editor())?.id.clone())
    }

    /// Applies the frame's commands in order. The frame's edits go to the map it showed,
    /// even when a command before them (an undo) changed which map sits at that tab.
    pub(super) fn apply_all(&mut self, ctx: &egui::Context, mut out: Commands) {
        let shown = self.shown_map_id();
        for command in out.take() {
            self.apply_one(ctx, command, shown.as_ref());
        }
    }

    fn apply_one(&mut self, ctx: &egui::Context, command: AppCommand, map: Option<&MapId>) {
        let mut next = Commands::default();
        match command {
            AppCommand::Run(command) => self.run(ctx, command, &mut next),
            AppCommand::Edit(edit) => self.apply_edit(map, *edit),
            AppCommand::EndTyping => {
                if let Some(editor) = self.session.editor_mut() {
                    editor.end_merge();
                }
            }
            AppCommand::Select(selection) => self.view.selection = selection,
            AppCommand::View(request) => self.view.canvas.view_request = Some(request),
            AppCommand::ShowMap(index) => {
                self.view.trail.clear();
                let project = self.session.editor().map(crate::edit::Editor::project);
                self.view.show_map(index, project);
            }
            AppCommand::OpenLinkedMap(id) => self.view.open_linked(self.session.editor(), &id),
            AppCommand::BackAlongTrail => self.view.back_along_trail(self.session.editor()),
            AppCommand::File(request) => self.file_request(ctx, request),
            AppCommand::Paste(text) => self.paste(&text, &mut next),
            AppCommand::Notify(note) => self.notifications.show(note),
            AppCommand::ShowIncoming => {
                let here = self.view.current_map(self.session.editor());
                let cards = self.panels.compare.show_incoming(here);
                if !cards.is_empty() {
                    self.view.selection = Selection::Cards(cards);
                    self.view.canvas.view_request = Some(ViewRequest::Reveal);
                }
            }
            AppCommand::MergeCopy(copy) => {
                let effects = self.session.merge_copy(&copy);
                self.effects(Some(ctx), effects);
            }
            AppCommand::PutAwayCopy(copy) => {
                let effects = self.session.put_away_copy(&copy);
                self.effects(Some(ctx), effects);
            }
            AppCommand::Answer(answer) => {
                let effects = self.session.answer(answer);
                self.effects(Some(ctx), effects);
            }
            AppCommand::ApplySettings(settings) => {
                self.session
                    .set_autosave_interval(settings.recovery_interval());
                self.session.set_author(&settings.author);
                self.session
                    .set_save_automatically_default(settings.save_automatically);
                // The inspector's width is the window's, not the dialog's copy.
                let width = self.settings.inspector_width;
                self.settings = *settings;
                self.settings.inspector_width = width;
            }
            AppCommand::ExportStacked { above, below } => self.open_export(Some((above, below))),
            AppCommand::RememberInspectorWidth(width) => {
                self.settings.inspector_width = width;
                self.settings = std::mem::take(&mut self.settings).sanitized();
                // Losing the width is not worth a message: the log has the reason.
                if let Some(data) = self.session.data()
                    && let Err(e) = crate::store::settings::save(data, &self.settings)
                {
                    log::warn!("the inspector's width was not remembered: {e}");
                }
            }
        }
        if next.is_empty() {
            return;
        }
        let current = self.shown_map_id();
        for command in next.take() {
            self.apply_one(ctx, command, current.as_ref());
        }
    }

    /// A file to ask for, open or read.
    fn file_request(&mut self, ctx: &egui::Context, request: FileRequest) {
        match request {
            FileRequest::Open(path) => self.request(ctx, crate::session::Pending::Open(Some(path))),
            FileRequest::ClearRecent => self.session.clear_recent(),
            FileRequest::New(template) => self.request(
                ctx,
                crate::session::Pending::New {
                    template,
                    font: self.settings.map_font.clone(),
                    language: Some(crate::ui::i18n::language().to_owned()),
                },
            ),
            FileRequest::PickImage(target) => self.dialogs.pick_image(ctx, target),
            FileRequest::ImportMetrics(lane) => self.import_metrics(ctx, lane),
            FileRequest::CompareFile => self.dialogs.compare_file(ctx),
            FileRequest::CompareWith(path, label) => self.compare_with(&path, label),
            FileRequest::ExportTo(name) => self.dialogs.export(ctx, &name),
        }
    }

    /// Compares the map on screen with the map of a file.
    pub(super) fn compare_with(&mut self, path: &std::path::Path, label: String) {
        let here = self.view.current_map(self.session.editor());
        if let Err(text) = self.panels.compare.compare_with_file(path, label, here) {
            self.show_error(text);
        }
    }

    /// Applies `edit` to map `map` and does its follow-up; problems are shown.
    pub(super) fn apply_edit(&mut self, map: Option<&MapId>, edit: Edit) {
        let (Some(editor), Some(map)) = (self.session.editor_mut(), map) else {
            return;
        };
        let removed = editor
            .project()
            .maps
            .iter()
            .find(|m| &m.id == map)
            .and_then(|m| removal_text(m, &edit.action));
        match editor.perform(map, edit.action, edit.merge.as_deref()) {
            Ok(outcome) => {
                if let Some(text) = removed {
                    self.notifications
                        .show(Notification::info(text).with_action(NoteAction::Undo));
                }
                self.notifications.document_changed();
                match edit.then {
                    AfterEdit::Nothing => {}
                    AfterEdit::SelectCreated => {
                        if !outcome.cards.is_empty() {
                            self.view.selection = Selection::Cards(outcome.cards);
                        }
                    }
                    AfterEdit::ShowCreatedMap => {
                        let index = outcome
                            .map
                            .and_then(|id| editor.project().maps.iter().position(|m| m.id == id));
                        if let Some(index) = index {
                            self.view.show_map(index, Some(editor.project()));
                        }
                    }
                    AfterEdit::EditCreated => {
                        let map = editor.project().maps.iter().find(|m| &m.id == map);
                        let created = if let Some(id) = outcome.cards.first() {
                            Some((
                                Selection::Cards(vec![id.clone()]),
                                EditTarget::Card(id.clone()),
                                String::new(),
                            ))
                        } else {
                            let header = outcome
                                .stage
                                .map(crate::model::HeaderId::Stage)
                                .or(outcome.lane.map(crate::model::HeaderId::Lane));
                            header.map(|h| {
                                let name = map
                                    .and_then(|m| m.header(&h))
                                    .map(|h| h.name().to_owned())
                                    .unwrap_or_default();
                                (Selection::of_header(&h), EditTarget::Header(h), name)
                            })
                        };
                        // Selected, in view, and its name ready to type over.
                        if let Some((selection, target, text)) = created {
                            self.view.selection = selection;
                            self.view.canvas.editing = Some(InlineEdit::of(target, text));
                            self.view.canvas.view_request = Some(ViewRequest::Reveal);
                        }
                    }
                }
            }
            // The read-only bar above the map already says why.
            Err(EditError::ReadOnly(_) | EditError::ReadOnlyFile) => {
                self.notifications
                    .show(Notification::info(tr("notice-read-only")));
            }
            Err(e) => self.show_error(tr_args(
                "notice-edit-failed",
                &[("error", arg(crate::ui::problems::edit_reason(&e)))],
            )),
        }
    }
}

/// What a deletion takes away, in words ("Deleted stage Retention and 2 cards"), for the
/// toast that offers Undo; `None` for other actions.
fn removal_text(map: &JourneyMap, action: &Action) -> Option<String> {
    let deleted =
        |id: &str, name: &str, n: usize| tr_args(id, &[("name", arg(name)), ("count", n.into())]);
    match action {
        Action::DeleteHeader(crate::model::HeaderId::Stage(id)) => {
            let stage = map.stages.get(map.stage_index(id)?)?;
            let n = map.cards.iter().filter(|c| &c.stage == id).count();
            Some(deleted("notice-deleted-stage", &stage.name, n))
        }
        Action::DeleteHeader(crate::model::HeaderId::Lane(id)) => {
            let lane = map.lanes.get(map.lane_index(id)?)?;
            let n = map.cards.iter().filter(|c| &c.lane == id).count();
            Some(deleted("notice-deleted-lane", &lane.name, n))
        }
        Action::DeleteCards(ids) if ids.len() > 1 => Some(tr_args(
            "notice-deleted-cards",
            &[("count", ids.len().into())],
        )),
        _ => None,
    }
}

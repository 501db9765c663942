//! Merge conflicts left in a file by `waymark merge` (git's merge driver): a notice across
//! the top while any remain, and a panel listing each one, ours against theirs, where
//! picking a side is one undoable edit. Clicking a conflict shows the thing it is about.

use super::WaymarkApp;
use crate::compare::describe_conflict;
use crate::edit::Action;
use crate::model::{Conflict, ConflictKind, Side, Thing};
use crate::ui::canvas::ViewRequest;
use crate::ui::{Edit, Selection};

impl WaymarkApp {
    fn conflict_items(&self) -> &[Conflict] {
        self.editor
            .as_ref()
            .and_then(|e| e.project().conflicts.as_ref())
            .map_or(&[][..], |c| &c.items[..])
    }

    /// Whether the open document has unresolved merge conflicts.
    pub(super) fn has_conflicts(&self) -> bool {
        !self.conflict_items().is_empty()
    }

    /// The notice across the top while conflicts remain.
    pub(super) fn conflicts_notice_ui(&mut self, ui: &mut egui::Ui) {
        let count = self.conflict_items().len();
        if count == 0 {
            self.conflicts_open = false;
            return;
        }
        let mut review = false;
        egui::Panel::top("conflicts-notice").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let s = if count == 1 { "" } else { "s" };
                ui.colored_label(
                    crate::ui::theme::message(ui, crate::ui::theme::Message::Warning),
                    format!(
                        "This file has {count} unresolved merge conflict{s}: it holds our side of each until you pick one."
                    ),
                );
                if !self.conflicts_open {
                    review = ui.button("Review conflicts…").clicked();
                }
            });
        });
        if review {
            self.conflicts_open = true;
        }
    }

    /// The list of conflicts beside the canvas, while open.
    pub(super) fn conflicts_panel_ui(&mut self, ui: &mut egui::Ui, edits: &mut Vec<Edit>) {
        if !self.conflicts_open || !self.has_conflicts() {
            return;
        }
        let mut close = false;
        let mut show: Option<Conflict> = None;
        let mut pick: Option<(String, Side)> = None;
        let items = self.conflict_items().to_vec();
        let texts: Vec<String> = match &self.editor {
            Some(e) => items
                .iter()
                .map(|c| describe_conflict(c, e.project()))
                .collect(),
            None => Vec::new(),
        };
        egui::Panel::left("conflicts").default_size(340.0).show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.heading("Merge conflicts");
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    close = crate::ui::icon_button(ui, "×", "Close the list").clicked();
                });
            });
            ui.weak("Ours is the version merged into (what the file holds now); theirs is the one merged in.");
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (c, text) in items.iter().zip(&texts) {
                    if ui
                        .add(egui::Button::selectable(false, text.as_str()).wrap())
                        .on_hover_text("Show it on the map")
                        .clicked()
                    {
                        show = Some(c.clone());
                    }
                    ui.horizontal(|ui| {
                        let (ours, theirs) = match c.kind {
                            ConflictKind::Deleted if c.deleted_by == Some(Side::Ours) => ("Delete it", "Keep it"),
                            ConflictKind::Deleted => ("Keep it", "Delete it"),
                            _ => ("Keep ours", "Use theirs"),
                        };
                        if ui.button(ours).on_hover_text("Resolve with our side (undoable)").clicked() {
                            pick = Some((c.id.clone(), Side::Ours));
                        }
                        if ui.button(theirs).on_hover_text("Resolve with their side (undoable)").clicked() {
                            pick = Some((c.id.clone(), Side::Theirs));
                        }
                    });
                    ui.separator();
                }
            });
        });
        if close {
            self.conflicts_open = false;
        }
        if let Some((id, side)) = pick {
            edits.push(Edit::new(Action::ResolveConflict { id, pick: side }));
        }
        if let Some(c) = show {
            self.show_conflict(&c);
        }
    }

    /// Goes to the map of a conflict and selects what it is about.
    fn show_conflict(&mut self, c: &Conflict) {
        let Some(editor) = &self.editor else {
            return;
        };
        let map_id = c
            .map
            .clone()
            .or_else(|| (c.thing == Thing::Map).then(|| c.target.as_str().into()));
        if let Some(index) =
            map_id.and_then(|id| editor.project().maps.iter().position(|m| m.id == id))
        {
            self.map = index;
        }
        let target = c.target.as_str();
        self.canvas.selection = match c.thing {
            Thing::Card => Selection::Cards(vec![target.into()]),
            Thing::Stage => Selection::Stage(target.into()),
            Thing::Lane => Selection::Lane(target.into()),
            Thing::Link => match target.split_once('→') {
                Some((from, to)) => Selection::Link {
                    from: from.into(),
                    to: to.into(),
                },
                None => Selection::None,
            },
            _ => Selection::None,
        };
        self.canvas.view_request = Some(ViewRequest::Reveal);
    }
}

//! Format version 2 in the window: the review-notes panel (every open note of the map,
//! click one to select its card) and importing metric values from a CSV into a metrics
//! lane.

use super::{Edit, Selection, WaymarkApp};
use crate::edit::Action;
use crate::model::{LaneId, LaneKind};

impl WaymarkApp {
    /// The metrics lane an import goes to: the selected lane if it is one, else the map's
    /// first metrics lane.
    fn metrics_target(&self) -> Option<LaneId> {
        let map = self.editor.as_ref()?.project().maps.get(self.map)?;
        if let Selection::Lane(id) = &self.canvas.selection
            && map
                .lanes
                .iter()
                .any(|l| &l.id == id && l.kind == LaneKind::Metrics)
        {
            return Some(id.clone());
        }
        map.lanes
            .iter()
            .find(|l| l.kind == LaneKind::Metrics)
            .map(|l| l.id.clone())
    }

    /// File → Import metric values…: the CSV dialog for the target metrics lane, or a
    /// message saying there is none.
    pub(super) fn import_metrics(&mut self, ctx: &egui::Context, lane: Option<LaneId>) {
        match lane.or_else(|| self.metrics_target()) {
            Some(lane) => self.dialogs.metrics_csv(ctx, lane),
            None => self.show_error(
                "This map has no metrics lane. Add a lane, set its kind to Metrics, then import its values.".to_owned(),
            ),
        }
    }

    /// Reads the metrics CSV at `path` into lane `lane` (one undo step).
    pub(super) fn apply_metrics_csv(&mut self, path: &std::path::Path, lane: &LaneId) {
        let Some(editor) = &self.editor else { return };
        let Some(map) = editor.project().maps.get(self.map) else {
            return;
        };
        let Some(current) = map.lanes.iter().find(|l| &l.id == lane) else {
            return;
        };
        match crate::interop::metrics_csv::apply_metrics_csv_file(map, current, path) {
            Ok(updated) => {
                let count = updated.metrics.len();
                self.apply(Edit::new(Action::UpdateLane(updated)));
                self.canvas.selection = Selection::Lane(lane.clone());
                self.status = format!(
                    "Imported metric values from {} ({count} metrics)",
                    path.display()
                );
            }
            Err(e) => self.show_error(format!(
                "Cannot import metric values from {}: {e}. The lane is unchanged.",
                path.display()
            )),
        }
    }

    /// The panel of open review notes, when shown.
    pub(super) fn notes_panel_ui(&mut self, ui: &mut egui::Ui) {
        if !self.notes_panel {
            return;
        }
        let Some(editor) = &self.editor else { return };
        let Some(map) = editor.project().maps.get(self.map) else {
            return;
        };
        let mut select = None;
        let mut close = false;
        egui::Panel::left("notes-panel")
            .default_size(260.0)
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    ui.heading("Review notes");
                    if ui
                        .small_button("×")
                        .on_hover_text("Hide (Ctrl+Shift+N)")
                        .clicked()
                    {
                        close = true;
                    }
                });
                let open: Vec<_> = map
                    .cards
                    .iter()
                    .flat_map(|c| c.notes.iter().filter(|n| !n.resolved).map(move |n| (c, n)))
                    .collect();
                ui.weak(match open.len() {
                    0 => "No open notes. Select a card and add one in the inspector.".to_owned(),
                    1 => "1 open note".to_owned(),
                    n => format!("{n} open notes"),
                });
                ui.separator();
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for (card, note) in open {
                        let selected = self.canvas.selection.cards().contains(&card.id);
                        let text = format!(
                            "{}\n{} · {}\n{}{}",
                            card.title.lines().next().unwrap_or_default(),
                            note.author,
                            crate::ui::inspector::short_date(&note.date),
                            note.text,
                            match note.replies.len() {
                                0 => String::new(),
                                1 => "\n1 reply".to_owned(),
                                n => format!("\n{n} replies"),
                            }
                        );
                        let response = ui.add(
                            egui::Button::selectable(selected, text)
                                .wrap_mode(egui::TextWrapMode::Wrap),
                        );
                        if response.clicked() {
                            select = Some(card.id.clone());
                        }
                        ui.add_space(4.0);
                    }
                });
            });
        if close {
            self.notes_panel = false;
        }
        if let Some(id) = select {
            self.canvas.selection = Selection::Cards(vec![id]);
        }
    }
}

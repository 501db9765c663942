//! The find bar (Ctrl+F): searches card titles, bodies, tags, owners and metrics in the
//! map on screen or in every map, says "3 of 12", outlines the matches on the canvas, and
//! steps through them with Enter and Shift+Enter (or F3). Escape closes it and keeps the
//! selection.

use egui::Key;

use super::WaymarkApp;
use super::commands::Command;
use super::registry::UICommand;
use crate::find::{Found, in_map, in_project};
use crate::ui::Selection;
use crate::ui::canvas::ViewRequest;

/// The find bar's state.
#[derive(Default)]
pub(super) struct FindBar {
    /// Shown.
    pub open: bool,
    query: String,
    all_maps: bool,
    /// The matches for the query, map by map.
    pub hits: Vec<Found>,
    /// Which match is selected.
    current: Option<usize>,
    /// What `hits` was computed for: query, all maps, document revision, map on screen.
    searched: Option<(String, bool, u64, usize)>,
    /// Put the caret in the field next frame.
    focus: bool,
}

impl FindBar {
    /// Opens the bar with the caret in its field (again, when already open).
    pub fn open(&mut self) {
        self.open = true;
        self.focus = true;
    }
}

impl WaymarkApp {
    /// The find bar across the top of the canvas, when open.
    pub(super) fn find_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        if !self.find.open {
            self.canvas.found.clear();
            return;
        }
        self.refresh_hits();
        let mut step = None;
        let mut close = false;
        ui.horizontal(|ui| {
            ui.label("Find");
            let field = egui::TextEdit::singleline(&mut self.find.query)
                .hint_text("Titles, bodies, tags, owners, metrics")
                .desired_width(280.0);
            let response = ui.add(field);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::SearchInput, true, "Find cards")
            });
            if std::mem::take(&mut self.find.focus) {
                response.request_focus();
            }
            let (enter, shift, escape) = ui.input(|i| {
                (
                    i.key_pressed(Key::Enter),
                    i.modifiers.shift,
                    i.key_pressed(Key::Escape),
                )
            });
            let here = response.lost_focus() || response.has_focus();
            if response.lost_focus() && escape {
                close = true;
            } else if here && enter {
                step = Some(!shift);
                // Keep typing or pressing Enter.
                response.request_focus();
            }
            let count = match (self.find.hits.len(), self.find.current) {
                (0, _) if self.find.query.trim().is_empty() => String::new(),
                (0, _) => "No matches".to_owned(),
                (n, Some(i)) => format!("{} of {n}", i + 1),
                (n, None) => format!("{n} found"),
            };
            ui.label(count);
            if crate::ui::icon_button(ui, "↑", "Previous match (Shift+Enter)").clicked() {
                commands.push(Command::Ui(UICommand::FindPrevious));
            }
            if crate::ui::icon_button(ui, "↓", "Next match (Enter)").clicked() {
                commands.push(Command::Ui(UICommand::FindNext));
            }
            ui.checkbox(&mut self.find.all_maps, "All maps");
            if crate::ui::icon_button(ui, "×", "Close find bar (Escape)").clicked() {
                close = true;
            }
        });
        if close {
            self.find.open = false;
            self.canvas.found.clear();
            ui.memory_mut(|m| m.request_focus(crate::ui::canvas::canvas_id()));
        } else if let Some(forward) = step {
            self.find_step(forward);
        }
    }

    /// Recomputes the matches when the query, the scope or the document changed.
    fn refresh_hits(&mut self) {
        let Some(editor) = &self.editor else {
            return;
        };
        let key = (
            self.find.query.clone(),
            self.find.all_maps,
            editor.revision(),
            self.map,
        );
        if self.find.searched.as_ref() == Some(&key) {
            return;
        }
        let project = editor.project();
        self.find.hits = if self.find.all_maps {
            in_project(project, &self.find.query)
        } else {
            project.maps.get(self.map).map_or_else(Vec::new, |m| {
                in_map(m, &self.find.query)
                    .into_iter()
                    .map(|card| Found {
                        map: m.id.clone(),
                        card,
                    })
                    .collect()
            })
        };
        self.find.current = None;
        self.find.searched = Some(key);
        let shown = project.maps.get(self.map).map(|m| &m.id);
        self.canvas.found = self
            .find
            .hits
            .iter()
            .filter(|f| Some(&f.map) == shown)
            .map(|f| f.card.clone())
            .collect();
    }

    /// Selects the next (or previous) match, switching maps if it is in another one, and
    /// brings it into view.
    pub(super) fn find_step(&mut self, forward: bool) {
        let count = self.find.hits.len();
        if count == 0 {
            return;
        }
        let next = match (self.find.current, forward) {
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
            (None, true) => 0,
            (None, false) => count - 1,
        };
        self.find.current = Some(next);
        let found = self.find.hits[next].clone();
        let index = self
            .editor
            .as_ref()
            .and_then(|e| e.project().maps.iter().position(|m| m.id == found.map));
        if let Some(index) = index
            && index != self.map
        {
            self.show_map(index);
            // Keep the place in the list across the switch of map.
            self.refresh_hits();
            self.find.current = Some(next);
        }
        self.canvas.selection = Selection::Cards(vec![found.card]);
        self.canvas.view_request = Some(ViewRequest::Reveal);
    }
}

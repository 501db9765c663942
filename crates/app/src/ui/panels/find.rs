//! The find bar (Ctrl+F): searches card titles, bodies, tags, owners and metrics in the
//! map on screen or in every map, says "3 of 12", outlines the matches on the canvas, and
//! steps through them with Enter and Shift+Enter (or F3). Escape closes it and keeps the
//! selection.

use crate::ui::i18n::{tr, tr_args};
use egui::Key;

use crate::find::{Found, in_map, in_project};
use crate::ui::Selection;
use crate::ui::canvas::ViewRequest;
use crate::ui::command::{AppCommand, Commands, UICommand};
use crate::ui::frame::FrameCtx;

/// The find bar's state.
#[derive(Default)]
pub struct FindBar {
    /// Shown.
    pub open: bool,
    query: String,
    all_maps: bool,
    /// The matches for the query, map by map.
    hits: Vec<Found>,
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

    /// Whether there are matches to step through.
    pub fn has_hits(&self) -> bool {
        !self.hits.is_empty()
    }

    /// Recomputes the matches when the query, the scope or the document changed, and
    /// returns the cards of the map on screen to outline (none while closed).
    pub fn refresh(&mut self, frame: &FrameCtx<'_>) -> Vec<crate::model::CardId> {
        let (true, Some(doc)) = (self.open, &frame.doc) else {
            return Vec::new();
        };
        let key = (
            self.query.clone(),
            self.all_maps,
            doc.editor.revision(),
            doc.map_index,
        );
        if self.searched.as_ref() != Some(&key) {
            self.hits = if self.all_maps {
                in_project(doc.project, &self.query)
            } else {
                in_map(doc.map, &self.query)
                    .into_iter()
                    .map(|card| Found {
                        map: doc.map.id.clone(),
                        card,
                    })
                    .collect()
            };
            // Keep the place in the list when only the map on screen changed (a step
            // into another map).
            if self
                .searched
                .as_ref()
                .is_none_or(|s| (&s.0, s.1, s.2) != (&key.0, key.1, key.2))
            {
                self.current = None;
            }
            self.searched = Some(key);
        }
        self.hits
            .iter()
            .filter(|f| f.map == doc.map.id)
            .map(|f| f.card.clone())
            .collect()
    }

    /// Selects the next (or previous) match, switching maps if it is in another one, and
    /// brings it into view.
    pub fn step(
        &mut self,
        forward: bool,
        project: Option<&crate::model::Project>,
        shown: usize,
        out: &mut Commands,
    ) {
        let count = self.hits.len();
        if count == 0 {
            return;
        }
        let next = match (self.current, forward) {
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
            (None, true) => 0,
            (None, false) => count - 1,
        };
        self.current = Some(next);
        let found = self.hits[next].clone();
        let index = project.and_then(|p| p.maps.iter().position(|m| m.id == found.map));
        if let Some(index) = index
            && index != shown
        {
            out.push(AppCommand::ShowMap(index));
        }
        out.select(Selection::Cards(vec![found.card]));
        out.push(AppCommand::View(ViewRequest::Reveal));
    }
}

impl super::Panel for FindBar {
    /// The find bar across the top of the canvas, when open.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        if !self.open || frame.doc.is_none() {
            return;
        }
        let mut close = false;
        egui::Panel::top("find").show(root, |ui| {
            ui.horizontal(|ui| {
                ui.label(tr("find-label"));
                let field = egui::TextEdit::singleline(&mut self.query)
                    .hint_text(tr("find-hint"))
                    .desired_width(280.0);
                let response = ui.add(field);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::SearchInput, true, tr("find-cards"))
                });
                if std::mem::take(&mut self.focus) {
                    // The previous query is selected, so typing replaces it and Enter
                    // searches it again.
                    crate::ui::focus_selecting_all(ui, &response, &self.query);
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
                    out.run(if shift {
                        UICommand::FindPrevious
                    } else {
                        UICommand::FindNext
                    });
                    // Keep typing or pressing Enter.
                    response.request_focus();
                }
                let count = match (self.hits.len(), self.current) {
                    (0, _) if self.query.trim().is_empty() => String::new(),
                    (0, _) => tr("find-no-matches").to_owned(),
                    (n, Some(i)) => tr_args(
                        "find-n-of-total",
                        &[("n", (i + 1).into()), ("total", n.into())],
                    ),
                    (n, None) => tr_args("find-found", &[("count", n.into())]),
                };
                ui.label(count);
                if crate::ui::icon_button(ui, "↑", tr("find-previous")).clicked() {
                    out.run(UICommand::FindPrevious);
                }
                if crate::ui::icon_button(ui, "↓", tr("find-next")).clicked() {
                    out.run(UICommand::FindNext);
                }
                ui.checkbox(&mut self.all_maps, tr("find-all-maps"));
                if crate::ui::icon_button(ui, "×", tr("find-close")).clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.open = false;
            root.memory_mut(|m| m.request_focus(crate::ui::canvas::canvas_id()));
        }
    }
}

//! Applying the frame's edits after it: on the map the frame showed, with their follow-up
//! (select what was made, edit its name in place, show a new map), a toast with Undo for
//! deletions, and keeping the map index and the selection valid afterwards.

use std::time::Instant;

use super::{Banner, Toast, WaymarkApp};
use crate::edit::{Action, EditError};
use crate::model::{JourneyMap, MapId};
use crate::ui::canvas::{EditTarget, InlineEdit, ViewRequest};
use crate::ui::{AfterEdit, Edit, Selection};

impl WaymarkApp {
    /// The id of the map on screen.
    pub(super) fn shown_map_id(&self) -> Option<MapId> {
        let editor = self.editor.as_ref()?;
        Some(editor.project().maps.get(self.map)?.id.clone())
    }

    /// Applies `edit` to the map on screen.
    pub(super) fn apply(&mut self, edit: Edit) {
        let shown = self.shown_map_id();
        self.apply_to(shown.as_ref(), edit);
    }

    /// Applies `edit` to map `map` and does its follow-up; problems go to the banner.
    pub(super) fn apply_to(&mut self, map: Option<&MapId>, edit: Edit) {
        let (Some(editor), Some(map)) = (&mut self.editor, map) else {
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
                    self.toast = Some(Toast {
                        text,
                        shown_at: Instant::now(),
                    });
                }
                // "Saved …" no longer holds once the document changes.
                if self.status.starts_with("Saved") {
                    self.status.clear();
                }
                match edit.then {
                    AfterEdit::Nothing => {}
                    AfterEdit::SelectCreated => {
                        if !outcome.cards.is_empty() {
                            self.canvas.selection = Selection::Cards(outcome.cards);
                        }
                    }
                    AfterEdit::ShowCreatedMap => {
                        let index = outcome
                            .map
                            .and_then(|id| editor.project().maps.iter().position(|m| m.id == id));
                        if let Some(index) = index {
                            self.show_map(index);
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
                        } else if let Some(id) = outcome.stage {
                            let name = map
                                .and_then(|m| m.stage_index(&id).map(|i| m.stages[i].name.clone()));
                            Some((
                                Selection::Stage(id.clone()),
                                EditTarget::Stage(id),
                                name.unwrap_or_default(),
                            ))
                        } else if let Some(id) = outcome.lane {
                            let name = map
                                .and_then(|m| m.lane_index(&id).map(|i| m.lanes[i].name.clone()));
                            Some((
                                Selection::Lane(id.clone()),
                                EditTarget::Lane(id),
                                name.unwrap_or_default(),
                            ))
                        } else {
                            None
                        };
                        // Selected, in view, and its name ready to type over.
                        if let Some((selection, target, text)) = created {
                            self.canvas.selection = selection;
                            self.canvas.editing = Some(InlineEdit::of(target, text));
                            self.canvas.view_request = Some(ViewRequest::Reveal);
                        }
                    }
                }
            }
            // The read-only bar above the map already says why.
            Err(EditError::ReadOnly(_) | EditError::ReadOnlyFile) => {
                self.status = "This file is read-only: save a copy to change it".to_owned();
            }
            Err(e) => {
                self.banner = Some(Banner {
                    text: format!("That change could not be made: {e}"),
                    error: true,
                })
            }
        }
    }

    /// Switches to map `index` with a fresh view.
    pub(super) fn show_map(&mut self, index: usize) {
        if self.map != index {
            self.map = index;
            self.canvas.selection = Selection::None;
            self.canvas.editing = None;
            self.canvas.view.fit_pending = true;
        }
    }

    /// Keeps the current map index valid after maps were deleted (or undone).
    pub(super) fn clamp_map(&mut self) {
        let count = self.editor.as_ref().map_or(0, |e| e.project().maps.len());
        if count > 0 && self.map >= count {
            self.show_map(count - 1);
        }
    }

    /// Drops selected cards that no longer exist (after undo, redo or a delete).
    pub(super) fn prune_selection(&mut self) {
        let Some(map) = self
            .editor
            .as_ref()
            .and_then(|e| e.project().maps.get(self.map))
        else {
            return;
        };
        if let Selection::Cards(ids) = &mut self.canvas.selection {
            ids.retain(|id| map.card_index(id).is_some());
            if ids.is_empty() {
                self.canvas.selection = Selection::None;
            }
        }
    }
}

/// What a deletion takes away, in words ("Deleted stage Retention and 2 cards"), for the
/// toast that offers Undo; `None` for other actions.
fn removal_text(map: &JourneyMap, action: &Action) -> Option<String> {
    let cards = |n: usize| match n {
        0 => String::new(),
        1 => " and 1 card".to_owned(),
        n => format!(" and {n} cards"),
    };
    match action {
        Action::DeleteStage(id) => {
            let stage = map.stages.get(map.stage_index(id)?)?;
            let n = map.cards.iter().filter(|c| &c.stage == id).count();
            Some(format!("Deleted stage {}{}", stage.name, cards(n)))
        }
        Action::DeleteLane(id) => {
            let lane = map.lanes.get(map.lane_index(id)?)?;
            let n = map.cards.iter().filter(|c| &c.lane == id).count();
            Some(format!("Deleted lane {}{}", lane.name, cards(n)))
        }
        Action::DeleteCards(ids) if ids.len() > 1 => Some(format!("Deleted {} cards", ids.len())),
        _ => None,
    }
}

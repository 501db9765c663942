//! The map by keyboard: the arrows select the nearest card (and, past the edge, the stage
//! or lane header), Tab walks the cards in reading order, and Alt+arrow moves the selected
//! cards one cell or the selected header one place, one undo step per press.

use super::WaymarkApp;
use super::registry::UICommand;
use crate::edit::Action;
use crate::layout::nav::{self, Direction};
use crate::model::JourneyMap;
use crate::ui::canvas::ViewRequest;
use crate::ui::{Edit, Selection};

fn direction(command: UICommand) -> Option<Direction> {
    match command {
        UICommand::SelectLeft | UICommand::MoveLeft => Some(Direction::Left),
        UICommand::SelectRight | UICommand::MoveRight => Some(Direction::Right),
        UICommand::SelectUp | UICommand::MoveUp => Some(Direction::Up),
        UICommand::SelectDown | UICommand::MoveDown => Some(Direction::Down),
        _ => None,
    }
}

impl WaymarkApp {
    /// The map on screen.
    pub(super) fn current_map(&self) -> Option<&JourneyMap> {
        self.editor.as_ref()?.project().maps.get(self.map)
    }

    /// The selection's box in world pixels, from the last layout.
    pub(super) fn selection_rect(&self) -> Option<egui::Rect> {
        let map = self.current_map()?;
        let layout = &self.cache.as_ref()?.layout;
        crate::ui::canvas::selection_bounds(&self.canvas.selection, map, layout)
    }

    /// The selection's box on screen.
    pub(super) fn selection_rect_on_screen(&self) -> Option<egui::Rect> {
        Some(self.canvas.view.screen_from_world() * self.selection_rect()?)
    }

    /// Selects `selection` and scrolls it into view.
    fn select_by_key(&mut self, selection: Selection) {
        self.canvas.selection = selection;
        self.canvas.view_request = Some(ViewRequest::Reveal);
    }

    /// An arrow key: the nearest card that way; past the last card, the header.
    pub(super) fn select_towards(&mut self, command: UICommand) {
        let Some(direction) = direction(command) else {
            return;
        };
        let (Some(map), Some(cache)) = (self.current_map(), self.cache.as_ref()) else {
            return;
        };
        let layout = &cache.layout;
        let next = match &self.canvas.selection {
            Selection::Cards(ids) => {
                let Some(last) = ids.last() else { return };
                let Some(index) = map.card_index(last) else {
                    return;
                };
                let Some(b) = layout.card_box(index) else {
                    return;
                };
                let cell = &layout.cells[b.cell];
                match nav::neighbour(layout, b.rect, direction) {
                    Some(card) => Selection::Cards(vec![map.cards[card].id.clone()]),
                    None if direction == Direction::Up => {
                        Selection::Stage(map.stages[cell.stage].id.clone())
                    }
                    None if direction == Direction::Left => {
                        Selection::Lane(map.lanes[cell.lane].id.clone())
                    }
                    None => return,
                }
            }
            Selection::Stage(id) => {
                let Some(i) = map.stage_index(id) else { return };
                let step = match direction {
                    Direction::Left => i.checked_sub(1),
                    Direction::Right => Some(i + 1),
                    Direction::Up => None,
                    Direction::Down => {
                        let Some(h) = layout.stages.get(i) else {
                            return;
                        };
                        match nav::neighbour(layout, h.rect, Direction::Down) {
                            Some(card) => {
                                return self.select_by_key(Selection::Cards(vec![
                                    map.cards[card].id.clone(),
                                ]));
                            }
                            None => return,
                        }
                    }
                };
                match step.and_then(|i| map.stages.get(i)) {
                    Some(stage) => Selection::Stage(stage.id.clone()),
                    None => return,
                }
            }
            Selection::Lane(id) => {
                let Some(i) = map.lane_index(id) else { return };
                let step = match direction {
                    Direction::Up => i.checked_sub(1),
                    Direction::Down => Some(i + 1),
                    Direction::Left => None,
                    Direction::Right => {
                        let Some(h) = layout.lanes.get(i) else { return };
                        match nav::neighbour(layout, h.rect, Direction::Right) {
                            Some(card) => {
                                return self.select_by_key(Selection::Cards(vec![
                                    map.cards[card].id.clone(),
                                ]));
                            }
                            None => return,
                        }
                    }
                };
                match step.and_then(|i| map.lanes.get(i)) {
                    Some(lane) => Selection::Lane(lane.id.clone()),
                    None => return,
                }
            }
            Selection::Cell { .. } => {
                let Some(rect) = self.selection_rect() else {
                    return;
                };
                match nav::neighbour(layout, rect, direction) {
                    Some(card) => Selection::Cards(vec![map.cards[card].id.clone()]),
                    None => return,
                }
            }
            Selection::Link { from, .. } => match map.card_index(from) {
                Some(_) => Selection::Cards(vec![from.clone()]),
                None => return,
            },
            Selection::None => match nav::reading_order(layout).first() {
                Some(&card) => Selection::Cards(vec![map.cards[card].id.clone()]),
                None => return,
            },
        };
        self.select_by_key(next);
    }

    /// Tab or Shift+Tab: the next or previous card in reading order, wrapping around.
    pub(super) fn select_in_reading_order(&mut self, forward: bool) {
        let (Some(map), Some(cache)) = (self.current_map(), self.cache.as_ref()) else {
            return;
        };
        let order = nav::reading_order(&cache.layout);
        if order.is_empty() {
            return;
        }
        let current = self
            .canvas
            .selection
            .cards()
            .last()
            .and_then(|id| map.card_index(id))
            .and_then(|i| order.iter().position(|&c| c == i));
        let next = match (current, forward) {
            (Some(at), true) => (at + 1) % order.len(),
            (Some(at), false) => (at + order.len() - 1) % order.len(),
            (None, true) => 0,
            (None, false) => order.len() - 1,
        };
        let id = map.cards[order[next]].id.clone();
        self.select_by_key(Selection::Cards(vec![id]));
    }

    /// Alt+arrow: the selected cards one cell that way, or the selected stage or lane one
    /// place along.
    pub(super) fn move_selection(&mut self, command: UICommand, edits: &mut Vec<Edit>) {
        let (Some(direction), Some(map)) = (direction(command), self.current_map()) else {
            return;
        };
        let (stages, lanes) = direction.offset();
        let action = match &self.canvas.selection {
            Selection::Cards(ids) => Action::ShiftCards {
                cards: ids.clone(),
                lanes,
                stages,
            },
            Selection::Stage(id) if lanes == 0 => {
                let Some(i) = map.stage_index(id) else { return };
                let Some(before) = landing_place(i, stages, map.stages.len()) else {
                    return;
                };
                Action::MoveStage {
                    stage: id.clone(),
                    before: before.map(|b| map.stages[b].id.clone()),
                }
            }
            Selection::Lane(id) if stages == 0 => {
                let Some(i) = map.lane_index(id) else { return };
                let Some(before) = landing_place(i, lanes, map.lanes.len()) else {
                    return;
                };
                Action::MoveLane {
                    lane: id.clone(),
                    before: before.map(|b| map.lanes[b].id.clone()),
                }
            }
            _ => return,
        };
        edits.push(Edit::new(action));
        self.canvas.view_request = Some(ViewRequest::Reveal);
    }
}

/// Where item `index` of `count` lands one step `by` (±1) along, as "before item N" (`None`:
/// at the end); `None` outside when it cannot move.
fn landing_place(index: usize, by: i32, count: usize) -> Option<Option<usize>> {
    match by {
        -1 if index > 0 => Some(Some(index - 1)),
        1 if index + 1 < count => Some((index + 2 < count).then_some(index + 2)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::landing_place;

    #[test]
    fn a_header_moves_one_place_and_stops_at_the_ends() {
        assert_eq!(landing_place(0, -1, 3), None);
        assert_eq!(landing_place(1, -1, 3), Some(Some(0)));
        assert_eq!(landing_place(0, 1, 3), Some(Some(2)));
        assert_eq!(landing_place(1, 1, 3), Some(None));
        assert_eq!(landing_place(2, 1, 3), None);
    }
}

//! The keyboard: which commands this frame's keys ask for (and Escape), and the map by
//! keyboard — the arrows step through cards and cells, empty ones too (and, past the
//! edge, the stage or lane header), Tab walks the cards in reading order, and Alt+arrow moves the selected cards
//! one cell or the selected header one place, one undo step per press. The selection
//! functions are pure: the selection and layout in, the new selection or action out.

use crate::edit::Action;
use crate::layout::MapLayout;
use crate::layout::nav::{self, Direction, Place};
use crate::model::{HeaderId, JourneyMap};
use crate::ui::Selection;
use crate::ui::canvas::{CanvasState, canvas_id};
use crate::ui::command::keys::{self, KeyFocus};
use crate::ui::command::{AppCommand, Commands, UICommand};
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::tr;
use crate::ui::notify::Notification;
use crate::ui::panels::Panels;

/// The commands this frame's keys ask for, and what Escape does here.
pub(super) fn shortcuts(
    ctx: &egui::Context,
    frame: &FrameCtx<'_>,
    canvas: &mut CanvasState,
    panels: &Panels,
    was_typing: bool,
    out: &mut Commands,
) {
    // Read before anything is drawn: what was open when the key was pressed.
    let popup_open = egui::Popup::is_any_open(ctx)
        || panels.palette.is_open()
        || panels.gallery.is_open()
        || panels.future.is_open();
    // egui drops a text field's focus on Escape before the frame: it was still typing.
    let typing = ctx.text_edit_focused() || was_typing;
    let focused = ctx.memory(|m| m.focused());
    let focus = KeyFocus {
        typing,
        canvas: focused.is_none() || focused == Some(canvas_id()),
    };
    ctx.input_mut(|i| {
        let pressed = keys::take_pressed(i, focus, |c| !popup_open && frame.enabled(c));
        for command in pressed {
            out.run(command);
        }
        if typing {
            return;
        }
        for event in &i.events {
            match event {
                egui::Event::Copy => out.run(UICommand::Copy),
                egui::Event::Cut => out.run(UICommand::Cut),
                egui::Event::Paste(text) => out.push(AppCommand::Paste(text.clone())),
                _ => {}
            }
        }
    });
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let overlay = popup_open || panels.help.open.is_some() || canvas.context_menu.is_some();
    // Escape closes a menu or popup and nothing else; it cancels a drag, an edit in
    // place or an arrow being drawn before it clears the selection.
    if escape && !overlay && !typing && !canvas.is_dragging() {
        if canvas.link_from.take().is_some() {
            out.notify(Notification::info(tr("notice-no-arrow")));
        } else if canvas.editing.is_none() {
            out.select(Selection::None);
        }
    }
}

fn direction(command: UICommand) -> Option<Direction> {
    match command {
        UICommand::SelectLeft | UICommand::MoveLeft => Some(Direction::Left),
        UICommand::SelectRight | UICommand::MoveRight => Some(Direction::Right),
        UICommand::SelectUp | UICommand::MoveUp => Some(Direction::Up),
        UICommand::SelectDown | UICommand::MoveDown => Some(Direction::Down),
        _ => None,
    }
}

/// An arrow key: the next card or cell that way (empty cells too, so a card can be added
/// anywhere by keyboard); past the top or left of the grid, the header. `None` when there
/// is nowhere to go.
pub(super) fn select_towards(
    command: UICommand,
    map: &JourneyMap,
    layout: &MapLayout,
    selection: &Selection,
) -> Option<Selection> {
    let direction = direction(command)?;
    let from = match selection {
        Selection::Cards(ids) => Place::Card(map.card_index(ids.last()?)?),
        Selection::Cell { lane, stage } => Place::Cell {
            lane: map.lane_index(lane)?,
            stage: map.stage_index(stage)?,
        },
        Selection::Stage(_) | Selection::Lane(_) => {
            return header_towards(direction, map, layout, selection);
        }
        Selection::Link { from, .. } => {
            map.card_index(from)?;
            return Some(Selection::Cards(vec![from.clone()]));
        }
        Selection::None => {
            let first = *nav::reading_order(layout).first()?;
            return Some(Selection::Cards(vec![map.cards.get(first)?.id.clone()]));
        }
    };
    if let Some(next) = nav::step(map, layout, from, direction) {
        return selection_of(map, next);
    }
    // Past the edge: up to the stage's header, left to the lane's.
    let (lane, stage) = match from {
        Place::Card(card) => {
            let cell = layout.cells.get(layout.card_box(card)?.cell)?;
            (cell.lane, cell.stage)
        }
        Place::Cell { lane, stage } => (lane, stage),
    };
    match direction {
        Direction::Up => Some(Selection::Stage(map.stages.get(stage)?.id.clone())),
        Direction::Left => Some(Selection::Lane(map.lanes.get(lane)?.id.clone())),
        _ => None,
    }
}

/// An arrow key on a stage or lane header: along its own axis to its neighbour, across it
/// into the first card or cell of its column or row, away from the grid nowhere.
fn header_towards(
    direction: Direction,
    map: &JourneyMap,
    layout: &MapLayout,
    selection: &Selection,
) -> Option<Selection> {
    let header = selection.header()?;
    let axis = header.axis();
    let i = map.header_index(&header)?;
    let (back, forward, into) = match header {
        HeaderId::Stage(_) => (Direction::Left, Direction::Right, Direction::Down),
        HeaderId::Lane(_) => (Direction::Up, Direction::Down, Direction::Right),
    };
    if direction == back {
        Some(Selection::of_header(
            &map.header_id_at(axis, i.checked_sub(1)?)?,
        ))
    } else if direction == forward {
        Some(Selection::of_header(&map.header_id_at(axis, i + 1)?))
    } else if direction == into {
        let place = match header {
            HeaderId::Stage(_) => {
                let rect = layout.stages.get(i)?.rect;
                // The first lane down that holds cards.
                (0..map.lanes.len())
                    .find_map(|lane| nav::enter(map, layout, lane, i, rect, into))?
            }
            HeaderId::Lane(_) => nav::enter(map, layout, i, 0, layout.lanes.get(i)?.rect, into)?,
        };
        selection_of(map, place)
    } else {
        None
    }
}

/// The selection standing on `place`.
fn selection_of(map: &JourneyMap, place: Place) -> Option<Selection> {
    Some(match place {
        Place::Card(card) => Selection::Cards(vec![map.cards.get(card)?.id.clone()]),
        Place::Cell { lane, stage } => Selection::Cell {
            lane: map.lanes.get(lane)?.id.clone(),
            stage: map.stages.get(stage)?.id.clone(),
        },
    })
}

/// Tab or Shift+Tab: the next or previous card in reading order, wrapping around.
pub(super) fn select_in_reading_order(
    forward: bool,
    map: &JourneyMap,
    layout: &MapLayout,
    selection: &Selection,
) -> Option<Selection> {
    let order = nav::reading_order(layout);
    if order.is_empty() {
        return None;
    }
    let current = selection
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
    Some(Selection::Cards(vec![map.cards[order[next]].id.clone()]))
}

/// Alt+arrow: the selected cards one cell that way, or the selected stage or lane one
/// place along its axis.
pub(super) fn move_selection(
    command: UICommand,
    map: &JourneyMap,
    selection: &Selection,
) -> Option<Action> {
    let direction = direction(command)?;
    let (stages, lanes) = direction.offset();
    match selection {
        Selection::Cards(ids) => Some(Action::ShiftCards {
            cards: ids.clone(),
            lanes,
            stages,
        }),
        Selection::Stage(_) | Selection::Lane(_) => {
            let header = selection.header()?;
            let by = match header {
                HeaderId::Stage(_) if lanes == 0 => stages,
                HeaderId::Lane(_) if stages == 0 => lanes,
                _ => return None,
            };
            let axis = header.axis();
            let i = map.header_index(&header)?;
            let before = landing_place(i, by, map.header_count(axis))?;
            let before = before.and_then(|b| map.header_id_at(axis, b));
            Some(Action::MoveHeader { header, before })
        }
        _ => None,
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

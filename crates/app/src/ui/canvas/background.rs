//! The canvas behind the cards: a click selects a cell (a metrics lane's click edits the
//! lane), a double-click adds a card there, a right-click opens the cell's or an arrow's
//! menu, a drag on empty space draws a selection box; and the "+" button of the hovered
//! cell.

use egui::emath::TSTransform;
use egui::{Key, Pos2, Rect, Vec2, vec2};

use super::gesture::Drag;
use super::{CanvasState, ContextTarget, canvas_id};
use crate::edit::Action;
use crate::layout::{Hit, MapLayout};
use crate::model::{HeaderId, JourneyMap, LaneId, LaneKind, StageId};
use crate::ui::command::Commands;
use crate::ui::i18n::{arg, tr_args};
use crate::ui::{AfterEdit, Edit, Selection};

/// What a press, click or drag on the canvas's background does.
pub(super) fn background_response(
    ui: &egui::Ui,
    state: &mut CanvasState,
    selection: &mut Selection,
    (map, layout): (&JourneyMap, &MapLayout),
    background: &egui::Response,
    pointer_in_world: Option<Pos2>,
    out: &mut Commands,
) {
    let hit = pointer_in_world.and_then(|p| layout.hit(p));
    // An arrow near the pointer (within 6 screen points), above the empty cell.
    let link = pointer_in_world
        .and_then(|p| layout.hit_link(p, 6.0 / state.view.zoom))
        .and_then(|i| map.links.get(i));
    let cell = match hit {
        Some(Hit::Cell { stage, lane }) => map.lanes.get(lane).zip(map.stages.get(stage)),
        _ => None,
    };
    if background.clicked() || background.secondary_clicked() || background.drag_started() {
        ui.memory_mut(|m| m.request_focus(canvas_id()));
    }
    if let Some(link) = link
        && (background.clicked() || background.secondary_clicked())
    {
        state.link_from = None;
        *selection = Selection::Link {
            from: link.from.clone(),
            to: link.to.clone(),
        };
        if background.secondary_clicked() {
            let at = background
                .interact_pointer_pos()
                .unwrap_or(background.rect.center());
            state.open_context_menu(
                ContextTarget::Link {
                    from: link.from.clone(),
                    to: link.to.clone(),
                },
                at,
            );
        }
        return;
    }
    if background.secondary_clicked() {
        let at = background
            .interact_pointer_pos()
            .unwrap_or(background.rect.center());
        let target = match cell {
            // A lane without cards offers what its header does.
            Some((lane, _)) if !lane.kind.shows_cards() => {
                *selection = Selection::Lane(lane.id.clone());
                ContextTarget::Header(HeaderId::Lane(lane.id.clone()))
            }
            Some((lane, stage)) => {
                *selection = Selection::Cell {
                    lane: lane.id.clone(),
                    stage: stage.id.clone(),
                };
                ContextTarget::Cell {
                    lane: lane.id.clone(),
                    stage: stage.id.clone(),
                }
            }
            None => ContextTarget::Canvas,
        };
        state.open_context_menu(target, at);
    }
    if background.clicked() {
        state.link_from = None;
        *selection = match cell {
            // A metrics or a line lane has no cards: a click there selects the lane.
            Some((lane, _)) if !lane.kind.shows_cards() => Selection::Lane(lane.id.clone()),
            Some((lane, stage)) => Selection::Cell {
                lane: lane.id.clone(),
                stage: stage.id.clone(),
            },
            None => Selection::None,
        };
    }
    if background.double_clicked()
        && let Some((lane, stage)) = cell
        && lane.kind.shows_cards()
    {
        out.edit(new_card(&lane.id, &stage.id));
    }
    let space = ui.input(|i| i.key_down(Key::Space));
    if background.drag_started_by(egui::PointerButton::Primary)
        && !space
        && state.drag == Drag::None
        && let Some(p) = pointer_in_world
    {
        let additive = ui.input(|i| i.modifiers.shift || i.modifiers.command);
        state.drag = Drag::Band {
            start_in_world: p,
            pointer_in_world: p,
            additive,
        };
    }
}

/// A "+" button in the hovered cell that adds a card there.
pub(super) fn add_button_ui(
    ui: &mut egui::Ui,
    state: &CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
    t: TSTransform,
    pointer_in_world: Option<Pos2>,
    out: &mut Commands,
) {
    // Not while dragging or editing, nor under a window or menu that covers the canvas.
    if state.is_dragging() || state.editing.is_some() || !ui.ui_contains_pointer() {
        return;
    }
    let Some(p) = pointer_in_world else { return };
    let Some(cell) = layout.cells.iter().find(|c| c.rect.contains(p)) else {
        return;
    };
    let (Some(lane), Some(stage)) = (map.lanes.get(cell.lane), map.stages.get(cell.stage)) else {
        return;
    };
    if !lane.kind.shows_cards() {
        return;
    }
    if lane.kind == LaneKind::Emotion
        && map
            .cards
            .iter()
            .any(|c| c.lane == lane.id && c.stage == stage.id)
    {
        return;
    }
    let size = 22.0;
    // Zoomed far out the cell is smaller than the button: it would cover the cell's cards
    // (Add card after, in the Edit menu and on the keyboard, still adds one).
    let cell_on_screen = t * cell.rect;
    if cell_on_screen.width() < 2.0 * (size + 6.0) || cell_on_screen.height() < size + 12.0 {
        return;
    }
    let corner = cell_on_screen.right_bottom();
    let rect = Rect::from_min_size(corner - vec2(size + 6.0, size + 6.0), Vec2::splat(size));
    if !ui.clip_rect().contains_rect(rect) {
        return;
    }
    let label = tr_args(
        "canvas-add-card-to",
        &[("lane", arg(&lane.name)), ("stage", arg(&stage.name))],
    );
    let response = ui.put(rect, egui::Button::new("+").corner_radius(11.0));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.on_hover_text(&label).clicked() {
        out.edit(new_card(&lane.id, &stage.id));
    }
}

/// A new, empty card in a cell, its title ready to type.
fn new_card(lane: &LaneId, stage: &StageId) -> Edit {
    Edit::then(
        Action::AddCard {
            lane: lane.clone(),
            stage: stage.clone(),
            title: String::new(),
            image: None,
        },
        AfterEdit::EditCreated,
    )
}

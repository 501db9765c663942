//! The stage and lane headers on the canvas: pinned to the edges while the map scrolls
//! under them, a tall lane's name kept in view, and each header an accessible widget that
//! selects, drags to reorder, renames in place on a double-click and opens its menu.

use crate::ui::i18n::{arg, tr_args};
use egui::emath::TSTransform;
use egui::{Pos2, Rect, Sense, Vec2, vec2};

use super::gesture::Drag;
use super::{CanvasState, ContextTarget, EditTarget, InlineEdit, canvas_id};
use crate::layout::MapLayout;
use crate::model::{HeaderId, JourneyMap};
use crate::palette;
use crate::ui::Selection;
use crate::ui::convert::color;
use crate::ui::paint::{Textures, paint_prim};

/// A tall lane whose top has scrolled under the stage headers keeps its name in view,
/// sliding down with the scroll until the lane's bottom pushes it up.
pub(super) fn pinned_lane_names_ui(
    painter: &egui::Painter,
    textures: &Textures,
    t: TSTransform,
    layout: &MapLayout,
    visible_world: Rect,
    stick: Vec2,
) {
    if let Some(first_stage) = layout.stages.first() {
        let pinned_top = visible_world.top().max(layout.grid.top()) + first_stage.rect.height();
        for header in &layout.lanes {
            let text = header
                .lines
                .iter()
                .fold(Rect::NOTHING, |r, l| r.union(l.rect()));
            if !text.is_positive() || header.rect.top() + 4.0 >= pinned_top {
                continue;
            }
            let room = header.rect.bottom() - text.bottom() - 8.0;
            let dy = (pinned_top - header.rect.top()).min(room);
            if dy <= 0.0 {
                continue;
            }
            // Cover what is left of the name at its own place, then draw it lower.
            let backdrop = Rect::from_min_max(
                egui::pos2(header.rect.left(), pinned_top),
                egui::pos2(header.rect.right() - 1.0, text.bottom() + dy + 4.0),
            );
            painter.rect_filled(
                t * backdrop.translate(vec2(stick.x, 0.0)),
                0.0,
                color(palette::LANE_HEADER),
            );
            for prim in crate::layout::scene::lane_name_prims(header) {
                paint_prim(
                    painter,
                    t * TSTransform::from_translation(vec2(stick.x, dy)),
                    &prim,
                    textures,
                );
            }
        }
    }
}

/// The headers as widgets: select, drag to reorder, rename, context menu. Stage and lane
/// headers are one kind of widget, told apart by their [`HeaderId`].
#[allow(
    clippy::too_many_arguments,
    reason = "the canvas' pieces, passed explicitly"
)]
pub(super) fn headers_ui(
    ui: &egui::Ui,
    state: &mut CanvasState,
    selection: &mut Selection,
    (map, layout): (&JourneyMap, &MapLayout),
    t: TSTransform,
    canvas: Rect,
    stick: Vec2,
    pointer_in_world: Option<Pos2>,
) {
    let stages = layout.stages.iter().filter_map(|h| {
        let stage = map.stages.get(h.stage)?;
        let shown = h.rect.translate(vec2(0.0, stick.y));
        Some((
            HeaderId::Stage(stage.id.clone()),
            &stage.name,
            shown,
            "stage",
        ))
    });
    let lanes = layout.lanes.iter().filter_map(|h| {
        let lane = map.lanes.get(h.lane)?;
        let shown = h.rect.translate(vec2(stick.x, 0.0));
        Some((HeaderId::Lane(lane.id.clone()), &lane.name, shown, "lane"))
    });
    for (header, name, rect_in_world, kind) in stages.chain(lanes) {
        let rect = (t * rect_in_world).intersect(canvas);
        let id = header_widget_id(ui, &header);
        let label = tr_args(
            if kind == "stage" {
                "canvas-stage-named"
            } else {
                "canvas-lane-named"
            },
            &[("name", arg(name))],
        );
        if let Some(grab) = header_ui(
            ui,
            state,
            selection,
            (rect, id),
            &label,
            (&header, name),
            pointer_in_world,
        ) {
            *selection = Selection::of_header(&header);
            if let (Some(p), Drag::None) = (grab, &state.drag) {
                state.drag = Drag::Header {
                    header,
                    pointer_in_world: p,
                };
            }
        }
    }
}

/// The id of the header widget of `header` (shared with the canvas's active descendant).
pub(super) fn header_widget_id(ui: &egui::Ui, header: &HeaderId) -> egui::Id {
    let kind = match header {
        HeaderId::Stage(_) => "stage",
        HeaderId::Lane(_) => "lane",
    };
    ui.make_persistent_id(("header", header.as_str(), kind))
}

/// A stage or lane header as an accessible, draggable widget: a double-click renames it
/// in place, a right-click opens its menu. Returns `None` when it was not touched (or
/// right-clicked), `Some(None)` when clicked, and `Some(Some(pointer))` when a drag started.
fn header_ui(
    ui: &egui::Ui,
    state: &mut CanvasState,
    selection: &mut Selection,
    (rect, id): (Rect, egui::Id),
    label: &str,
    (header, name): (&HeaderId, &str),
    pointer_in_world: Option<Pos2>,
) -> Option<Option<Pos2>> {
    let response = ui.interact(rect, id, Sense::CLICK | Sense::DRAG);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    if selection.header().as_ref() == Some(header) {
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_selected(true));
    }
    if response.clicked() || response.secondary_clicked() || response.drag_started() {
        ui.memory_mut(|m| m.request_focus(canvas_id()));
    }
    if response.double_clicked() {
        state.editing = Some(InlineEdit::of(
            EditTarget::Header(header.clone()),
            name.to_owned(),
        ));
    }
    if response.secondary_clicked() {
        *selection = Selection::of_header(header);
        let at = response.interact_pointer_pos().unwrap_or(rect.center());
        state.open_context_menu(ContextTarget::Header(header.clone()), at);
        return None;
    }
    if response.drag_started() {
        Some(pointer_in_world)
    } else if response.clicked() {
        Some(None)
    } else {
        None
    }
}

/// The largest share of the canvas a pinned header strip may take: zoomed far in, the
/// lane names would otherwise cover most of the cards, so they scroll away instead.
const PINNED_AT_MOST: f32 = 0.3;

/// How far the header strips are pushed to stay in view, in world pixels.
pub(super) fn sticky_offsets(layout: &MapLayout, visible_world: Rect) -> Vec2 {
    let (Some(first_stage), Some(first_lane)) = (layout.stages.first(), layout.lanes.first())
    else {
        return Vec2::ZERO;
    };
    let header_h = first_stage.rect.height();
    let header_w = first_lane.rect.width();
    let pinned = |size: f32, room: f32| size <= room * PINNED_AT_MOST;
    let dy = (visible_world.top() - layout.grid.top())
        .clamp(0.0, (layout.grid.height() - header_h).max(0.0));
    let dx = (visible_world.left() - layout.grid.left())
        .clamp(0.0, (layout.grid.width() - header_w).max(0.0));
    vec2(
        if pinned(header_w, visible_world.width()) {
            dx
        } else {
            0.0
        },
        if pinned(header_h, visible_world.height()) {
            dy
        } else {
            0.0
        },
    )
}

/// Scrolls just enough that `rect_in_world` is on screen and not under the header strips
/// pinned over the canvas's edges (a card shown from a notice or reached with the arrows).
pub(super) fn reveal(view: &mut super::CanvasView, layout: &MapLayout, rect_in_world: Rect) {
    view.reveal(rect_in_world);
    let (Some(first_stage), Some(first_lane)) = (layout.stages.first(), layout.lanes.first())
    else {
        return;
    };
    // A strip covers the cards only where it is pushed from its own place.
    let visible_world = view.screen_from_world().inverse() * view.canvas;
    let stick = sticky_offsets(layout, visible_world);
    let covered = vec2(
        if stick.x > 0.0 {
            first_lane.rect.width()
        } else {
            0.0
        },
        if stick.y > 0.0 {
            first_stage.rect.height()
        } else {
            0.0
        },
    );
    view.uncover(rect_in_world, covered * view.zoom);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_pinned_unless_they_would_take_most_of_the_canvas() {
        let project = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
        let map = &project.maps[0];
        let layout = crate::layout::layout_map(&project, map, crate::text::TextEngine::global());
        let grid = layout.grid;
        let lane_w = layout.lanes[0].rect.width();
        let stage_h = layout.stages[0].rect.height();
        // Scrolled 300 px right and down into the grid, with a wide view: both pinned.
        let at = grid.min + vec2(300.0, 300.0);
        let wide = Rect::from_min_size(at, vec2(lane_w * 5.0, stage_h * 5.0));
        assert_eq!(sticky_offsets(&layout, wide), vec2(300.0, 300.0));
        // Zoomed in so far that the lane names would take half the width: they scroll.
        let narrow = Rect::from_min_size(at, vec2(lane_w * 2.0, stage_h * 5.0));
        assert_eq!(sticky_offsets(&layout, narrow), vec2(0.0, 300.0));
        let low = Rect::from_min_size(at, vec2(lane_w * 5.0, stage_h * 2.0));
        assert_eq!(sticky_offsets(&layout, low), vec2(300.0, 0.0));
    }

    #[test]
    fn a_revealed_card_is_not_left_under_the_pinned_headers() {
        let project = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
        let map = &project.maps[0];
        let layout = crate::layout::layout_map(&project, map, crate::text::TextEngine::global());
        let stage_h = layout.stages[0].rect.height();
        let lane_w = layout.lanes[0].rect.width();
        // A card in the second lane, scrolled to just inside the canvas's top-left
        // corner, where the pinned headers are drawn over it.
        let card = layout.cards[layout.cards.len() / 2].rect;
        let mut view = super::super::CanvasView {
            offset: Vec2::ZERO,
            zoom: 1.0,
            fit_pending: false,
            canvas: Rect::from_min_size(Pos2::ZERO, vec2(1200.0, 800.0)),
        };
        view.offset = -card.min.to_vec2() + vec2(40.0, 40.0);
        reveal(&mut view, &layout, card);
        let on_screen = view.screen_from_world() * card;
        assert!(
            on_screen.top() >= stage_h,
            "{on_screen:?} under the stage headers"
        );
        assert!(
            on_screen.left() >= lane_w,
            "{on_screen:?} under the lane names"
        );
    }
}

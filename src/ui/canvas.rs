//! The map canvas: paints the shared scene under a pan/zoom transform (culling what is off
//! screen, pinning headers while scrolling), and turns pointer input into selection,
//! drags and [`Edit`]s. It never changes the document itself.

use egui::emath::TSTransform;
use egui::{Color32, Key, Pos2, Rect, Sense, Vec2, pos2, vec2};

use super::convert::color;
use super::paint::paint_prim;
use super::{AfterEdit, Edit, Selection};
use crate::edit::Action;
use crate::layout::scene::{self, Prim, Scene};
use crate::layout::{Hit, MapLayout, index_for_boundary};
use crate::model::{CardId, JourneyMap, LaneKind};
use crate::palette;

/// The smallest and largest zoom factors.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.1..=4.0;

/// Where the camera is: view state, never saved in the document.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CanvasView {
    /// Screen offset of the world origin from the canvas' top-left corner.
    pub offset: Vec2,
    /// Screen points per world pixel.
    pub zoom: f32,
    /// Fit the page into the canvas on the next frame.
    pub fit_pending: bool,
    /// The canvas rectangle of the last frame.
    pub canvas: Rect,
}

impl Default for CanvasView {
    fn default() -> Self {
        Self {
            offset: Vec2::ZERO,
            zoom: 1.0,
            fit_pending: true,
            canvas: Rect::NOTHING,
        }
    }
}

impl CanvasView {
    /// The transform from world pixels to screen points.
    pub fn screen_from_world(&self) -> TSTransform {
        TSTransform::new(self.canvas.min.to_vec2() + self.offset, self.zoom)
    }

    /// Zooms by `factor`, keeping the world point under `anchor_on_screen` still.
    pub fn zoom_around(&mut self, anchor_on_screen: Pos2, factor: f32) {
        let world = self.screen_from_world().inverse() * anchor_on_screen;
        self.zoom = (self.zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.offset = anchor_on_screen - self.canvas.min - world.to_vec2() * self.zoom;
    }

    /// Zooms by `factor` around the centre of the canvas.
    pub fn zoom_centered(&mut self, factor: f32) {
        self.zoom_around(self.canvas.center(), factor);
    }

    /// Keeps at least a strip of the page on screen, so it cannot be scrolled out of sight.
    pub fn keep_in_sight(&mut self, page: Vec2) {
        let keep = 120.0;
        let size = page * self.zoom;
        let (w, h) = (self.canvas.width(), self.canvas.height());
        let clamp = |v: f32, lo: f32, hi: f32| if lo <= hi { v.clamp(lo, hi) } else { v };
        self.offset.x = clamp(self.offset.x, keep - size.x, w - keep);
        self.offset.y = clamp(self.offset.y, keep - size.y, h - keep);
    }

    /// Fits a page of `size` into the canvas, never above 100%.
    pub fn fit(&mut self, size: Vec2) {
        let margin = 24.0;
        let zoom_x = (self.canvas.width() - 2.0 * margin) / size.x.max(1.0);
        let zoom_y = (self.canvas.height() - 2.0 * margin) / size.y.max(1.0);
        self.zoom = zoom_x.min(zoom_y).clamp(*ZOOM_RANGE.start(), 1.0);
        let page = size * self.zoom;
        self.offset = vec2(((self.canvas.width() - page.x) / 2.0).max(margin), margin);
        self.fit_pending = false;
    }
}

/// A drag in flight. Escape drops it and nothing changes.
#[derive(Clone, Debug, Default, PartialEq)]
enum Drag {
    #[default]
    None,
    /// Cards follow the pointer; dropped on release.
    Cards {
        ids: Vec<CardId>,
        grab_in_world: Pos2,
        pointer_in_world: Pos2,
    },
    /// A stage header is being reordered.
    Stage { from: usize, pointer_in_world: Pos2 },
    /// A lane header is being reordered.
    Lane { from: usize, pointer_in_world: Pos2 },
    /// A selection rectangle.
    Band {
        start_in_world: Pos2,
        pointer_in_world: Pos2,
        additive: bool,
    },
    /// An emotion point dragged up or down to change its score.
    Emotion {
        card: CardId,
        /// Index into the layout's curves.
        curve: usize,
        /// The point's centre when the drag began.
        center: Pos2,
        /// Pointer minus centre at the grab, vertically.
        grab_dy: f32,
        pointer_in_world: Pos2,
    },
    /// Alt-drag from a card: an arrow to whichever card it is dropped on.
    Link {
        from: CardId,
        start_in_world: Pos2,
        pointer_in_world: Pos2,
    },
    /// Space-drag or middle-drag panning.
    Pan,
}

/// A card title being edited in place.
#[derive(Clone, Debug, PartialEq)]
pub struct InlineEdit {
    /// The card.
    pub card: CardId,
    /// The text so far.
    pub text: String,
    focused: bool,
}

impl InlineEdit {
    /// Starts editing `card` whose title is `text`.
    pub fn new(card: CardId, text: String) -> Self {
        Self {
            card,
            text,
            focused: false,
        }
    }
}

/// Everything the canvas remembers between frames (view state, not document state).
#[derive(Clone, Debug, Default)]
pub struct CanvasState {
    /// The camera.
    pub view: CanvasView,
    /// What is selected.
    pub selection: Selection,
    /// The title being edited in place.
    pub editing: Option<InlineEdit>,
    drag: Drag,
}

impl CanvasState {
    /// Whether a drag is in flight.
    pub fn is_dragging(&self) -> bool {
        self.drag != Drag::None
    }

    /// Cancels a drag in flight; returns whether there was one.
    pub fn cancel_drag(&mut self) -> bool {
        std::mem::take(&mut self.drag) != Drag::None
    }
}

/// Draws the canvas filling the available space; handles pan, zoom, selection and drags.
#[allow(
    clippy::too_many_arguments,
    reason = "the canvas draws from all of these; a struct would only rename them"
)]
pub fn canvas_ui(
    ui: &mut egui::Ui,
    state: &mut CanvasState,
    textures: &super::paint::Textures,
    map: &JourneyMap,
    layout: &MapLayout,
    scene: &Scene,
    edits: &mut Vec<Edit>,
) {
    let (canvas, background) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    state.view.canvas = canvas;
    if state.view.fit_pending {
        state.view.fit(scene.size);
    }
    navigate(ui, &mut state.view, &background, scene.size);
    let t = state.view.screen_from_world();
    let visible_world = t.inverse() * canvas;
    let pointer_in_world = ui
        .input(|i| i.pointer.latest_pos())
        .map(|p| t.inverse() * p);

    // Headers stick to the edges while the map scrolls under them.
    let stick = sticky_offsets(layout, visible_world);

    let painter = ui.painter_at(canvas);
    painter.rect_filled(canvas, 0.0, color(palette::DESK));
    let page = t * Rect::from_min_size(Pos2::ZERO, scene.size);
    painter.rect_filled(
        page.translate(vec2(0.0, 2.0)),
        4.0,
        Color32::from_black_alpha(20),
    );
    painter.rect_filled(page, 0.0, color(palette::PAGE));
    let paint_layer = |prims: &[Prim], offset: Vec2| {
        for prim in prims {
            if prim.bounds().translate(offset).intersects(visible_world) {
                paint_prim(
                    &painter,
                    t * TSTransform::from_translation(offset),
                    prim,
                    textures,
                );
            }
        }
    };
    paint_layer(&scene.background, Vec2::ZERO);
    paint_layer(&scene.content, Vec2::ZERO);
    selection_ui(&painter, t, state, map, layout);

    // Cards: one accessible, draggable widget each (only those on screen).
    for card in &layout.cards {
        if !card.rect.intersects(visible_world) {
            continue;
        }
        let Some(model) = map.cards.get(card.card) else {
            continue;
        };
        let id = ui.make_persistent_id(("card", &model.id));
        let response = ui.interact(t * card.rect, id, Sense::click_and_drag());
        let label = if model.title.trim().is_empty() {
            "Untitled card".to_owned()
        } else {
            model.title.clone()
        };
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        let point = (card.look == crate::layout::CardLook::EmotionPoint)
            .then(|| {
                layout.curves.iter().enumerate().find_map(|(i, c)| {
                    c.points
                        .iter()
                        .find(|p| p.card == card.card)
                        .map(|p| (i, p.center))
                })
            })
            .flatten();
        card_response(ui, state, &response, &model.id, point, pointer_in_world);
        if response.double_clicked() {
            state.editing = Some(InlineEdit::new(model.id.clone(), model.title.clone()));
        }
    }

    // Headers on top of the cards, pinned.
    paint_layer(&scene.lane_headers, vec2(stick.x, 0.0));
    paint_layer(&scene.stage_headers, vec2(0.0, stick.y));
    paint_layer(&scene.corner, stick);
    for header in &layout.stages {
        let Some(stage) = map.stages.get(header.stage) else {
            continue;
        };
        let rect = (t * header.rect.translate(vec2(0.0, stick.y))).intersect(canvas);
        let id = ui.make_persistent_id(("stage", &stage.id));
        if let Some(grab) = header_ui(
            ui,
            rect,
            id,
            &format!("Stage {}", stage.name),
            pointer_in_world,
        ) {
            state.selection = Selection::Stage(stage.id.clone());
            if let (Some(p), Drag::None) = (grab, &state.drag) {
                state.drag = Drag::Stage {
                    from: header.stage,
                    pointer_in_world: p,
                };
            }
        }
    }
    for header in &layout.lanes {
        let Some(lane) = map.lanes.get(header.lane) else {
            continue;
        };
        let rect = (t * header.rect.translate(vec2(stick.x, 0.0))).intersect(canvas);
        let id = ui.make_persistent_id(("lane", &lane.id));
        if let Some(grab) = header_ui(
            ui,
            rect,
            id,
            &format!("Lane {}", lane.name),
            pointer_in_world,
        ) {
            state.selection = Selection::Lane(lane.id.clone());
            if let (Some(p), Drag::None) = (grab, &state.drag) {
                state.drag = Drag::Lane {
                    from: header.lane,
                    pointer_in_world: p,
                };
            }
        }
    }

    background_response(ui, state, map, layout, &background, pointer_in_world, edits);
    add_button_ui(ui, state, map, layout, t, pointer_in_world, edits);
    drag_ui(
        ui,
        state,
        map,
        layout,
        &painter,
        textures,
        t,
        pointer_in_world,
        edits,
    );
    inline_edit_ui(ui, state, map, layout, t, edits);
}

/// A stage or lane header as an accessible, draggable widget. Returns `None` when it was
/// not touched, `Some(None)` when clicked, and `Some(Some(pointer))` when a drag started.
fn header_ui(
    ui: &egui::Ui,
    rect: Rect,
    id: egui::Id,
    label: &str,
    pointer_in_world: Option<Pos2>,
) -> Option<Option<Pos2>> {
    let response = ui.interact(rect, id, Sense::click_and_drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    if response.drag_started() {
        Some(pointer_in_world)
    } else if response.clicked() {
        Some(None)
    } else {
        None
    }
}

/// How far the header strips are pushed to stay in view, in world pixels.
fn sticky_offsets(layout: &MapLayout, visible_world: Rect) -> Vec2 {
    let (Some(first_stage), Some(first_lane)) = (layout.stages.first(), layout.lanes.first())
    else {
        return Vec2::ZERO;
    };
    let header_h = first_stage.rect.height();
    let header_w = first_lane.rect.width();
    let dy = (visible_world.top() - layout.grid.top())
        .clamp(0.0, (layout.grid.height() - header_h).max(0.0));
    let dx = (visible_world.left() - layout.grid.left())
        .clamp(0.0, (layout.grid.width() - header_w).max(0.0));
    vec2(dx, dy)
}

/// Scrolling, Ctrl+wheel/pinch zoom around the pointer, middle-drag and space-drag pan.
fn navigate(ui: &egui::Ui, view: &mut CanvasView, background: &egui::Response, page: Vec2) {
    let (zoom, scroll, hover, delta, space) = ui.input(|i| {
        (
            i.zoom_delta(),
            i.smooth_scroll_delta(),
            i.pointer.hover_pos(),
            i.pointer.delta(),
            i.key_down(Key::Space),
        )
    });
    if background.dragged_by(egui::PointerButton::Middle) || (space && background.dragged()) {
        view.offset += delta;
    }
    if let Some(pointer) = hover.filter(|p| view.canvas.contains(*p)) {
        if zoom != 1.0 {
            view.zoom_around(pointer, zoom);
        } else if scroll != Vec2::ZERO {
            view.offset += scroll;
        }
    }
    if view.fit_pending {
        view.fit(page);
    }
    view.keep_in_sight(page);
}

fn card_response(
    ui: &egui::Ui,
    state: &mut CanvasState,
    response: &egui::Response,
    id: &CardId,
    emotion_point: Option<(usize, Pos2)>,
    pointer_in_world: Option<Pos2>,
) {
    let modifiers = ui.input(|i| i.modifiers);
    if response.clicked() {
        if modifiers.shift || modifiers.command {
            state.selection.toggle_card(id);
        } else {
            state.selection = Selection::Cards(vec![id.clone()]);
        }
    }
    if response.drag_started_by(egui::PointerButton::Primary) && state.drag == Drag::None {
        if ui.input(|i| i.key_down(Key::Space)) {
            state.drag = Drag::Pan;
            return;
        }
        if modifiers.alt
            && let Some(p) = pointer_in_world
        {
            state.drag = Drag::Link {
                from: id.clone(),
                start_in_world: p,
                pointer_in_world: p,
            };
            return;
        }
        if !state.selection.has_card(id) {
            state.selection = Selection::Cards(vec![id.clone()]);
        }
        if let (Some((curve, center)), Some(p)) = (emotion_point, pointer_in_world) {
            state.selection = Selection::Cards(vec![id.clone()]);
            state.drag = Drag::Emotion {
                card: id.clone(),
                curve,
                center,
                grab_dy: p.y - center.y,
                pointer_in_world: p,
            };
            return;
        }
        if let (Selection::Cards(ids), Some(p)) = (&state.selection, pointer_in_world) {
            state.drag = Drag::Cards {
                ids: ids.clone(),
                grab_in_world: p,
                pointer_in_world: p,
            };
        }
    }
}

fn background_response(
    ui: &egui::Ui,
    state: &mut CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
    background: &egui::Response,
    pointer_in_world: Option<Pos2>,
    edits: &mut Vec<Edit>,
) {
    let hit = pointer_in_world.and_then(|p| layout.hit(p));
    let cell = match hit {
        Some(Hit::Cell { stage, lane }) => map.lanes.get(lane).zip(map.stages.get(stage)),
        _ => None,
    };
    if background.clicked() {
        state.selection = match cell {
            Some((lane, stage)) => Selection::Cell {
                lane: lane.id.clone(),
                stage: stage.id.clone(),
            },
            None => Selection::None,
        };
    }
    if background.double_clicked()
        && let Some((lane, stage)) = cell
    {
        edits.push(Edit::then(
            Action::AddCard {
                lane: lane.id.clone(),
                stage: stage.id.clone(),
                title: String::new(),
            },
            AfterEdit::EditCreated,
        ));
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
fn add_button_ui(
    ui: &mut egui::Ui,
    state: &CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
    t: TSTransform,
    pointer_in_world: Option<Pos2>,
    edits: &mut Vec<Edit>,
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
    if lane.kind == LaneKind::Emotion
        && map
            .cards
            .iter()
            .any(|c| c.lane == lane.id && c.stage == stage.id)
    {
        return;
    }
    let size = 22.0;
    let corner = t * cell.rect.right_bottom();
    let rect = Rect::from_min_size(corner - vec2(size + 6.0, size + 6.0), Vec2::splat(size));
    if !ui.clip_rect().contains_rect(rect) {
        return;
    }
    let label = format!("Add card to {} in {}", lane.name, stage.name);
    let response = ui.put(rect, egui::Button::new("+").corner_radius(11.0));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.on_hover_text(&label).clicked() {
        edits.push(Edit::then(
            Action::AddCard {
                lane: lane.id.clone(),
                stage: stage.id.clone(),
                title: String::new(),
            },
            AfterEdit::EditCreated,
        ));
    }
}

/// Follows the drag in flight: ghost, insertion marker, and the edit on release.
#[allow(
    clippy::too_many_arguments,
    reason = "the canvas' pieces, passed explicitly"
)]
fn drag_ui(
    ui: &egui::Ui,
    state: &mut CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
    painter: &egui::Painter,
    textures: &super::paint::Textures,
    t: TSTransform,
    pointer_in_world: Option<Pos2>,
    edits: &mut Vec<Edit>,
) {
    if state.drag == Drag::None {
        return;
    }
    let (escape, released, delta) = ui.input(|i| {
        (
            i.key_pressed(Key::Escape),
            !i.pointer.any_down(),
            i.pointer.delta(),
        )
    });
    if escape {
        state.drag = Drag::None;
        return;
    }
    if let Some(p) = pointer_in_world {
        match &mut state.drag {
            Drag::Cards {
                pointer_in_world, ..
            }
            | Drag::Stage {
                pointer_in_world, ..
            }
            | Drag::Lane {
                pointer_in_world, ..
            }
            | Drag::Band {
                pointer_in_world, ..
            }
            | Drag::Emotion {
                pointer_in_world, ..
            }
            | Drag::Link {
                pointer_in_world, ..
            } => *pointer_in_world = p,
            Drag::Pan | Drag::None => {}
        }
    }
    let marker = egui::Stroke::new(3.0, color(palette::SELECTION));
    match &state.drag {
        Drag::None => {}
        Drag::Pan => state.view.offset += delta,
        Drag::Cards {
            ids,
            grab_in_world,
            pointer_in_world,
        } => {
            let indices: Vec<usize> = ids.iter().filter_map(|id| map.card_index(id)).collect();
            let spot = layout.drop_spot(*pointer_in_world, &indices);
            if let Some(spot) = spot {
                painter.line_segment(spot.marker.map(|p| t * p), marker);
            }
            let offset = *pointer_in_world - *grab_in_world;
            let mut ghost = Vec::new();
            for b in layout.cards.iter().filter(|b| indices.contains(&b.card)) {
                scene::card_prims(&mut ghost, layout, b, offset);
            }
            for prim in &ghost {
                paint_prim(painter, t, prim, textures);
            }
            if released && let Some(spot) = spot {
                let cell = layout.cells[spot.cell];
                if let (Some(lane), Some(stage)) =
                    (map.lanes.get(cell.lane), map.stages.get(cell.stage))
                {
                    edits.push(Edit::new(Action::MoveCards {
                        cards: ids.clone(),
                        lane: lane.id.clone(),
                        stage: stage.id.clone(),
                        before: spot
                            .before
                            .and_then(|i| map.cards.get(i))
                            .map(|c| c.id.clone()),
                    }));
                }
            }
        }
        Drag::Link {
            from,
            start_in_world,
            pointer_in_world,
        } => {
            let target = match layout.hit(*pointer_in_world) {
                Some(Hit::Card(i)) => map.cards.get(i).filter(|c| &c.id != from),
                _ => None,
            };
            let link_color = color(palette::LINK);
            painter.line_segment(
                [t * *start_in_world, t * *pointer_in_world],
                egui::Stroke::new(2.0, link_color),
            );
            painter.circle_filled(t * *pointer_in_world, 4.0, link_color);
            if let Some(card) = target
                && let Some(b) = map.card_index(&card.id).and_then(|i| layout.card_box(i))
            {
                painter.rect_stroke(
                    t * b.rect,
                    crate::layout::metrics::CARD_RADIUS * t.scaling,
                    marker,
                    egui::StrokeKind::Outside,
                );
            }
            if released && let Some(card) = target {
                edits.push(Edit::new(Action::AddLink {
                    from: from.clone(),
                    to: card.id.clone(),
                }));
            }
        }
        Drag::Emotion {
            card,
            curve,
            center,
            grab_dy,
            pointer_in_world,
        } => {
            let Some(curve) = layout.curves.get(*curve) else {
                state.drag = Drag::None;
                return;
            };
            let score = curve.score_at_y(pointer_in_world.y - grab_dy);
            let at = pos2(center.x, curve.y_of_score(f32::from(score)));
            painter.line_segment(
                [
                    t * pos2(center.x, curve.plot.top()),
                    t * pos2(center.x, curve.plot.bottom()),
                ],
                egui::Stroke::new(1.0, color(palette::SELECTION.with_alpha(120))),
            );
            painter.circle(
                t * at,
                crate::layout::metrics::FACE_RADIUS * t.scaling,
                color(palette::emotion(score)),
                marker,
            );
            painter.text(
                t * pos2(center.x + crate::layout::metrics::FACE_RADIUS + 6.0, at.y),
                egui::Align2::LEFT_CENTER,
                format!("{score:+}"),
                egui::FontId::proportional(13.0 * t.scaling.max(0.8)),
                color(palette::SELECTION),
            );
            if released
                && let Some(index) = map.card_index(card)
                && map.cards[index].emotion != Some(score)
            {
                edits.push(Edit::new(Action::UpdateCard(crate::model::Card {
                    emotion: Some(score),
                    ..map.cards[index].clone()
                })));
            }
        }
        Drag::Stage {
            from,
            pointer_in_world,
        } => {
            let boundary = layout.stage_boundary(pointer_in_world.x);
            let x = layout
                .stages
                .get(boundary)
                .map_or(layout.grid.right(), |h| h.rect.left());
            painter.line_segment(
                [
                    t * pos2(x, layout.grid.top()),
                    t * pos2(x, layout.grid.bottom()),
                ],
                marker,
            );
            if released {
                edits.push(Edit::new(Action::MoveStage {
                    from: *from,
                    to: index_for_boundary(*from, boundary),
                }));
            }
        }
        Drag::Lane {
            from,
            pointer_in_world,
        } => {
            let boundary = layout.lane_boundary(pointer_in_world.y);
            let y = layout
                .lanes
                .get(boundary)
                .map_or(layout.grid.bottom(), |h| h.rect.top());
            painter.line_segment(
                [
                    t * pos2(layout.grid.left(), y),
                    t * pos2(layout.grid.right(), y),
                ],
                marker,
            );
            if released {
                edits.push(Edit::new(Action::MoveLane {
                    from: *from,
                    to: index_for_boundary(*from, boundary),
                }));
            }
        }
        Drag::Band {
            start_in_world,
            pointer_in_world,
            additive,
        } => {
            let band = Rect::from_two_pos(*start_in_world, *pointer_in_world);
            painter.rect(
                t * band,
                2.0,
                color(palette::SELECTION.with_alpha(24)),
                egui::Stroke::new(1.0, color(palette::SELECTION)),
                egui::StrokeKind::Inside,
            );
            if released {
                let mut picked: Vec<CardId> = match (&state.selection, additive) {
                    (Selection::Cards(ids), true) => ids.clone(),
                    _ => Vec::new(),
                };
                for b in layout.cards.iter().filter(|b| b.rect.intersects(band)) {
                    if let Some(card) = map.cards.get(b.card)
                        && !picked.contains(&card.id)
                    {
                        picked.push(card.id.clone());
                    }
                }
                state.selection = if picked.is_empty() {
                    Selection::None
                } else {
                    Selection::Cards(picked)
                };
            }
        }
    }
    if released {
        state.drag = Drag::None;
    }
    ui.ctx().request_repaint();
}

/// Outlines the selection and the hovered card.
fn selection_ui(
    painter: &egui::Painter,
    t: TSTransform,
    state: &CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
) {
    let stroke = egui::Stroke::new(2.0, color(palette::SELECTION));
    let dragging: Vec<&CardId> = match &state.drag {
        Drag::Cards { ids, .. } => ids.iter().collect(),
        _ => Vec::new(),
    };
    for b in &layout.cards {
        let Some(card) = map.cards.get(b.card) else {
            continue;
        };
        let r = t * b.rect.expand(3.0);
        if dragging.contains(&&card.id) {
            painter.rect_filled(r, 6.0, color(palette::PAGE.with_alpha(190)));
            painter.rect_stroke(
                r,
                6.0,
                egui::Stroke::new(1.0, color(palette::INK_FAINT)),
                egui::StrokeKind::Inside,
            );
        } else if state.selection.has_card(&card.id) {
            painter.rect_stroke(r, 8.0, stroke, egui::StrokeKind::Inside);
        }
    }
    match &state.selection {
        Selection::Stage(id) => {
            if let Some(h) = map.stage_index(id).and_then(|i| layout.stages.get(i)) {
                let column =
                    Rect::from_min_max(h.rect.min, pos2(h.rect.right(), layout.grid.bottom()));
                painter.rect_stroke(t * column, 2.0, stroke, egui::StrokeKind::Inside);
            }
        }
        Selection::Lane(id) => {
            if let Some(h) = map.lane_index(id).and_then(|i| layout.lanes.get(i)) {
                let row =
                    Rect::from_min_max(h.rect.min, pos2(layout.grid.right(), h.rect.bottom()));
                painter.rect_stroke(t * row, 2.0, stroke, egui::StrokeKind::Inside);
            }
        }
        Selection::Cell { lane, stage } => {
            if let (Some(l), Some(s)) = (map.lane_index(lane), map.stage_index(stage))
                && let Some(c) = layout.cells.iter().find(|c| c.lane == l && c.stage == s)
            {
                painter.rect_stroke(
                    t * c.rect.shrink(2.0),
                    4.0,
                    egui::Stroke::new(1.5, color(palette::SELECTION.with_alpha(140))),
                    egui::StrokeKind::Inside,
                );
            }
        }
        Selection::None | Selection::Cards(_) => {}
    }
}

/// The text field over a card while its title is edited; Enter commits, Escape cancels.
fn inline_edit_ui(
    ui: &mut egui::Ui,
    state: &mut CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
    t: TSTransform,
    edits: &mut Vec<Edit>,
) {
    let Some(editing) = &mut state.editing else {
        return;
    };
    let Some(index) = map.card_index(&editing.card) else {
        state.editing = None;
        return;
    };
    let Some(b) = layout.card_box(index) else {
        return;
    };
    let title_rect = b.title.iter().fold(Rect::NOTHING, |r, l| r.union(l.rect()));
    let rect = if title_rect.is_finite() && title_rect.is_positive() {
        Rect::from_min_max(
            pos2(b.rect.left() + 4.0, title_rect.top() - 4.0),
            pos2(b.rect.right() - 4.0, title_rect.bottom() + 4.0),
        )
    } else {
        b.rect.shrink(4.0)
    };
    let size = crate::layout::metrics::CARD_TITLE.size * t.scaling;
    let edit = egui::TextEdit::multiline(&mut editing.text)
        .id_salt("inline-title")
        .font(egui::FontId::new(
            size,
            super::font_family(crate::fonts::Weight::SemiBold),
        ))
        .hint_text("Card title")
        .return_key(None)
        .desired_rows(b.title.len().max(1))
        .desired_width((t * rect).width());
    let response = ui.put(t * rect, edit);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Card title"));
    if !editing.focused {
        response.request_focus();
        editing.focused = true;
    }
    let (escape, enter) = ui.input(|i| {
        (
            i.key_pressed(Key::Escape),
            i.key_pressed(Key::Enter) && !i.modifiers.shift,
        )
    });
    if escape {
        state.editing = None;
    } else if response.lost_focus() || (enter && response.has_focus()) {
        let text = editing.text.trim().to_owned();
        if let Some(card) = map.cards.get(index) {
            edits.push(Edit::new(Action::UpdateCard(crate::model::Card {
                title: text,
                ..card.clone()
            })));
        }
        state.editing = None;
    }
}

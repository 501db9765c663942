//! The map canvas: paints the shared scene under a pan/zoom transform (culling what is off
//! screen, pinning headers while scrolling), and turns pointer input into selection,
//! drags and [`Edit`]s. It never changes the document itself.

mod access;
mod background;
mod camera;
mod compare_marks;
mod gesture;
mod headers;
mod inline_edit;
mod overlay;
mod still;

use crate::ui::i18n::tr;
use egui::emath::TSTransform;
use egui::{Key, Pos2, Rect, Sense, Vec2, vec2};

use background::{add_button_ui, background_response};
pub use camera::CanvasView;
use camera::navigate;
pub use compare_marks::{ChangeMark, CompareMarks};
use gesture::{Drag, drag_ui};
use headers::{headers_ui, pinned_lane_names_ui, sticky_offsets};
use inline_edit::inline_edit_ui;
pub use inline_edit::{EditTarget, InlineEdit};
pub use overlay::selection_bounds;
use overlay::{empty_hint_ui, selection_ui};

use super::command::Commands;
use super::convert::color;
use super::frame::FrameCtx;
use super::paint::prim_shapes;
use super::{Edit, Selection};
use crate::edit::Action;
use crate::layout::MapLayout;
use crate::layout::scene::{Prim, Scene};
use crate::model::{CardId, HeaderId, JourneyMap, LaneId, StageId};

/// The canvas' widget id: it holds the keyboard focus for selecting and moving.
pub fn canvas_id() -> egui::Id {
    egui::Id::unique("waymark-canvas")
}

/// Cards on screen beyond which only the card under the pointer is a widget.
const CARD_WIDGETS_LIMIT: usize = 1_000;

/// What a context menu is about.
#[derive(Clone, Debug, PartialEq)]
pub enum ContextTarget {
    /// The selected cards (the card right-clicked is among them).
    Cards(Vec<CardId>),
    /// An empty cell.
    Cell {
        /// Lane.
        lane: LaneId,
        /// Stage.
        stage: StageId,
    },
    /// A stage or lane header.
    Header(HeaderId),
    /// An arrow.
    Link {
        /// The card it starts at.
        from: CardId,
        /// The card it points to.
        to: CardId,
    },
    /// The page or the desk around it.
    Canvas,
}

/// A change of view asked for by a command, done when the canvas next draws (with the
/// layout of that frame).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewRequest {
    /// Scroll the selection into view.
    Reveal,
    /// Zoom to the selection.
    Zoom,
}

/// A context menu asked for on the canvas, shown by the shell.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextMenu {
    /// What it is about.
    pub target: ContextTarget,
    /// Where it opens, in screen points.
    pub at: Pos2,
    /// Shown at least once (so a closed popup means it was dismissed).
    pub shown: bool,
}
use crate::palette;

/// Everything the canvas remembers between frames (view state, not document state). The
/// selection is the shell's: the canvas reads it from the frame and asks for changes.
#[derive(Clone, Debug, Default)]
pub struct CanvasState {
    /// The camera.
    pub view: CanvasView,
    /// The title being edited in place.
    pub editing: Option<InlineEdit>,
    /// The context menu asked for, if any.
    pub context_menu: Option<ContextMenu>,
    /// An arrow being drawn from this card: the next card clicked (or picked with Enter)
    /// is where it goes.
    pub link_from: Option<CardId>,
    /// Cards the find bar found, highlighted.
    pub found: Vec<CardId>,
    /// What the compare view marks, while it is open.
    pub compared: Option<CompareMarks>,
    /// The canvas had the keyboard focus in the last frame.
    pub focused: bool,
    /// A change of view to make when the canvas next draws.
    pub view_request: Option<ViewRequest>,
    drag: Drag,
    /// The map's picture as last tessellated.
    still: still::StillPicture,
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

    /// Asks for the context menu of `target` at `at` (screen points).
    pub fn open_context_menu(&mut self, target: ContextTarget, at: Pos2) {
        self.context_menu = Some(ContextMenu {
            target,
            at,
            shown: false,
        });
    }
}

/// Draws the canvas filling the available space; handles pan, zoom, selection and drags.
/// The selection it works on is a copy of the frame's; a change is asked for through
/// `out`, like every other change.
pub fn canvas_ui(
    ui: &mut egui::Ui,
    state: &mut CanvasState,
    textures: &super::paint::Textures,
    frame: &FrameCtx<'_>,
    out: &mut Commands,
) {
    let Some(doc) = &frame.doc else { return };
    let (map, layout, scene) = (doc.map, doc.layout, doc.scene);
    let mut selection = frame.selection.clone();
    canvas_inner_ui(
        ui,
        state,
        textures,
        (map, layout, scene, doc.picture),
        &mut selection,
        out,
    );
    if selection != *frame.selection {
        out.select(selection);
    }
}

fn canvas_inner_ui(
    ui: &mut egui::Ui,
    state: &mut CanvasState,
    textures: &super::paint::Textures,
    (map, layout, scene, picture): (&JourneyMap, &MapLayout, &Scene, u64),
    selection: &mut Selection,
    out: &mut Commands,
) {
    let desk = super::theme::desk(ui);
    // The map is the document and stays light: widgets on it (the cell's +, the in-place
    // title editor) use the light style whatever the chrome's theme.
    ui.set_style(ui.ctx().style_of(egui::Theme::Light));
    let canvas = ui.available_rect_before_wrap();
    ui.advance_cursor_after_rect(canvas);
    // The side panels' resize handles reach over the canvas's edges: leave them there.
    let grab = ui.style().interaction.resize_grab_radius_side;
    let background = ui.interact(
        canvas.shrink2(egui::vec2(grab, 0.0)),
        canvas_id(),
        Sense::click_and_drag(),
    );
    background
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr("canvas-label")));
    state.focused = background.has_focus();
    if state.focused {
        // Tab, the arrows and Escape select and move on the map, not between widgets.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                canvas_id(),
                egui::EventFilter {
                    tab: true,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: true,
                },
            )
        });
    }
    state.view.canvas = canvas;
    if state.view.fit_pending {
        state.view.fit(scene.size);
    }
    navigate(ui, &mut state.view, &background, scene.size);
    if let Some(request) = state.view_request.take()
        && let Some(rect) = selection_bounds(selection, map, layout)
    {
        match request {
            ViewRequest::Reveal => headers::reveal(&mut state.view, layout, rect),
            ViewRequest::Zoom => state.view.zoom_to(rect),
        }
    }
    let t = state.view.screen_from_world();
    let visible_world = t.inverse() * canvas;
    let pointer_in_world = ui
        .input(|i| i.pointer.latest_pos())
        .map(|p| t.inverse() * p);

    // Headers stick to the edges while the map scrolls under them.
    let stick = sticky_offsets(layout, visible_world);

    let painter = ui.painter_at(canvas);
    painter.rect_filled(canvas, 0.0, desk);
    let page = t * Rect::from_min_size(Pos2::ZERO, scene.size);
    painter.rect_filled(
        page.translate(vec2(0.0, 2.0)),
        4.0,
        color(palette::PAGE_SHADOW),
    );
    painter.rect_filled(page, 0.0, color(palette::PAGE));
    // The shapes of a layer's primitives in view, moved by `offset` (pinned headers).
    let layer_shapes = |prims: &[Prim], offset: Vec2, out: &mut Vec<egui::Shape>| {
        let t = t * TSTransform::from_translation(offset);
        for prim in prims {
            if prim.bounds().translate(offset).intersects(visible_world) {
                prim_shapes(ui.ctx(), t, prim, textures, out);
            }
        }
    };
    let paint_layer = |prims: &[Prim], offset: Vec2| {
        let mut shapes = Vec::new();
        layer_shapes(prims, offset, &mut shapes);
        painter.extend(shapes);
    };
    let still = still::StillKey {
        picture,
        screen_from_world: t,
        canvas,
        pixels_per_point: ui.ctx().pixels_per_point(),
        options: ui.ctx().tessellation_options(|o| *o),
        pictures: textures.revision(),
    };
    state.still.paint(&painter, still, textures, |out| {
        layer_shapes(&scene.background, Vec2::ZERO, out);
        layer_shapes(&scene.content, Vec2::ZERO, out);
    });
    if let Some(marks) = &state.compared {
        compare_marks::compare_marks_ui(&painter, t, marks, map, layout);
    }
    selection_ui(&painter, textures, t, state, selection, map, layout);
    if state.focused {
        painter.rect_stroke(
            canvas.shrink(1.0),
            0.0,
            egui::Stroke::new(2.0, color(palette::SELECTION.with_alpha(160))),
            egui::StrokeKind::Inside,
        );
    }

    // Cards: one accessible, draggable widget each (only those on screen). With the whole
    // of a large map on screen, only the card under the pointer gets one: thousands of
    // widgets a frame cost more than the drawing, and a card a few pixels tall is picked
    // by the pointer anyway.
    let on_screen = || {
        layout
            .cards
            .iter()
            .filter(|card| card.rect.intersects(visible_world))
    };
    let every_card = on_screen().nth(CARD_WIDGETS_LIMIT).is_none();
    // Where a press in progress started: its card stays a widget until a drag starts.
    let press_in_world = ui
        .input(|i| i.pointer.press_origin())
        .map(|p| t.inverse() * p);
    let listening = access::listening(ui);
    if listening {
        access::cells_and_arrows_ui(ui, (map, layout), t, visible_world, selection);
    }
    for card in on_screen() {
        let under = |p: Option<Pos2>| p.is_some_and(|p| card.rect.contains(p));
        if !every_card && !under(pointer_in_world) && !under(press_in_world) {
            continue;
        }
        let Some(model) = map.cards.get(card.card) else {
            continue;
        };
        let id = access::card_id(ui, model);
        // Not focusable: Tab goes through cards in reading order via the canvas.
        let response = ui.interact(t * card.rect, id, Sense::CLICK | Sense::DRAG);
        response.widget_info(|| {
            let label = if model.title.trim().is_empty() {
                tr("canvas-untitled-card")
            } else {
                &model.title
            };
            egui::WidgetInfo::labeled(egui::Role::Button, true, label)
        });
        if listening {
            let selected = selection.has_card(&model.id);
            access::describe_card(ui, id, (map, layout), card.card, selected);
        }
        // A quick press and move can reach egui in one frame (a slow frame): the drag is
        // the card's where the press began, not the one the pointer has reached since.
        let (card, model) = match press_in_world {
            Some(p) if response.drag_started() && !card.rect.contains(p) => {
                let pressed = layout.cards.iter().rev().find(|c| c.rect.contains(p));
                match pressed.and_then(|c| Some((c, map.cards.get(c.card)?))) {
                    Some(found) => found,
                    None => continue,
                }
            }
            _ => (card, model),
        };
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
        if response.clicked()
            && let Some(from) = state.link_from.take()
        {
            if from != model.id {
                out.edit(Edit::new(Action::AddLink {
                    from,
                    to: model.id.clone(),
                }));
            }
            *selection = Selection::Cards(vec![model.id.clone()]);
            continue;
        }
        // Ctrl+click on the card's link chip opens the map the card opens.
        if response.clicked()
            && click_modifiers(ui).command
            && let (Some(chip), Some(p), Some(target)) =
                (card.opens, pointer_in_world, model.opens.as_ref())
            && chip.contains(p)
        {
            *selection = Selection::Cards(vec![model.id.clone()]);
            out.push(super::command::AppCommand::OpenLinkedMap(target.clone()));
            continue;
        }
        card_response(
            ui,
            state,
            selection,
            &response,
            &model.id,
            point,
            pointer_in_world,
        );
        if response.double_clicked() {
            state.editing = Some(InlineEdit::new(model.id.clone(), model.title.clone()));
        }
        if response.secondary_clicked() {
            if !selection.has_card(&model.id) {
                *selection = Selection::Cards(vec![model.id.clone()]);
            }
            let at = response
                .interact_pointer_pos()
                .unwrap_or(response.rect.center());
            state.open_context_menu(ContextTarget::Cards(selection.cards().to_vec()), at);
        }
        if response.clicked() || response.secondary_clicked() || response.drag_started() {
            ui.memory_mut(|m| m.request_focus(canvas_id()));
        }
    }

    // Headers on top of the cards, pinned.
    paint_layer(&scene.lane_headers, vec2(stick.x, 0.0));
    pinned_lane_names_ui(&painter, textures, t, layout, visible_world, stick);
    paint_layer(&scene.stage_headers, vec2(0.0, stick.y));
    paint_layer(&scene.corner, stick);
    empty_hint_ui(&painter, t, map, layout);
    headers_ui(
        ui,
        state,
        selection,
        (map, layout),
        t,
        canvas,
        stick,
        pointer_in_world,
    );

    if listening {
        access::active_descendant(ui, (map, layout), selection, |h| {
            headers::header_widget_id(ui, h)
        });
    }
    background_response(
        ui,
        state,
        selection,
        (map, layout),
        &background,
        pointer_in_world,
        out,
    );
    add_button_ui(ui, state, map, layout, t, pointer_in_world, out);
    drag_ui(
        ui,
        state,
        selection,
        map,
        layout,
        &painter,
        textures,
        t,
        pointer_in_world,
        out,
    );
    inline_edit_ui(ui, state, map, layout, t, stick, out);
}

/// The modifiers held when this frame's click was made: the button event's own (a slow
/// frame may already have seen Shift released after a quick Shift+click), else the
/// current ones.
fn click_modifiers(ui: &egui::Ui) -> egui::Modifiers {
    ui.input(|i| {
        i.events
            .iter()
            .rev()
            .find_map(|e| match e {
                egui::Event::PointerButton {
                    button: egui::PointerButton::Primary,
                    modifiers,
                    ..
                } => Some(*modifiers),
                _ => None,
            })
            .unwrap_or(i.modifiers)
    })
}

fn card_response(
    ui: &egui::Ui,
    state: &mut CanvasState,
    selection: &mut Selection,
    response: &egui::Response,
    id: &CardId,
    emotion_point: Option<(usize, Pos2)>,
    pointer_in_world: Option<Pos2>,
) {
    let modifiers = click_modifiers(ui);
    if response.clicked() {
        if modifiers.shift || modifiers.command {
            selection.toggle_card(id);
        } else {
            *selection = Selection::Cards(vec![id.clone()]);
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
        if !selection.has_card(id) {
            *selection = Selection::Cards(vec![id.clone()]);
        }
        if let (Some((curve, center)), Some(p)) = (emotion_point, pointer_in_world) {
            *selection = Selection::Cards(vec![id.clone()]);
            state.drag = Drag::Emotion {
                card: id.clone(),
                curve,
                center,
                grab_dy: p.y - center.y,
                pointer_in_world: p,
            };
            return;
        }
        if let (Selection::Cards(ids), Some(p)) = (&*selection, pointer_in_world) {
            state.drag = Drag::Cards {
                ids: ids.clone(),
                grab_in_world: p,
                pointer_in_world: p,
            };
        }
    }
}

//! Drags in flight, one file per gesture: moving cards, drawing an arrow, changing an
//! emotion score, reordering a stage or lane header, and the selection band. A drag
//! changes nothing until it is released (then it emits one [`Edit`]); Escape drops it.

mod band;
mod cards;
mod emotion;
mod link;
mod reorder;

use egui::emath::TSTransform;
use egui::{Key, Pos2};

use super::CanvasState;
use crate::layout::MapLayout;
use crate::model::{CardId, HeaderId, JourneyMap};
use crate::palette;
use crate::ui::Selection;
use crate::ui::command::Commands;
use crate::ui::convert::color;
use crate::ui::paint::Textures;

/// A drag in flight. Escape drops it and nothing changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) enum Drag {
    #[default]
    None,
    /// Cards follow the pointer; dropped on release.
    Cards {
        ids: Vec<CardId>,
        grab_in_world: Pos2,
        pointer_in_world: Pos2,
    },
    /// A stage or lane header is being reordered.
    Header {
        header: HeaderId,
        pointer_in_world: Pos2,
    },
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

/// What every gesture's preview draws with.
struct Preview<'a> {
    map: &'a JourneyMap,
    layout: &'a MapLayout,
    painter: &'a egui::Painter,
    textures: &'a Textures,
    t: TSTransform,
    /// The pointer was released this frame: apply the gesture.
    released: bool,
    /// The insertion marker's stroke.
    marker: egui::Stroke,
}

/// Follows the drag in flight: its preview, and its edit on release.
#[allow(
    clippy::too_many_arguments,
    reason = "the canvas' pieces, passed explicitly"
)]
pub(super) fn drag_ui(
    ui: &egui::Ui,
    state: &mut CanvasState,
    selection: &mut Selection,
    map: &JourneyMap,
    layout: &MapLayout,
    painter: &egui::Painter,
    textures: &Textures,
    t: TSTransform,
    pointer_in_world: Option<Pos2>,
    out: &mut Commands,
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
            | Drag::Header {
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
    let preview = Preview {
        map,
        layout,
        painter,
        textures,
        t,
        released,
        marker: egui::Stroke::new(3.0, color(palette::SELECTION)),
    };
    match &state.drag {
        Drag::None => {}
        Drag::Pan => state.view.offset += delta,
        Drag::Cards {
            ids,
            grab_in_world,
            pointer_in_world,
        } => cards::move_ui(&preview, ids, *grab_in_world, *pointer_in_world, out),
        Drag::Link {
            from,
            start_in_world,
            pointer_in_world,
        } => link::arrow_ui(&preview, from, *start_in_world, *pointer_in_world, out),
        Drag::Emotion {
            card,
            curve,
            center,
            grab_dy,
            pointer_in_world,
        } => {
            if !emotion::score_ui(
                &preview,
                card,
                *curve,
                *center,
                *grab_dy,
                *pointer_in_world,
                out,
            ) {
                state.drag = Drag::None;
                return;
            }
        }
        Drag::Header {
            header,
            pointer_in_world,
        } => reorder::header_ui(&preview, header, *pointer_in_world, out),
        Drag::Band {
            start_in_world,
            pointer_in_world,
            additive,
        } => {
            let (start, pointer, additive) = (*start_in_world, *pointer_in_world, *additive);
            band::select_ui(&preview, selection, start, pointer, additive);
        }
    }
    if released {
        state.drag = Drag::None;
    }
    ui.ctx().request_repaint();
}

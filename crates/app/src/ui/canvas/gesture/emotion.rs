//! Dragging an emotion point up or down: a preview face with the score, and the card's
//! new score on release.

use egui::{Pos2, pos2};

use super::Preview;
use crate::edit::Action;
use crate::model::CardId;
use crate::palette;
use crate::ui::Edit;
use crate::ui::command::Commands;
use crate::ui::convert::color;

/// The preview of `card`'s point on `curve`; false when the curve is gone (the drag ends).
pub(super) fn score_ui(
    p: &Preview<'_>,
    card: &CardId,
    curve: usize,
    center: Pos2,
    grab_dy: f32,
    pointer_in_world: Pos2,
    out: &mut Commands,
) -> bool {
    let (map, t) = (p.map, p.t);
    let Some(curve) = p.layout.curves.get(curve) else {
        return false;
    };
    let score = curve.score_at_y(pointer_in_world.y - grab_dy);
    let at = pos2(center.x, curve.y_of_score(f32::from(score)));
    p.painter.line_segment(
        [
            t * pos2(center.x, curve.plot.top()),
            t * pos2(center.x, curve.plot.bottom()),
        ],
        egui::Stroke::new(1.0, color(palette::SELECTION.with_alpha(120))),
    );
    let radius = crate::layout::metrics::FACE_RADIUS;
    p.painter.circle(
        t * at,
        radius * t.scaling,
        color(palette::emotion(score)),
        p.marker,
    );
    p.painter.text(
        t * pos2(center.x + radius + 6.0, at.y),
        egui::Align2::LEFT_CENTER,
        format!("{score:+}"),
        egui::FontId::proportional(13.0 * t.scaling.max(0.8)),
        color(palette::SELECTION),
    );
    if p.released
        && let Some(index) = map.card_index(card)
        && map.cards[index].emotion != Some(score)
    {
        out.edit(Edit::new(Action::UpdateCard(crate::model::Card {
            emotion: Some(score),
            ..map.cards[index].clone()
        })));
    }
    true
}

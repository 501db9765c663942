//! Alt-dragging from a card draws an arrow: a line to the pointer, the card under it
//! outlined, and the link added on release.

use egui::Pos2;

use super::Preview;
use crate::edit::Action;
use crate::layout::Hit;
use crate::model::CardId;
use crate::palette;
use crate::ui::Edit;
use crate::ui::command::Commands;
use crate::ui::convert::color;

/// The arrow from `from` being drawn, and the link on release over another card.
pub(super) fn arrow_ui(
    p: &Preview<'_>,
    from: &CardId,
    start_in_world: Pos2,
    pointer_in_world: Pos2,
    out: &mut Commands,
) {
    let (map, layout, t) = (p.map, p.layout, p.t);
    let target = match layout.hit(pointer_in_world) {
        Some(Hit::Card(i)) => map.cards.get(i).filter(|c| &c.id != from),
        _ => None,
    };
    let link_color = color(palette::LINK);
    p.painter.line_segment(
        [t * start_in_world, t * pointer_in_world],
        egui::Stroke::new(2.0, link_color),
    );
    p.painter
        .circle_filled(t * pointer_in_world, 4.0, link_color);
    if let Some(card) = target
        && let Some(b) = map.card_index(&card.id).and_then(|i| layout.card_box(i))
    {
        p.painter.rect_stroke(
            t * b.rect,
            crate::layout::metrics::CARD_RADIUS * t.scaling,
            p.marker,
            egui::StrokeKind::Outside,
        );
    }
    if p.released
        && let Some(card) = target
    {
        out.edit(Edit::new(Action::AddLink {
            from: from.clone(),
            to: card.id.clone(),
        }));
    }
}

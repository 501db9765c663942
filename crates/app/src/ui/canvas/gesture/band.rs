//! The selection band: dragging on empty page draws a rectangle; the cards it touches are
//! selected on release (added to the selection with Shift or Ctrl).

use egui::{Pos2, Rect};

use super::Preview;
use crate::model::CardId;
use crate::palette;
use crate::ui::Selection;
use crate::ui::convert::color;

/// The band from `start_in_world` to the pointer, and the selection on release.
pub(super) fn select_ui(
    p: &Preview<'_>,
    selection: &mut Selection,
    start_in_world: Pos2,
    pointer_in_world: Pos2,
    additive: bool,
) {
    let band = Rect::from_two_pos(start_in_world, pointer_in_world);
    p.painter.rect(
        p.t * band,
        2.0,
        color(palette::SELECTION.with_alpha(24)),
        egui::Stroke::new(1.0, color(palette::SELECTION)),
        egui::StrokeKind::Inside,
    );
    if !p.released {
        return;
    }
    let mut picked: Vec<CardId> = match (&*selection, additive) {
        (Selection::Cards(ids), true) => ids.clone(),
        _ => Vec::new(),
    };
    for b in p.layout.cards.iter().filter(|b| b.rect.intersects(band)) {
        if let Some(card) = p.map.cards.get(b.card)
            && !picked.contains(&card.id)
        {
            picked.push(card.id.clone());
        }
    }
    *selection = if picked.is_empty() {
        Selection::None
    } else {
        Selection::Cards(picked)
    };
}

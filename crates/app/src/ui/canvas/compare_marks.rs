//! What the compare view marks on the map: cards added, changed or moved since the other
//! version (an outline and a badge in the corner), and the other version's emotion curve
//! drawn dashed behind this one, so a change of feeling shows as the gap between them.
//! Outside the compare view, cards with an unresolved merge conflict get a "!" badge.

use std::collections::HashMap;

use egui::emath::TSTransform;
use egui::{Align2, FontId, Stroke, pos2, vec2};

use crate::layout::MapLayout;
use crate::model::{CardId, JourneyMap};
use crate::palette;
use crate::ui::convert::color;

/// How a card differs from the other version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeMark {
    /// Not in the other version.
    Added,
    /// Some of its fields differ.
    Changed,
    /// In another cell, or another place in its cell.
    Moved,
    /// A merge left a conflict about it.
    Conflict,
}

impl ChangeMark {
    /// The badge's text and colour.
    fn badge(self) -> (&'static str, crate::palette::Rgba) {
        match self {
            Self::Added => ("+", palette::DIFF_ADDED),
            Self::Changed => ("~", palette::DIFF_CHANGED),
            Self::Moved => ("→", palette::DIFF_MOVED),
            Self::Conflict => ("!", palette::DIFF_REMOVED),
        }
    }
}

/// The marks of the compare view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompareMarks {
    /// Cards of this map that differ, by id.
    pub cards: HashMap<CardId, ChangeMark>,
    /// The other version's emotion score of the cards of this map's emotion lanes that
    /// have one there (`None`: no score there).
    pub emotion_before: HashMap<CardId, Option<i8>>,
}

/// Draws the marks over the map.
pub(super) fn compare_marks_ui(
    painter: &egui::Painter,
    t: TSTransform,
    marks: &CompareMarks,
    map: &JourneyMap,
    layout: &MapLayout,
) {
    for curve in &layout.curves {
        let ghost: Vec<egui::Pos2> = curve
            .points
            .iter()
            .map(|p| {
                let before = map
                    .cards
                    .get(p.card)
                    .and_then(|c| marks.emotion_before.get(&c.id).copied())
                    .unwrap_or(p.score);
                t * pos2(p.center.x, curve.y_of_score(f32::from(before.unwrap_or(0))))
            })
            .collect();
        let moved = curve
            .points
            .iter()
            .zip(&ghost)
            .any(|(p, g)| (t * p.center).y != g.y);
        if !moved {
            continue;
        }
        let stroke = Stroke::new(2.0, color(palette::INK_FAINT));
        for pair in ghost.windows(2) {
            painter.extend(egui::Shape::dashed_line(pair, stroke, 6.0, 4.0));
        }
        for (p, g) in curve.points.iter().zip(&ghost) {
            let now = t * p.center;
            if (now.y - g.y).abs() > 0.5 {
                painter.circle_stroke(*g, 5.0 * t.scaling.max(0.5), stroke);
                painter.line_segment([*g, now], Stroke::new(1.0, color(palette::DIFF_CHANGED)));
            }
        }
    }
    for b in &layout.cards {
        let Some(mark) = map.cards.get(b.card).and_then(|c| marks.cards.get(&c.id)) else {
            continue;
        };
        let (text, tint) = mark.badge();
        let r = t * b.rect.expand(4.0);
        painter.rect_stroke(
            r,
            9.0,
            Stroke::new(2.5, color(tint)),
            egui::StrokeKind::Inside,
        );
        let size = (16.0 * t.scaling).clamp(10.0, 22.0);
        let at = r.right_top() + vec2(-size * 0.3, size * 0.3);
        painter.circle_filled(at, size * 0.6, color(tint));
        painter.text(
            at,
            Align2::CENTER_CENTER,
            text,
            FontId::proportional(size * 0.8),
            egui::Color32::WHITE,
        );
    }
}

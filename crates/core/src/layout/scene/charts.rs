//! The primitives of the parts of a map format version 2 added or changed: the persona
//! strip (several faces, ringed in their curve colours), metric charts, the extra persona
//! curves with their legend, note badges and the notes list.

use emath::{Pos2, Vec2, pos2, vec2};

use super::{Prim, Stroke, rect, text};
use crate::layout::{EmotionCurve, MapLayout};
use crate::model::MetricChart;
use crate::palette::{self, Rgba};

/// Metric charts: bars (or a line with points), value labels, target ticks, drop-offs. A
/// value with a target is drawn in the hit or the miss colour (see [`palette::metric_mark`]).
pub(super) fn metric_prims(p: &mut Vec<Prim>, layout: &MapLayout) {
    for row in &layout.metric_rows {
        for line in &row.label {
            text(p, line, palette::INK_MUTED);
        }
        if row.plot.is_positive() {
            let y = row.plot.bottom() + 0.5;
            p.push(Prim::Line {
                from: pos2(row.plot.left() + 8.0, y),
                to: pos2(row.plot.right() - 8.0, y),
                stroke: Stroke::new(1.0, palette::GRID),
                dashed: false,
            });
        }
        if row.chart == MetricChart::Line {
            for pair in row.bars.windows(2) {
                p.push(Prim::Line {
                    from: pair[0].rect.center(),
                    to: pair[1].rect.center(),
                    stroke: Stroke::new(2.5, palette::METRIC),
                    dashed: false,
                });
            }
        }
        for bar in &row.bars {
            match row.chart {
                MetricChart::Line => p.push(Prim::Circle {
                    center: bar.rect.center(),
                    radius: 4.5,
                    fill: Some(palette::metric_mark(bar.met)),
                    stroke: Some(Stroke::new(2.0, palette::PAGE)),
                }),
                MetricChart::Bars | MetricChart::Funnel => {
                    rect(p, bar.rect, 3.0, Some(palette::metric_bar(bar.met)), None);
                }
            }
            if let Some(y) = bar.target {
                let c = bar.rect.center().x;
                p.push(Prim::Line {
                    from: pos2(c - 32.0, y),
                    to: pos2(c + 32.0, y),
                    stroke: Stroke::new(1.5, palette::METRIC_TARGET),
                    dashed: true,
                });
            }
            text(p, &bar.label, palette::metric_label(bar.met));
        }
        for drop in &row.drops {
            rect(
                p,
                drop.rect().expand2(vec2(5.0, 2.0)),
                8.0,
                Some(palette::LANE_HEADER),
                Some(Stroke::new(1.0, palette::GRID)),
            );
            text(p, drop, palette::INK_MUTED);
        }
    }
}

/// A curve of a second or later persona: the line in the persona's colour and a dot per
/// score.
pub(super) fn persona_curve_prims(p: &mut Vec<Prim>, curve: &EmotionCurve) {
    for seg in &curve.segments {
        p.push(Prim::Bezier {
            points: *seg,
            stroke: Stroke::new(2.5, curve.color),
        });
    }
    for point in &curve.points {
        persona_marker(p, point.center, curve.persona, curve.color);
    }
}

/// The marker of a second or later persona's points, its shape told by the persona (a
/// circle, a diamond, a square, a triangle, again), so curves are told apart without
/// their colours too; a white edge keeps it clear of the lines it sits on.
fn persona_marker(p: &mut Vec<Prim>, at: Pos2, persona: usize, color: Rgba) {
    let polygon = |p: &mut Vec<Prim>, corners: &[Vec2], scale: f32, fill: Rgba| {
        p.push(Prim::Polygon {
            points: corners.iter().map(|c| at + *c * scale).collect(),
            fill,
        });
    };
    match persona.saturating_sub(1) % 4 {
        0 => p.push(Prim::Circle {
            center: at,
            radius: 5.0,
            fill: Some(color),
            stroke: Some(Stroke::new(2.0, palette::PAGE)),
        }),
        1 => {
            let diamond = [
                vec2(0.0, -1.0),
                vec2(1.0, 0.0),
                vec2(0.0, 1.0),
                vec2(-1.0, 0.0),
            ];
            polygon(p, &diamond, 9.0, palette::PAGE);
            polygon(p, &diamond, 6.5, color);
        }
        2 => rect(
            p,
            emath::Rect::from_center_size(at, vec2(10.0, 10.0)),
            1.0,
            Some(color),
            Some(Stroke::new(2.0, palette::PAGE)),
        ),
        _ => {
            let triangle = [vec2(0.0, -1.1), vec2(1.0, 0.7), vec2(-1.0, 0.7)];
            polygon(p, &triangle, 9.0, palette::PAGE);
            polygon(p, &triangle, 6.0, color);
        }
    }
}

/// The legend of the persona curves.
pub(super) fn curve_key_prims(p: &mut Vec<Prim>, layout: &MapLayout) {
    for key in &layout.curve_keys {
        p.push(Prim::Line {
            from: key.from,
            to: key.to,
            stroke: Stroke::new(3.0, key.color),
            dashed: false,
        });
        if key.persona > 0 {
            persona_marker(p, key.from.lerp(key.to, 0.5), key.persona, key.color);
        }
        text(p, &key.label, palette::INK_MUTED);
    }
}

/// Note badges on cards, and the notes list.
pub(super) fn note_prims(p: &mut Vec<Prim>, layout: &MapLayout) {
    for badge in &layout.note_badges {
        let radius = (badge.label.width / 2.0 + 5.0).max(9.0);
        if radius > 9.5 {
            rect(
                p,
                emath::Rect::from_center_size(badge.center, vec2(radius * 2.0, 18.0)),
                9.0,
                Some(palette::NOTE_BADGE),
                Some(Stroke::new(1.5, palette::PAGE)),
            );
        } else {
            p.push(Prim::Circle {
                center: badge.center,
                radius: 9.0,
                fill: Some(palette::NOTE_BADGE),
                stroke: Some(Stroke::new(1.5, palette::PAGE)),
            });
        }
        text(p, &badge.label, palette::PAGE);
    }
    for line in &layout.notes_list {
        text(p, line, palette::INK);
    }
}

/// The persona strip: a soft panel, the photo (or initials in a circle), the text.
pub(super) fn persona_prims(p: &mut Vec<Prim>, strip: &crate::layout::PersonaStrip) {
    rect(
        p,
        strip.rect,
        8.0,
        Some(palette::LANE_HEADER),
        Some(Stroke::new(1.0, palette::GRID)),
    );
    faces_and_text(p, strip);
}

/// The persona strip without its panel: each photo (or initials in a circle) and the text.
pub(super) fn faces_and_text(p: &mut Vec<Prim>, strip: &crate::layout::PersonaStrip) {
    for face in &strip.faces {
        let frame = face.rect;
        match &face.photo {
            Some(image) => {
                rect(
                    p,
                    frame,
                    8.0,
                    Some(palette::PAGE),
                    Some(Stroke::new(1.0, palette::CARD_EDGE)),
                );
                p.push(Prim::Image {
                    rect: frame.shrink(2.0),
                    image: image.clone(),
                });
            }
            None => p.push(Prim::Circle {
                center: frame.center(),
                radius: frame.width() / 2.0,
                fill: Some(face.color.unwrap_or(palette::LINK).with_alpha(40)),
                stroke: Some(Stroke::new(1.0, palette::LINK.with_alpha(90))),
            }),
        }
        if let Some(color) = face.color {
            // The ring in the persona's curve colour ties the face to its curve.
            match face.photo {
                Some(_) => rect(
                    p,
                    frame.expand(2.0),
                    9.0,
                    None,
                    Some(Stroke::new(3.0, color)),
                ),
                None => p.push(Prim::Circle {
                    center: frame.center(),
                    radius: frame.width() / 2.0,
                    fill: None,
                    stroke: Some(Stroke::new(3.0, color)),
                }),
            }
        }
        if let Some(initials) = &face.initials {
            text(p, initials, face.color.unwrap_or(palette::LINK));
        }
    }
    for (line, ink) in &strip.lines {
        let color = match ink {
            crate::layout::Ink::Primary => palette::INK,
            crate::layout::Ink::Secondary => palette::INK_MUTED,
        };
        text(p, line, color);
    }
}

//! Paints scene primitives with egui, under a world-to-screen transform.

use egui::emath::TSTransform;
use egui::{Color32, Shape, pos2};

use super::convert::color;
use crate::layout::scene::{Prim, Stroke};

/// Paints one primitive.
pub fn paint_prim(painter: &egui::Painter, t: TSTransform, prim: &Prim) {
    let z = t.scaling;
    let stroke = |s: Option<Stroke>| {
        s.map_or(egui::Stroke::NONE, |s| {
            egui::Stroke::new(s.width * z, color(s.color))
        })
    };
    match prim {
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke: outline,
        } => {
            painter.rect(
                t * *rect,
                radius * z,
                fill.map_or(Color32::TRANSPARENT, color),
                stroke(*outline),
                egui::StrokeKind::Middle,
            );
        }
        Prim::Circle {
            center,
            radius,
            fill,
            stroke: outline,
        } => {
            painter.circle(
                t * *center,
                radius * z,
                fill.map_or(Color32::TRANSPARENT, color),
                stroke(*outline),
            );
        }
        Prim::Line {
            from,
            to,
            stroke: s,
            dashed,
        } => {
            let points = [t * *from, t * *to];
            let s = stroke(Some(*s));
            if *dashed {
                painter.extend(Shape::dashed_line(&points, s, 4.0 * z, 4.0 * z));
            } else {
                painter.line_segment(points, s);
            }
        }
        Prim::Bezier { points, stroke: s } => {
            painter.add(egui::epaint::CubicBezierShape::from_points_stroke(
                points.map(|p| t * p),
                false,
                Color32::TRANSPARENT,
                stroke(Some(*s)),
            ));
        }
        Prim::Polygon { points, fill } => {
            let points = points.iter().map(|p| t * *p).collect();
            painter.add(Shape::convex_polygon(
                points,
                color(*fill),
                egui::Stroke::NONE,
            ));
        }
        Prim::Text { line, color: c } => {
            // Half-point steps keep egui's glyph cache small while zooming.
            let size = (line.style.size * z * 2.0).round() / 2.0;
            if size < 3.0 {
                return;
            }
            let top_left = t * pos2(line.baseline_left.x, line.baseline_left.y - line.ascent);
            painter.text(
                top_left,
                egui::Align2::LEFT_TOP,
                &line.text,
                egui::FontId::new(size, super::font_family(line.style.weight)),
                color(*c),
            );
        }
    }
}

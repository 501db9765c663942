//! Scaling a page's scene: every primitive, stroke, text line and glyph by one factor.

use std::sync::Arc;

use emath::{Pos2, Rect, Vec2};

use crate::layout::TextLine;
use crate::layout::scene::{Prim, Scene, Stroke};

/// Scales every primitive of `scene` by `k` about the origin, then moves it by `offset`.
pub fn transform(scene: &mut Scene, k: f32, offset: Vec2) {
    for layer in [
        &mut scene.background,
        &mut scene.content,
        &mut scene.lane_headers,
        &mut scene.stage_headers,
        &mut scene.corner,
    ] {
        for prim in layer.iter_mut() {
            scale_prim(prim, k);
            prim.translate(offset);
        }
    }
    scene.size *= k;
}

fn scale_pos(p: &mut Pos2, k: f32) {
    *p = (p.to_vec2() * k).to_pos2();
}

fn scale_rect(r: &mut Rect, k: f32) {
    *r = Rect::from_min_max(
        (r.min.to_vec2() * k).to_pos2(),
        (r.max.to_vec2() * k).to_pos2(),
    );
}

fn scale_stroke(s: &mut Stroke, k: f32) {
    s.width *= k;
}

/// Scales one primitive about the origin: geometry, stroke widths, text and its glyphs.
fn scale_prim(prim: &mut Prim, k: f32) {
    match prim {
        Prim::Rect {
            rect,
            radius,
            stroke,
            ..
        } => {
            scale_rect(rect, k);
            *radius *= k;
            if let Some(s) = stroke {
                scale_stroke(s, k);
            }
        }
        Prim::Circle {
            center,
            radius,
            stroke,
            ..
        } => {
            scale_pos(center, k);
            *radius *= k;
            if let Some(s) = stroke {
                scale_stroke(s, k);
            }
        }
        Prim::Line {
            from, to, stroke, ..
        } => {
            scale_pos(from, k);
            scale_pos(to, k);
            scale_stroke(stroke, k);
        }
        Prim::Bezier { points, stroke } => {
            points.iter_mut().for_each(|p| scale_pos(p, k));
            scale_stroke(stroke, k);
        }
        Prim::Polygon { points, .. } => points.iter_mut().for_each(|p| scale_pos(p, k)),
        Prim::Text { line, .. } => scale_line(line, k),
        Prim::Image { rect, .. } => scale_rect(rect, k),
    }
}

/// Scales a placed line: its box, its style and every glyph of every run.
pub fn scale_line(line: &mut TextLine, k: f32) {
    scale_pos(&mut line.baseline_left, k);
    line.width *= k;
    line.ascent *= k;
    line.style.size *= k;
    let runs: Vec<_> = line
        .runs
        .iter()
        .map(|run| {
            let mut run = run.clone();
            run.size *= k;
            for g in &mut run.glyphs {
                g.x *= k;
                g.y *= k;
                g.advance *= k;
            }
            run
        })
        .collect();
    line.runs = Arc::from(runs);
}

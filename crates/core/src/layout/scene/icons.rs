//! Channel icons drawn from scene primitives (so the canvas, SVG and PNG show the same
//! strokes, with no icon font): each fits a square box.

use emath::{Pos2, Rect, pos2};

use super::{Prim, Stroke};
use crate::model::Channel;
use crate::palette::Rgba;

/// How much wider a library icon's box is than the chip's icon box: Lucide draws inside a
/// 1-unit margin of its 24-unit grid, so its box grows to give the same ink size.
const LIBRARY_GROW: f32 = 24.0 / 20.0;

/// Appends the library icon `name` (see [`crate::icons`]) centred in `b` (a square) in
/// `color`, as lines and curves; nothing for an unknown name. The stroke is as heavy as
/// the built-in channel icons' at chip size and Lucide's own (2 in 24) when larger.
pub fn library_icon(p: &mut Vec<Prim>, name: &str, b: Rect, color: Rgba) {
    let Some(segs) = crate::icons::strokes(name) else {
        return;
    };
    let side = b.width() * LIBRARY_GROW;
    let frame = Rect::from_center_size(b.center(), emath::vec2(side, side));
    let k = side / crate::icons::GRID;
    let at = |q: Pos2| pos2(frame.left() + q.x * k, frame.top() + q.y * k);
    let stroke = Stroke::new((crate::icons::STROKE * k).max(b.width() / 8.0), color);
    for seg in segs {
        match *seg {
            crate::icons::Seg::Line(a, c) => p.push(Prim::Line {
                from: at(a),
                to: at(c),
                stroke,
                dashed: false,
            }),
            crate::icons::Seg::Cubic(q) => p.push(Prim::Bezier {
                points: q.map(at),
                stroke,
            }),
        }
    }
}

/// Appends the icon of `channel` inside `b` (a square) in `color`.
pub fn channel_icon(p: &mut Vec<Prim>, channel: Channel, b: Rect, color: Rgba) {
    let s = b.width();
    let at = |x: f32, y: f32| pos2(b.left() + x * s, b.top() + y * s);
    let stroke = Stroke::new((s / 8.0).max(1.0), color);
    let line = |p: &mut Vec<Prim>, a: Pos2, c: Pos2| {
        p.push(Prim::Line {
            from: a,
            to: c,
            stroke,
            dashed: false,
        });
    };
    let outline = |p: &mut Vec<Prim>, r: Rect, radius: f32| {
        p.push(Prim::Rect {
            rect: r,
            radius,
            fill: None,
            stroke: Some(stroke),
        });
    };
    let dot = |p: &mut Vec<Prim>, c: Pos2, r: f32| {
        p.push(Prim::Circle {
            center: c,
            radius: r,
            fill: Some(color),
            stroke: None,
        });
    };
    match channel {
        Channel::Web => {
            p.push(Prim::Circle {
                center: b.center(),
                radius: s / 2.0,
                fill: None,
                stroke: Some(stroke),
            });
            line(p, at(0.0, 0.5), at(1.0, 0.5));
            p.push(Prim::Bezier {
                points: [at(0.5, 0.0), at(0.15, 0.3), at(0.15, 0.7), at(0.5, 1.0)],
                stroke,
            });
            p.push(Prim::Bezier {
                points: [at(0.5, 0.0), at(0.85, 0.3), at(0.85, 0.7), at(0.5, 1.0)],
                stroke,
            });
        }
        Channel::App => {
            outline(p, Rect::from_min_max(at(0.2, 0.0), at(0.8, 1.0)), s * 0.12);
            dot(p, at(0.5, 0.82), s * 0.07);
        }
        Channel::Email => {
            outline(
                p,
                Rect::from_min_max(at(0.0, 0.15), at(1.0, 0.85)),
                s * 0.08,
            );
            line(p, at(0.0, 0.2), at(0.5, 0.55));
            line(p, at(0.5, 0.55), at(1.0, 0.2));
        }
        Channel::Store => {
            p.push(Prim::Polygon {
                points: vec![at(0.1, 0.05), at(0.9, 0.05), at(1.0, 0.38), at(0.0, 0.38)],
                fill: color,
            });
            outline(p, Rect::from_min_max(at(0.1, 0.38), at(0.9, 1.0)), 0.0);
            outline(p, Rect::from_min_max(at(0.4, 0.62), at(0.6, 1.0)), 0.0);
        }
        Channel::Phone => {
            // A handset: a thick arc with two ear pieces.
            p.push(Prim::Bezier {
                points: [at(0.15, 0.2), at(0.1, 0.75), at(0.45, 1.0), at(0.85, 0.9)],
                stroke: Stroke::new(stroke.width * 1.8, color),
            });
            dot(p, at(0.2, 0.18), s * 0.16);
            dot(p, at(0.84, 0.84), s * 0.16);
        }
        Channel::Social => {
            let (a, c, d) = (at(0.2, 0.5), at(0.8, 0.18), at(0.8, 0.82));
            line(p, a, c);
            line(p, a, d);
            for center in [a, c, d] {
                dot(p, center, s * 0.16);
            }
        }
        Channel::Ads => {
            p.push(Prim::Polygon {
                points: vec![
                    at(0.05, 0.35),
                    at(0.35, 0.35),
                    at(0.95, 0.05),
                    at(0.95, 0.95),
                    at(0.35, 0.65),
                    at(0.05, 0.65),
                ],
                fill: color,
            });
            line(p, at(0.3, 0.65), at(0.4, 1.0));
        }
        Channel::WordOfMouth => {
            outline(p, Rect::from_min_max(at(0.0, 0.05), at(1.0, 0.72)), s * 0.2);
            p.push(Prim::Polygon {
                points: vec![at(0.22, 0.68), at(0.46, 0.68), at(0.2, 0.98)],
                fill: color,
            });
        }
        Channel::Chat => {
            outline(p, Rect::from_min_max(at(0.0, 0.0), at(0.7, 0.5)), s * 0.12);
            p.push(Prim::Rect {
                rect: Rect::from_min_max(at(0.3, 0.4), at(1.0, 0.9)),
                radius: s * 0.12,
                fill: Some(color),
                stroke: None,
            });
            p.push(Prim::Polygon {
                points: vec![at(0.7, 0.86), at(0.9, 0.86), at(0.92, 1.0)],
                fill: color,
            });
        }
        Channel::Other => {
            for x in [0.15, 0.5, 0.85] {
                dot(p, at(x, 0.5), s * 0.11);
            }
        }
    }
}

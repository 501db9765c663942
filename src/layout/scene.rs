//! The drawing of a map as a flat list of primitives, built once from the layout and
//! painted by every back end: the egui canvas and the SVG writer (and so the PNG).

use emath::{Pos2, Rect, pos2, vec2};

use super::build::metrics::{CARD_RADIUS, FACE_RADIUS};
use super::{CardLook, MapLayout, TextLine};
use crate::palette::{self, Rgba};

/// An outline: width in world pixels and colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Width.
    pub width: f32,
    /// Colour.
    pub color: Rgba,
}

impl Stroke {
    /// A stroke of `width` and `color`.
    pub const fn new(width: f32, color: Rgba) -> Self {
        Self { width, color }
    }
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Prim {
    /// A (rounded) rectangle.
    Rect {
        /// The box.
        rect: Rect,
        /// Corner radius.
        radius: f32,
        /// Fill, if any.
        fill: Option<Rgba>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// A circle.
    Circle {
        /// Centre.
        center: Pos2,
        /// Radius.
        radius: f32,
        /// Fill, if any.
        fill: Option<Rgba>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// A straight line, solid or dashed.
    Line {
        /// From.
        from: Pos2,
        /// To.
        to: Pos2,
        /// Outline.
        stroke: Stroke,
        /// Dashed (4 on, 4 off).
        dashed: bool,
    },
    /// A cubic Bézier curve.
    Bezier {
        /// Start, two control points, end.
        points: [Pos2; 4],
        /// Outline.
        stroke: Stroke,
    },
    /// A filled polygon (arrowheads).
    Polygon {
        /// Corners.
        points: Vec<Pos2>,
        /// Fill.
        fill: Rgba,
    },
    /// One line of text.
    Text {
        /// The placed line.
        line: TextLine,
        /// Colour.
        color: Rgba,
    },
}

impl Prim {
    /// A box that contains everything the primitive draws (for culling).
    pub fn bounds(&self) -> Rect {
        match self {
            Prim::Rect { rect, stroke, .. } => rect.expand(stroke.map_or(0.0, |s| s.width)),
            Prim::Circle { center, radius, .. } => {
                Rect::from_center_size(*center, vec2(*radius, *radius) * 2.0).expand(1.0)
            }
            Prim::Line {
                from, to, stroke, ..
            } => Rect::from_two_pos(*from, *to).expand(stroke.width),
            Prim::Bezier { points, stroke } => Rect::from_points(points).expand(stroke.width),
            Prim::Polygon { points, .. } => Rect::from_points(points),
            Prim::Text { line, .. } => line.rect(),
        }
    }
}

/// The primitives of a map, back to front, and the page size.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Page width and height.
    pub size: emath::Vec2,
    /// Back to front.
    pub prims: Vec<Prim>,
}

/// Builds the scene of `map` from its `layout`.
pub fn build(layout: &MapLayout) -> Scene {
    let mut p = Vec::with_capacity(layout.cards.len() * 6 + 64);
    let text = |p: &mut Vec<Prim>, line: &TextLine, color: Rgba| {
        p.push(Prim::Text {
            line: line.clone(),
            color,
        });
    };
    for line in &layout.heading {
        let color = if line.style.size > 16.0 {
            palette::INK
        } else {
            palette::INK_MUTED
        };
        text(&mut p, line, color);
    }
    let grid = layout.grid;
    let grid_stroke = Stroke::new(1.0, palette::GRID);

    // Lane bands and headers.
    for header in &layout.lanes {
        let band = Rect::from_min_max(
            pos2(grid.left(), header.rect.top()),
            pos2(grid.right(), header.rect.bottom()),
        );
        if header.lane % 2 == 1 {
            p.push(Prim::Rect {
                rect: band,
                radius: 0.0,
                fill: Some(palette::LANE_STRIPE),
                stroke: None,
            });
        }
        p.push(Prim::Rect {
            rect: header.rect,
            radius: 0.0,
            fill: Some(palette::LANE_HEADER),
            stroke: None,
        });
    }
    // Cell separators.
    for header in &layout.lanes {
        p.push(Prim::Line {
            from: pos2(grid.left(), header.rect.top()),
            to: pos2(grid.right(), header.rect.top()),
            stroke: grid_stroke,
            dashed: false,
        });
    }
    for header in &layout.stages {
        p.push(Prim::Line {
            from: pos2(header.rect.left(), grid.top()),
            to: pos2(header.rect.left(), grid.bottom()),
            stroke: grid_stroke,
            dashed: false,
        });
    }
    p.push(Prim::Rect {
        rect: grid,
        radius: 0.0,
        fill: None,
        stroke: Some(grid_stroke),
    });

    // The corner above the lane headers.
    if let (Some(stage), Some(lane)) = (layout.stages.first(), layout.lanes.first()) {
        let corner = Rect::from_min_max(grid.min, pos2(lane.rect.right(), stage.rect.bottom()));
        p.push(Prim::Rect {
            rect: corner,
            radius: 0.0,
            fill: Some(palette::LANE_HEADER),
            stroke: Some(grid_stroke),
        });
    }

    // Stage headers.
    for header in &layout.stages {
        let r = header.rect.shrink(4.0);
        p.push(Prim::Rect {
            rect: r,
            radius: 6.0,
            fill: Some(header.accent.mix(palette::PAGE, 0.86)),
            stroke: None,
        });
        p.push(Prim::Rect {
            rect: Rect::from_min_size(r.min, vec2(r.width(), 4.0)),
            radius: 2.0,
            fill: Some(header.accent),
            stroke: None,
        });
        for (i, line) in header.lines.iter().enumerate() {
            text(
                &mut p,
                line,
                if i == 0 || line.style.weight == crate::fonts::Weight::SemiBold {
                    palette::INK
                } else {
                    palette::INK_MUTED
                },
            );
        }
    }
    for header in &layout.lanes {
        for line in &header.lines {
            let color = if line.style.weight == crate::fonts::Weight::SemiBold {
                palette::INK
            } else {
                palette::INK_FAINT
            };
            text(&mut p, line, color);
        }
    }

    // Emotion guides and curves (under the markers).
    for curve in &layout.curves {
        for score in -2..=2_i8 {
            let y = curve.y_of_score(f32::from(score)).round() + 0.5;
            p.push(Prim::Line {
                from: pos2(curve.plot.left() + 8.0, y),
                to: pos2(curve.plot.right() - 8.0, y),
                stroke: Stroke::new(1.0, palette::GRID),
                dashed: score != 0,
            });
        }
        for seg in &curve.segments {
            p.push(Prim::Bezier {
                points: *seg,
                stroke: Stroke::new(2.5, palette::CURVE),
            });
        }
    }

    // Cards.
    for card in &layout.cards {
        match card.look {
            CardLook::Card => {
                p.push(Prim::Rect {
                    rect: card.rect.translate(vec2(0.0, 1.5)),
                    radius: CARD_RADIUS,
                    fill: Some(palette::CARD_SHADOW),
                    stroke: None,
                });
                p.push(Prim::Rect {
                    rect: card.rect,
                    radius: CARD_RADIUS,
                    fill: Some(card.fill),
                    stroke: Some(Stroke::new(1.0, palette::CARD_EDGE)),
                });
            }
            CardLook::Text => {}
            CardLook::EmotionPoint => {
                let Some(point) = layout
                    .curves
                    .iter()
                    .flat_map(|c| &c.points)
                    .find(|pt| pt.card == card.card)
                else {
                    continue;
                };
                face(&mut p, point.center, point.score, card.fill);
            }
        }
        for chip in &card.chips {
            p.push(Prim::Rect {
                rect: chip.rect,
                radius: chip.rect.height() / 2.0,
                fill: Some(chip.fill),
                stroke: Some(Stroke::new(1.0, palette::CARD_EDGE)),
            });
            text(&mut p, &chip.label, palette::INK_MUTED);
        }
        if let Some(frame) = card.picture {
            p.push(Prim::Rect {
                rect: frame,
                radius: 4.0,
                fill: Some(Rgba::rgb(0xFF, 0xFF, 0xFF).with_alpha(170)),
                stroke: Some(Stroke::new(1.0, palette::CARD_EDGE)),
            });
        }
        let title_color = if card.look == CardLook::EmotionPoint {
            palette::INK_MUTED
        } else {
            palette::INK
        };
        for line in &card.title {
            if card.look == CardLook::EmotionPoint {
                // A halo keeps captions readable where the curve passes behind them.
                let halo = line.rect().expand2(vec2(3.0, 0.0));
                p.push(Prim::Rect {
                    rect: halo,
                    radius: 3.0,
                    fill: Some(palette::PAGE.with_alpha(215)),
                    stroke: None,
                });
            }
            text(&mut p, line, title_color);
        }
        for line in &card.body {
            text(&mut p, line, palette::INK_MUTED);
        }
    }

    // Links on top.
    for link in &layout.links {
        let [a, b, c, d] = link.bezier;
        let dir = (d - c).normalized();
        let tip = d;
        let back = tip - dir * 9.0;
        let side = vec2(-dir.y, dir.x) * 4.5;
        p.push(Prim::Bezier {
            points: [a, b, c, back],
            stroke: Stroke::new(1.75, palette::LINK),
        });
        p.push(Prim::Polygon {
            points: vec![tip, back + side, back - side],
            fill: palette::LINK,
        });
        for line in &link.label {
            p.push(Prim::Rect {
                rect: line.rect().expand2(vec2(4.0, 1.0)),
                radius: 3.0,
                fill: Some(palette::PAGE),
                stroke: None,
            });
            text(&mut p, line, palette::LINK);
        }
    }
    Scene {
        size: layout.size,
        prims: p,
    }
}

/// A face marker: a coloured disc with eyes and a mouth that smiles or frowns.
fn face(p: &mut Vec<Prim>, center: Pos2, score: Option<i8>, fill: Rgba) {
    let r = FACE_RADIUS;
    match score {
        Some(_) => p.push(Prim::Circle {
            center,
            radius: r,
            fill: Some(fill),
            stroke: Some(Stroke::new(2.0, palette::PAGE)),
        }),
        None => p.push(Prim::Circle {
            center,
            radius: r,
            fill: Some(palette::PAGE),
            stroke: Some(Stroke::new(2.0, palette::INK_FAINT)),
        }),
    }
    let ink = if score.is_some() {
        palette::INK
    } else {
        palette::INK_FAINT
    };
    for dx in [-3.6, 3.6] {
        p.push(Prim::Circle {
            center: center + vec2(dx, -2.8),
            radius: 1.3,
            fill: Some(ink),
            stroke: None,
        });
    }
    let bend = f32::from(score.unwrap_or(0)) * 1.6;
    let left = center + vec2(-4.6, 3.4 - bend * 0.35);
    let right = center + vec2(4.6, 3.4 - bend * 0.35);
    p.push(Prim::Bezier {
        points: [
            left,
            left + vec2(2.0, bend),
            right + vec2(-2.0, bend),
            right,
        ],
        stroke: Stroke::new(1.4, ink),
    });
}

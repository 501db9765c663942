//! The drawing of a map as a flat list of primitives, built once from the layout and
//! painted by every back end: the egui canvas and the SVG writer (and so the PNG).

mod cards;
mod charts;
pub mod icons;

pub use cards::{card_prims, link_label_prims};
use cards::{chip_prims, link_prims};

use emath::{Pos2, Rect, pos2, vec2};

use super::{MapLayout, TextLine};
use crate::fonts::Weight;
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
    /// An embedded picture, scaled to fit inside `rect` (centred, aspect kept).
    Image {
        /// The frame.
        rect: Rect,
        /// The project's image.
        image: crate::model::ImageId,
    },
}

impl Prim {
    /// Moves the primitive by `offset`.
    pub fn translate(&mut self, offset: emath::Vec2) {
        match self {
            Prim::Rect { rect, .. } => *rect = rect.translate(offset),
            Prim::Circle { center, .. } => *center += offset,
            Prim::Line { from, to, .. } => {
                *from += offset;
                *to += offset;
            }
            Prim::Bezier { points, .. } => points.iter_mut().for_each(|p| *p += offset),
            Prim::Polygon { points, .. } => points.iter_mut().for_each(|p| *p += offset),
            Prim::Text { line, .. } => line.baseline_left += offset,
            Prim::Image { rect, .. } => *rect = rect.translate(offset),
        }
    }

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
            Prim::Image { rect, .. } => *rect,
        }
    }
}

/// The primitives of a map in layers, back to front, and the page size.
///
/// Headers are their own layers so that the canvas can keep them pinned while the map
/// scrolls; an export draws every layer in order: `background`, `content`, `lane_headers`,
/// `stage_headers`, `corner`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Page width and height.
    pub size: emath::Vec2,
    /// Heading, lane bands and grid lines.
    pub background: Vec<Prim>,
    /// Emotion curves, cards and links.
    pub content: Vec<Prim>,
    /// Lane headers (opaque, pinned to the left on the canvas).
    pub lane_headers: Vec<Prim>,
    /// Stage headers (opaque, pinned to the top on the canvas).
    pub stage_headers: Vec<Prim>,
    /// The corner where the two header strips meet.
    pub corner: Vec<Prim>,
    /// Where the list of review notes starts (`None` without one): a PDF puts what is
    /// below it on a last page of its own.
    pub notes_break: Option<f32>,
}

impl Scene {
    /// Every primitive, back to front.
    pub fn all(&self) -> impl Iterator<Item = &Prim> {
        self.background
            .iter()
            .chain(&self.content)
            .chain(&self.lane_headers)
            .chain(&self.stage_headers)
            .chain(&self.corner)
    }

    /// Keeps only what lies in `area` (world pixels): the page becomes `area`, moved to
    /// the origin; primitives wholly outside it are dropped, the rest clipped by the page.
    pub fn crop(&mut self, area: Rect) {
        let page = Rect::from_min_size(emath::Pos2::ZERO, self.size);
        let area = area.intersect(page);
        if !area.is_positive() {
            return;
        }
        let offset = -area.min.to_vec2();
        for layer in [
            &mut self.background,
            &mut self.content,
            &mut self.lane_headers,
            &mut self.stage_headers,
            &mut self.corner,
        ] {
            layer.retain(|p| p.bounds().intersects(area));
            layer.iter_mut().for_each(|p| p.translate(offset));
        }
        self.size = area.size().round();
        self.notes_break = None;
    }
}

/// A lane header's name and kind hint (the canvas draws them again lower down when a tall
/// lane's top has scrolled out of view, so the name stays visible).
pub fn lane_name_prims(header: &super::LaneHeader) -> Vec<Prim> {
    let mut p = Vec::with_capacity(header.lines.len());
    for line in &header.lines {
        let color = if line.style.weight == Weight::SemiBold {
            palette::INK
        } else {
            palette::INK_FAINT
        };
        text(&mut p, line, color);
    }
    p
}

fn text(p: &mut Vec<Prim>, line: &TextLine, color: Rgba) {
    p.push(Prim::Text {
        line: line.clone(),
        color,
    });
}

fn rect(p: &mut Vec<Prim>, rect: Rect, radius: f32, fill: Option<Rgba>, stroke: Option<Stroke>) {
    p.push(Prim::Rect {
        rect,
        radius,
        fill,
        stroke,
    });
}

/// The personas of `strip` as the strip draws them, without its panel: photos (or
/// initials in a circle), names, roles and quotes (a title slide's personas).
pub fn persona_faces_prims(strip: &super::PersonaStrip) -> Vec<Prim> {
    let mut p = Vec::with_capacity(strip.faces.len() * 4 + strip.lines.len());
    charts::faces_and_text(&mut p, strip);
    p
}

/// Builds the scene of a map from its `layout`.
pub fn build(layout: &MapLayout) -> Scene {
    let grid = layout.grid;
    let grid_stroke = Stroke::new(1.0, palette::GRID);

    let mut background = Vec::with_capacity(64);
    for line in &layout.heading {
        let color = if line.style.size > 16.0 {
            palette::INK
        } else {
            palette::INK_MUTED
        };
        text(&mut background, line, color);
    }
    if let Some(strip) = &layout.persona {
        charts::persona_prims(&mut background, strip);
    }
    if let Some(legend) = &layout.legend {
        for label in &legend.labels {
            text(&mut background, label, palette::INK_MUTED);
        }
        for chip in &legend.chips {
            chip_prims(&mut background, chip);
        }
    }
    // Every other lane is striped; a blueprint line is not, nor counted.
    let is_rule = |lane: usize| layout.rules.iter().any(|r| r.lane == lane);
    let mut striped = false;
    for header in &layout.lanes {
        if is_rule(header.lane) {
            continue;
        }
        let stripe = striped;
        striped = !striped;
        if stripe {
            let band = Rect::from_min_max(
                pos2(grid.left(), header.rect.top()),
                pos2(grid.right(), header.rect.bottom()),
            );
            rect(&mut background, band, 0.0, Some(palette::LANE_STRIPE), None);
        }
    }
    for (i, header) in layout.lanes.iter().enumerate() {
        // A blueprint line's band is open: its dashed rule is the only line across it.
        let after_rule = i
            .checked_sub(1)
            .is_some_and(|p| is_rule(layout.lanes[p].lane));
        if is_rule(header.lane) || after_rule {
            continue;
        }
        let y = header.rect.top();
        background.push(Prim::Line {
            from: pos2(grid.left(), y),
            to: pos2(grid.right(), y),
            stroke: grid_stroke,
            dashed: false,
        });
    }
    // Stage dividers, broken where a blueprint line crosses the map.
    let mut spans = vec![grid.top()];
    for header in layout.lanes.iter().filter(|h| is_rule(h.lane)) {
        spans.extend([header.rect.top(), header.rect.bottom()]);
    }
    spans.push(grid.bottom());
    for header in &layout.stages {
        let x = header.rect.left();
        for span in spans.chunks_exact(2).filter(|s| s[1] > s[0]) {
            background.push(Prim::Line {
                from: pos2(x, span[0]),
                to: pos2(x, span[1]),
                stroke: grid_stroke,
                dashed: false,
            });
        }
    }
    rect(&mut background, grid, 0.0, None, Some(grid_stroke));
    // A service blueprint's lines: dashed rules across every stage.
    for rule in &layout.rules {
        background.push(Prim::Line {
            from: rule.from,
            to: rule.to,
            stroke: Stroke::new(1.5, palette::BLUEPRINT_LINE),
            dashed: true,
        });
    }

    let mut content = Vec::with_capacity(layout.cards.len() * 6 + 16);
    charts::metric_prims(&mut content, layout);
    for curve in layout.curves.iter().filter(|c| c.persona == 0) {
        for score in -2..=2_i8 {
            let y = curve.y_of_score(f32::from(score)).round() + 0.5;
            content.push(Prim::Line {
                from: pos2(curve.plot.left() + 8.0, y),
                to: pos2(curve.plot.right() - 8.0, y),
                stroke: Stroke::new(1.0, palette::GRID),
                dashed: score != 0,
            });
        }
    }
    for curve in layout.curves.iter().filter(|c| c.persona > 0) {
        charts::persona_curve_prims(&mut content, curve);
    }
    for curve in layout.curves.iter().filter(|c| c.persona == 0) {
        for seg in &curve.segments {
            content.push(Prim::Bezier {
                points: *seg,
                stroke: Stroke::new(2.5, curve.color),
            });
        }
    }
    charts::curve_key_prims(&mut content, layout);
    // Arrows run behind the cards (edge to edge, through the gutters); their labels,
    // placed clear of cards, go on top.
    for link in &layout.links {
        link_prims(&mut content, link);
    }
    for card in &layout.cards {
        card_prims(&mut content, layout, card, emath::Vec2::ZERO);
    }
    for link in &layout.links {
        link_label_prims(&mut content, link);
    }
    charts::note_prims(&mut content, layout);

    let mut lane_headers = Vec::with_capacity(layout.lanes.len() * 4);
    for header in &layout.lanes {
        rect(
            &mut lane_headers,
            header.rect,
            0.0,
            Some(palette::LANE_HEADER),
            None,
        );
        let bottom = header.rect.bottom();
        lane_headers.push(Prim::Line {
            from: pos2(header.rect.left(), bottom),
            to: pos2(header.rect.right(), bottom),
            stroke: grid_stroke,
            dashed: false,
        });
        lane_headers.push(Prim::Line {
            from: header.rect.right_top(),
            to: header.rect.right_bottom(),
            stroke: grid_stroke,
            dashed: false,
        });
        lane_headers.extend(lane_name_prims(header));
    }

    let mut stage_headers = Vec::with_capacity(layout.stages.len() * 5 + 1);
    if let (Some(first), Some(last)) = (layout.stages.first(), layout.stages.last()) {
        let row = first.rect.union(last.rect);
        rect(&mut stage_headers, row, 0.0, Some(palette::PAGE), None);
        stage_headers.push(Prim::Line {
            from: row.left_bottom(),
            to: row.right_bottom(),
            stroke: grid_stroke,
            dashed: false,
        });
    }
    for header in &layout.stages {
        let r = header.rect.shrink(4.0);
        rect(
            &mut stage_headers,
            r,
            6.0,
            Some(header.accent.mix(palette::PAGE, 0.86)),
            None,
        );
        rect(
            &mut stage_headers,
            Rect::from_min_size(r.min, vec2(r.width(), 4.0)),
            2.0,
            Some(header.accent),
            None,
        );
        for line in &header.lines {
            let color = if line.style.weight == Weight::SemiBold {
                palette::INK
            } else {
                palette::INK_MUTED
            };
            text(&mut stage_headers, line, color);
        }
    }

    let mut corner = Vec::new();
    if let (Some(stage), Some(lane)) = (layout.stages.first(), layout.lanes.first()) {
        let r = Rect::from_min_max(grid.min, pos2(lane.rect.right(), stage.rect.bottom()));
        rect(
            &mut corner,
            r,
            0.0,
            Some(palette::LANE_HEADER),
            Some(grid_stroke),
        );
    }

    Scene {
        size: layout.size,
        background,
        content,
        lane_headers,
        stage_headers,
        corner,
        notes_break: layout.notes_top,
    }
}

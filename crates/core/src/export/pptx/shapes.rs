//! A page scene as DrawingML shapes: the slide is drawn from the same primitives as the
//! paged PDF and the PNG (one layout, one scene), each turned into what a designer can
//! edit in PowerPoint, Keynote, Google Slides or Impress:
//!
//! - rectangles (cards, stage and lane headers, chips, label pills) as `rect`/`roundRect`
//!   shapes; a card's shadow becomes the card's `outerShdw`;
//! - text lines that sit inside a filled rectangle become that shape's own text (a card's
//!   title and body as two paragraphs that rewrap when edited), other lines text boxes;
//! - joined Bézier segments (emotion curves, arrows) as one freeform line each (`custGeom`),
//!   an arrow's head as the line's `tailEnd`; polygons as filled freeforms; circles as
//!   ellipses; straight lines as connectors;
//! - pictures as pictures.
//!
//! Geometry is the scene's, in points (1 pt = 12,700 EMU), so the slide looks like our
//! PNG of the page. Text is placed so that the first baseline falls where the layout put
//! it (exact line spacing; the space above a line is its pitch less the font's descent,
//! as Impress and PowerPoint lay out exact spacing).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use emath::{Pos2, Rect, pos2};
use skrifa::MetadataProvider as _;

use super::runs::{self, RunStyle, fill_xml};
use super::text as escape;

mod text;
use crate::layout::TextLine;
use crate::layout::scene::{Prim, Scene, Stroke};
use crate::model::ImageId;
use crate::palette::{self, Rgba};
use text::clip;

/// EMU per point.
const EMU: f32 = 12_700.0;
/// How far back in a layer a text line looks for the shape it sits in.
const CONTAINER_WINDOW: usize = 64;
/// The first relationship id of a slide's pictures (`rId101` …).
pub const PICTURE_REL: usize = 100;

fn emu(v: f32) -> i64 {
    (f64::from(v) * f64::from(EMU)).round() as i64
}

/// Pixel sizes of the deck's pictures, for fitting them into their frames.
pub type PictureSizes = HashMap<ImageId, (u32, u32)>;

/// The shapes of one slide and the pictures they show (in relationship order).
pub struct SlideShapes {
    /// The `p:spTree` children.
    pub xml: String,
    /// The pictures, `rId{PICTURE_REL + 1 + i}` each.
    pub pictures: Vec<ImageId>,
}

/// Writes the shapes of `scene`.
pub fn scene_shapes(scene: &Scene, style: &RunStyle, sizes: &PictureSizes) -> SlideShapes {
    scene_shapes_from(scene, style, sizes, 2)
}

/// Writes the shapes of `scene`, numbering them from `first_id` (a slide's shape ids are
/// unique: those below are the slide's own).
pub fn scene_shapes_from(
    scene: &Scene,
    style: &RunStyle,
    sizes: &PictureSizes,
    first_id: u32,
) -> SlideShapes {
    let mut w = Writer {
        out: String::with_capacity(scene.content.len() * 400 + 4096),
        next_id: first_id,
        style,
        sizes,
        pictures: Vec::new(),
        descents: HashMap::new(),
    };
    for layer in [
        &scene.background,
        &scene.content,
        &scene.lane_headers,
        &scene.stage_headers,
        &scene.corner,
    ] {
        w.layer(layer);
    }
    SlideShapes {
        xml: w.out,
        pictures: w.pictures,
    }
}

struct Writer<'a> {
    out: String,
    next_id: u32,
    style: &'a RunStyle<'a>,
    sizes: &'a PictureSizes,
    pictures: Vec<ImageId>,
    descents: HashMap<crate::fonts::Weight, f32>,
}

/// For each text line of `prims`, the filled rectangle before it (within a window) that
/// holds it.
fn containers(prims: &[Prim]) -> Vec<Option<usize>> {
    let mut owner = vec![None; prims.len()];
    for (i, prim) in prims.iter().enumerate() {
        let Prim::Text { line, .. } = prim else {
            continue;
        };
        let r = line.rect();
        let c = r.center();
        owner[i] = (i.saturating_sub(CONTAINER_WINDOW)..i).rev().find(|&j| {
            matches!(&prims[j], Prim::Rect { rect, fill: Some(f), .. }
                if f.a > 0
                    && *f != palette::CARD_SHADOW
                    && rect.expand(2.0).contains(c)
                    && r.left() >= rect.left() - 3.0
                    && r.right() <= rect.right() + 3.0)
        });
    }
    // A shape's text flows down: text laid out in columns side by side (a persona
    // profile) stays in text boxes of its own.
    let mut last: HashMap<usize, f32> = HashMap::new();
    let mut columns = std::collections::HashSet::new();
    for (i, o) in owner.iter().enumerate() {
        if let (Some(o), Prim::Text { line, .. }) = (o, &prims[i]) {
            let y = line.baseline_left.y;
            if last.get(o).is_some_and(|&before| y < before + 0.5) {
                columns.insert(*o);
            }
            last.insert(*o, y);
        }
    }
    for o in &mut owner {
        if o.is_some_and(|c| columns.contains(&c)) {
            *o = None;
        }
    }
    owner
}

/// The index after the run of primitives from `start` that lie on `rect`.
fn inside_from(prims: &[Prim], start: usize, rect: Rect) -> usize {
    let area = rect.expand(1.0);
    let mut end = start;
    while prims
        .get(end)
        .is_some_and(|p| area.contains_rect(p.bounds()))
    {
        end += 1;
    }
    end
}

/// The page-coloured backing of a curve caption or an arrow label.
fn is_halo(fill: Rgba) -> bool {
    fill.with_alpha(255) == palette::PAGE && fill.a >= 200
}

/// Two lines are one block of standalone text (same style, colour and alignment, the
/// second just below the first).
fn continues(a: (&TextLine, Rgba), b: (&TextLine, Rgba)) -> bool {
    let (a, ca) = a;
    let (b, cb) = b;
    let down = b.baseline_left.y - a.baseline_left.y;
    ca == cb
        && a.style == b.style
        && a.rtl == b.rtl
        && down > 0.0
        && down <= a.style.size * 2.0
        && if a.rtl {
            ((a.baseline_left.x + a.width) - (b.baseline_left.x + b.width)).abs() < 0.5
        } else {
            (a.baseline_left.x - b.baseline_left.x).abs() < 0.5
        }
}

impl Writer<'_> {
    fn id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn layer(&mut self, prims: &[Prim]) {
        let owner = containers(prims);
        let mut texts: BTreeMap<usize, Vec<(&TextLine, Rgba)>> = BTreeMap::new();
        for (i, o) in owner.iter().enumerate() {
            if let (Some(o), Prim::Text { line, color }) = (o, &prims[i]) {
                texts.entry(*o).or_default().push((line, *color));
            }
        }
        let mut merged = std::collections::HashSet::new();
        // The end of the open card group, if any.
        let mut group: Option<usize> = None;
        let mut i = 0;
        while i < prims.len() {
            if group.is_some_and(|end| i >= end) {
                self.out.push_str("</p:grpSp>");
                group = None;
            }
            match &prims[i] {
                Prim::Rect {
                    rect,
                    radius,
                    fill,
                    stroke,
                } => {
                    // A card's shadow is drawn by the card itself.
                    if *fill == Some(palette::CARD_SHADOW)
                        && let Some(Prim::Rect { rect: card, .. }) = prims.get(i + 1)
                        && (card.size() - rect.size()).length() < 0.01
                    {
                        let drop = rect.top() - card.top();
                        // What is drawn on the card (chips, a picture, …) goes in one
                        // group with it, so the card moves as one.
                        let end = inside_from(prims, i + 2, *card);
                        if end > i + 2
                            && prims[i + 2..end]
                                .iter()
                                .any(|p| !matches!(p, Prim::Text { .. }))
                        {
                            if let Some(end) = group.replace(end) {
                                group = Some(end);
                            } else {
                                self.open_group(*card, texts.get(&(i + 1)));
                            }
                        }
                        if let Prim::Rect {
                            rect,
                            radius,
                            fill,
                            stroke,
                        } = &prims[i + 1]
                        {
                            let lines = texts.remove(&(i + 1)).unwrap_or_default();
                            self.rect(*rect, *radius, *fill, *stroke, Some(drop), &lines);
                        }
                        i += 2;
                        continue;
                    }
                    if merged.contains(&i) {
                        i += 1;
                        continue;
                    }
                    let mut lines = texts.remove(&i).unwrap_or_default();
                    let mut whole = *rect;
                    // A caption or arrow label of several lines has a halo per line: one
                    // shape holds them all.
                    if !lines.is_empty() && fill.is_some_and(is_halo) {
                        let mut j = i + 1;
                        loop {
                            while matches!(prims.get(j), Some(Prim::Text { .. }))
                                && owner[j].is_some()
                            {
                                j += 1;
                            }
                            match prims.get(j) {
                                Some(Prim::Rect {
                                    rect: next,
                                    fill: f,
                                    ..
                                }) if f == fill
                                    && texts.get(&j).is_some_and(|t| !t.is_empty())
                                    && next.top() >= whole.bottom() - 1.0
                                    && next.top() - whole.bottom() < next.height() * 0.5
                                    && next.left() < whole.right()
                                    && next.right() > whole.left() =>
                                {
                                    whole = whole.union(*next);
                                    lines.extend(texts.remove(&j).unwrap_or_default());
                                    merged.insert(j);
                                    j += 1;
                                }
                                _ => break,
                            }
                        }
                    }
                    self.rect(whole, *radius, *fill, *stroke, None, &lines);
                }
                Prim::Text { line, color } if owner[i].is_none() => {
                    let mut block = vec![(line, *color)];
                    while let Some(Prim::Text {
                        line: next,
                        color: c,
                    }) = prims.get(i + 1)
                        && owner[i + 1].is_none()
                        && block
                            .last()
                            .is_some_and(|last| continues(*last, (next, *c)))
                    {
                        block.push((next, *c));
                        i += 1;
                    }
                    self.text_box(&block);
                }
                Prim::Text { .. } => {}
                Prim::Circle {
                    center,
                    radius,
                    fill,
                    stroke,
                } => {
                    let r = Rect::from_center_size(*center, emath::vec2(*radius, *radius) * 2.0);
                    self.preset("Marker", "ellipse", r, None, *fill, *stroke, None, "");
                }
                Prim::Line {
                    from,
                    to,
                    stroke,
                    dashed,
                } => self.line(*from, *to, *stroke, *dashed),
                Prim::Bezier { points, stroke } => {
                    let mut path = vec![*points];
                    while let Some(Prim::Bezier {
                        points: next,
                        stroke: s,
                    }) = prims.get(i + 1)
                        && s == stroke
                        && path
                            .last()
                            .is_some_and(|p| (p[3] - next[0]).length() < 0.01)
                    {
                        path.push(*next);
                        i += 1;
                    }
                    // An arrow: the line, then its head as a triangle of the same colour
                    // whose base sits at the line's end.
                    let mut head = None;
                    if let Some(Prim::Polygon { points: tri, fill }) = prims.get(i + 1)
                        && tri.len() == 3
                        && *fill == stroke.color
                        && path.last().is_some_and(|p| {
                            (p[3] - pos2((tri[1].x + tri[2].x) / 2.0, (tri[1].y + tri[2].y) / 2.0))
                                .length()
                                < 0.5
                        })
                    {
                        head = Some(tri[0]);
                        i += 1;
                    }
                    self.curve(&path, *stroke, head);
                }
                Prim::Polygon { points, fill } => self.polygon(points, *fill),
                Prim::Image { rect, image } => self.picture(*rect, image),
            }
            i += 1;
        }
        if group.is_some() {
            self.out.push_str("</p:grpSp>");
        }
    }

    /// Opens a group of shapes over `rect` (child and slide coordinates the same), named
    /// after the first of `lines`.
    fn open_group(&mut self, rect: Rect, lines: Option<&Vec<(&TextLine, Rgba)>>) {
        let id = self.id();
        let name = lines.and_then(|l| l.first()).map_or_else(
            || "Card".to_owned(),
            |(l, _)| format!("Card: {}", escape(&clip(&l.text, 40))),
        );
        let (x, y) = (emu(rect.left()), emu(rect.top()));
        let (cx, cy) = (emu(rect.width()).max(0), emu(rect.height()).max(0));
        let _ = write!(
            self.out,
            r#"<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/><a:chOff x="{x}" y="{y}"/><a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></p:grpSpPr>"#
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn preset(
        &mut self,
        name: &str,
        geometry: &str,
        rect: Rect,
        adj: Option<i64>,
        fill: Option<Rgba>,
        stroke: Option<Stroke>,
        shadow: Option<f32>,
        text: &str,
    ) {
        let id = self.id();
        let _ = write!(
            self.out,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name} {id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst="{geometry}"><a:avLst>"#,
            xfrm(rect, "")
        );
        if let Some(adj) = adj {
            let _ = write!(self.out, r#"<a:gd name="adj" fmla="val {adj}"/>"#);
        }
        self.out.push_str("</a:avLst></a:prstGeom>");
        self.out
            .push_str(&fill.map_or_else(|| "<a:noFill/>".to_owned(), fill_xml));
        self.out.push_str(&line_xml(stroke, false, false));
        if let Some(drop) = shadow {
            let _ = write!(
                self.out,
                r#"<a:effectLst><a:outerShdw dist="{}" dir="5400000" algn="t" rotWithShape="0">{}</a:outerShdw></a:effectLst>"#,
                emu(drop.abs()),
                runs::color_xml(palette::CARD_SHADOW)
            );
        }
        self.out.push_str("</p:spPr>");
        self.out.push_str(text);
        self.out.push_str("</p:sp>");
    }

    fn rect(
        &mut self,
        rect: Rect,
        radius: f32,
        fill: Option<Rgba>,
        stroke: Option<Stroke>,
        shadow: Option<f32>,
        lines: &[(&TextLine, Rgba)],
    ) {
        let short = rect.width().min(rect.height()).max(0.01);
        let pill = radius >= rect.height() / 2.0 - 0.5;
        let (geometry, adj) = if radius > 0.05 {
            let adj = ((radius / short) * 100_000.0).round().min(50_000.0) as i64;
            ("roundRect", Some(adj))
        } else {
            ("rect", None)
        };
        // A card (outlined, not a pill, taller than a line) rewraps its text when edited.
        // So does a caption of several lines (centred on its halo).
        let card = stroke.is_some_and(|s| s.color == palette::CARD_EDGE)
            && !pill
            && lines
                .first()
                .is_some_and(|(l, _)| rect.height() > l.style.size * 1.6);
        let wrap = card || (fill.is_some_and(is_halo) && lines.len() > 1);
        let name = match lines.first() {
            None => "Shape".to_owned(),
            Some((l, _)) => {
                let what = if card { "Card" } else { "Label" };
                format!("{what}: {}", escape(&clip(&l.text, 40)))
            }
        };
        let body = if lines.is_empty() {
            String::new()
        } else {
            self.text_body(rect, lines, wrap)
        };
        self.preset(&name, geometry, rect, adj, fill, stroke, shadow, &body);
    }

    fn line(&mut self, from: Pos2, to: Pos2, stroke: Stroke, dashed: bool) {
        let id = self.id();
        let rect = Rect::from_two_pos(from, to);
        let mut flips = String::new();
        if to.x < from.x {
            flips.push_str(r#" flipH="1""#);
        }
        if to.y < from.y {
            flips.push_str(r#" flipV="1""#);
        }
        let _ = write!(
            self.out,
            r#"<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{id}" name="Line {id}"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr>{}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>{}</p:spPr></p:cxnSp>"#,
            xfrm(rect, &flips),
            line_xml(Some(stroke), dashed, false)
        );
    }

    /// Joined Bézier segments as one open freeform line; `head` ends it in an arrowhead
    /// pointing there.
    fn curve(&mut self, path: &[[Pos2; 4]], stroke: Stroke, head: Option<Pos2>) {
        let mut points: Vec<Pos2> = path.iter().flatten().copied().collect();
        if let Some(tip) = head {
            points.push(tip);
        }
        let bounds = Rect::from_points(&points);
        let (w, h) = (emu(bounds.width()).max(1), emu(bounds.height()).max(1));
        let at = |p: Pos2| {
            format!(
                r#"<a:pt x="{}" y="{}"/>"#,
                emu(p.x - bounds.left()),
                emu(p.y - bounds.top())
            )
        };
        let mut d = format!("<a:moveTo>{}</a:moveTo>", at(path[0][0]));
        for seg in path {
            let _ = write!(
                d,
                "<a:cubicBezTo>{}{}{}</a:cubicBezTo>",
                at(seg[1]),
                at(seg[2]),
                at(seg[3])
            );
        }
        if let Some(tip) = head {
            let _ = write!(d, "<a:lnTo>{}</a:lnTo>", at(tip));
        }
        let id = self.id();
        let name = if head.is_some() { "Arrow" } else { "Curve" };
        let _ = write!(
            self.out,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name} {id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{}{}<a:noFill/>{}</p:spPr></p:sp>"#,
            xfrm(bounds, ""),
            cust_geom(w, h, &d, false),
            line_xml(Some(stroke), false, head.is_some())
        );
    }

    fn polygon(&mut self, points: &[Pos2], fill: Rgba) {
        let Some(&first) = points.first() else {
            return;
        };
        let bounds = Rect::from_points(points);
        let (w, h) = (emu(bounds.width()).max(1), emu(bounds.height()).max(1));
        let at = |p: Pos2| {
            format!(
                r#"<a:pt x="{}" y="{}"/>"#,
                emu(p.x - bounds.left()),
                emu(p.y - bounds.top())
            )
        };
        let mut d = format!("<a:moveTo>{}</a:moveTo>", at(first));
        for p in &points[1..] {
            let _ = write!(d, "<a:lnTo>{}</a:lnTo>", at(*p));
        }
        d.push_str("<a:close/>");
        let id = self.id();
        let _ = write!(
            self.out,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="Shape {id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{}{}{}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"#,
            xfrm(bounds, ""),
            cust_geom(w, h, &d, true),
            fill_xml(fill)
        );
    }

    fn picture(&mut self, frame: Rect, image: &ImageId) {
        // Left out of the export (undecodable): nothing to show.
        let Some(&(pw, ph)) = self.sizes.get(image) else {
            return;
        };
        let (pw, ph) = (pw.max(1) as f32, ph.max(1) as f32);
        let k = (frame.width() / pw).min(frame.height() / ph);
        let rect = Rect::from_center_size(frame.center(), emath::vec2(pw * k, ph * k));
        let index = match self.pictures.iter().position(|p| p == image) {
            Some(i) => i,
            None => {
                self.pictures.push(image.clone());
                self.pictures.len() - 1
            }
        };
        let id = self.id();
        let _ = write!(
            self.out,
            r#"<p:pic><p:nvPicPr><p:cNvPr id="{id}" name="Picture {id}" descr="{}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId{}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#,
            escape(image.as_str()),
            PICTURE_REL + 1 + index,
            xfrm(rect, "")
        );
    }
}

fn xfrm(rect: Rect, flips: &str) -> String {
    format!(
        r#"<a:xfrm{flips}><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm>"#,
        emu(rect.left()),
        emu(rect.top()),
        emu(rect.width()).max(0),
        emu(rect.height()).max(0)
    )
}

fn cust_geom(w: i64, h: i64, path: &str, closed: bool) -> String {
    format!(
        r#"<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="{w}" h="{h}"{}>{path}</a:path></a:pathLst></a:custGeom>"#,
        if closed { "" } else { r#" fill="none""# }
    )
}

fn line_xml(stroke: Option<Stroke>, dashed: bool, arrow: bool) -> String {
    let Some(stroke) = stroke.filter(|s| s.width > 0.0 && s.color.a > 0) else {
        return "<a:ln><a:noFill/></a:ln>".to_owned();
    };
    let mut s = format!(
        r#"<a:ln w="{}" cap="rnd">{}"#,
        emu(stroke.width),
        fill_xml(stroke.color)
    );
    if dashed {
        s.push_str(r#"<a:prstDash val="dash"/>"#);
    }
    s.push_str("<a:round/>");
    if arrow {
        s.push_str(r#"<a:tailEnd type="triangle" w="lg" len="lg"/>"#);
    }
    s.push_str("</a:ln>");
    s
}

//! PDF export: the same scene primitives the SVG writer writes, drawn as vector PDF with
//! krilla (which needs no usvg, so it sits beside resvg 0.49). Text is real text in the
//! bundled Inter (subset and embedded), or glyph outlines when asked.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::svg::Images;
use super::{Background, ExportError, TextMode};
use crate::layout::scene::{Prim, Scene};
use crate::palette::{self, Rgba};
use crate::text::FontId;

/// The longest side of a PDF page, in points: the most PDF readers open (ISO 32000-1,
/// annex C).
pub const MAX_PAGE_SIDE: f32 = 14_400.0;

/// Refuses a page larger than [`MAX_PAGE_SIDE`] before anything is drawn.
pub(super) fn check_size(size: emath::Vec2) -> Result<(), ExportError> {
    if size.x > MAX_PAGE_SIDE || size.y > MAX_PAGE_SIDE {
        return Err(ExportError::PageTooLarge {
            width: size.x.ceil() as u64,
            height: size.y.ceil() as u64,
            limit: MAX_PAGE_SIDE as u64,
        });
    }
    Ok(())
}

/// Writes `scene` as a one-page PDF the size of the map (1 map unit = 1 PDF point); with
/// a list of review notes, that list goes on a second, last page sized to the notes.
/// `images` are the export's prepared pictures; each becomes one PDF image, however
/// many frames show it.
pub fn write_pdf(
    scene: &Scene,
    title: &str,
    background: Background,
    images: &Images,
    text: TextMode,
) -> Result<Vec<u8>, ExportError> {
    write_pdf_pages(std::slice::from_ref(scene), title, background, images, text)
}

/// Writes one PDF page per scene, each the size of its scene; fonts and pictures are
/// embedded once for the whole document.
pub fn write_pdf_pages(
    scenes: &[Scene],
    title: &str,
    background: Background,
    images: &Images,
    text: TextMode,
) -> Result<Vec<u8>, ExportError> {
    let mut fonts = Fonts::default();
    let mut pictures = PdfImages {
        assets: images,
        made: std::collections::HashMap::new(),
    };
    let mut document = Document::new();
    // Metadata is XML (XMP) and the Info dictionary: cleaned as SVG text is.
    document.set_metadata(
        Metadata::new()
            .title(super::svg::clean(title))
            .creator("Waymark".to_owned()),
    );
    for scene in scenes {
        // The map's page, then (with notes) the notes' page: the prims below the break,
        // moved up to the top margin.
        let mut pages = vec![(scene.size, 0.0_f32)];
        if let Some(at) = scene.notes_break.filter(|y| *y > 0.0 && *y < scene.size.y) {
            let top = crate::layout::metrics::MARGIN;
            // The notes' page is sized to them: as wide as their longest line.
            let right = scene
                .all()
                .map(|p| p.bounds())
                .filter(|b| b.top() >= at)
                .map(|b| b.right())
                .fold(0.0_f32, f32::max);
            let width = (right + top).clamp(top * 2.0, scene.size.x).ceil();
            pages = vec![
                (emath::vec2(scene.size.x, (at + top - 8.0).ceil()), 0.0),
                (
                    emath::vec2(width, (scene.size.y - at + top).ceil()),
                    at - top,
                ),
            ];
        }
        for (n, (size, shift)) in pages.into_iter().enumerate() {
            let settings = PageSettings::from_wh(size.x.max(1.0), size.y.max(1.0))
                .ok_or_else(|| ExportError::Render("the page has no size".to_owned()))?;
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            if background == Background::White {
                let page_rect = emath::Rect::from_min_size(emath::Pos2::ZERO, size);
                fill_path(
                    &mut surface,
                    rounded_rect(page_rect, 0.0).as_ref(),
                    palette::PAGE,
                );
            }
            for prim in scene.all() {
                let bounds = prim.bounds();
                match (n, scene.notes_break) {
                    (0, Some(at)) if bounds.top() >= at => continue,
                    (1, Some(at)) if bounds.top() < at => continue,
                    _ => {}
                }
                if shift == 0.0 {
                    draw(&mut surface, prim, &mut pictures, &mut fonts, text);
                } else {
                    let mut moved = prim.clone();
                    moved.translate(emath::vec2(0.0, -shift));
                    draw(&mut surface, &moved, &mut pictures, &mut fonts, text);
                }
            }
            surface.finish();
            page.finish();
        }
    }
    document
        .finish()
        .map_err(|e| ExportError::Render(format!("PDF: {e:?}")))
}

fn color(c: Rgba) -> (krilla::paint::Paint, NormalizedF32) {
    (
        rgb::Color::new(c.r, c.g, c.b).into(),
        NormalizedF32::new(f32::from(c.a) / 255.0).unwrap_or(NormalizedF32::ONE),
    )
}

fn fill_path(surface: &mut Surface<'_>, path: Option<&Path>, c: Rgba) {
    let Some(path) = path else { return };
    let (paint, opacity) = color(c);
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint,
        opacity,
        ..Fill::default()
    }));
    surface.draw_path(path);
}

fn stroke_path(
    surface: &mut Surface<'_>,
    path: Option<&Path>,
    s: crate::layout::scene::Stroke,
    dashed: bool,
) {
    let Some(path) = path else { return };
    let (paint, opacity) = color(s.color);
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint,
        opacity,
        width: s.width,
        line_cap: LineCap::Round,
        dash: dashed.then(|| krilla::paint::StrokeDash {
            array: vec![4.0, 4.0],
            offset: 0.0,
        }),
        ..Stroke::default()
    }));
    surface.draw_path(path);
    surface.set_stroke(None);
}

/// Fills, then outlines, a closed path.
fn shape(
    surface: &mut Surface<'_>,
    path: Option<Path>,
    fill: Option<Rgba>,
    stroke: Option<crate::layout::scene::Stroke>,
) {
    if let Some(f) = fill {
        fill_path(surface, path.as_ref(), f);
    }
    if let Some(s) = stroke {
        stroke_path(surface, path.as_ref(), s, false);
    }
}

/// A rectangle with round corners of `radius` (clamped to half the shorter side).
fn rounded_rect(r: emath::Rect, radius: f32) -> Option<Path> {
    let mut pb = PathBuilder::new();
    let k = 0.552_284_8;
    let rad = radius.min(r.width() / 2.0).min(r.height() / 2.0).max(0.0);
    let (l, t, rt, b) = (r.left(), r.top(), r.right(), r.bottom());
    if rad <= 0.0 {
        pb.push_rect(krilla::geom::Rect::from_ltrb(l, t, rt, b)?);
        return pb.finish();
    }
    let c = rad * k;
    pb.move_to(l + rad, t);
    pb.line_to(rt - rad, t);
    pb.cubic_to(rt - rad + c, t, rt, t + rad - c, rt, t + rad);
    pb.line_to(rt, b - rad);
    pb.cubic_to(rt, b - rad + c, rt - rad + c, b, rt - rad, b);
    pb.line_to(l + rad, b);
    pb.cubic_to(l + rad - c, b, l, b - rad + c, l, b - rad);
    pb.line_to(l, t + rad);
    pb.cubic_to(l, t + rad - c, l + rad - c, t, l + rad, t);
    pb.close();
    pb.finish()
}

fn circle(center: emath::Pos2, radius: f32) -> Option<Path> {
    rounded_rect(
        emath::Rect::from_center_size(center, emath::vec2(radius, radius) * 2.0),
        radius,
    )
}

/// The krilla fonts of one document, made once per font the text engine used (krilla
/// subsets and embeds each).
#[derive(Default)]
struct Fonts(std::collections::HashMap<FontId, Option<Font>>);

impl Fonts {
    fn get(&mut self, id: FontId) -> Option<Font> {
        self.0
            .entry(id)
            .or_insert_with(|| {
                let face = crate::text::face(id)?;
                let data: std::sync::Arc<dyn AsRef<[u8]> + Send + Sync> =
                    std::sync::Arc::new(face.data.data.clone());
                Font::new(data.into(), face.index())
            })
            .clone()
    }
}

/// Draws the engine's glyphs of `line`, run by run, each glyph at the x the engine gave it
/// and tied to its characters, so that copying or `pdftotext` gives the line's text.
fn draw_line(
    surface: &mut Surface<'_>,
    line: &crate::layout::TextLine,
    fonts: &mut Fonts,
    outlined: bool,
) {
    for run in line.runs.iter() {
        let Some(font) = fonts.get(run.font) else {
            continue;
        };
        let Some(first) = run.glyphs.first() else {
            continue;
        };
        let size = run.size.max(0.01);
        // The run's text in glyph order. Text extractors read a right-to-left run in
        // visual order and reverse it, characters of a ligature (lam-alef) included, so
        // those characters are given to them reversed as well.
        let mut text = String::new();
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::with_capacity(run.glyphs.len());
        let mut last: Option<(std::ops::Range<u32>, std::ops::Range<usize>)> = None;
        for g in &run.glyphs {
            if let Some((cluster, range)) = &last
                && *cluster == g.cluster
            {
                ranges.push(range.clone());
                continue;
            }
            let part = line
                .text
                .get(g.cluster.start as usize..g.cluster.end as usize)
                .unwrap_or_default();
            let start = text.len();
            if run.rtl {
                text.extend(part.chars().rev());
            } else {
                text.push_str(part);
            }
            ranges.push(start..text.len());
            last = Some((g.cluster.clone(), start..text.len()));
        }
        let glyphs: Vec<KrillaGlyph> = run
            .glyphs
            .iter()
            .zip(ranges)
            .enumerate()
            .map(|(i, (g, range))| {
                // Each advance reaches the next glyph's position, so krilla puts every
                // glyph exactly where the engine did.
                let next = run.glyphs.get(i + 1).map_or(g.x + g.advance, |n| n.x);
                KrillaGlyph::new(
                    GlyphId::new(g.id),
                    (next - g.x) / size,
                    0.0,
                    -g.y / size,
                    0.0,
                    range,
                    None,
                )
            })
            .collect();
        surface.draw_glyphs(
            Point::from_xy(line.baseline_left.x + first.x, line.baseline_left.y),
            &glyphs,
            font,
            &text,
            size,
            outlined,
        );
    }
}

/// The document's krilla images, made once per picture.
struct PdfImages<'a> {
    assets: &'a Images,
    made: std::collections::HashMap<crate::model::ImageId, Option<Image>>,
}

impl PdfImages<'_> {
    fn get(&mut self, id: &crate::model::ImageId) -> Option<Image> {
        let assets = self.assets;
        self.made
            .entry(id.clone())
            .or_insert_with(|| {
                let asset = assets.get(id)?;
                let bytes = crate::images::file_bytes(asset)?;
                if asset.mime == "image/jpeg" {
                    Image::from_jpeg(bytes.into(), true).ok()
                } else {
                    Image::from_png(bytes.into(), true).ok()
                }
            })
            .clone()
    }
}

fn draw(
    surface: &mut Surface<'_>,
    prim: &Prim,
    images: &mut PdfImages<'_>,
    fonts: &mut Fonts,
    text: TextMode,
) {
    match prim {
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => shape(surface, rounded_rect(*rect, *radius), *fill, *stroke),
        Prim::Circle {
            center,
            radius,
            fill,
            stroke,
        } => shape(surface, circle(*center, *radius), *fill, *stroke),
        Prim::Line {
            from,
            to,
            stroke,
            dashed,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(from.x, from.y);
            pb.line_to(to.x, to.y);
            stroke_path(surface, pb.finish().as_ref(), *stroke, *dashed);
        }
        Prim::Bezier { points, stroke } => {
            let [a, b, c, d] = points;
            let mut pb = PathBuilder::new();
            pb.move_to(a.x, a.y);
            pb.cubic_to(b.x, b.y, c.x, c.y, d.x, d.y);
            stroke_path(surface, pb.finish().as_ref(), *stroke, false);
        }
        Prim::Polygon { points, fill } => {
            let mut pb = PathBuilder::new();
            for (i, p) in points.iter().enumerate() {
                if i == 0 {
                    pb.move_to(p.x, p.y);
                } else {
                    pb.line_to(p.x, p.y);
                }
            }
            pb.close();
            fill_path(surface, pb.finish().as_ref(), *fill);
        }
        Prim::Text { line, color: c } => {
            let (paint, opacity) = color(*c);
            surface.set_stroke(None);
            surface.set_fill(Some(Fill {
                paint,
                opacity,
                ..Fill::default()
            }));
            draw_line(surface, line, fonts, text == TextMode::Outlined);
        }
        Prim::Image { rect, image } => {
            let Some(picture) = images.get(image) else {
                return;
            };
            let (w, h) = picture.size();
            let (w, h) = (w as f32, h as f32);
            if w <= 0.0 || h <= 0.0 {
                return;
            }
            // Fit inside the frame, centred, as the SVG's `xMidYMid meet`.
            let k = (rect.width() / w).min(rect.height() / h);
            let size = emath::vec2(w, h) * k;
            let at = rect.center() - size / 2.0;
            let Some(size) = Size::from_wh(size.x, size.y) else {
                return;
            };
            surface.push_transform(&Transform::from_translate(at.x, at.y));
            surface.draw_image(picture, size);
            surface.pop();
        }
    }
}

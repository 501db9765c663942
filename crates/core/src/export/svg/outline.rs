//! Text as glyph outlines for SVG (and so for the PNG, which renders that SVG): each line's
//! shaped glyphs from the text engine become one `<path>`, and colour bitmap glyphs
//! (emoji) become embedded `<image>`s. Needs no font where it is opened.
//!
//! A map repeats the same few hundred glyphs thousands of times, so each glyph's outline is
//! written once per export as path data relative to its first point (coordinates in whole
//! hundredths, so nothing drifts), and every use only adds an absolute `M`.

use std::collections::HashMap;
use std::fmt::Write as _;

use base64::Engine as _;
use skrifa::MetadataProvider as _;

use super::num;
use crate::layout::TextLine;
use crate::text::FontId;
use crate::text::glyph::{self, Sink};

/// A glyph's outline: its first point and the path data after it, both in hundredths of
/// a world pixel relative to the glyph's origin.
struct Outline {
    first: (i64, i64),
    rest: String,
}

/// What one glyph draws: an outline, a colour picture (base64 PNG and its box), or nothing.
enum Drawn {
    Outline(Outline),
    Picture { base64: String, rect: emath::Rect },
    Nothing,
}

/// Glyphs already written in this export, by font, glyph id, size and variation, each
/// with its number among the outlines (for [`Glyphs::line_uses`]).
#[derive(Default)]
pub struct Glyphs(HashMap<GlyphKey, (usize, Drawn)>);

/// A glyph as drawn: its font, id, size (as bits) and variation coordinates.
type GlyphKey = (FontId, u32, u32, Vec<i16>);

fn hundredths(v: f32) -> i64 {
    (f64::from(v) * 100.0).round() as i64
}

/// Writes `v` hundredths as a short decimal: `150` → `1.5`, `-3` → `-0.03`, `200` → `2`.
fn push_number(s: &mut String, v: i64) {
    if v < 0 {
        s.push('-');
    }
    let a = v.unsigned_abs();
    let (whole, frac) = (a / 100, a % 100);
    let _ = write!(s, "{whole}");
    if frac != 0 {
        if frac % 10 == 0 {
            let _ = write!(s, ".{}", frac / 10);
        } else {
            let _ = write!(s, ".{frac:02}");
        }
    }
}

/// Collects an outline as relative path commands.
struct Relative {
    first: Option<(i64, i64)>,
    current: (i64, i64),
    start: (i64, i64),
    rest: String,
}

impl Relative {
    fn point(&mut self, x: f32, y: f32) -> (i64, i64) {
        (hundredths(x), hundredths(y))
    }

    fn delta(&mut self, p: (i64, i64)) {
        push_number(&mut self.rest, p.0 - self.current.0);
        self.rest.push(' ');
        push_number(&mut self.rest, p.1 - self.current.1);
        self.rest.push(' ');
    }
}

impl Sink for Relative {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        if self.first.is_none() {
            self.first = Some(p);
        } else {
            self.rest.push('m');
            self.delta(p);
        }
        self.current = p;
        self.start = p;
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        self.rest.push('l');
        self.delta(p);
        self.current = p;
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (c, p) = (self.point(x1, y1), self.point(x, y));
        self.rest.push('q');
        self.delta(c);
        self.delta(p);
        self.current = p;
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (c1, c2, p) = (self.point(x1, y1), self.point(x2, y2), self.point(x, y));
        self.rest.push('c');
        self.delta(c1);
        self.delta(c2);
        self.delta(p);
        self.current = p;
    }
    fn close(&mut self) {
        self.rest.push('z');
        self.current = self.start;
    }
}

fn draw_glyph(
    font: &skrifa::FontRef<'_>,
    outlines: &skrifa::outline::OutlineGlyphCollection<'_>,
    id: u32,
    size: f32,
    coords: &[i16],
) -> Drawn {
    if let Some(bitmap) = glyph::bitmap(font, id, size) {
        return Drawn::Picture {
            base64: base64::engine::general_purpose::STANDARD.encode(bitmap.png),
            rect: bitmap.rect,
        };
    }
    let mut sink = Relative {
        first: None,
        current: (0, 0),
        start: (0, 0),
        rest: String::new(),
    };
    if !glyph::outline_with(outlines, id, size, coords, &mut sink) {
        return Drawn::Nothing;
    }
    match sink.first {
        Some(first) => Drawn::Outline(Outline {
            first,
            rest: sink.rest,
        }),
        None => Drawn::Nothing,
    }
}

impl Glyphs {
    /// The glyphs of `line`: SVG path data of every outline, and `<image>` elements for
    /// colour bitmap glyphs.
    pub fn line_svg(&mut self, line: &TextLine) -> (String, String) {
        let mut d = String::with_capacity(line.text.len() * 16);
        let mut images = String::new();
        for run in line.runs.iter() {
            glyph::with_font(run, |font| {
                let outlines = font.outline_glyphs();
                for g in &run.glyphs {
                    let key = (run.font, g.id, run.size.to_bits(), run.coords.clone());
                    let next = self.0.len();
                    let (_, drawn) = self.0.entry(key).or_insert_with(|| {
                        (
                            next,
                            draw_glyph(font, &outlines, g.id, run.size, &run.coords),
                        )
                    });
                    let (x, y) = (line.baseline_left.x + g.x, line.baseline_left.y + g.y);
                    match drawn {
                        Drawn::Outline(o) => {
                            d.push('M');
                            push_number(&mut d, hundredths(x) + o.first.0);
                            d.push(' ');
                            push_number(&mut d, hundredths(y) + o.first.1);
                            d.push(' ');
                            d.push_str(&o.rest);
                        }
                        Drawn::Picture { base64, rect } => {
                            let rect = rect.translate(emath::vec2(x, y));
                            let _ = writeln!(
                                images,
                                "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,{base64}\"/>",
                                num(rect.left()),
                                num(rect.top()),
                                num(rect.width()),
                                num(rect.height()),
                            );
                        }
                        Drawn::Nothing => {}
                    }
                }
            });
        }
        (d, images)
    }
}

impl Glyphs {
    /// The glyphs of `line` as `<use>`s of shared outlines (see [`Glyphs::defs`]), in a
    /// group moved to the line's baseline and filled with `fill`, and `<image>` elements
    /// for colour bitmap glyphs: the HTML viewer's compact form.
    pub fn line_uses(&mut self, line: &TextLine, fill: &str) -> String {
        let (bx, by) = (line.baseline_left.x, line.baseline_left.y);
        let mut s = String::with_capacity(line.text.len() * 24 + 64);
        let mut images = String::new();
        for run in line.runs.iter() {
            glyph::with_font(run, |font| {
                let outlines = font.outline_glyphs();
                for g in &run.glyphs {
                    let key = (run.font, g.id, run.size.to_bits(), run.coords.clone());
                    let next = self.0.len();
                    let (n, drawn) = self.0.entry(key).or_insert_with(|| {
                        (
                            next,
                            draw_glyph(font, &outlines, g.id, run.size, &run.coords),
                        )
                    });
                    match drawn {
                        Drawn::Outline(_) => {
                            let _ = write!(s, "<use href=\"#g{n:x}\" x=\"{}\"", num(g.x));
                            if g.y != 0.0 {
                                let _ = write!(s, " y=\"{}\"", num(g.y));
                            }
                            s.push_str("/>");
                        }
                        Drawn::Picture { base64, rect } => {
                            let rect = rect.translate(emath::vec2(bx + g.x, by + g.y));
                            let _ = write!(
                                images,
                                "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" href=\"data:image/png;base64,{base64}\"/>",
                                num(rect.left()),
                                num(rect.top()),
                                num(rect.width()),
                                num(rect.height()),
                            );
                        }
                        Drawn::Nothing => {}
                    }
                }
            });
        }
        if s.is_empty() {
            return images;
        }
        format!(
            "<g fill=\"{fill}\" transform=\"translate({} {})\">{s}</g>{images}\n",
            num(bx),
            num(by)
        )
    }

    /// The shared outlines [`Glyphs::line_uses`] refers to, as a `<defs>` element.
    pub fn defs(&self) -> String {
        let mut glyphs: Vec<(usize, &Outline)> = self
            .0
            .values()
            .filter_map(|(n, d)| match d {
                Drawn::Outline(o) => Some((*n, o)),
                _ => None,
            })
            .collect();
        glyphs.sort_unstable_by_key(|(n, _)| *n);
        let mut s = String::from("<defs>\n");
        for (n, o) in glyphs {
            let _ = write!(s, "<path id=\"g{n:x}\" d=\"M");
            push_number(&mut s, o.first.0);
            s.push(' ');
            push_number(&mut s, o.first.1);
            s.push(' ');
            s.push_str(o.rest.trim_end());
            s.push_str("\"/>\n");
        }
        s.push_str("</defs>\n");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hundredths_print_short() {
        let mut s = String::new();
        for v in [150, -3, 200, 0, -1234, 5] {
            push_number(&mut s, v);
            s.push(' ');
        }
        assert_eq!(s, "1.5 -0.03 2 0 -12.34 0.05 ");
    }
}

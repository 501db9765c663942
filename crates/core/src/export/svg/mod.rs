//! Writes a [`Scene`] as SVG: explicit coordinates for every shape and every text line,
//! the bundled font family named, every user string escaped.

mod outline;

use std::fmt::Write as _;

use super::Background;
use crate::fonts;
use crate::layout::scene::{Prim, Scene, Stroke};
use crate::palette::{self, Rgba};

/// The SVG document of `scene`, with `title` as its accessible title.
pub fn write_svg(
    scene: &Scene,
    title: &str,
    background: Background,
    images: &Images,
    text: super::TextMode,
) -> String {
    let (w, h) = (num(scene.size.x), num(scene.size.y));
    let mut s = String::with_capacity(scene.content.len() * 150 + 512);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{}, sans-serif\">",
        fonts::FAMILY
    );
    let _ = writeln!(s, "<title>{}</title>", escape(title));
    if background == Background::White {
        let _ = writeln!(
            s,
            "<rect width=\"{w}\" height=\"{h}\" fill=\"{}\"/>",
            palette::PAGE.hex()
        );
    }
    let mut glyphs = outline::Glyphs::default();
    for prim in scene.all() {
        write_prim(&mut s, prim, images, text, &mut glyphs);
    }
    s.push_str("</svg>\n");
    s
}

/// The SVG of `scene` for the HTML viewer: text drawn as glyph outlines defined once and
/// placed with `<use>` (the look of the outlined export in a fraction of its size), with
/// each line also written as real, invisible text over its glyphs (`textLength` keeps it
/// on them), so that the browser's Find, selection and screen readers see the text.
pub fn write_svg_viewer(
    scene: &Scene,
    title: &str,
    background: Background,
    images: &Images,
) -> String {
    let mut s = write_svg(
        &Scene {
            size: scene.size,
            ..Scene::default()
        },
        title,
        background,
        images,
        super::TextMode::Outlined,
    );
    s.truncate(s.len() - "</svg>\n".len());
    let mut glyphs = outline::Glyphs::default();
    for prim in scene.all() {
        let Prim::Text { line, color } = prim else {
            write_prim(&mut s, prim, images, super::TextMode::Outlined, &mut glyphs);
            continue;
        };
        s.push_str(&glyphs.line_uses(line, &color.hex()));
        if line.text.trim().is_empty() || line.width <= 0.0 {
            continue;
        }
        let x = if line.rtl {
            line.baseline_left.x + line.width
        } else {
            line.baseline_left.x
        };
        let _ = write!(
            s,
            "<text class=\"t\" x=\"{}\" y=\"{}\" font-size=\"{}\" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"",
            num(x),
            num(line.baseline_left.y),
            num(line.style.size),
            num(line.width)
        );
        if line.rtl {
            s.push_str(" direction=\"rtl\"");
        }
        let _ = writeln!(s, ">{}</text>", escape(&line.text));
    }
    s.push_str(&glyphs.defs());
    s.push_str("</svg>\n");
    s
}

/// The project's embedded pictures, by id.
pub type Images = std::collections::BTreeMap<crate::model::ImageId, crate::model::ImageAsset>;

fn write_prim(
    s: &mut String,
    prim: &Prim,
    images: &Images,
    text: super::TextMode,
    glyphs: &mut outline::Glyphs,
) {
    match prim {
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            let _ = write!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                num(rect.left()),
                num(rect.top()),
                num(rect.width()),
                num(rect.height())
            );
            if *radius > 0.0 {
                let _ = write!(s, " rx=\"{}\"", num(*radius));
            }
            paint(s, *fill, *stroke);
            s.push_str("/>\n");
        }
        Prim::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            let _ = write!(
                s,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
                num(center.x),
                num(center.y),
                num(*radius)
            );
            paint(s, *fill, *stroke);
            s.push_str("/>\n");
        }
        Prim::Line {
            from,
            to,
            stroke,
            dashed,
        } => {
            let _ = write!(
                s,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"",
                num(from.x),
                num(from.y),
                num(to.x),
                num(to.y)
            );
            paint(s, None, Some(*stroke));
            if *dashed {
                s.push_str(" stroke-dasharray=\"4 4\"");
            }
            s.push_str("/>\n");
        }
        Prim::Bezier {
            points: [a, b, c, d],
            stroke,
        } => {
            let _ = write!(
                s,
                "<path d=\"M{} {} C{} {} {} {} {} {}\"",
                num(a.x),
                num(a.y),
                num(b.x),
                num(b.y),
                num(c.x),
                num(c.y),
                num(d.x),
                num(d.y)
            );
            paint(s, None, Some(*stroke));
            s.push_str(" stroke-linecap=\"round\"/>\n");
        }
        Prim::Polygon { points, fill } => {
            s.push_str("<polygon points=\"");
            for (i, p) in points.iter().enumerate() {
                if i > 0 {
                    s.push(' ');
                }
                let _ = write!(s, "{},{}", num(p.x), num(p.y));
            }
            s.push('"');
            paint(s, Some(*fill), None);
            s.push_str("/>\n");
        }
        Prim::Text { line, color } if text == super::TextMode::Outlined => {
            let (d, pictures) = glyphs.line_svg(line);
            if !d.is_empty() {
                let _ = write!(s, "<path d=\"{}\"", d.trim_end());
                paint(s, Some(*color), None);
                s.push_str("/>\n");
            }
            s.push_str(&pictures);
        }
        Prim::Text { line, color } => {
            // Real text: the viewer shapes it again, with the fonts the engine chose named
            // first; right-to-left lines start at their right end.
            let families = font_families(line);
            let x = if line.rtl {
                line.baseline_left.x + line.width
            } else {
                line.baseline_left.x
            };
            let _ = write!(
                s,
                "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"{}\"",
                num(x),
                num(line.baseline_left.y),
                num(line.style.size),
                line.style.weight.css()
            );
            if families != fonts::FAMILY {
                let _ = write!(s, " font-family=\"{}\"", escape(&families));
            }
            if line.rtl {
                s.push_str(" direction=\"rtl\"");
            }
            paint(s, Some(*color), None);
            let _ = writeln!(s, ">{}</text>", escape(&line.text));
        }
        Prim::Image { rect, image } => {
            // Embedded as a data URI: the SVG refers to nothing outside itself.
            let Some(asset) = images.get(image) else {
                return;
            };
            let _ = writeln!(
                s,
                "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"xMidYMid meet\" xlink:href=\"data:{};base64,{}\"/>",
                num(rect.left()),
                num(rect.top()),
                num(rect.width()),
                num(rect.height()),
                escape(&asset.mime),
                escape(&asset.data)
            );
        }
    }
}

/// The CSS font-family list of a line: the families its glyphs use, then Inter and the
/// generic sans-serif. A family of Noto Sans CJK (Linux's packaging of the design) is
/// followed by the same design's Google Fonts name ("Noto Sans CJK JP" → "Noto Sans JP"),
/// which designers install on macOS and Windows and Figma offers, so a viewer with either
/// draws the glyphs the layout measured.
fn font_families(line: &crate::layout::TextLine) -> String {
    let mut names: Vec<String> = Vec::new();
    for run in line.runs.iter() {
        if let Some(face) = crate::text::face(run.font)
            && !names.contains(&face.family)
        {
            let same = face
                .family
                .strip_prefix("Noto Sans CJK ")
                .filter(|region| ["JP", "KR", "SC", "TC", "HK"].contains(region))
                .map(|region| format!("Noto Sans {region}"));
            names.push(face.family);
            if let Some(same) = same
                && !names.contains(&same)
            {
                names.push(same);
            }
        }
    }
    if names.iter().all(|n| n == fonts::FAMILY) {
        return fonts::FAMILY.to_owned();
    }
    if !names.iter().any(|n| n == fonts::FAMILY) {
        names.push(fonts::FAMILY.to_owned());
    }
    let mut list: Vec<String> = names
        .iter()
        .map(|n| format!("'{}'", n.replace(['\'', '"', '\\'], "")))
        .collect();
    list.push("sans-serif".to_owned());
    list.join(", ")
}

fn paint(s: &mut String, fill: Option<Rgba>, stroke: Option<Stroke>) {
    match fill {
        Some(c) => {
            let _ = write!(s, " fill=\"{}\"", c.hex());
            if c.a < 255 {
                let _ = write!(s, " fill-opacity=\"{}\"", alpha(c.a));
            }
        }
        None => s.push_str(" fill=\"none\""),
    }
    if let Some(st) = stroke {
        let _ = write!(
            s,
            " stroke=\"{}\" stroke-width=\"{}\"",
            st.color.hex(),
            num(st.width)
        );
        if st.color.a < 255 {
            let _ = write!(s, " stroke-opacity=\"{}\"", alpha(st.color.a));
        }
    }
}

fn alpha(a: u8) -> String {
    num(f32::from(a) / 255.0)
}

/// A number with at most two decimals and no trailing zeros: what `format!("{v:.2}")`
/// gives with its zeros trimmed, written without the formatter (an export writes tens of
/// thousands of numbers).
pub(super) fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    // Exact: an f32 has 24 significant bits and 100 needs 7, so the product fits an f64;
    // rounded as the formatter rounds, half to even.
    let hundredths = (f64::from(v) * 100.0).round_ties_even();
    if hundredths.abs() >= 1e15 {
        let text = format!("{v:.2}");
        return text.trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "whole and below 1e15, checked above"
    )]
    let n = hundredths as i64;
    if n == 0 {
        return "0".to_owned();
    }
    let (whole, fraction) = (n.unsigned_abs() / 100, n.unsigned_abs() % 100);
    let mut out = String::with_capacity(12);
    if n < 0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if fraction != 0 {
        out.push('.');
        out.push(char::from(b'0' + (fraction / 10) as u8));
        if fraction % 10 != 0 {
            out.push(char::from(b'0' + (fraction % 10) as u8));
        }
    }
    out
}

/// Escapes text for XML, after [`clean`].
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Text fit for one line of a document's text or metadata: tabs and line breaks become
/// spaces, and other control characters and the noncharacters U+FFFE and U+FFFF (which
/// XML 1.0 cannot hold) are dropped.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(1.0 / 3.0), "0.33");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(-12.05), "-12.05");
        assert_eq!(num(0.125), "0.12");
        assert_eq!(num(0.375), "0.38");
        assert_eq!(num(1e20), "100000002004087734272");
    }

    /// The same as the formatter's two decimals with the zeros trimmed, for any number.
    #[test]
    fn numbers_are_the_formatters() {
        let formatter = |v: f32| {
            let v = if v.is_finite() { v } else { 0.0 };
            let text = format!("{v:.2}");
            let text = text.trim_end_matches('0').trim_end_matches('.');
            if text == "-0" {
                "0".to_owned()
            } else {
                text.to_owned()
            }
        };
        let mut state = 0x9e37_79b9_u32;
        for i in 0..200_000u32 {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let v = match i % 3 {
                0 => f32::from_bits(state),
                1 => (state % 2_000_000) as f32 / 1000.0 - 1000.0,
                _ => (state % 80_000) as f32 / 8.0 - 5000.0,
            };
            assert_eq!(num(v), formatter(v), "{v:?}");
        }
    }

    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            escape("<a href=\"x\">&'\u{7}\u{0}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
    }
}

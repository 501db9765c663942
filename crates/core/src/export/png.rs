//! PNG export: the exported SVG, with text as the text engine's glyph outlines, rendered by
//! resvg (which is given no fonts, so it never shapes text of its own or warns about it).
//!
//! The picture is rendered in bands of rows, several at a time on all cores, and each band
//! goes straight into a streaming PNG encoder (fast fdeflate compression), so memory stays
//! bounded by a few bands however large the export is.

use std::io::Write as _;

use resvg::{tiny_skia, usvg};

use super::{ExportError, SizeLimit};
use crate::layout::scene::Scene;

/// The most pixels a PNG export may have (2^30, e.g. a 4× export of a 1,000-card map).
pub const MAX_PIXELS: u64 = 1 << 30;
/// The longest side a PNG export may have, in pixels (what resvg can render).
pub const MAX_SIDE_PIXELS: u64 = 65_535;
/// The most shapes a PNG export may draw: resvg refuses an SVG of over 1,000,000
/// elements, and the writer adds a few of its own.
pub const MAX_SHAPES: usize = 900_000;

/// The pixel size of a page of `size` map units at `scale`, or which limit it crosses.
pub(super) fn check_size(size: emath::Vec2, scale: f32) -> Result<(u32, u32), ExportError> {
    if !(0.1..=8.0).contains(&scale) {
        return Err(ExportError::BadScale(scale));
    }
    let width = (f64::from(size.x) * f64::from(scale)).ceil().max(0.0) as u64;
    let height = (f64::from(size.y) * f64::from(scale)).ceil().max(0.0) as u64;
    let limit = if width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS {
        Some(SizeLimit::Side(MAX_SIDE_PIXELS))
    } else if width.saturating_mul(height) > MAX_PIXELS {
        Some(SizeLimit::Pixels(MAX_PIXELS))
    } else {
        None
    };
    match (limit, u32::try_from(width), u32::try_from(height)) {
        (None, Ok(w), Ok(h)) => Ok((w, h)),
        (limit, _, _) => Err(ExportError::TooLarge {
            width,
            height,
            limit: limit.unwrap_or(SizeLimit::Side(MAX_SIDE_PIXELS)),
        }),
    }
}

/// Refuses a scene with more shapes than a PNG export can draw.
pub(super) fn check_shapes(scene: &Scene) -> Result<(), ExportError> {
    let shapes = scene.all().count();
    if shapes > MAX_SHAPES {
        return Err(ExportError::TooManyShapes {
            shapes,
            limit: MAX_SHAPES,
        });
    }
    Ok(())
}

/// About how many bytes of pixels one band holds.
const BAND_BYTES: usize = 16 << 20;

/// Renders `svg` at `scale` pixels per SVG unit and encodes it as PNG.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    render_png_progress(svg, scale, &|_| true)
}

/// Like [`render_png`], reporting progress (0 to 1) between bands of rows; stops with
/// [`ExportError::Cancelled`] when `progress` returns false.
pub fn render_png_progress(
    svg: &str,
    scale: f32,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Vec<u8>, ExportError> {
    let options = usvg::Options {
        // Pictures come only from data URIs inside the SVG, never from files. Text arrives
        // as glyph outlines and pictures: resvg needs no fonts at all.
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_string: Box::new(|_, _| None),
            ..usvg::ImageHrefResolver::default()
        },
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render(e.to_string()))?;
    let size = tree.size();
    let (w, h) = check_size(emath::vec2(size.width(), size.height()), scale)?;
    let encode = |e: std::io::Error| ExportError::Encode(e.to_string());
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w.max(1), h.max(1));
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut header = encoder
        .write_header()
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    let mut stream = header
        .stream_writer()
        .map_err(|e| ExportError::Encode(e.to_string()))?;

    let stride = w as usize * 4;
    let band_rows = u32::try_from((BAND_BYTES / stride.max(1)).max(16)).unwrap_or(16);
    let bands: Vec<(u32, u32)> = (0..h)
        .step_by(band_rows as usize)
        .map(|top| (top, band_rows.min(h - top)))
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8));
    let render = |&(top, rows): &(u32, u32)| -> Result<Vec<u8>, ExportError> {
        let mut band = tiny_skia::Pixmap::new(w, rows)
            .ok_or_else(|| ExportError::Render("cannot make a band of rows".to_owned()))?;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, 0.0, -(top as f32)),
            &mut band.as_mut(),
        );
        let mut pixels = band.take();
        unpremultiply(&mut pixels);
        Ok(pixels)
    };
    // A few bands at a time, one per core; written in order as each group finishes.
    for (i, group) in bands.chunks(workers).enumerate() {
        let done = (i * workers) as f32 / bands.len().max(1) as f32;
        if !progress(done) {
            return Err(ExportError::Cancelled);
        }
        let rendered: Vec<Result<Vec<u8>, ExportError>> = std::thread::scope(|s| {
            let handles: Vec<_> = group
                .iter()
                .skip(1)
                .map(|band| s.spawn(|| render(band)))
                .collect();
            let mut results = vec![render(&group[0])];
            for handle in handles {
                results.push(handle.join().unwrap_or_else(|_| {
                    Err(ExportError::Render("a rendering thread failed".to_owned()))
                }));
            }
            results
        });
        for pixels in rendered {
            stream.write_all(&pixels?).map_err(encode)?;
        }
    }
    if !progress(1.0) {
        return Err(ExportError::Cancelled);
    }
    stream
        .finish()
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    header
        .finish()
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    Ok(out)
}

/// Premultiplied RGBA (tiny-skia) to straight RGBA (PNG), in place.
fn unpremultiply(pixels: &mut [u8]) {
    for px in pixels.chunks_exact_mut(4) {
        let a = u16::from(px[3]);
        if a == 255 || a == 0 {
            continue;
        }
        for c in &mut px[..3] {
            *c = ((u16::from(*c) * 255 + a / 2) / a).min(255) as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_alpha_from_premultiplied() {
        let mut px = [0, 0, 0, 0, 64, 32, 0, 128, 255, 255, 255, 255];
        unpremultiply(&mut px);
        assert_eq!(px, [0, 0, 0, 0, 128, 64, 0, 128, 255, 255, 255, 255]);
    }
}

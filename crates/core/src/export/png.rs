//! PNG export: the exported SVG, with text as the text engine's glyph outlines, rendered by
//! resvg (which is given no fonts, so it never shapes text of its own or warns about it).

use resvg::{tiny_skia, usvg};

use super::ExportError;

/// The most pixels a PNG export may have (2^30, e.g. a 4× export of a 1,000-card map;
/// about 4 GB while rendering).
pub const MAX_PIXELS: u64 = 1 << 30;

/// Renders `svg` at `scale` pixels per SVG unit and encodes it as PNG.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    render_png_progress(svg, scale, &|_| true)
}

/// Rows rendered per band (progress is reported and cancelling checked between bands).
const BAND_ROWS: u32 = 2048;

/// Like [`render_png`], reporting progress (0 to 1) between bands of rows; stops with
/// [`ExportError::Cancelled`] when `progress` returns false.
pub fn render_png_progress(
    svg: &str,
    scale: f32,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Vec<u8>, ExportError> {
    if !(0.1..=8.0).contains(&scale) {
        return Err(ExportError::BadScale(scale));
    }
    let options = usvg::Options {
        // Text arrives as glyph outlines and pictures: resvg needs no fonts at all.
        // Pictures come only from data URIs inside the SVG, never from files.
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_string: Box::new(|_, _| None),
            ..usvg::ImageHrefResolver::default()
        },
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render(e.to_string()))?;
    let size = tree.size();
    let width = (f64::from(size.width()) * f64::from(scale)).ceil() as u64;
    let height = (f64::from(size.height()) * f64::from(scale)).ceil() as u64;
    if width.saturating_mul(height) > MAX_PIXELS || width > 65_535 || height > 65_535 {
        return Err(ExportError::TooLarge {
            width,
            height,
            limit: MAX_PIXELS,
        });
    }
    let (Ok(w), Ok(h)) = (u32::try_from(width), u32::try_from(height)) else {
        return Err(ExportError::TooLarge {
            width,
            height,
            limit: MAX_PIXELS,
        });
    };
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or(ExportError::TooLarge {
        width,
        height,
        limit: MAX_PIXELS,
    })?;
    let stride = w as usize * 4;
    let mut top = 0;
    while top < h {
        if !progress(top as f32 / h as f32) {
            return Err(ExportError::Cancelled);
        }
        let rows = BAND_ROWS.min(h - top);
        let bytes = &mut pixmap.data_mut()[top as usize * stride..(top + rows) as usize * stride];
        let Some(mut band) = tiny_skia::PixmapMut::from_bytes(bytes, w, rows) else {
            return Err(ExportError::Render("cannot make a band of rows".to_owned()));
        };
        resvg::render(
            &tree,
            tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, 0.0, -(top as f32)),
            &mut band,
        );
        top += rows;
    }
    if !progress(1.0) {
        return Err(ExportError::Cancelled);
    }
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Encode(e.to_string()))
}

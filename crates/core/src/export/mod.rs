//! Exports a map as SVG (written from the shared scene), PNG (that SVG, text as the text
//! engine's glyph outlines, rendered by resvg) or PDF (the scene drawn with krilla).

mod pdf;
mod png;
mod svg;

use std::path::Path;

use crate::layout;
use crate::model::{JourneyMap, Project};

pub use png::{MAX_PIXELS, render_png};
pub use svg::write_svg;

/// What sits behind the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Background {
    /// An opaque white page.
    #[default]
    White,
    /// Nothing: alpha 0 outside what is drawn.
    Transparent,
}

/// The file formats an export can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Scalable vector graphics.
    Svg,
    /// A PNG image.
    Png,
    /// A one-page vector PDF.
    Pdf,
}

/// How text is written in SVG and PDF.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextMode {
    /// Real text in the embedded font (editable in Inkscape or Illustrator).
    #[default]
    Text,
    /// Glyph outlines: exact everywhere, no font needed.
    Outlined,
}

impl Format {
    /// The format a file name's extension asks for.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// Every kind of file a map can be exported to, picked by the file name's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// PNG or SVG.
    Image(Format),
    /// A spreadsheet grid (see [`crate::interop::csv`]).
    Csv,
    /// Mermaid `journey` text (see [`crate::interop::mermaid`]).
    Mermaid,
}

impl ExportKind {
    /// The kind a file name asks for: `.png`, `.svg`, `.csv`, `.mmd` (or `.mermaid`).
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Self::Csv),
            "mmd" | "mermaid" => Some(Self::Mermaid),
            _ => Format::from_path(path).map(Self::Image),
        }
    }
}

/// Exports `map` as `kind`; `options.format` is ignored for CSV and Mermaid.
pub fn export_as(
    kind: ExportKind,
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    export_as_progress(kind, project, map, options, &|_| true)
}

/// [`export_as`] with progress and cancelling (see [`export_map_progress`]).
pub fn export_as_progress(
    kind: ExportKind,
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Vec<u8>, ExportError> {
    match kind {
        ExportKind::Csv => Ok(crate::interop::csv::write_csv(map).into_bytes()),
        ExportKind::Mermaid => {
            Ok(crate::interop::mermaid::write_mermaid(project, map).into_bytes())
        }
        ExportKind::Image(format) => export_map_progress(
            project,
            map,
            &ExportOptions { format, ..*options },
            progress,
        ),
    }
}

/// How to export.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExportOptions {
    /// Output format.
    pub format: Format,
    /// Pixels per world pixel (PNG only).
    pub scale: f32,
    /// Page background.
    pub background: Background,
    /// Text as text or as outlines (SVG and PDF).
    pub text: TextMode,
    /// What to include around the grid.
    pub layout: crate::layout::LayoutOptions,
    /// Only these stages (first and last index, inclusive); `None` = the whole map.
    pub stages: Option<(usize, usize)>,
    /// Only this part of the page (world pixels), e.g. what is visible on screen.
    pub area: Option<emath::Rect>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            format: Format::Png,
            scale: 1.0,
            background: Background::White,
            text: TextMode::Text,
            layout: crate::layout::LayoutOptions::default(),
            stages: None,
            area: None,
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The image would be too large to render.
    #[error(
        "the image would be {width} × {height} pixels, over the limit of {limit} pixels; use a smaller --scale"
    )]
    TooLarge {
        /// Width in pixels.
        width: u64,
        /// Height in pixels.
        height: u64,
        /// Most pixels allowed.
        limit: u64,
    },
    /// The scale is not a usable number.
    #[error("the scale {0} is not between 0.1 and 8")]
    BadScale(f32),
    /// resvg could not read the SVG (a bug: report it).
    #[error("internal error: the SVG could not be rendered: {0}")]
    Render(String),
    /// PNG encoding failed.
    #[error("cannot encode the PNG: {0}")]
    Encode(String),
    /// The export was cancelled.
    #[error("the export was cancelled")]
    Cancelled,
}

/// `map` with only the stages `first..=last` and what sits in them.
pub fn stage_range(map: &JourneyMap, first: usize, last: usize) -> JourneyMap {
    let mut part = map.clone();
    let keep: Vec<_> = map
        .stages
        .iter()
        .enumerate()
        .filter(|(i, _)| (first..=last).contains(i))
        .map(|(_, s)| s.id.clone())
        .collect();
    part.stages.retain(|s| keep.contains(&s.id));
    part.cards.retain(|c| keep.contains(&c.stage));
    let cards: std::collections::HashSet<_> = part.cards.iter().map(|c| c.id.clone()).collect();
    part.links
        .retain(|l| cards.contains(&l.from) && cards.contains(&l.to));
    part
}

/// The scene an export of `map` draws: the stages, persona strip, legend and area that
/// `options` ask for.
fn scene_for(project: &Project, map: &JourneyMap, options: &ExportOptions) -> layout::scene::Scene {
    let part;
    let map = match options.stages {
        Some((first, last)) => {
            part = stage_range(map, first, last);
            &part
        }
        None => map,
    };
    let layout = layout::layout_map_with(
        project,
        map,
        crate::text::TextEngine::global(),
        &options.layout,
    );
    let mut scene = layout::scene::build(&layout);
    if let Some(area) = options.area {
        scene.crop(area);
    }
    scene
}

/// The page size, in map units, of an export of `map` with `options` (before `scale`).
pub fn page_size(project: &Project, map: &JourneyMap, options: &ExportOptions) -> emath::Vec2 {
    scene_for(project, map, options).size
}

/// Exports `map` of `project` to the bytes of a file.
pub fn export_map(
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    export_map_progress(project, map, options, &|_| true)
}

/// Like [`export_map`], telling `progress` how far a PNG render is (0 to 1); when it
/// returns false the export stops with [`ExportError::Cancelled`].
pub fn export_map_progress(
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Vec<u8>, ExportError> {
    let scene = scene_for(project, map, options);
    let title = format!("{} — {}", project.title, map.name);
    let images: svg::Images = project
        .images
        .iter()
        .filter(|(_, asset)| crate::images::is_safe(asset))
        .map(|(id, asset)| (id.clone(), asset.clone()))
        .collect();
    if options.format == Format::Pdf {
        return pdf::write_pdf(&scene, &title, options.background, &images, options.text);
    }
    // The PNG renders the outlined SVG: resvg draws the engine's glyphs and needs no font.
    let text = if options.format == Format::Svg {
        options.text
    } else {
        TextMode::Outlined
    };
    let svg = write_svg(&scene, &title, options.background, &images, text);
    match options.format {
        Format::Svg => Ok(svg.into_bytes()),
        Format::Png | Format::Pdf => png::render_png_progress(&svg, options.scale, progress),
    }
}

//! Exports a map as SVG (written from the shared scene), PNG (that SVG, text as the text
//! engine's glyph outlines, rendered by resvg), PDF (the scene drawn with krilla: one
//! page the map's size, or paged on paper through [`pages`]), PPTX (slides of those
//! pages as pictures, [`pptx`]) or a self-contained HTML viewer ([`html`]).

pub mod html;
pub mod limits;
pub mod notes;
pub mod pages;
mod pdf;
mod pictures;
mod png;
pub mod pptx;
pub mod stacked;
mod svg;

use std::path::Path;

use crate::layout;
use crate::model::{JourneyMap, Project};

pub use pages::{
    PageKind, PagePlan, PageSetup, PageSize, page_scene, page_scenes, plan_pages, plan_pages_with,
};
pub use png::{MAX_PIXELS, MAX_SHAPES, MAX_SIDE_PIXELS, render_png};
pub use svg::{escape as escape_xml, write_svg, write_svg_viewer};

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
    /// A PowerPoint deck: a title slide, then the map on 16:9 slides (see [`pptx`]).
    Pptx,
    /// One self-contained HTML file: every map, pan and zoom, card details (see [`html`]).
    Html,
}

impl ExportKind {
    /// The kind a file name asks for: `.png`, `.svg`, `.pdf`, `.pptx`, `.html` (or
    /// `.htm`), `.csv`, `.mmd` (or `.mermaid`).
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pptx" => Some(Self::Pptx),
            "html" | "htm" => Some(Self::Html),
            "csv" => Some(Self::Csv),
            "mmd" | "mermaid" => Some(Self::Mermaid),
            _ => Format::from_path(path).map(Self::Image),
        }
    }
}

/// A finished export: the file's bytes, and what it could not show as it is.
#[derive(Debug)]
pub struct Exported {
    /// The file.
    pub bytes: Vec<u8>,
    /// What it could not show as it is: pictures left out, text a CSV cell could not
    /// hold… (`Display` words each in English, for the command line).
    pub notes: Vec<notes::ExportNote>,
}

/// What to export, for [`export`] (the one way in): the kind of file, the map, how, and
/// who hears how far it got (returning false cancels it with [`ExportError::Cancelled`]).
#[derive(Clone, Copy)]
pub struct ExportRequest<'a> {
    /// The kind of file; for images (PNG, SVG, PDF) `Image(format)`.
    pub kind: ExportKind,
    /// The map (a deck may add the project's other maps, see [`ExportOptions`]).
    pub map: &'a JourneyMap,
    /// How: scale, background, text, layout, stages, area, pages.
    pub options: ExportOptions,
    /// Told the share done (0 to 1) as it goes; false stops the export.
    pub progress: &'a dyn Fn(f32) -> bool,
}

impl<'a> ExportRequest<'a> {
    /// `kind` of `map` with `options`, nobody told of progress. `options.format` is
    /// ignored for CSV, Mermaid, PPTX and HTML.
    pub fn new(kind: ExportKind, map: &'a JourneyMap, options: ExportOptions) -> Self {
        Self {
            kind,
            map,
            options,
            progress: &|_| true,
        }
    }

    /// An image of `map` in `options.format` (PNG, SVG or PDF, paged when
    /// `options.pages` says so).
    pub fn image(map: &'a JourneyMap, options: &ExportOptions) -> Self {
        Self::new(ExportKind::Image(options.format), map, *options)
    }

    /// The same request, telling `progress` how far it got.
    pub fn progress(self, progress: &'a dyn Fn(f32) -> bool) -> Self {
        Self { progress, ..self }
    }
}

/// Exports what `request` asks for: the file's bytes and what it could not show as it
/// is. Limits are checked from the map's counts before anything is laid out, and sizes on
/// the laid-out scene before anything is written or rendered.
pub fn export(project: &Project, request: &ExportRequest<'_>) -> Result<Exported, ExportError> {
    let ExportRequest {
        kind,
        map,
        ref options,
        progress,
    } = *request;
    limits::check(kind, project, map, options)?;
    match kind {
        ExportKind::Csv => {
            let csv = crate::interop::csv::write_csv_in(map, project.catalogue())?;
            Ok(Exported {
                bytes: csv.text.into_bytes(),
                notes: csv.changed.into_iter().collect(),
            })
        }
        ExportKind::Mermaid => {
            let mermaid = crate::interop::mermaid::write_mermaid_with_notes(project, map);
            Ok(Exported {
                bytes: mermaid.text.into_bytes(),
                notes: mermaid.notes,
            })
        }
        ExportKind::Pptx => pptx::write_pptx(project, map, options, progress),
        ExportKind::Html => html::write_html(project, map, options),
        ExportKind::Image(format) => image(
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
    /// PDF on paper: the map cut into pages of this size (`None`: one page the map's
    /// size). PPTX always uses slide pages.
    pub pages: Option<PageSetup>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            format: Format::Png,
            scale: 1.0,
            background: Background::White,
            text: TextMode::Text,
            layout: crate::layout::LayoutOptions {
                notes: crate::layout::NoteMarks::Hidden,
                ..crate::layout::LayoutOptions::default()
            },
            stages: None,
            area: None,
            pages: None,
        }
    }
}

/// Which limit of an image's size an export crossed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeLimit {
    /// The longest side a PNG export may have, in pixels.
    Side(u64),
    /// The most pixels a PNG export may have.
    Pixels(u64),
}

impl std::fmt::Display for SizeLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Side(limit) => write!(f, "a side over the limit of {limit} pixels"),
            Self::Pixels(limit) => write!(f, "more pixels than the limit of {limit}"),
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The image would be too large to render.
    #[error(
        "the image would be {width} × {height} pixels ({} pixels), {limit}; use a smaller --scale or fewer stages (--stages)",
        width * height
    )]
    TooLarge {
        /// Width in pixels.
        width: u64,
        /// Height in pixels.
        height: u64,
        /// The limit crossed.
        limit: SizeLimit,
    },
    /// The map has more shapes than the renderer can hold.
    #[error(
        "the map would draw {shapes} shapes, over the limit of {limit} for a PNG; export fewer stages (--stages), or as PDF or SVG"
    )]
    TooManyShapes {
        /// Shapes in the scene.
        shapes: usize,
        /// The most a PNG export draws.
        limit: usize,
    },
    /// The page is larger than PDF readers open.
    #[error(
        "the page would be {width} × {height} points, over the PDF limit of {limit} points on a side; export fewer stages (--stages), or as SVG"
    )]
    PageTooLarge {
        /// Width in points.
        width: u64,
        /// Height in points.
        height: u64,
        /// The longest side.
        limit: u64,
    },
    /// The export is beyond a documented limit (see [`limits`]): refused before
    /// anything is drawn.
    #[error("{what}, over the limit of {limit}; {how}")]
    OverLimit {
        /// What the export would be ("the PDF would have at least 3,334 pages").
        what: String,
        /// The limit, written out.
        limit: String,
        /// How to narrow the export.
        how: &'static str,
        /// The limit crossed, as data.
        over: limits::Over,
    },
    /// The CSV could not be written.
    #[error(transparent)]
    Csv(#[from] crate::interop::csv::CsvError),
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
    /// The PPTX package could not be written (a bug: report it).
    #[error("internal error: cannot write the PPTX: {0}")]
    Package(String),
}

/// `map` with every stage's and lane's colour written out (the palette's colour for its
/// place when it has none of its own), so that a part of the map keeps the colours it
/// has in the whole.
pub fn pinned_colours(map: &JourneyMap) -> JourneyMap {
    let mut map = map.clone();
    let hex = |c: crate::palette::Rgba| crate::model::HexColor::new(c.r, c.g, c.b);
    for (i, stage) in map.stages.iter_mut().enumerate() {
        stage.color = Some(hex(crate::palette::stage_accent(i, stage.color)));
    }
    for (i, lane) in map.lanes.iter_mut().enumerate() {
        lane.color = Some(hex(crate::palette::lane_fill(i, lane.color)));
    }
    map
}

/// `map` with only the stages `first..=last` and what sits in them (in the colours they
/// have in the whole map).
pub fn stage_range(map: &JourneyMap, first: usize, last: usize) -> JourneyMap {
    let mut part = pinned_colours(map);
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

/// An image of `map` (PNG, SVG, PDF single or paged).
fn image(
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Exported, ExportError> {
    limits::check(ExportKind::Image(options.format), project, map, options)?;
    if options.format == Format::Pdf
        && let Some(setup) = options.pages
    {
        return paged_pdf(project, map, options, setup, progress);
    }
    let scene = scene_for(project, map, options);
    // How many pixels a map unit becomes: the PNG's scale; PDF pictures get 3 per point
    // (216 dpi in print), SVG ones up to the import limit.
    let pixels_per_unit = match options.format {
        Format::Png => {
            png::check_size(scene.size, options.scale)?;
            png::check_shapes(&scene)?;
            options.scale
        }
        Format::Pdf => {
            pdf::check_size(scene.size)?;
            3.0
        }
        Format::Svg => f32::INFINITY,
    };
    let title = format!("{} — {}", project.title, map.name);
    let pictures = pictures::prepare(project, &scene, pixels_per_unit);
    let notes = left_out_note(&pictures.left_out);
    let images = &pictures.ready;
    let bytes = match options.format {
        Format::Pdf => pdf::write_pdf(&scene, &title, options.background, images, options.text)?,
        Format::Svg => {
            write_svg(&scene, &title, options.background, images, options.text).into_bytes()
        }
        Format::Png => {
            // The PNG renders the outlined SVG: resvg draws the engine's glyphs and needs
            // no font.
            let svg = write_svg(
                &scene,
                &title,
                options.background,
                images,
                TextMode::Outlined,
            );
            png::render_png_progress(&svg, options.scale, progress)?
        }
    };
    Ok(Exported { bytes, notes })
}

/// One line naming the pictures an export left out, if any.
fn left_out_note(left_out: &[String]) -> Vec<notes::ExportNote> {
    if left_out.is_empty() {
        Vec::new()
    } else {
        vec![notes::ExportNote::PicturesLeftOut(left_out.to_vec())]
    }
}

/// The pictures every page of a paged export draws, prepared once for all pages.
fn prepare_pages(
    project: &Project,
    scenes: &[layout::scene::Scene],
    pixels_per_unit: f32,
) -> pictures::Pictures {
    let mut all = layout::scene::Scene::default();
    for scene in scenes {
        all.content.extend(
            scene
                .all()
                .filter(|p| matches!(p, layout::scene::Prim::Image { .. }))
                .cloned(),
        );
    }
    pictures::prepare(project, &all, pixels_per_unit)
}

/// The map cut into pages of `setup` (see [`pages`]), one PDF page each; `progress`
/// hears of each page drawn and can cancel.
fn paged_pdf(
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
    setup: PageSetup,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Exported, ExportError> {
    let part;
    let map = match options.stages {
        Some((first, last)) => {
            part = stage_range(map, first, last);
            &part
        }
        None => map,
    };
    let plan = plan_pages_with(project, map, setup, &options.layout);
    limits::check_pages(plan.pages.len(), false)?;
    let count = plan.pages.len();
    let mut scenes = Vec::with_capacity(count);
    for i in 0..count {
        if !progress(0.9 * i as f32 / count.max(1) as f32) {
            return Err(ExportError::Cancelled);
        }
        scenes.push(page_scene(project, map, &plan, i));
    }
    let pictures = prepare_pages(project, &scenes, 3.0);
    let mut notes = left_out_note(&pictures.left_out);
    if !plan.legible() {
        notes.push(notes::ExportNote::SmallText {
            pt: plan.body_text_pt(),
            min_pt: pages::MIN_TEXT_PT,
            fit: setup.fit,
        });
    }
    let title = format!("{} — {}", project.title, map.name);
    let bytes = pdf::write_pdf_pages(
        &scenes,
        &title,
        options.background,
        &pictures.ready,
        options.text,
    )?;
    progress(1.0);
    Ok(Exported { bytes, notes })
}

/// Page `index` of `plan` (see [`plan_pages`]) as a PNG, `scale` pixels per point: for
/// previews of paged output.
pub fn page_png(
    project: &Project,
    map: &JourneyMap,
    plan: &PagePlan,
    index: usize,
    scale: f32,
) -> Result<Vec<u8>, ExportError> {
    let scene = page_scene(project, map, plan, index);
    png::check_size(scene.size, scale)?;
    let pictures = pictures::prepare(project, &scene, scale);
    let svg = write_svg(
        &scene,
        &map.name,
        Background::White,
        &pictures.ready,
        TextMode::Outlined,
    );
    png::render_png_progress(&svg, scale, &|_| true)
}

//! PPTX export: a PowerPoint (Office Open XML) deck written with the `zip` crate, every
//! map slide built from native shapes and editable text.
//!
//! A deck holds every map of the project by default ([`write_deck`]), or one map
//! ([`write_pptx`]): a title slide names the project and its maps and shows every
//! persona as the persona strip draws them (photo, or initials in the persona's colour;
//! name, role and quote as text); with several maps each one opens with a divider slide
//! (its name, personas, scenario, stages). Each map then takes one 16:9 slide per page of its slide plan
//! ([`super::pages`], `slide` size): the page's scene, the same one the paged PDF draws,
//! written as shapes ([`shapes`]): cards as rounded rectangles holding their title and
//! body as text, headers, chips, emotion curves and arrows as freeform lines, pictures
//! as pictures. Text runs carry their language and fonts ([`runs`]); the theme names the
//! deck's fonts and Waymark's colours so a designer can restyle it. Speaker notes list
//! each slide's cards (stage → lane → card titles). Every user string is XML-escaped.
//! The package holds what PowerPoint, Keynote, LibreOffice Impress and python-pptx
//! expect: content types, relationships, a slide master, a blank layout, a theme, a notes
//! master and one notes slide per slide.

mod parts;
pub mod runs;
mod shapes;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;

use super::pages::{PageKind, PageSetup, PageSize, page_scenes, plan_pages_with};
use super::svg::escape;
use super::{ExportError, ExportOptions, Exported};
use crate::model::{Card, ImageId, JourneyMap, Project};
use runs::{DeckLanguage, RunStyle, ThemeFonts};

/// The slide's width in EMU (13.333 in).
pub const SLIDE_WIDTH_EMU: u64 = 12_192_000;
/// The slide's height in EMU (7.5 in).
pub const SLIDE_HEIGHT_EMU: u64 = 6_858_000;
/// Pixels per point the deck's pictures are kept at (at most).
const PICTURE_SCALE: f32 = 2.0;

/// The slides' page setup: 16:9, landscape, split for legibility.
pub const SLIDES: PageSetup = PageSetup {
    size: PageSize::Slide,
    portrait: false,
    fit: false,
};

/// Writes `map` of `project` as a PPTX deck (a title slide, then the map's slides).
/// `progress` hears how much is written (0 to 1); when it returns false the export stops
/// with [`ExportError::Cancelled`].
pub fn write_pptx(
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Exported, ExportError> {
    write_deck(project, &[map], options, progress)
}

/// Writes every map of `project` as one deck: a title slide, then for each map a divider
/// slide and its slides (see [`write_pptx`] for `progress`).
pub fn write_project(
    project: &Project,
    options: &ExportOptions,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Exported, ExportError> {
    let maps: Vec<&JourneyMap> = project.maps.iter().collect();
    write_deck(project, &maps, options, progress)
}

/// How many slides [`write_deck`] makes of `maps` with `options`: the title slide, a
/// divider before each map when there are several, and each map's planned pages.
pub fn slide_count(project: &Project, maps: &[&JourneyMap], options: &ExportOptions) -> usize {
    let setup = deck_setup(options);
    let dividers = usize::from(maps.len() > 1);
    let pages: usize = maps
        .iter()
        .map(|map| {
            let map = match options.stages {
                Some((first, last)) => {
                    std::borrow::Cow::Owned(super::stage_range(map, first, last))
                }
                None => std::borrow::Cow::Borrowed(*map),
            };
            dividers
                + plan_pages_with(project, &map, setup, &options.layout)
                    .pages
                    .len()
        })
        .sum();
    1 + pages
}

/// The page setup of a deck: 16:9 slides, the whole map on one when `options` ask.
fn deck_setup(options: &ExportOptions) -> PageSetup {
    PageSetup {
        fit: options.pages.is_some_and(|p| p.fit),
        ..SLIDES
    }
}

/// The scenes of one map's slides and its notes.
struct MapSlides<'a> {
    map: std::borrow::Cow<'a, JourneyMap>,
    scenes: Vec<crate::layout::scene::Scene>,
    notes: Vec<Vec<String>>,
    names: Vec<String>,
}

/// Writes `maps` of `project` as one deck (a divider slide before each map when there
/// are several).
pub fn write_deck(
    project: &Project,
    maps: &[&JourneyMap],
    options: &ExportOptions,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Exported, ExportError> {
    let setup = deck_setup(options);
    // Each map within the limits before anything is laid out.
    for map in maps {
        super::limits::check(super::ExportKind::Pptx, project, map, options)?;
    }
    let dividers = maps.len() > 1;
    let mut before = 1;
    let mut map_slides = Vec::with_capacity(maps.len());
    for (k, map) in maps.iter().enumerate() {
        if !progress(0.8 * k as f32 / maps.len().max(1) as f32) {
            return Err(ExportError::Cancelled);
        }
        let map = match options.stages {
            Some((first, last)) => std::borrow::Cow::Owned(super::stage_range(map, first, last)),
            None => std::borrow::Cow::Borrowed(*map),
        };
        before += usize::from(dividers);
        let mut plan = plan_pages_with(project, &map, setup, &options.layout);
        plan.pages_before = before;
        before += plan.pages.len();
        // Refused as soon as the plan is over the limit, before any slide is drawn (a
        // 20,000-card map planned 2,600 slides and ran for minutes).
        super::limits::check_pages(before, "deck", "slides")?;
        let scenes = page_scenes(project, &map, &plan);
        let cells = map.cards_by_cell();
        let notes = plan
            .pages
            .iter()
            .map(|p| match p.kind {
                PageKind::Map => card_notes(&map, &cells, p.stages, p.lanes),
                // The personas' profiles, and the review notes the slide lists, as text.
                PageKind::Profile => title_notes(project, &[&map]),
                PageKind::Notes { first, last } => {
                    super::pages::notes_text(project, &map, &plan, (first, last))
                }
            })
            .collect();
        let names = plan
            .pages
            .iter()
            .map(|p| match p.kind {
                PageKind::Map => slide_name(&map, p.stages),
                PageKind::Profile => {
                    format!("{}: {}", map.name, project.catalogue().tr("page-personas"))
                }
                PageKind::Notes { .. } => {
                    format!("{}: {}", map.name, project.catalogue().tr("notes-heading"))
                }
            })
            .collect();
        map_slides.push(MapSlides {
            map,
            scenes,
            notes,
            names,
        });
    }
    // The page footers count the deck's slides ("4 / 12"), not one map's.
    let total = before;
    super::limits::check_pages(total, "deck", "slides")?;
    let shaper = crate::text::Shaper::for_project(crate::text::TextEngine::global(), project);
    let mut number = 1;
    for part in &mut map_slides {
        number += usize::from(dividers);
        for scene in &mut part.scenes {
            number += 1;
            renumber(scene, &shaper, &format!("{number} / {total}"));
        }
    }
    let all: Vec<&crate::layout::scene::Scene> =
        map_slides.iter().flat_map(|p| &p.scenes).collect();
    // The personas of the title slide and of each divider, as the persona strip draws
    // them.
    let title_people = parts::cover_personas(project, &parts::persona_ids(maps), maps.len() == 1);
    let divider_people: Vec<Option<parts::CoverPersonas>> = map_slides
        .iter()
        .map(|part| {
            dividers
                .then(|| parts::cover_personas(project, &part.map.personas, true))
                .flatten()
        })
        .collect();
    let covers = title_people
        .iter()
        .chain(divider_people.iter().flatten())
        .map(|c| &c.scene);
    // Each picture decoded once for the deck, kept at what its largest frame shows.
    let framed = crate::layout::scene::Scene {
        content: all
            .iter()
            .copied()
            .chain(covers)
            .flat_map(|s| s.all())
            .filter(|p| matches!(p, crate::layout::scene::Prim::Image { .. }))
            .cloned()
            .collect(),
        ..Default::default()
    };
    let pictures = super::pictures::prepare(project, &framed, PICTURE_SCALE);
    let notes = super::left_out_note(&pictures.left_out);
    let media = Media::new(&pictures.ready);
    let lang = DeckLanguage::for_project(project);
    let theme = ThemeFonts::for_lines(
        all.iter().flat_map(|s| s.all()).filter_map(|p| match p {
            crate::layout::scene::Prim::Text { line, .. } => Some(line),
            _ => None,
        }),
        &lang,
    );
    let style = RunStyle {
        lang: &lang,
        theme: &theme,
    };
    let (body, pictures) =
        parts::title_slide(project, maps, title_people.as_ref(), &style, &media.sizes);
    let mut slides = vec![Slide {
        body,
        notes: title_notes(project, maps),
        pictures,
    }];
    let count = all.len().max(1);
    let mut done = 0;
    for (part, people) in map_slides.iter().zip(&divider_people) {
        if dividers {
            let (body, pictures) =
                parts::divider_slide(project, &part.map, people.as_ref(), &style, &media.sizes);
            slides.push(Slide {
                body,
                notes: title_notes(project, &[part.map.as_ref()]),
                pictures,
            });
        }
        for ((scene, notes), name) in part.scenes.iter().zip(&part.notes).zip(&part.names) {
            if !progress(0.8 + 0.2 * done as f32 / count as f32) {
                return Err(ExportError::Cancelled);
            }
            done += 1;
            let shapes = shapes::scene_shapes(scene, &style, &media.sizes);
            slides.push(Slide {
                body: parts::map_slide(name, &shapes.xml),
                notes: notes.clone(),
                pictures: shapes.pictures,
            });
        }
    }
    let bytes = package(project, &slides, &media, &style)
        .map_err(|e| ExportError::Package(e.to_string()))?;
    progress(1.0);
    Ok(Exported { bytes, notes })
}

/// Replaces the page number of a page's footer ("2 / 5": the last such text of the top
/// layer) with `number`, right-aligned where it was.
fn renumber(
    scene: &mut crate::layout::scene::Scene,
    shaper: &crate::text::Shaper<'_>,
    number: &str,
) {
    let is_number = |t: &str| {
        t.split_once(" / ").is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.chars().all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        })
    };
    let Some(line) = scene.corner.iter_mut().rev().find_map(|p| match p {
        crate::layout::scene::Prim::Text { line, .. } if is_number(&line.text) => Some(line),
        _ => None,
    }) else {
        return;
    };
    if &*line.text == number {
        return;
    }
    let right = line.baseline_left.x + line.width;
    let shaped = shaper.line(number, line.style, f32::INFINITY);
    *line = crate::layout::TextLine::at(
        &shaped,
        line.style,
        line.ascent,
        right - shaped.width,
        line.baseline_left.y,
    );
}

/// The deck's pictures: each one's file, its part name and its size in pixels.
struct Media {
    files: Vec<(ImageId, String, Vec<u8>)>,
    sizes: shapes::PictureSizes,
}

impl Media {
    fn new(ready: &std::collections::BTreeMap<ImageId, crate::model::ImageAsset>) -> Self {
        let mut files = Vec::new();
        let mut sizes = shapes::PictureSizes::new();
        for (id, asset) in ready {
            let Some(bytes) = crate::images::file_bytes(asset) else {
                continue;
            };
            let Ok(reader) =
                image::ImageReader::new(std::io::Cursor::new(&bytes)).with_guessed_format()
            else {
                continue;
            };
            let ext = match reader.format() {
                Some(image::ImageFormat::Png) => "png",
                Some(image::ImageFormat::Jpeg) => "jpeg",
                _ => continue,
            };
            let Ok(size) = reader.into_dimensions() else {
                continue;
            };
            sizes.insert(id.clone(), size);
            let name = format!("image{}.{ext}", files.len() + 1);
            files.push((id.clone(), name, bytes));
        }
        Self { files, sizes }
    }

    fn part(&self, id: &ImageId) -> Option<&str> {
        self.files
            .iter()
            .find(|(i, _, _)| i == id)
            .map(|(_, name, _)| name.as_str())
    }
}

/// One slide: its shapes, its speaker notes (one paragraph per line), its pictures.
struct Slide {
    body: String,
    notes: Vec<String>,
    pictures: Vec<ImageId>,
}

/// The name of a slide: the map and the stages it shows.
fn slide_name(map: &JourneyMap, stages: (usize, usize)) -> String {
    let name = |i: usize| map.stages.get(i).map_or("", |s| s.name.as_str());
    if stages.0 == stages.1 {
        format!("{}: {}", map.name, name(stages.0))
    } else {
        format!("{}: {} – {}", map.name, name(stages.0), name(stages.1))
    }
}

/// A title or divider slide's notes: each map's scenario and its personas' goals, needs
/// and frustrations.
fn title_notes(project: &Project, maps: &[&JourneyMap]) -> Vec<String> {
    let tr = project.catalogue();
    let mut lines = Vec::new();
    for map in maps {
        lines.push(format!("{} — {}", project.title, map.name));
        if !map.scenario.trim().is_empty() {
            lines.push(tr.tr_args("slide-scenario", &[("text", map.scenario.as_str().into())]));
        }
        for p in map.personas.iter().filter_map(|id| project.persona(id)) {
            for (what, items) in [
                ("slide-goals", &p.goals),
                ("slide-needs", &p.needs),
                ("slide-frustrations", &p.frustrations),
            ] {
                if !items.is_empty() {
                    lines.push(format!(
                        "{} — {}: {}",
                        p.name,
                        tr.tr(what),
                        items.join("; ")
                    ));
                }
            }
        }
    }
    lines
}

/// The cards of the stages and lanes a slide shows: a line per stage, then one per lane
/// with the titles of its cards in that stage (`cells`: the map's
/// [`JourneyMap::cards_by_cell`], made once for every slide).
pub fn card_notes(
    map: &JourneyMap,
    cells: &HashMap<(&str, &str), Vec<&Card>>,
    stages: (usize, usize),
    lanes: (usize, usize),
) -> Vec<String> {
    let mut lines = Vec::new();
    for stage in map
        .stages
        .iter()
        .skip(stages.0)
        .take(stages.1 + 1 - stages.0)
    {
        lines.push(stage.name.clone());
        for lane in map.lanes.iter().skip(lanes.0).take(lanes.1 + 1 - lanes.0) {
            let titles: Vec<&str> = cells
                .get(&(stage.id.as_str(), lane.id.as_str()))
                .into_iter()
                .flatten()
                .map(|c| c.title.trim())
                .filter(|t| !t.is_empty())
                .collect();
            if !titles.is_empty() {
                lines.push(format!("    {} → {}", lane.name, titles.join("; ")));
            }
        }
    }
    lines
}

/// Writes the package: every part and its relationships.
fn package(
    project: &Project,
    slides: &[Slide],
    media: &Media,
    style: &RunStyle,
) -> zip::result::ZipResult<Vec<u8>> {
    use zip::CompressionMethod::{Deflated, Stored};
    use zip::write::SimpleFileOptions;
    let xml = SimpleFileOptions::default().compression_method(Deflated);
    let png = SimpleFileOptions::default().compression_method(Stored);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let put = |zip: &mut zip::ZipWriter<_>, name: &str, text: &str| {
        zip.start_file(name, xml)?;
        zip.write_all(text.as_bytes())?;
        Ok::<(), zip::result::ZipError>(())
    };
    let n = slides.len();
    put(&mut zip, "[Content_Types].xml", &parts::content_types(n))?;
    put(&mut zip, "_rels/.rels", parts::ROOT_RELS)?;
    put(&mut zip, "docProps/core.xml", &parts::core(&project.title))?;
    put(&mut zip, "docProps/app.xml", &parts::app(n))?;
    put(&mut zip, "ppt/presentation.xml", &parts::presentation(n))?;
    put(
        &mut zip,
        "ppt/_rels/presentation.xml.rels",
        &parts::presentation_rels(n),
    )?;
    put(&mut zip, "ppt/presProps.xml", parts::PRES_PROPS)?;
    put(&mut zip, "ppt/viewProps.xml", parts::VIEW_PROPS)?;
    put(&mut zip, "ppt/tableStyles.xml", parts::TABLE_STYLES)?;
    put(
        &mut zip,
        "ppt/theme/theme1.xml",
        &parts::theme("Waymark", style.theme),
    )?;
    put(
        &mut zip,
        "ppt/theme/theme2.xml",
        &parts::theme("Waymark notes", style.theme),
    )?;
    put(&mut zip, "ppt/slideMasters/slideMaster1.xml", parts::MASTER)?;
    put(
        &mut zip,
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        parts::MASTER_RELS,
    )?;
    put(&mut zip, "ppt/slideLayouts/slideLayout1.xml", parts::LAYOUT)?;
    put(
        &mut zip,
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        parts::LAYOUT_RELS,
    )?;
    put(
        &mut zip,
        "ppt/notesMasters/notesMaster1.xml",
        parts::NOTES_MASTER,
    )?;
    put(
        &mut zip,
        "ppt/notesMasters/_rels/notesMaster1.xml.rels",
        parts::NOTES_MASTER_RELS,
    )?;
    for (i, slide) in slides.iter().enumerate() {
        let k = i + 1;
        put(&mut zip, &format!("ppt/slides/slide{k}.xml"), &slide.body)?;
        let mut rels = String::new();
        let _ = write!(
            rels,
            r#"<Relationship Id="rId1" Type="{REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId3" Type="{REL}/notesSlide" Target="../notesSlides/notesSlide{k}.xml"/>"#,
            REL = parts::REL
        );
        for (i, id) in slide.pictures.iter().enumerate() {
            if let Some(part) = media.part(id) {
                let _ = write!(
                    rels,
                    r#"<Relationship Id="rId{}" Type="{REL}/image" Target="../media/{part}"/>"#,
                    shapes::PICTURE_REL + 1 + i,
                    REL = parts::REL
                );
            }
        }
        put(
            &mut zip,
            &format!("ppt/slides/_rels/slide{k}.xml.rels"),
            &parts::rels(&rels),
        )?;
        put(
            &mut zip,
            &format!("ppt/notesSlides/notesSlide{k}.xml"),
            &parts::notes_slide(&slide.notes, style),
        )?;
        put(
            &mut zip,
            &format!("ppt/notesSlides/_rels/notesSlide{k}.xml.rels"),
            &parts::rels(&format!(
                r#"<Relationship Id="rId1" Type="{REL}/notesMaster" Target="../notesMasters/notesMaster1.xml"/><Relationship Id="rId2" Type="{REL}/slide" Target="../slides/slide{k}.xml"/>"#,
                REL = parts::REL
            )),
        )?;
    }
    for (_, name, bytes) in &media.files {
        zip.start_file(format!("ppt/media/{name}"), png)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Escapes one paragraph of user text for the deck's XML.
fn text(s: &str) -> String {
    escape(s)
}

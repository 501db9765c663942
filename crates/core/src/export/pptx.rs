//! PPTX export: a PowerPoint (Office Open XML) deck written with the `zip` crate. A title
//! slide names the project, the map, its persona and scenario; then one 16:9 slide per
//! page of the map's slide plan ([`super::pages`], `slide` size), each page a PNG picture
//! at 2× (1920 × 1080) rendered from the same page scene as the paged PDF, with speaker
//! notes that list the slide's cards (stage → lane → card titles). Every user string is
//! XML-escaped. The package holds what PowerPoint, Keynote, LibreOffice Impress and
//! python-pptx expect: content types, relationships, a slide master, a blank layout, a
//! theme, a notes master and one notes slide per slide.

mod parts;

use std::fmt::Write as _;
use std::io::Write as _;

use super::pages::{PageSetup, PageSize, page_scenes, plan_pages_with};
use super::svg::escape;
use super::{Background, ExportError, ExportOptions, Exported, TextMode};
use crate::model::{JourneyMap, Project};

/// The slide's width in EMU (13.333 in).
pub const SLIDE_WIDTH_EMU: u64 = 12_192_000;
/// The slide's height in EMU (7.5 in).
pub const SLIDE_HEIGHT_EMU: u64 = 6_858_000;
/// Pixels per point of the slide pictures.
const PICTURE_SCALE: f32 = 2.0;

/// The slides' page setup: 16:9, landscape, split for legibility.
pub const SLIDES: PageSetup = PageSetup {
    size: PageSize::Slide,
    portrait: false,
    fit: false,
};

/// Writes `map` of `project` as a PPTX deck. `progress` hears how many slides are
/// drawn (0 to 1); when it returns false the export stops with
/// [`ExportError::Cancelled`].
pub fn write_pptx(
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
    progress: &dyn Fn(f32) -> bool,
) -> Result<Exported, ExportError> {
    let setup = PageSetup {
        fit: options.pages.is_some_and(|p| p.fit),
        ..SLIDES
    };
    let part;
    let map = match options.stages {
        Some((first, last)) => {
            part = super::stage_range(map, first, last);
            &part
        }
        None => map,
    };
    let mut plan = plan_pages_with(project, map, setup, &options.layout);
    // The title slide is slide 1: the map's slides are numbered from 2.
    plan.pages_before = 1;
    let scenes = page_scenes(project, map, &plan);
    let pictures = super::prepare_pages(project, &scenes, PICTURE_SCALE);
    let notes = super::left_out_note(&pictures.left_out);
    let title = format!("{} — {}", project.title, map.name);
    let mut pngs = Vec::with_capacity(scenes.len());
    for (i, scene) in scenes.iter().enumerate() {
        if !progress(i as f32 / scenes.len().max(1) as f32) {
            return Err(ExportError::Cancelled);
        }
        let svg = super::write_svg(
            scene,
            &title,
            Background::White,
            &pictures.ready,
            TextMode::Outlined,
        );
        pngs.push(super::png::render_png_progress(
            &svg,
            PICTURE_SCALE,
            &|_| true,
        )?);
    }
    let mut slides = vec![Slide {
        body: parts::title_slide(project, map),
        notes: title_notes(project, map),
        picture: None,
    }];
    for (page, png) in plan.pages.iter().zip(pngs) {
        slides.push(Slide {
            body: parts::picture_slide(&slide_name(map, page.stages)),
            notes: card_notes(map, page.stages, page.lanes),
            picture: Some(png),
        });
    }
    let bytes = package(project, &slides).map_err(|e| ExportError::Package(e.to_string()))?;
    progress(1.0);
    Ok(Exported { bytes, notes })
}

/// One slide: its shapes, its speaker notes (one paragraph per line), its picture.
struct Slide {
    body: String,
    notes: Vec<String>,
    picture: Option<Vec<u8>>,
}

/// The name of a slide (its picture's description): the stages it shows.
fn slide_name(map: &JourneyMap, stages: (usize, usize)) -> String {
    let name = |i: usize| map.stages.get(i).map_or("", |s| s.name.as_str());
    if stages.0 == stages.1 {
        format!("{}: {}", map.name, name(stages.0))
    } else {
        format!("{}: {} – {}", map.name, name(stages.0), name(stages.1))
    }
}

/// The title slide's notes: the scenario and the persona's goals.
fn title_notes(project: &Project, map: &JourneyMap) -> Vec<String> {
    let tr = project.catalogue();
    let mut lines = vec![format!("{} — {}", project.title, map.name)];
    if !map.scenario.trim().is_empty() {
        lines.push(tr.tr_args("slide-scenario", &[("text", map.scenario.as_str().into())]));
    }
    if let Some(p) = map.lead_persona().and_then(|id| project.persona(id)) {
        for (what, items) in [
            ("slide-goals", &p.goals),
            ("slide-needs", &p.needs),
            ("slide-frustrations", &p.frustrations),
        ] {
            if !items.is_empty() {
                lines.push(format!("{}: {}", tr.tr(what), items.join("; ")));
            }
        }
    }
    lines
}

/// The cards of the stages and lanes a slide shows: a line per stage, then one per lane
/// with the titles of its cards in that stage.
pub fn card_notes(map: &JourneyMap, stages: (usize, usize), lanes: (usize, usize)) -> Vec<String> {
    let mut lines = Vec::new();
    for stage in map
        .stages
        .iter()
        .skip(stages.0)
        .take(stages.1 + 1 - stages.0)
    {
        lines.push(stage.name.clone());
        for lane in map.lanes.iter().skip(lanes.0).take(lanes.1 + 1 - lanes.0) {
            let titles: Vec<&str> = map
                .cards
                .iter()
                .filter(|c| c.stage == stage.id && c.lane == lane.id)
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
fn package(project: &Project, slides: &[Slide]) -> zip::result::ZipResult<Vec<u8>> {
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
    put(&mut zip, "ppt/theme/theme1.xml", &parts::theme("Waymark"))?;
    put(
        &mut zip,
        "ppt/theme/theme2.xml",
        &parts::theme("Waymark notes"),
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
        if slide.picture.is_some() {
            let _ = write!(
                rels,
                r#"<Relationship Id="rId2" Type="{REL}/image" Target="../media/image{k}.png"/>"#,
                REL = parts::REL
            );
        }
        put(
            &mut zip,
            &format!("ppt/slides/_rels/slide{k}.xml.rels"),
            &parts::rels(&rels),
        )?;
        put(
            &mut zip,
            &format!("ppt/notesSlides/notesSlide{k}.xml"),
            &parts::notes_slide(&slide.notes),
        )?;
        put(
            &mut zip,
            &format!("ppt/notesSlides/_rels/notesSlide{k}.xml.rels"),
            &parts::rels(&format!(
                r#"<Relationship Id="rId1" Type="{REL}/notesMaster" Target="../notesMasters/notesMaster1.xml"/><Relationship Id="rId2" Type="{REL}/slide" Target="../slides/slide{k}.xml"/>"#,
                REL = parts::REL
            )),
        )?;
        if let Some(picture) = &slide.picture {
            zip.start_file(format!("ppt/media/image{k}.png"), png)?;
            zip.write_all(picture)?;
        }
    }
    Ok(zip.finish()?.into_inner())
}

/// Escapes one paragraph of user text for the deck's XML.
fn text(s: &str) -> String {
    escape(s)
}

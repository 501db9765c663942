//! The deck's title slide shows every persona as the persona strip draws them (a photo as
//! a picture, else the initials in the persona's colour; name and role as text), and a
//! shared persona column labels its lists in the map's language.

use std::io::Read as _;

use waymark_core::export::{self, ExportOptions};
use waymark_core::model::{ImageId, PersonaId, Project};
use waymark_core::{io, layout, palette, text::TextEngine};

/// The Japanese healthcare template with a second persona who has a 1,200 px photo.
fn two_personas() -> Project {
    let template = waymark_core::assets::template_in("healthcare", Some("ja")).expect("template");
    let mut project = io::load_bytes(template.as_bytes()).expect("loads");
    let picture = image::RgbaImage::from_pixel(1200, 1200, image::Rgba([90, 140, 180, 255]));
    let mut png = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut png, image::ImageFormat::Png)
        .expect("encode");
    let asset = waymark_core::images::prepare(&png.into_inner()).expect("picture");
    project.images.insert(ImageId::from("img-hanako"), asset);
    let mut second = project.personas[0].clone();
    second.id = PersonaId::from("p-2");
    second.name = "佐藤 花子".to_owned();
    second.role = "付き添いの家族".to_owned();
    second.photo = Some(ImageId::from("img-hanako"));
    project.personas.push(second);
    project.maps[0].personas = vec![PersonaId::from("p-1"), PersonaId::from("p-2")];
    project
}

/// Each part of a deck by name: XML as text, other files as their bytes' length.
fn parts(bytes: &[u8]) -> std::collections::BTreeMap<String, (String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut out = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).expect("entry");
        let name = file.name().expect("name").to_string();
        let mut raw = Vec::new();
        file.read_to_end(&mut raw).expect("read");
        let text = String::from_utf8(raw.clone()).unwrap_or_default();
        out.insert(name, (text, raw));
    }
    out
}

#[test]
fn the_title_slide_shows_each_persona_with_a_photo_or_initials_in_its_colour() {
    let project = two_personas();
    let map = &project.maps[0];
    let deck = export::pptx::write_pptx(&project, map, &ExportOptions::default(), &|_| true)
        .expect("exports")
        .bytes;
    let parts = parts(&deck);
    let (title, _) = &parts["ppt/slides/slide1.xml"];
    let doc = roxmltree::Document::parse(title).expect("well-formed");

    // The photo is a picture of the slide, kept small (it shows 60 pt wide, at 2×).
    let pic = doc
        .descendants()
        .find(|n| n.tag_name().name() == "pic")
        .expect("the photo is a picture on the title slide");
    let embed = pic
        .descendants()
        .find(|n| n.tag_name().name() == "blip")
        .and_then(|b| b.attributes().find(|a| a.name() == "embed"))
        .map(|a| a.value().to_owned())
        .expect("r:embed");
    let (rels, _) = &parts["ppt/slides/_rels/slide1.xml.rels"];
    let target = rels
        .split("<Relationship ")
        .find(|r| r.contains(&format!(r#"Id="{embed}""#)))
        .and_then(|r| r.split("Target=\"../").nth(1))
        .and_then(|t| t.split('"').next())
        .expect("the picture's relationship");
    let (_, bytes) = &parts[&format!("ppt/{target}")];
    let (w, h) = image::load_from_memory(bytes)
        .expect("a picture")
        .into_rgba8()
        .dimensions();
    assert!(w <= 256 && h <= 256, "the photo is kept at {w}×{h}");
    // Decoded once for the deck: one media file, though the personas slide shows it too.
    let media = parts.keys().filter(|k| k.starts_with("ppt/media/")).count();
    assert_eq!(media, 1, "{:?}", parts.keys());

    // The persona without a photo: a circle, and its initials as text in its colour.
    assert!(
        title.contains(r#"prst="ellipse""#),
        "a circle for the initials"
    );
    let colour = export::pptx::runs::color_xml(palette::persona(0, None));
    let initials = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "r")
        .find(|r| {
            r.descendants()
                .any(|t| t.tag_name().name() == "t" && t.text() == Some("患者"))
        })
        .expect("the initials are text");
    let run_xml = &title[initials.range()];
    assert!(run_xml.contains(&colour), "initials in {colour}: {run_xml}");
    assert!(run_xml.contains(r#"lang="ja-JP""#), "{run_xml}");

    // Names and roles are editable text in Japanese.
    let texts: String = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "t")
        .filter_map(|t| t.text())
        .collect();
    for p in &project.personas {
        assert!(texts.contains(&p.name), "{} on the title slide", p.name);
        assert!(texts.contains(&p.role), "{} on the title slide", p.role);
    }
    // Every shape of the slide has an id of its own.
    let mut ids: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "cNvPr")
        .filter_map(|n| n.attribute("id"))
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "shape ids are unique");
}

#[test]
fn a_title_slide_with_more_personas_than_room_says_how_many_it_left_out() {
    let mut project = two_personas();
    let first = project.personas[0].clone();
    let mut ids = Vec::new();
    for k in 0..30 {
        let mut p = first.clone();
        p.id = PersonaId::from(format!("p-x{k}").as_str());
        p.name = format!("ペルソナ {k}");
        ids.push(p.id.clone());
        project.personas.push(p);
    }
    project.maps[0].personas = ids;
    let deck = export::pptx::write_pptx(
        &project,
        &project.maps[0],
        &ExportOptions::default(),
        &|_| true,
    )
    .expect("exports")
    .bytes;
    let (title, _) = &parts(&deck)["ppt/slides/slide1.xml"];
    let doc = roxmltree::Document::parse(title).expect("well-formed");
    let paragraphs: Vec<String> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "p")
        .map(|p| {
            p.descendants()
                .filter(|t| t.tag_name().name() == "t")
                .filter_map(|t| t.text())
                .collect()
        })
        .collect();
    let shown = (0..30)
        .filter(|k| paragraphs.iter().any(|p| p == &format!("ペルソナ {k}")))
        .count();
    assert!((3..30).contains(&shown), "{shown} personas shown");
    let rest = format!("ほか {} 件", 30 - shown);
    assert!(paragraphs.contains(&rest), "{rest} in {paragraphs:?}");
}

#[test]
fn a_shared_persona_column_heads_its_lists_in_the_maps_language() {
    let project = two_personas();
    let laid = layout::layout_profile(&project, &project.maps[0], TextEngine::global(), 900.0)
        .expect("a profile");
    let strip = laid.persona.expect("a strip");
    let texts: Vec<&str> = strip.lines.iter().map(|(l, _)| &*l.text).collect();
    assert!(texts.contains(&"目標"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("GOALS")), "{texts:?}");
}

#[test]
fn three_personas_share_one_row_of_a_slide() {
    let mut project = two_personas();
    let mut third = project.personas[0].clone();
    third.id = PersonaId::from("p-3");
    third.name = "ليلى حداد".to_owned();
    project.personas.push(third);
    let ids: Vec<PersonaId> = project.personas.iter().map(|p| p.id.clone()).collect();
    // A 16:9 slide's width less its margins (960 − 2 × 72 pt).
    let (strip, left_out) = layout::layout_personas(
        &project,
        &ids,
        TextEngine::global(),
        (72.0, 216.0),
        816.0,
        504.0,
    )
    .expect("a row");
    assert_eq!(left_out, 0);
    let tops: Vec<f32> = strip.faces.iter().map(|f| f.rect.top()).collect();
    assert_eq!(tops, [216.0; 3], "one row");
    assert!(strip.faces.iter().all(|f| f.rect.right() <= 888.0));
}

//! The native PPTX deck read back as XML: card titles are slide text (not pictures), runs
//! carry their language and fonts, the theme names the deck's fonts, and a project's
//! maps share one deck.

use std::collections::BTreeMap;
use std::io::Read as _;

use crate::support::sample;
use waymark_core::export::{self, ExportKind, ExportOptions};
use waymark_core::io;
use waymark_core::model::Project;

/// Every part of the package, by name (XML as text, others empty).
fn parts(bytes: Vec<u8>) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).expect("entry");
        let name = file.name().map(|n| n.to_string()).unwrap_or_default();
        let mut text = String::new();
        if name.ends_with(".xml") || name.ends_with(".rels") {
            file.read_to_string(&mut text).expect("utf-8 XML");
        }
        out.insert(name, text);
    }
    out
}

fn slide_names(parts: &BTreeMap<String, String>) -> Vec<String> {
    let mut names: Vec<String> = parts
        .keys()
        .filter(|n| n.starts_with("ppt/slides/slide") && n.ends_with(".xml"))
        .cloned()
        .collect();
    names.sort_by_key(|n| {
        n.trim_start_matches("ppt/slides/slide")
            .trim_end_matches(".xml")
            .parse::<usize>()
            .unwrap_or(0)
    });
    names
}

/// The first slide whose XML holds `needle`.
fn slides_with(parts: &BTreeMap<String, String>, needle: &str) -> String {
    slide_names(parts)
        .into_iter()
        .find(|n| parts[n].contains(needle))
        .unwrap_or_else(|| panic!("no slide holds {needle}"))
}

/// The text of each shape of a slide: its paragraphs' runs joined, paragraphs by "\n".
fn shape_texts(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed slide");
    doc.descendants()
        .filter(|n| n.tag_name().name() == "txBody")
        .map(|body| {
            body.children()
                .filter(|p| p.tag_name().name() == "p")
                .map(|p| {
                    p.descendants()
                        .filter(|t| t.tag_name().name() == "t")
                        .filter_map(|t| t.text())
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

fn japanese() -> Project {
    let mut project = sample();
    project.title = "ネットスーパーの注文".to_owned();
    let words = ["予約", "支払い", "配送", "注文", "比較", "確認"];
    let map = &mut project.maps[0];
    map.name = "現状".to_owned();
    for (i, card) in map.cards.iter_mut().enumerate() {
        card.title = format!("{}を{}回確認する", words[i % words.len()], i + 1);
        card.body = String::new();
    }
    project
}

#[test]
fn a_japanese_maps_deck_has_every_card_title_as_japanese_text_with_an_east_asian_font() {
    let project = japanese();
    let map = &project.maps[0];
    let bytes = export::export(
        &project,
        &export::ExportRequest::new(ExportKind::Pptx, map, ExportOptions::default()),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let parts = parts(bytes);
    let slides = slide_names(&parts);
    assert!(slides.len() >= 2, "{slides:?}");
    // No slide is a picture of the map.
    assert!(
        !parts.keys().any(|n| n.starts_with("ppt/media/")),
        "the sample's map slides need no pictures"
    );
    let mut texts = Vec::new();
    for name in &slides[1..] {
        texts.extend(shape_texts(&parts[name]));
    }
    for card in &map.cards {
        assert!(
            texts.iter().any(|t| t.contains(&card.title)),
            "{} is not slide text",
            card.title
        );
    }
    let slide = slides
        .iter()
        .map(|name| &parts[name])
        .find(|xml| xml.contains('確'))
        .expect("a map slide");
    let doc = roxmltree::Document::parse(slide).expect("XML");
    let theme = roxmltree::Document::parse(&parts["ppt/theme/theme1.xml"]).expect("theme");
    let minor_ea = theme
        .descendants()
        .find(|n| n.tag_name().name() == "minorFont")
        .and_then(|f| f.children().find(|n| n.tag_name().name() == "ea"))
        .and_then(|n| n.attribute("typeface"))
        .expect("the theme names an East Asian font")
        .to_owned();
    assert!(minor_ea.contains("CJK JP"), "{minor_ea}");
    let mut japanese_runs = 0;
    for run in doc.descendants().filter(|n| n.tag_name().name() == "r") {
        let text: String = run
            .descendants()
            .filter(|n| n.tag_name().name() == "t")
            .filter_map(|n| n.text())
            .collect();
        if !text.contains('確') {
            continue;
        }
        japanese_runs += 1;
        let props = run
            .children()
            .find(|n| n.tag_name().name() == "rPr")
            .expect("run properties");
        assert_eq!(props.attribute("lang"), Some("ja-JP"), "{text}");
        let ea = props
            .children()
            .find(|n| n.tag_name().name() == "ea")
            .and_then(|n| n.attribute("typeface"))
            .expect("an East Asian font");
        let font = if ea == "+mn-ea" { &minor_ea } else { ea };
        assert!(font.contains("CJK"), "{text}: {font}");
    }
    assert!(japanese_runs > 0, "{slide}");
    // The title slide's Japanese is tagged Japanese too.
    assert!(parts[&slides[0]].contains(r#"lang="ja-JP""#));
}

#[test]
fn a_two_map_project_is_one_deck_with_both_maps_and_every_persona() {
    let project: Project = io::load_bytes(
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/v2-showcase.waymark"
        ))
        .expect("fixture")
        .as_slice(),
    )
    .expect("loads");
    assert_eq!(project.maps.len(), 2);
    let bytes = export::pptx::write_project(&project, &ExportOptions::default(), &|_| true)
        .expect("exports")
        .bytes;
    let parts = parts(bytes);
    let slides = slide_names(&parts);
    let texts: Vec<Vec<String>> = slides.iter().map(|s| shape_texts(&parts[s])).collect();
    let title = texts[0].join("\n");
    for persona in &project.personas {
        assert!(title.contains(&persona.name), "{} on {title}", persona.name);
    }
    for map in &project.maps {
        // A divider slide names the map, and every card title is on a slide after it.
        let divider = texts
            .iter()
            .position(|t| t.first().is_some_and(|first| first == &map.name))
            .unwrap_or_else(|| panic!("a divider slide for {}", map.name));
        let after: Vec<&String> = texts[divider + 1..].iter().flatten().collect();
        for card in map.cards.iter().filter(|c| !c.title.trim().is_empty()) {
            assert!(
                after.iter().any(|t| t.contains(card.title.trim())),
                "{}: {} is not slide text",
                map.name,
                card.title
            );
        }
    }
    assert!(parts["ppt/presentation.xml"].matches("<p:sldId ").count() == slides.len());
    // Page footers count the deck's slides.
    let mut numbered = 0;
    for (i, shapes) in texts.iter().enumerate() {
        for t in shapes {
            if let Some((a, b)) = t.split_once(" / ")
                && a.chars().all(|c| c.is_ascii_digit())
                && !a.is_empty()
            {
                assert_eq!(
                    (a, b),
                    (
                        (i + 1).to_string().as_str(),
                        slides.len().to_string().as_str()
                    )
                );
                numbered += 1;
            }
        }
    }
    assert!(numbered + 3 >= slides.len(), "every map slide is numbered");
}

#[test]
fn every_script_gets_its_language_and_a_font_named_for_it() {
    let project: Project = io::load_bytes(
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/scripts.json"
        ))
        .expect("fixture")
        .as_slice(),
    )
    .expect("loads");
    let bytes = export::export(
        &project,
        &export::ExportRequest::new(ExportKind::Pptx, &project.maps[0], ExportOptions::default()),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let parts = parts(bytes);
    let slides = slide_names(&parts);
    let all: String = slides[1..].iter().map(|s| parts[s].as_str()).collect();
    // Each run's text and its properties.
    let mut runs = Vec::new();
    for name in &slides[1..] {
        let doc = roxmltree::Document::parse(&parts[name]).expect("XML");
        for run in doc.descendants().filter(|n| n.tag_name().name() == "r") {
            let text: String = run
                .descendants()
                .filter(|n| n.tag_name().name() == "t")
                .filter_map(|n| n.text())
                .collect();
            let props = run
                .children()
                .find(|n| n.tag_name().name() == "rPr")
                .expect("run properties");
            let lang = props.attribute("lang").unwrap_or_default().to_owned();
            let fonts: Vec<String> = props
                .children()
                .filter_map(|n| n.attribute("typeface"))
                .map(str::to_owned)
                .collect();
            runs.push((text, lang, fonts));
        }
    }
    for (lang, sample, font) in [
        ("ar-SA", "يقارن", "+mn-cs"),
        ("hi-IN", "डिलीवरी", "Devanagari"),
        ("ja-JP", "会員登録", "+mn-ea"),
        ("ko-KR", "장바구니", "CJK"),
    ] {
        let (_, run_lang, fonts) = runs
            .iter()
            .find(|r| r.0.contains(sample))
            .unwrap_or_else(|| panic!("{sample} is slide text"));
        assert_eq!(run_lang, lang, "{sample}");
        assert!(
            fonts.iter().any(|f| f.contains(font)),
            "{sample}: {fonts:?}"
        );
    }
    assert!(all.contains("😀"), "emoji kept as text");
    let arabic = slides[1..]
        .iter()
        .find(|name| parts[*name].contains("يقارن"))
        .expect("a slide with Arabic");
    let doc = roxmltree::Document::parse(&parts[arabic]).expect("XML");
    let para = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "p")
        .find(|p| {
            p.descendants().any(|t| {
                t.tag_name().name() == "t" && t.text().is_some_and(|x| x.contains("يقارن"))
            })
        })
        .expect("the Arabic paragraph");
    let props = para
        .children()
        .find(|n| n.tag_name().name() == "pPr")
        .expect("paragraph properties");
    assert_eq!(props.attribute("rtl"), Some("1"));
    assert_eq!(props.attribute("algn"), Some("r"));
}

#[test]
fn a_storyboard_picture_stays_a_picture_with_its_aspect() {
    use waymark_core::model::{Card, ImageId, Lane, LaneId, LaneKind};
    let mut project = sample();
    let picture = image::RgbaImage::from_pixel(64, 32, image::Rgba([200, 80, 40, 255]));
    let mut png = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut png, image::ImageFormat::Png)
        .expect("encode");
    let asset = waymark_core::images::prepare(&png.into_inner()).expect("picture");
    project.images.insert(ImageId::from("img-1"), asset);
    let map = &mut project.maps[0];
    let stage = map.stages[0].id.clone();
    map.lanes.insert(
        0,
        Lane {
            id: LaneId::from("l-story"),
            name: "Storyboard".to_owned(),
            kind: LaneKind::Images,
            ..Lane::default()
        },
    );
    map.cards.push(Card {
        id: "c-story".into(),
        lane: LaneId::from("l-story"),
        stage,
        title: "At the bus stop".to_owned(),
        image: Some(ImageId::from("img-1")),
        ..Card::default()
    });
    let bytes = export::export(
        &project,
        &export::ExportRequest::new(ExportKind::Pptx, &project.maps[0], ExportOptions::default()),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let parts = parts(bytes);
    assert!(
        parts.contains_key("ppt/media/image1.png"),
        "{:?}",
        parts.keys()
    );
    let name = slides_with(&parts, "<p:pic>");
    let slide = &parts[&name];
    let rels = &parts[&name
        .replace("slides/slide", "slides/_rels/slide")
        .replace(".xml", ".xml.rels")];
    let doc = roxmltree::Document::parse(slide).expect("XML");
    let pic = doc
        .descendants()
        .find(|n| n.tag_name().name() == "pic")
        .expect("a picture");
    let embed = pic
        .descendants()
        .find(|n| n.tag_name().name() == "blip")
        .and_then(|b| {
            b.attributes()
                .find(|a| a.name() == "embed")
                .map(|a| a.value().to_owned())
        })
        .expect("r:embed");
    assert!(
        rels.contains(&format!(r#"Id="{embed}""#)) && rels.contains("../media/image1.png"),
        "{rels}"
    );
    let ext = pic
        .descendants()
        .find(|n| n.tag_name().name() == "ext")
        .expect("its size");
    let cx: f64 = ext
        .attribute("cx")
        .and_then(|v| v.parse().ok())
        .expect("cx");
    let cy: f64 = ext
        .attribute("cy")
        .and_then(|v| v.parse().ok())
        .expect("cy");
    assert!(
        (cx / cy - 2.0).abs() < 0.02,
        "the picture keeps its 2:1 shape"
    );
    // The card's title is text in the group beside its picture.
    assert!(shape_texts(slide).iter().any(|t| t == "At the bus stop"));
}

/// The personas slide and the notes slides carry their text in the speaker notes too (a
/// presenter reads the goals and the review notes from them), and the slides are named in
/// the map's language.
#[test]
fn the_personas_and_notes_slides_have_speaker_notes() {
    let mut project = japanese();
    let with_note = project.maps[0]
        .cards
        .iter()
        .position(|c| !c.title.is_empty())
        .expect("a card");
    let note: waymark_core::model::Note = serde_json::from_value(serde_json::json!({
        "id": "n-1", "author": "Aiko", "at": "2026-12-01T09:00:00Z",
        "text": "受付の場所が分かりにくいという声が多い"
    }))
    .expect("a note");
    project.maps[0].cards[with_note].notes.push(note);
    let options = ExportOptions {
        layout: waymark_core::layout::LayoutOptions {
            notes: waymark_core::layout::NoteMarks::Numbered,
            ..Default::default()
        },
        pages: Some(export::pptx::SLIDES),
        ..ExportOptions::default()
    };
    let map = &project.maps[0];
    let bytes = export::export(
        &project,
        &export::ExportRequest::new(ExportKind::Pptx, map, options),
    )
    .expect("exports")
    .bytes;
    let parts = parts(bytes);
    let notes: Vec<String> = parts
        .iter()
        .filter(|(name, _)| name.starts_with("ppt/notesSlides/notesSlide"))
        .map(|(_, xml)| shape_texts(xml).join("\n"))
        .collect();
    let persona = &project.personas[0];
    let goal = persona.goals.first().expect("the persona has a goal");
    assert!(
        notes.iter().any(|n| n.contains(goal.as_str())),
        "a goal in the personas slide's notes"
    );
    assert!(
        notes.iter().any(|n| n.contains("受付の場所が分かりにくい")),
        "the review note in the notes slide's notes"
    );
    let names = parts
        .iter()
        .filter(|(name, _)| name.starts_with("ppt/slides/slide"))
        .map(|(_, xml)| xml.as_str())
        .collect::<String>();
    assert!(
        names.contains("name=\"現状: ペルソナ\""),
        "slide names in the map's language"
    );
}

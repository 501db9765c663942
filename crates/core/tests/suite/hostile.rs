//! Hostile input (issue #15's audit): unknown values kept to the digit, whole numbers in
//! any notation, surrogate errors named right, every text field bounded, sizes and limits
//! stated truly, PDF metadata cleaned, oversized exports refused before they are drawn.

use waymark_core::export::{self, ExportError, ExportOptions, Format};
use waymark_core::io::{self, LoadError};
use waymark_core::model::Project;
use waymark_core::{assets, generate};

fn sample_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(assets::SAMPLE).expect("json");
    edit(&mut value);
    serde_json::to_vec(&value).expect("json")
}

fn error_of(bytes: &[u8]) -> String {
    io::load_bytes(bytes).expect_err("rejected").to_string()
}

#[test]
fn unknown_numbers_are_written_back_exactly_as_written() {
    // (as written, as saved): digits, signs and trailing zeros are kept exactly; only an
    // exponent is written in one spelling (`e`, with its sign), as serde_json reads it.
    let numbers = [
        (
            "123456789012345678901234567890",
            "123456789012345678901234567890",
        ),
        ("18446744073709551616", "18446744073709551616"),
        ("-0", "-0"),
        ("0.1", "0.1"),
        ("1.50", "1.50"),
        ("-0.0", "-0.0"),
        ("1e2", "1e+2"),
        ("2E-7", "2e-7"),
    ];
    let list: Vec<&str> = numbers.iter().map(|(written, _)| *written).collect();
    let text = assets::SAMPLE.replacen(
        "\"title\":",
        &format!(
            "\"x-numbers\": [{}],\n  \"x-one\": 1e2,\n  \"title\":",
            list.join(", ")
        ),
        1,
    );
    let project = io::load_bytes(text.as_bytes()).expect("loads");
    let saved = String::from_utf8(io::to_bytes(&project).expect("saves")).expect("utf-8");
    let tail = &saved[saved.len() - 300..];
    for (written, kept) in numbers {
        assert!(
            saved.contains(&format!("    {kept}")),
            "{written} changed:\n{tail}"
        );
    }
    assert!(saved.contains("\"x-one\": 1e+2"), "{tail}");
    // And saving again changes nothing.
    let again = io::to_bytes(&io::load_bytes(saved.as_bytes()).expect("reloads")).expect("saves");
    assert_eq!(again, saved.as_bytes());
}

#[test]
fn whole_numbers_are_accepted_in_any_notation() {
    for (version, emotion, expected) in [("2.0", "2.0", 2), ("2e0", "-0", 0), ("2", "-2e0", -2)] {
        let text = assets::SAMPLE
            .replacen("\"version\": 2,", &format!("\"version\": {version},"), 1)
            .replacen(
                "\"emotion\": ",
                &format!("\"emotion\": {emotion}, \"was\": "),
                1,
            );
        let project = io::load_bytes(text.as_bytes()).expect("loads");
        let card = project.maps[0]
            .cards
            .iter()
            .find(|c| c.extra.contains_key("was"))
            .expect("the edited card");
        assert_eq!(card.emotion, Some(expected), "{emotion}");
    }
    let half = assets::SAMPLE.replacen("\"emotion\": ", "\"emotion\": 1.5, \"was\": ", 1);
    assert!(error_of(half.as_bytes()).contains("emotion 1.5 is not a whole number"));
    let version = assets::SAMPLE.replacen("\"version\": 2,", "\"version\": 1.5,", 1);
    assert!(error_of(version.as_bytes()).contains("\"version\" is 1.5"));
}

#[test]
fn lone_surrogates_are_named_by_their_kind() {
    let with_title =
        |title: &str| format!(r#"{{"format":"waymark","version":1,"title":"{title}"}}"#);
    let trailing = error_of(with_title(r"a\udc00b").as_bytes());
    assert!(
        trailing.contains(r"lone trailing surrogate \udc00"),
        "{trailing}"
    );
    let leading = error_of(with_title(r"a\ud800").as_bytes());
    assert!(
        leading.contains(r"lone leading surrogate \ud800"),
        "{leading}"
    );
    let unpaired = error_of(with_title(r"\ud83d\u0041").as_bytes());
    assert!(
        unpaired.contains(r"the leading surrogate \ud83d is followed by \u0041"),
        "{unpaired}"
    );
    // A pair is a character.
    let pair = io::load_bytes(with_title(r"\ud83d\ude00").as_bytes()).expect("a pair");
    assert_eq!(pair.title, "😀");
}

/// A change to the sample's JSON.
type Edit<'a> = dyn FnOnce(&mut serde_json::Value) + 'a;

#[test]
fn every_text_field_has_a_limit() {
    let name = "n".repeat(io::MAX_NAME_CHARS + 1);
    let text = "t".repeat(io::MAX_TEXT_CHARS + 1);
    let cases: [(&str, Box<Edit<'_>>); 7] = [
        (
            "the project: the title is 1001 characters",
            Box::new(|v| v["title"] = name.clone().into()),
        ),
        (
            "scenario is 100001 characters",
            Box::new(|v| v["maps"][0]["scenario"] = text.clone().into()),
        ),
        (
            "quote is 100001 characters",
            Box::new(|v| v["personas"][0]["quote"] = text.clone().into()),
        ),
        (
            "label is 1001 characters",
            Box::new(|v| v["maps"][0]["links"][0]["label"] = name.clone().into()),
        ),
        (
            "a tag is 1001 characters",
            Box::new(|v| v["maps"][0]["cards"][0]["tags"] = serde_json::json!([name.clone()])),
        ),
        (
            "a goal is 100001 characters",
            Box::new(|v| v["personas"][0]["goals"] = serde_json::json!([text.clone()])),
        ),
        (
            "the id is over the 1000-character limit",
            Box::new(|v| v["maps"][0]["cards"][0]["id"] = name.clone().into()),
        ),
    ];
    for (needle, edit) in cases {
        let message = error_of(&sample_with(edit));
        assert!(
            message.contains(needle),
            "{message:.300} should say {needle}"
        );
    }
    // Limits count characters, as JSON Schema's maxLength does: 1,000 of 4 bytes each fit.
    let wide = "😀".repeat(io::MAX_NAME_CHARS);
    io::load_bytes(&sample_with(|v| v["title"] = wide.into())).expect("1,000 characters fit");
}

#[test]
fn sizes_in_messages_are_true() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.json");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(300_000_000).expect("sparse");
    let error = io::load_path(&path).expect_err("too large");
    assert!(matches!(
        error,
        LoadError::TooLarge {
            bytes: 300_000_000,
            ..
        }
    ));
    assert_eq!(
        error.to_string(),
        "the file is 300 MB (300000000 bytes), over the 256 MB limit for a project"
    );
    file.set_len(io::MAX_FILE_BYTES + 1).expect("sparse");
    assert_eq!(
        io::load_path(&path).expect_err("too large").to_string(),
        "the file is 256.0 MB (256000001 bytes), over the 256 MB limit for a project"
    );
}

/// One stage, one lane, `cards` cards in its one cell: a very tall map.
fn tall(cards: usize) -> Project {
    generate::generate(1, 1, cards, 3)
}

#[test]
fn a_tall_map_names_the_side_limit_and_is_refused_before_drawing() {
    let project = tall(1500);
    let options = ExportOptions::default();
    let error = export::export(
        &project,
        &export::ExportRequest::image(&project.maps[0], &options),
    )
    .map(|e| e.bytes)
    .expect_err("too tall");
    let ExportError::TooLarge {
        width,
        height,
        limit,
    } = &error
    else {
        panic!("{error}")
    };
    assert!(
        *height > 65_535 && width * height < export::MAX_PIXELS,
        "{error}"
    );
    assert_eq!(*limit, export::SizeLimit::Side(65_535));
    let message = error.to_string();
    assert!(
        message.contains("a side over the limit of 65535 pixels"),
        "{message}"
    );
    let pdf = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let error = export::export(
        &project,
        &export::ExportRequest::image(&project.maps[0], &pdf),
    )
    .map(|e| e.bytes)
    .expect_err("too tall");
    assert!(
        matches!(error, ExportError::PageTooLarge { limit: 14_400, .. }),
        "{error}"
    );
}

#[test]
fn pdf_metadata_holds_no_control_characters() {
    let mut project = generate::generate(2, 2, 3, 1);
    project.title = "Evil\u{1b}]0;owned\u{7}\u{0}\u{1f}\u{fffe} title".to_owned();
    project.maps[0].name = "map\r\nname\u{1b}[2J".to_owned();
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let pdf = export::export(
        &project,
        &export::ExportRequest::image(&project.maps[0], &options),
    )
    .map(|e| e.bytes)
    .expect("pdf");
    let text = String::from_utf8_lossy(&pdf);
    let start = text.find("<x:xmpmeta").expect("XMP metadata");
    let end = text[start..].find("</x:xmpmeta>").expect("its end") + start + 12;
    let xmp = roxmltree::Document::parse(&text[start..end]).expect("the XMP is well-formed XML");
    let title = xmp
        .descendants()
        .filter(|n| n.has_tag_name("li"))
        .filter_map(|n| n.text())
        .find(|t| t.starts_with("Evil"))
        .expect("the title");
    assert_eq!(title, "Evil]0;owned title — map  name[2J");
    let info = text.find("/Title").expect("Info title");
    let info_title = &text[info..info + 80];
    assert!(!info_title.contains(['\u{1b}', '\u{7}']), "{info_title:?}");
}

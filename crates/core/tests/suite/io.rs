//! The project file: round trips, bundled files, unknown fields and hostile input.

use crate::support::sample;
use waymark_core::assets;
use waymark_core::io::{self, LoadError};

#[test]
fn sample_and_templates_are_valid_and_canonical() {
    let mut files = vec![(
        "crates/core/assets/samples/online-grocery.waymark".to_owned(),
        assets::SAMPLE,
    )];
    for (name, text) in assets::TEMPLATES {
        files.push((format!("crates/core/assets/templates/{name}.waymark"), text));
    }
    for (lang, name, text) in assets::TEMPLATES_IN {
        files.push((
            format!("crates/core/assets/templates/{lang}/{name}.waymark"),
            text,
        ));
    }
    for (path, text) in files {
        let project = io::load_bytes(text.as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(io::validate(&project).is_empty(), "{path}");
        let saved = io::to_bytes(&project).expect("encodes");
        // The bundled files are their own golden files: saved as they are loaded.
        crate::golden::assert_golden(&path, &String::from_utf8_lossy(&saved));
    }
}

/// A template written in another language has the English one's shape (the same personas,
/// maps, stages, lanes, metrics and cards, only the words differ), says its language, and
/// is what File → New takes for a window in that language; every template a designer
/// starts from is there in Japanese and German.
#[test]
fn translated_templates_match_the_english_ones() {
    use waymark_core::model::JourneyMap;
    for lang in ["ja", "de"] {
        for (name, _) in assets::TEMPLATES {
            assert!(
                assets::TEMPLATES_IN
                    .iter()
                    .any(|(l, n, _)| *l == lang && n == name),
                "{name} has no {lang} version"
            );
        }
    }
    for (lang, name, text) in assets::TEMPLATES_IN {
        let english =
            io::load_bytes(assets::template(name).expect("English").as_bytes()).expect("loads");
        let translated = io::load_bytes(text.as_bytes()).expect("loads");
        assert_eq!(translated.language.as_deref(), Some(*lang), "{lang}/{name}");
        assert_ne!(english.title, translated.title, "{lang}/{name}: the title");
        let personas = |p: &waymark_core::model::Project| {
            p.personas
                .iter()
                .map(|p| {
                    (
                        p.id.to_string(),
                        p.goals.len(),
                        p.needs.len(),
                        p.frustrations.len(),
                        p.quote.is_empty(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(personas(&english), personas(&translated), "{lang}/{name}");
        for (x, y) in english.personas.iter().zip(&translated.personas) {
            assert_ne!(
                x.role, y.role,
                "{lang}/{name}: persona {} is translated",
                x.id
            );
        }
        let ids = |m: &JourneyMap| {
            (
                (m.id.to_string(), m.personas.clone()),
                m.stages
                    .iter()
                    .map(|s| (s.id.to_string(), s.description.is_empty()))
                    .collect::<Vec<_>>(),
                m.lanes
                    .iter()
                    .map(|l| {
                        let metrics = l.metrics.iter().map(|k| (k.id.to_string(), k.unit));
                        (l.id.to_string(), l.kind, metrics.collect::<Vec<_>>())
                    })
                    .collect::<Vec<_>>(),
                m.cards
                    .iter()
                    .map(|c| {
                        (
                            c.id.to_string(),
                            c.lane.to_string(),
                            c.stage.to_string(),
                            c.emotion,
                            c.flags.clone(),
                        )
                    })
                    .collect::<Vec<_>>(),
                m.links.len(),
            )
        };
        assert_eq!(english.maps.len(), translated.maps.len(), "{lang}/{name}");
        for (a, b) in english.maps.iter().zip(&translated.maps) {
            assert_eq!(ids(a), ids(b), "{lang}/{name} has the English shape");
            let words = |m: &JourneyMap| {
                m.stages
                    .iter()
                    .map(|s| s.name.clone())
                    .chain(m.lanes.iter().map(|l| l.name.clone()))
                    .chain(m.cards.iter().map(|c| c.title.clone()))
                    .collect::<Vec<_>>()
            };
            // Every word of a Japanese map is Japanese; a German one may share a loan word
            // ("Check-in", "Backstage") with the English, but not most of them.
            let (en, tr) = (words(a), words(b));
            let same = en.iter().zip(&tr).filter(|(x, y)| x == y).count();
            match *lang {
                "ja" => {
                    let latin_only = tr.iter().filter(|w| w.is_ascii()).collect::<Vec<_>>();
                    assert!(
                        latin_only.iter().all(|w| w.len() <= 4),
                        "{lang}/{name}: {latin_only:?}"
                    )
                }
                _ => assert!(
                    same * 5 <= en.len(),
                    "{lang}/{name}: {same} of {}",
                    en.len()
                ),
            }
        }
        let chosen = assets::template_in(name, Some(&format!("{lang}-XX"))).expect("found");
        assert_eq!(chosen, *text);
    }
    assert_eq!(
        assets::template_in("healthcare", Some("fr")),
        assets::template("healthcare"),
        "English when not translated"
    );
}

#[test]
fn sample_is_a_realistic_filled_map() {
    let project = sample();
    let map = &project.maps[0];
    assert!(map.cards.len() >= 40, "{} cards", map.cards.len());
    assert!(!project.personas.is_empty());
    let emotion_lane = map
        .lanes
        .iter()
        .find(|l| l.kind == waymark_core::model::LaneKind::Emotion)
        .expect("an emotion lane");
    for stage in &map.stages {
        assert!(
            map.cards
                .iter()
                .any(|c| c.lane == emotion_lane.id && c.stage == stage.id && c.emotion.is_some()),
            "no emotion score in {}",
            stage.name
        );
    }
}

#[test]
fn save_load_save_is_byte_identical() {
    let first = io::to_bytes(&sample()).expect("encodes");
    let again = io::to_bytes(&io::load_bytes(&first).expect("reloads")).expect("encodes");
    assert_eq!(first, again);
}

#[test]
fn save_to_disk_is_atomic_and_readable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("map.json");
    std::fs::write(&path, b"old").expect("write");
    io::save_path(&sample(), &path).expect("saves");
    assert_eq!(io::load_path(&path).expect("loads"), sample());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn a_save_into_a_missing_folder_says_so_without_naming_a_temporary_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("no-such-folder").join("plan.waymark");
    let err = io::write_atomic(&path, b"{}")
        .expect_err("no folder")
        .to_string();
    assert!(err.contains("plan.waymark"), "{err}");
    assert!(
        !err.contains(".plan.waymark.") && !err.contains("at path"),
        "{err}"
    );
}

#[test]
fn unknown_fields_survive_a_round_trip() {
    let mut value: serde_json::Value = serde_json::from_str(assets::SAMPLE).expect("json");
    value["futureTopLevel"] = serde_json::json!({"a": [1, 2.5, "x"]});
    value["maps"][0]["zoomHint"] = serde_json::json!(2);
    value["maps"][0]["cards"][0]["reactions"] = serde_json::json!(["👍", "🎉"]);
    value["maps"][0]["lanes"][0]["collapsed"] = serde_json::json!(true);
    value["personas"][0]["age"] = serde_json::json!(38);
    let text = serde_json::to_vec(&value).expect("json");
    let saved = io::to_bytes(&io::load_bytes(&text).expect("loads")).expect("saves");
    let back: serde_json::Value = serde_json::from_slice(&saved).expect("json");
    assert_eq!(back["futureTopLevel"], value["futureTopLevel"]);
    assert_eq!(back["maps"][0]["zoomHint"], 2);
    assert_eq!(
        back["maps"][0]["cards"][0]["reactions"],
        value["maps"][0]["cards"][0]["reactions"]
    );
    assert_eq!(back["maps"][0]["lanes"][0]["collapsed"], true);
    assert_eq!(back["personas"][0]["age"], 38);
}

/// Loads `bytes`, expecting an error whose message contains `needle`.
fn rejects(bytes: &[u8], needle: &str) -> LoadError {
    let error = io::load_bytes(bytes).expect_err("must be rejected");
    let message = error.to_string();
    assert!(
        message.contains(needle),
        "{message:?} should mention {needle:?}"
    );
    assert!(!message.contains('\n'), "one line: {message:?}");
    error
}

fn sample_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(assets::SAMPLE).expect("json");
    edit(&mut value);
    serde_json::to_vec(&value).expect("json")
}

#[test]
fn truncated_json_is_reported_as_truncated() {
    let text = assets::SAMPLE.as_bytes();
    for cut in [1, 10, text.len() / 3, text.len() / 2, text.len() - 3] {
        let error = rejects(&text[..cut], "");
        assert!(
            matches!(error, LoadError::Truncated { .. }),
            "cut at {cut}: {error}"
        );
    }
    rejects(&text[..text.len() / 2], "truncated");
}

#[test]
fn an_empty_file_is_reported_as_empty() {
    for bytes in [&b""[..], b"  \n\t\n"] {
        let error = rejects(bytes, "the file is empty");
        assert!(matches!(error, LoadError::Empty), "{error}");
    }
}

#[test]
fn non_finite_and_out_of_range_numbers_are_rejected() {
    rejects(
        br#"{"format":"waymark","version":1,"title":NaN}"#,
        "not valid JSON",
    );
    rejects(
        &sample_with(|v| v["maps"][0]["cards"][0]["emotion"] = serde_json::json!(1e39)),
        "emotion",
    );
    rejects(
        &sample_with(|v| v["maps"][0]["cards"][0]["emotion"] = serde_json::json!(7)),
        "outside -2..2",
    );
    rejects(
        &sample_with(|v| v["maps"][0]["cards"][0]["emotion"] = serde_json::json!(-300)),
        "emotion",
    );
    rejects(
        br#"{"format":"waymark","version":1e39,"title":""}"#,
        "version",
    );
}

#[test]
fn deep_nesting_is_rejected_without_overflowing_the_stack() {
    let deep = format!(
        r#"{{"format":"waymark","version":1,"title":"x","deep":{}{}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    let error = rejects(deep.as_bytes(), "nested too deeply");
    assert!(matches!(error, LoadError::TooDeep { .. }));
}

#[test]
fn a_50_megabyte_string_is_rejected() {
    let huge = "x".repeat(50 * 1000 * 1000);
    let bytes = sample_with(|v| v["maps"][0]["cards"][0]["title"] = serde_json::json!(huge));
    rejects(
        &bytes,
        "$.maps[0].cards[0].title: a string of 50 MB (50000000 bytes), over the 16 MB limit",
    );
}

#[test]
fn invalid_utf8_is_rejected() {
    let mut bytes = assets::SAMPLE.as_bytes().to_vec();
    bytes[40] = 0xFF;
    rejects(&bytes, "not UTF-8 text (invalid byte at offset 40)");
}

#[test]
fn wrong_format_and_versions_are_rejected() {
    rejects(br#"{"format":"miro","version":1}"#, "not a Waymark project");
    rejects(br#"{"version":1}"#, "no \"format\"");
    rejects(br#"[1,2,3]"#, "not a JSON object");
    rejects(br#"{"format":"waymark"}"#, "no \"version\"");
    rejects(
        br#"{"format":"waymark","version":"1"}"#,
        "expected a whole number",
    );
    rejects(br#"{"format":"waymark","version":0}"#, "from 1");
    let error = rejects(
        &sample_with(|v| v["version"] = serde_json::json!(3)),
        "newer than this Waymark understands",
    );
    assert!(matches!(
        error,
        LoadError::NewerVersion {
            found: 3,
            supported: 2
        }
    ));
}

#[test]
fn dangling_references_and_duplicates_are_rejected() {
    rejects(
        &sample_with(|v| v["maps"][0]["cards"][3]["lane"] = serde_json::json!("l-missing")),
        "card c-a4: lane l-missing does not exist",
    );
    rejects(
        &sample_with(|v| v["maps"][0]["cards"][1]["stage"] = serde_json::json!("nope")),
        "stage nope does not exist",
    );
    rejects(
        &sample_with(|v| v["maps"][0]["links"][0]["to"] = serde_json::json!("c-gone")),
        "card c-gone does not exist",
    );
    rejects(
        &sample_with(|v| v["maps"][0]["personas"] = serde_json::json!(["p-nobody"])),
        "persona p-nobody does not exist",
    );
    rejects(
        &sample_with(|v| v["maps"][0]["cards"][1]["id"] = serde_json::json!("c-a1")),
        "the id c-a1 is used twice",
    );
    let error = rejects(
        &sample_with(|v| {
            v["maps"][0]["cards"][0]["lane"] = serde_json::json!("x");
            v["maps"][0]["cards"][1]["lane"] = serde_json::json!("y");
        }),
        "and 1 more problem",
    );
    let LoadError::Invalid(problems) = error else {
        panic!("expected problems")
    };
    assert_eq!(problems.len(), 2);
}

#[test]
fn wrong_types_name_the_path() {
    rejects(
        &sample_with(|v| v["maps"][0]["lanes"][1]["kind"] = serde_json::json!("sparkles")),
        "maps[0].lanes[1].kind",
    );
    rejects(
        &sample_with(|v| v["maps"][0]["cards"][0]["color"] = serde_json::json!("red")),
        "expected \"#RRGGBB\"",
    );
    rejects(
        &sample_with(|v| v["title"] = serde_json::json!(42)),
        "title",
    );
}

#[test]
fn garbage_never_panics() {
    let cases: [&[u8]; 8] = [
        b"",
        b"   ",
        b"null",
        b"\"waymark\"",
        b"{",
        b"{\"format\":",
        &[0xEF, 0xBB, 0xBF],
        &[0, 1, 2, 3],
    ];
    for bytes in cases {
        let message = io::load_bytes(bytes).expect_err("garbage").to_string();
        assert!(
            !message.is_empty() && !message.contains('\n'),
            "one clear line: {message:?}"
        );
    }
}

#[test]
fn the_published_schema_matches_the_types() {
    let schema = io::schema_json();
    crate::golden::assert_golden("schema/waymark.schema.json", &schema);
    let value: serde_json::Value = serde_json::from_str(&schema).expect("json");
    assert_eq!(value["properties"]["format"]["const"], "waymark");
}

/// Every input the fuzzer kept (and every crash it once found) still gives a project or a
/// clear error, and a project that loads saves and loads back to itself.
#[test]
fn the_fuzz_corpus_replays_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut replayed = 0;
    for dir in ["corpus/load", "regressions"] {
        let entries = std::fs::read_dir(root.join(dir)).expect("fuzz folder");
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).expect("read input");
            if let Ok(project) = io::load_bytes(&bytes) {
                let saved = io::to_bytes(&project).expect("save");
                let back = io::load_bytes(&saved).expect("load what was saved");
                assert_eq!(back, project, "{}", entry.path().display());
            }
            let _ = io::open_bytes(&bytes);
            replayed += 1;
        }
    }
    assert!(
        replayed > 100,
        "only {replayed} inputs: is the corpus there?"
    );
}

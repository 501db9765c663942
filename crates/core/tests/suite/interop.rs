//! CSV both ways and Mermaid out: the grid survives a round trip; the Mermaid text of the
//! sample is pinned by a golden file.

use proptest::prelude::*;
use waymark_core::interop::{csv, mermaid};
use waymark_core::model::{JourneyMap, LaneKind};
use waymark_core::{assets, io};

/// (lane name, kind, stage name, card titles in order) for every cell.
fn grid(map: &JourneyMap) -> Vec<(String, LaneKind, String, Vec<String>)> {
    let mut cells = Vec::new();
    for lane in &map.lanes {
        for stage in &map.stages {
            let titles = map
                .cards
                .iter()
                .filter(|c| c.lane == lane.id && c.stage == stage.id)
                .map(|c| c.title.clone())
                .collect();
            cells.push((lane.name.clone(), lane.kind, stage.name.clone(), titles));
        }
    }
    cells
}

#[test]
fn csv_round_trip_keeps_stages_lanes_and_card_text() {
    let project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    let map = &project.maps[0];
    let exported = csv::write_csv(map).expect("export");
    assert_eq!(exported.changed, None, "the sample's grid is exact");
    let text = exported.text;
    let back = csv::read_csv(text.as_bytes(), "Online grocery order").expect("import");
    let back_map = &back.maps[0];
    assert_eq!(grid(back_map), grid(map));
    let scores = |m: &JourneyMap| -> Vec<Option<i8>> {
        let lane = m
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Emotion)
            .expect("emotion lane");
        m.stages
            .iter()
            .flat_map(|s| {
                m.cards
                    .iter()
                    .filter(|c| c.lane == lane.id && c.stage == s.id)
                    .map(|c| c.emotion)
            })
            .collect()
    };
    assert_eq!(scores(back_map), scores(map), "emotion scores survive");
    assert!(
        io::validate(&back).is_empty(),
        "the import is a valid project"
    );
    // And the import exports to the same grid again.
    assert_eq!(csv::write_csv(back_map).expect("export").text, text);
}

#[test]
fn csv_import_reads_what_spreadsheets_write() {
    // LF line ends, a byte-order mark, quotes inside quotes, blank lines and short rows.
    let text = "\u{FEFF}Lane,Discover,Buy\n\nActions,\"Sees an \"\"ad\"\", clicks\nReads reviews\",Pays\nFeelings (emotion),Curious [+1],\"Relieved [+2]\"\nNotes\n";
    let project = csv::read_csv(text.as_bytes(), "Imported").expect("import");
    let map = &project.maps[0];
    let names: Vec<_> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Discover", "Buy"]);
    let lanes: Vec<_> = map
        .lanes
        .iter()
        .map(|l| (l.name.as_str(), l.kind))
        .collect();
    assert_eq!(
        lanes,
        [
            ("Actions", LaneKind::Cards),
            ("Feelings", LaneKind::Emotion),
            ("Notes", LaneKind::Cards)
        ]
    );
    let titles: Vec<_> = map.cards.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Sees an \"ad\", clicks",
            "Reads reviews",
            "Pays",
            "Curious",
            "Relieved"
        ]
    );
    assert_eq!(map.cards[4].emotion, Some(2));
    assert!(io::validate(&project).is_empty());
}

#[test]
fn csv_import_keeps_carriage_returns_inside_quoted_fields() {
    // A quoted field holding CRLF or a lone CR (old Mac spreadsheets) is read exactly:
    // no character is dropped, and each of them ends a line of the cell (one card each).
    let text = "Lane,\"Before\ryou\r\nbuy\",Pay\r\nActions,\"First\r\nSecond\rThird\",\"A\rB\"\r\n";
    let project = csv::read_csv(text.as_bytes(), "Imported").expect("import");
    let map = &project.maps[0];
    let names: Vec<_> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Before you buy", "Pay"], "a header is one line");
    let titles: Vec<_> = map.cards.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["First", "Second", "Third", "A", "B"]);
    // And the grid written back holds the same cards, one per LF-separated line.
    let again = csv::write_csv(map).expect("export").text;
    assert!(again.contains("\"First\nSecond\nThird\",\"A\nB\"\r\n"));
    let back = csv::read_csv(again.as_bytes(), "Imported").expect("re-import");
    assert_eq!(grid(&back.maps[0]), grid(map));
}

#[test]
fn an_unclosed_quote_is_reported_where_it_opens() {
    // The record starts on line 2; its first field spans lines 2-3, the broken one opens
    // on line 3. Quotes inside unquoted fields (`5" screen`) are plain characters.
    let text = "Lane,A,B\n\"Two\nlines\",5\" screen,\"open\nstill open";
    let error = csv::read_csv(text.as_bytes(), "x").expect_err("unclosed");
    assert_eq!(error.to_string(), "line 3: a quoted field is never closed");
    let closed = "Lane,A,B\n\"Two\nlines\",5\" screen,\"\"\"closed\"\"\"";
    let project = csv::read_csv(closed.as_bytes(), "x").expect("closed");
    let titles: Vec<_> = project.maps[0]
        .cards
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(titles, ["5\" screen", "\"closed\""]);
}

#[test]
fn broken_csv_gives_a_clear_error() {
    let unclosed = csv::read_csv(b"Lane,A\nActions,\"never closed\n", "x").expect_err("unclosed");
    assert_eq!(
        unclosed.to_string(),
        "line 2: a quoted field is never closed"
    );
    let empty = csv::read_csv(b"", "x").expect_err("empty");
    assert!(empty.to_string().contains("name the stages"));
    let binary = csv::read_csv(&[0xFF, 0xFE, 0x00], "x").expect_err("binary");
    assert_eq!(binary.to_string(), "the CSV is not UTF-8 text");
}

#[test]
fn mermaid_of_the_sample_matches_the_golden_file() {
    let project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    let text = mermaid::write_mermaid(&project, &project.maps[0]);
    crate::golden::assert_golden("crates/core/tests/golden/sample.mmd", &text);
    assert!(text.starts_with("journey\n    title Online grocery order"));
    // Task lines are indented six spaces, as are the lines of the accDescr block.
    let after_block = text
        .split_once("\n    }\n")
        .map_or(text.as_str(), |(_, rest)| rest);
    for line in after_block.lines().filter(|l| l.starts_with("      ")) {
        assert_eq!(
            line.matches(':').count(),
            2,
            "task lines have two colons: {line}"
        );
    }
}

proptest! {
    #[test]
    fn any_cell_text_survives_csv(titles in proptest::collection::vec("(?s).{0,40}", 1..6)) {
        let mut project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
        let map = &mut project.maps[0];
        let template = map.cards[0].clone();
        map.cards.retain(|c| c.lane != template.lane || c.stage != template.stage);
        for (i, title) in titles.iter().enumerate() {
            map.cards.push(waymark_core::model::Card {
                id: waymark_core::model::CardId(format!("p-{i}")),
                title: title.clone(),
                ..template.clone()
            });
        }
        let exported = csv::write_csv(map).expect("export");
        let back = csv::read_csv(exported.text.as_bytes(), "x").expect("import");
        // A title a cell can hold comes back exactly; any other comes back as its words
        // (or Untitled), and the export said so.
        let exact = |t: &str| !t.is_empty() && !t.contains(['\n', '\r']) && t.trim() == t;
        let expected: Vec<String> = titles
            .iter()
            .map(|t| {
                if exact(t) {
                    t.clone()
                } else {
                    let words = t.split_whitespace().collect::<Vec<_>>().join(" ");
                    if words.is_empty() { "Untitled".to_owned() } else { words }
                }
            })
            .collect();
        prop_assert_eq!(exported.changed.is_some(), !titles.iter().all(|t| exact(t)));
        let lane = &back.maps[0].lanes[0].id;
        let stage = &back.maps[0].stages[0].id;
        let got: Vec<String> = back.maps[0]
            .cards
            .iter()
            .filter(|c| &c.lane == lane && &c.stage == stage)
            .map(|c| c.title.clone())
            .collect();
        prop_assert_eq!(got, expected);
    }
}

/// A map with one stage, one lane and cards titled `titles`, in that cell.
fn one_cell(titles: &[&str]) -> JourneyMap {
    let mut project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    let mut map = project.maps.remove(0);
    map.stages.truncate(1);
    map.lanes.retain(|l| l.kind == LaneKind::Cards);
    map.lanes.truncate(1);
    map.links.clear();
    let template = map.cards[0].clone();
    map.cards = titles
        .iter()
        .enumerate()
        .map(|(i, title)| waymark_core::model::Card {
            id: waymark_core::model::CardId(format!("c-{i}")),
            lane: map.lanes[0].id.clone(),
            stage: map.stages[0].id.clone(),
            title: (*title).to_owned(),
            emotion: None,
            ..template.clone()
        })
        .collect();
    map
}

#[test]
fn cells_that_look_like_formulas_are_neutralised_and_read_back() {
    let titles = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+SUM(A1:A9)",
        "@cmd|' /C calc'!A0",
        "-2+3",
        "'=already quoted",
        "''+twice",
        "'plain apostrophe",
        "Plain title",
    ];
    let mut map = one_cell(&titles);
    map.stages[0].name = "=1+1".to_owned();
    map.lanes[0].name = "@lane".to_owned();
    let exported = csv::write_csv(&map).expect("export");
    assert_eq!(exported.changed, None);
    // Read as a spreadsheet would: no cell, and no line of a cell, starts a formula.
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(exported.text.as_bytes());
    for record in reader.records() {
        for field in record.expect("record").iter() {
            for line in field.lines() {
                assert!(
                    !line.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{line:?} starts a formula"
                );
            }
        }
    }
    assert!(exported.text.contains("'=HYPERLINK"));
    assert!(exported.text.contains("'-2+3"));
    assert!(exported.text.contains("''=already quoted"));
    assert!(
        exported.text.contains("\n'plain apostrophe"),
        "left as it is"
    );
    let back = csv::read_csv(exported.text.as_bytes(), "x").expect("import");
    let map = &back.maps[0];
    assert_eq!(map.stages[0].name, "=1+1");
    assert_eq!(map.lanes[0].name, "@lane");
    let got: Vec<_> = map.cards.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(got, titles, "import undoes the neutralising exactly");
}

#[test]
fn long_titles_survive_and_what_a_cell_cannot_hold_is_reported() {
    let long = "word ".repeat(20_000).trim_end().to_owned() + "é";
    assert_eq!(long.chars().count(), io::MAX_TEXT_CHARS);
    let map = one_cell(&[&long, "two\nlines", "  padded "]);
    let exported = csv::write_csv(&map).expect("export");
    let changed = exported.changed.expect("reported").to_string();
    assert!(!changed.contains('\n'), "one line: {changed}");
    assert!(changed.starts_with("2 text(s)"), "{changed}");
    assert!(changed.contains("card c-1") && changed.contains("card c-2"));
    let back = csv::read_csv(exported.text.as_bytes(), "x").expect("import");
    let got: Vec<_> = back.maps[0]
        .cards
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(got, [long.as_str(), "two lines", "padded"]);

    // Over the limit is refused with where and how long, not cut.
    let too_long = format!("Lane,A\nActions,{}x\n", "y".repeat(io::MAX_TEXT_CHARS));
    let error = csv::read_csv(too_long.as_bytes(), "x").expect_err("too long");
    assert_eq!(
        error.to_string(),
        "line 2: a card title is 100001 characters long, over the 100000-character limit"
    );
}

#[test]
fn an_oversized_csv_is_refused_with_its_true_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.csv");
    let file = std::fs::File::create(&path).expect("create");
    // Sparse: no data is written.
    file.set_len(csv::MAX_CSV_BYTES + 44_000_000).expect("size");
    let error = csv::read_csv_file(&path).expect_err("too large");
    assert_eq!(
        error.to_string(),
        "the CSV is 300 MB (300000000 bytes), over the 256 MB limit"
    );
    // Export and import share the limit: the largest project file.
    assert_eq!(csv::MAX_CSV_BYTES, io::MAX_FILE_BYTES);
}

/// Every input the CSV fuzzer kept (and every crash it found) imports or fails cleanly,
/// and an import exports exactly and imports back to itself.
#[test]
fn the_csv_fuzz_corpus_replays_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut replayed = 0;
    for dir in ["corpus/csv", "regressions-csv"] {
        for entry in std::fs::read_dir(root.join(dir))
            .expect("fuzz folder")
            .flatten()
        {
            let bytes = std::fs::read(entry.path()).expect("read input");
            if let Ok(project) = csv::read_csv(&bytes, "fuzz") {
                assert!(
                    io::validate(&project).is_empty(),
                    "{}",
                    entry.path().display()
                );
                let exported = csv::write_csv(&project.maps[0]).expect("export");
                assert_eq!(exported.changed, None, "{}", entry.path().display());
                let back = csv::read_csv(exported.text.as_bytes(), "fuzz").expect("import");
                assert_eq!(back, project, "{}", entry.path().display());
            }
            replayed += 1;
        }
    }
    assert!(
        replayed >= 4,
        "only {replayed} inputs: is the corpus there?"
    );
}

//! Mermaid `journey` import, the variants written from Mermaid's own syntax documentation
//! (https://mermaid.js.org/syntax/userJourney.html and its accessibility and front-matter
//! pages), export staying inside 0–5, an export → import round trip for anything a map
//! holds, hostile input (thousands of `<br>`, CR line breaks), and the real diagrams of
//! `../shared/corpus/mermaid-real/` read in place.

use proptest::prelude::*;
use waymark_core::interop::mermaid::{write_mermaid, write_mermaid_with_notes};
use waymark_core::interop::mermaid_import::{
    read_mermaid, read_mermaid_with_notes, score_from_mermaid,
};
use waymark_core::model::{LaneKind, Project};
use waymark_core::{assets, io};

fn read(text: &str) -> Project {
    read_mermaid(text.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// (stage, task, lead score) for every task, in order.
fn tasks(project: &Project) -> Vec<(String, String, Option<i8>)> {
    let map = &project.maps[0];
    let feel = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Emotion)
        .expect("emotion lane");
    map.cards
        .iter()
        .filter(|c| c.lane == feel.id)
        .map(|c| {
            let stage = map.stages.iter().find(|s| s.id == c.stage).expect("stage");
            (stage.name.clone(), c.title.clone(), c.emotion)
        })
        .collect()
}

fn t(stage: &str, task: &str, score: i8) -> (String, String, Option<i8>) {
    (stage.to_owned(), task.to_owned(), Some(score))
}

#[test]
fn the_documentation_example() {
    let p = read(
        "journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Go downstairs: 5: Me\n      Sit down: 5: Me\n",
    );
    assert_eq!(p.title, "My working day");
    assert_eq!(p.maps[0].name, "My working day");
    let names: Vec<&str> = p.personas.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Me", "Cat"]);
    assert_eq!(p.maps[0].personas.len(), 2);
    assert_eq!(
        tasks(&p),
        [
            t("Go to work", "Make tea", 2),
            t("Go to work", "Go upstairs", 0),
            t("Go to work", "Do work", -2),
            t("Go home", "Go downstairs", 2),
            t("Go home", "Sit down", 2),
        ]
    );
    // "Do work" is the Cat's too; the other tasks are not.
    let map = &p.maps[0];
    let cat = &map.personas[1];
    let scored: Vec<&str> = map
        .cards
        .iter()
        .filter(|c| c.scores.contains_key(cat))
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(scored, ["Do work"]);
    // Tasks are also cards in the actions lane.
    let actions = map
        .lanes
        .iter()
        .find(|l| l.name == "Customer actions")
        .expect("lane");
    assert_eq!(map.cards.iter().filter(|c| c.lane == actions.id).count(), 5);
    assert!(io::validate(&p).is_empty(), "{:?}", io::validate(&p));
}

#[test]
fn front_matter_accessibility_comments_and_directives() {
    let p = read(
        "---\ntitle: Signing up\nconfig:\n  journey:\n    taskFontSize: 14\n---\n%%{init: {\"theme\": \"forest\"}}%%\njourney\n  %% a comment line\n  accTitle: The sign-up journey\n  accDescr: How a new customer signs up, step by step\n  section Start %% a comment after a section\n    Open the app: 4: Ana # an old-style comment\n",
    );
    assert_eq!(p.title, "Signing up", "the front matter's title");
    assert_eq!(
        p.maps[0].scenario,
        "How a new customer signs up, step by step"
    );
    assert_eq!(tasks(&p), [t("Start", "Open the app", 1)]);
    // accTitle stands in for a missing title; a multi-line accDescr block is read whole.
    let q = read(
        "journey\naccTitle: Returns\naccDescr {\n  Sending a parcel back\n  and getting a refund\n}\nsection Send\n  Print label: 2: Kim\n",
    );
    assert_eq!(q.title, "Returns");
    assert_eq!(
        q.maps[0].scenario,
        "Sending a parcel back\nand getting a refund"
    );
    assert_eq!(tasks(&q), [t("Send", "Print label", -1)]);
}

#[test]
fn tasks_without_actors_spaces_around_colons_and_br_in_sections() {
    let p = read(
        "JOURNEY\n  Title   Onboarding  \n  section Day 1<br>Welcome\n    Sign Up: 5:\n    Verify email : 2 :  \n    Read guide:4\n  Section Week 1<br/>Habit <BR /> forming\n    Log in   :   3   :   Ana ,  Ben  \n",
    );
    assert_eq!(p.title, "Onboarding");
    let stages: Vec<(&str, &str)> = p.maps[0]
        .stages
        .iter()
        .map(|s| (s.name.as_str(), s.description.as_str()))
        .collect();
    // Each further <br> is a line of the description.
    assert_eq!(stages, [("Day 1", "Welcome"), ("Week 1", "Habit\nforming")]);
    assert_eq!(
        tasks(&p),
        [
            t("Day 1", "Sign Up", 2),
            t("Day 1", "Verify email", -1),
            t("Day 1", "Read guide", 1),
            t("Week 1", "Log in", 0),
        ]
    );
    let names: Vec<&str> = p.personas.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Ben"]);
}

#[test]
fn tasks_before_any_section_and_statements_on_one_line() {
    let p = read("journey\ntitle A; Wake up: 3: Me\nsection Work; Type: 4: Me\n");
    assert_eq!(
        tasks(&p),
        [t("Stage 1", "Wake up", 0), t("Work", "Type", 1)]
    );
}

#[test]
fn scores_map_to_minus_two_to_plus_two() {
    let mapped: Vec<i8> = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 7.0, -3.0, 3.4, 3.5]
        .iter()
        .map(|s| score_from_mermaid(*s))
        .collect();
    assert_eq!(mapped, [-2, -2, -1, 0, 1, 2, 2, -2, 0, 1]);
}

#[test]
fn bad_input_is_one_clear_error() {
    for (text, says) in [
        ("", "no Mermaid journey"),
        ("flowchart LR\nA-->B\n", "not a Mermaid journey"),
        (
            "journey\nsection A\n  Just words\n",
            "line 3: “Just words” is not a task",
        ),
        ("journey\n  : 3: Me\n", "line 2: a task has no name"),
        ("---\ntitle: x\njourney\n", "front matter"),
        ("journey\naccDescr {\nnever closed\n", "never closed"),
        ("journey\nsection a: b\n", "cannot hold a colon"),
    ] {
        let e = read_mermaid(text.as_bytes()).expect_err(text).to_string();
        assert!(e.contains(says), "{text:?}: {e}");
        assert!(!e.contains('\n'), "one line: {e}");
    }
    assert!(read_mermaid(&[0xff, 0xfe]).is_err_and(|e| matches!(
        e,
        waymark_core::interop::mermaid_import::MermaidError::NotUtf8
    )));
    let many = format!("journey\nsection s\n{}", "t: 3: Me\n".repeat(100_001));
    assert!(
        read_mermaid(many.as_bytes())
            .expect_err("too many")
            .to_string()
            .contains("more than 100000 tasks")
    );
}

#[test]
fn export_keeps_scores_in_zero_to_five_and_round_trips() {
    let sample = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    let text = write_mermaid(&sample, &sample.maps[0]);
    for line in text.lines().filter(|l| l.matches(':').count() == 2) {
        let score: i32 = line
            .split(':')
            .nth(1)
            .expect("score")
            .trim()
            .parse()
            .expect("integer");
        assert!((0..=5).contains(&score), "{line}");
    }
    let back = read(&text);
    let again = write_mermaid(&back, &back.maps[0]);
    assert_eq!(again, text, "export → import → export is stable");
    // The tasks and their scores survive.
    let before: Vec<_> = text.lines().filter(|l| l.contains(": ")).collect();
    assert!(before.len() >= 5);
    // A map with several personas and per-task scores round-trips too.
    let src = "journey\n    title Trip\n    section Book\n      Search: 2: Ana, Ben\n      Pay: 5: Ana\n    section Fly\n      Board: 1: Ben\n";
    let p = read(src);
    assert_eq!(write_mermaid(&p, &p.maps[0]), src);
}

/// Every input the Mermaid fuzzer kept (and every crash it found) imports or fails
/// cleanly, and an import's export reads back to the same text.
#[test]
fn the_mermaid_fuzz_corpus_replays_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut replayed = 0;
    for dir in ["corpus/mermaid", "regressions-mermaid"] {
        for entry in std::fs::read_dir(root.join(dir))
            .expect("fuzz folder")
            .flatten()
        {
            let bytes = std::fs::read(entry.path()).expect("read input");
            if let Ok(project) = read_mermaid(&bytes) {
                assert!(
                    io::validate(&project).is_empty(),
                    "{}",
                    entry.path().display()
                );
                let text = write_mermaid(&project, &project.maps[0]);
                let back = read_mermaid(text.as_bytes()).expect("an export imports");
                assert_eq!(
                    write_mermaid(&back, &back.maps[0]),
                    text,
                    "{}",
                    entry.path().display()
                );
            }
            replayed += 1;
        }
    }
    assert!(
        replayed >= 3,
        "only {replayed} inputs: is the corpus there?"
    );
}

#[test]
fn a_task_named_like_a_keyword_stays_a_task() {
    // Mermaid reads `title` and `section` as keywords only before white space.
    let p = read("journey\nsection S\n  title: 3: Me\n  Section,2: 4: Me\n  accDescr,: 2: Me\n");
    let names: Vec<String> = tasks(&p).into_iter().map(|t| t.1).collect();
    assert_eq!(names, ["title", "Section,2", "accDescr,"]);
    let text = write_mermaid(&p, &p.maps[0]);
    // A comma may stay in a task name: `Section,2` is no keyword for Mermaid either.
    assert!(text.contains("      Section,2: 4: Me\n"), "{text}");
    assert!(text.contains("      accDescr,: 2: Me\n"), "{text}");
    // A keyword followed by white space gets a zero-width space, which import removes.
    let mut q = p.clone();
    q.maps[0].cards[0].title = "Section 2".to_owned();
    let text = write_mermaid(&q, &q.maps[0]);
    assert!(text.contains("Section\u{200B} 2: 3: Me"), "{text}");
    assert_eq!(tasks(&read(&text))[0].1, "Section 2");
    // A zero-width space the export would not have written stays (the fuzzer found
    // `journey\u{200B}\u{200B}x` losing both over two round trips).
    for name in [
        "journey\u{200B}\u{200B}x",
        "journey\u{200B}x",
        "title\u{200B}\u{200B} x",
    ] {
        q.maps[0].cards[0].title = name.to_owned();
        let text = write_mermaid(&q, &q.maps[0]);
        let back = read(&text);
        assert_eq!(write_mermaid(&back, &back.maps[0]), text, "{name:?}");
    }
    let back = read(&text);
    assert_eq!(tasks(&back).len(), 3);
    assert_eq!(write_mermaid(&back, &back.maps[0]), text);
}

#[test]
fn scores_mermaid_cannot_draw_import_with_a_warning() {
    // Mermaid reads any text as a score (`Number()`): out of 1–5 it draws off the scale,
    // and text is NaN. Waymark clamps, takes text as neutral, and says so per task.
    let done = read_mermaid_with_notes(
        "journey\nsection A\n  Task: lots: Me\n  Easy: 9: Me\n  Fine: 4: Me\n  Low: 0: Me\n"
            .as_bytes(),
    )
    .expect("imports");
    assert_eq!(
        tasks(&done.project),
        [
            t("A", "Task", 0),
            t("A", "Easy", 2),
            t("A", "Fine", 1),
            t("A", "Low", -2)
        ]
    );
    assert_eq!(done.notes.len(), 3, "{:?}", done.notes);
    let notes: Vec<String> = done.notes.iter().map(ToString::to_string).collect();
    assert!(
        notes[0].contains("line 3") && notes[0].contains("“lots”"),
        "{notes:?}"
    );
    assert!(notes[1].contains("line 4") && notes[1].contains("9"));
    assert!(notes[1].ends_with("taken as 5"), "{}", notes[1]);
    assert!(notes[2].contains("line 6"));
    for note in &notes {
        assert!(!note.contains('\n'), "one line: {note}");
    }
}

/// `<br>` thousands of times in one section name (issue 30: 30,000 overflowed the stack
/// and took 1.7 GB): a clear error or a stage, in bounded time and memory.
#[test]
fn thousands_of_br_in_a_section_name_are_bounded() {
    for n in [20_000, 30_000, 2_000_000] {
        let text = format!("journey\nsection x{}\n  Task: 3: Me\n", "<br>".repeat(n));
        let result = read_mermaid(text.as_bytes());
        if n * 4 > waymark_core::interop::mermaid_import::MAX_SECTION_CHARS {
            // Measured before it is split.
            let e = result.expect_err("too long").to_string();
            assert!(e.contains("line 2") && e.contains("limit"), "{e}");
        } else {
            let p = result.expect("imports");
            assert_eq!(p.maps[0].stages[0].name, "x");
            assert_eq!(p.maps[0].stages[0].description, "");
        }
    }
    // Many short names each with a few <br> are fine.
    let text = format!(
        "journey\n{}",
        "section A<br>B<BR/>C<br />D\n  T: 3: Me\n".repeat(5_000)
    );
    let p = read_mermaid(text.as_bytes()).expect("imports");
    assert_eq!(p.maps[0].stages.len(), 5_000);
    assert_eq!(p.maps[0].stages[0].description, "B\nC\nD");
    // Only a real <br> splits: not <brown>, not </br>.
    let p = read("journey\nsection Brown <brown> fox</br>end<br\t/>Two\n");
    assert_eq!(p.maps[0].stages[0].name, "Brown <brown> fox</br>end");
    assert_eq!(p.maps[0].stages[0].description, "Two");
}

#[test]
fn carriage_returns_and_a_semicolon_after_journey() {
    let expected = [t("Go", "Tea", 2), t("Go", "Work", -2)];
    for text in [
        "journey\rtitle Day\rsection Go\r  Tea: 5: Me\r  Work: 1: Me\r",
        "journey\r\ntitle Day\r\nsection Go\r\n  Tea: 5: Me\r\n  Work: 1: Me\r\n",
        "journey;\ntitle Day;section Go\n  Tea: 5: Me; Work: 1: Me\n",
        "journey; title Day; section Go; Tea: 5: Me; Work: 1: Me",
    ] {
        let p = read(text);
        assert_eq!(p.title, "Day", "{text:?}");
        assert_eq!(tasks(&p), expected, "{text:?}");
    }
    // An accDescr block may end mid-line; the rest of the line is read on (Mermaid's own
    // test writes `}title …`).
    let p = read("journey\naccDescr {\n  Two\n  lines\n}title After; section S\n");
    assert_eq!(p.title, "After");
    assert_eq!(p.maps[0].scenario, "Two\nlines");
    assert_eq!(p.maps[0].stages[0].name, "S");
}

#[test]
fn export_warns_per_changed_text_and_the_round_trip_holds() {
    let mut p =
        read("journey\n  title Trip\n  section Book\n    Search: 2: Ana\n    Pay: 5: Ana, Ben\n");
    p.title = "Trip: the whole story, told".to_owned();
    p.maps[0].name = p.title.clone();
    let map = &mut p.maps[0];
    map.stages[0].name = "Book<br>online".to_owned();
    map.stages[0].description = "Pick a seat\nand pay".to_owned();
    map.cards[0].title = "Search; compare #1 %% best".to_owned();
    p.personas[1].name = "Ben, the friend: B".to_owned();
    let done = write_mermaid_with_notes(&p, &p.maps[0]);
    let text = &done.text;
    // A title may hold colons and commas; a <br> and the description live on.
    assert!(
        text.contains("title Trip: the whole story, told\n"),
        "{text}"
    );
    assert!(
        text.contains("section Book<br>online<br>Pick a seat<br>and pay\n"),
        "{text}"
    );
    // One note per changed text, naming it.
    assert_eq!(done.notes.len(), 3, "{:#?}", done.notes);
    let all: Vec<String> = done.notes.iter().map(ToString::to_string).collect();
    let all = all.join("\n");
    for needle in [
        "Book<br>online",
        "Search; compare #1 %% best",
        "Ben, the friend: B",
    ] {
        assert!(all.contains(needle), "{needle} in {all}");
    }
    // export → import → export gives the same text, literal <br> included.
    let back = read(text);
    assert_eq!(back.maps[0].stages[0].name, "Book");
    assert_eq!(
        back.maps[0].stages[0].description,
        "online\nPick a seat\nand pay"
    );
    let again = write_mermaid_with_notes(&back, &back.maps[0]);
    assert_eq!(&again.text, text);
    assert!(again.notes.is_empty(), "{:?}", again.notes);
}

/// Text of any kind in a project's title, stage names and descriptions, task titles and
/// persona names.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{0,12}",
        "(?s).{0,16}",
        "[<>br/ :;,#%{}\\-]{0,12}",
        Just("<br>".to_owned()),
        Just("Section 2".to_owned()),
        Just("title x".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever a map holds, its export imports back and exports the same text; and where
    /// the export warns of nothing, the import holds the same title, stages, tasks and
    /// actors.
    #[test]
    fn any_text_round_trips_through_mermaid(
        title in any_text(),
        stages in proptest::collection::vec((any_text(), any_text()), 1..4),
        titles in proptest::collection::vec(any_text(), 1..4),
        actors in proptest::collection::vec(any_text(), 1..3),
    ) {
        let mut src = String::from("journey\nsection S\n");
        for (i, _) in titles.iter().enumerate() {
            src.push_str(&format!("  T{i}: 3: A{i}\n"));
        }
        let mut p = read(&src);
        p.title = title.clone();
        p.maps[0].name = title;
        let stage = p.maps[0].stages[0].clone();
        p.maps[0].stages.clear();
        for (i, (name, description)) in stages.iter().enumerate() {
            p.maps[0].stages.push(waymark_core::model::Stage {
                id: waymark_core::model::StageId(format!("s-{i}")),
                name: name.clone(),
                description: description.clone(),
                ..stage.clone()
            });
        }
        let first = p.maps[0].stages[0].id.clone();
        for card in &mut p.maps[0].cards {
            card.stage = first.clone();
        }
        let actions = p.maps[0].lanes[0].id.clone();
        for (n, card) in p.maps[0]
            .cards
            .iter_mut()
            .filter(|c| c.lane == actions)
            .enumerate()
        {
            card.title = titles[n % titles.len()].clone();
        }
        for (persona, name) in p.personas.iter_mut().zip(actors.iter().cycle()) {
            persona.name = name.clone();
        }
        let done = write_mermaid_with_notes(&p, &p.maps[0]);
        let back = read_mermaid(done.text.as_bytes())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{}", done.text)))?;
        let again = write_mermaid_with_notes(&back, &back.maps[0]);
        prop_assert_eq!(&again.text, &done.text);
        prop_assert!(again.notes.is_empty(), "{:?}", again.notes);
        if done.notes.is_empty() {
            prop_assert_eq!(back.title.trim(), p.title.trim());
            let names = |p: &Project| -> Vec<(String, String)> {
                p.maps[0].stages.iter().map(|s| (s.name.clone(), s.description.clone())).collect()
            };
            prop_assert_eq!(names(&back), names(&p));
            let task_titles = |p: &Project| -> Vec<String> {
                let lane = &p.maps[0].lanes[0].id;
                p.maps[0].cards.iter().filter(|c| &c.lane == lane).map(|c| c.title.clone()).collect()
            };
            prop_assert_eq!(task_titles(&back), task_titles(&p));
            let people = |p: &Project| -> Vec<String> {
                p.personas.iter().map(|x| x.name.clone()).collect()
            };
            prop_assert_eq!(people(&back), people(&p));
        }
    }
}

/// One row of `SOURCES.md`: whether Mermaid's grammar accepts the file, and what it holds.
struct Source {
    file: String,
    accepts: bool,
    title: String,
    sections: usize,
    tasks: usize,
    actors: usize,
    empty_actor: bool,
}

fn sources(text: &str) -> Vec<Source> {
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("| 0")) {
        let cells: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let (file, grammar, counts, notes) = (
            cells[0].trim_start_matches("| "),
            cells[4],
            cells[5],
            cells.get(6).copied().unwrap_or_default(),
        );
        let accepts = grammar.starts_with("accepts") || grammar.contains("accepts after dedent");
        let mut row = Source {
            file: file.to_owned(),
            accepts,
            title: String::new(),
            sections: 0,
            tasks: 0,
            actors: 0,
            empty_actor: notes.contains("actor ''"),
        };
        if accepts {
            let (title, numbers) = counts.rsplit_once("` / ").expect("title / counts");
            row.title = title.trim_start_matches('`').trim().to_owned();
            let n: Vec<usize> = numbers
                .split(" / ")
                .map(|x| x.trim().parse().expect("a count"))
                .collect();
            (row.sections, row.tasks, row.actors) = (n[0], n[1], n[2]);
        }
        rows.push(row);
    }
    rows
}

/// The real diagrams in `../shared/corpus/mermaid-real/` (read in place, never copied):
/// each one Mermaid's grammar accepts imports with its sections, tasks and actors (an
/// empty actor, from a trailing colon, is not a person); each one it rejects gives one
/// clear error.
#[test]
fn real_mermaid_diagrams_import_as_mermaid_reads_them() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/mermaid-real");
    let Ok(index) = std::fs::read_to_string(folder.join("SOURCES.md")) else {
        println!(
            "skipped: {} is not here (the shared corpus sits beside the checkout)",
            folder.display()
        );
        return;
    };
    let rows = sources(&index);
    assert!(rows.len() >= 40, "{} rows in SOURCES.md", rows.len());
    for row in rows {
        let path = folder.join(&row.file);
        let result = waymark_core::interop::import_file_with_notes(&path);
        if !row.accepts {
            let e = result.expect_err(&row.file).to_string();
            assert!(!e.contains('\n'), "{}: one line: {e}", row.file);
            continue;
        }
        let done = result.unwrap_or_else(|e| panic!("{}: {e}", row.file));
        let p = &done.project;
        let map = &p.maps[0];
        assert!(io::validate(p).is_empty(), "{}", row.file);
        if !row.title.is_empty() {
            assert_eq!(map.name, row.title, "{}: title", row.file);
        }
        assert_eq!(map.stages.len(), row.sections, "{}: sections", row.file);
        let actions = &map.lanes[0];
        let tasks = map.cards.iter().filter(|c| c.lane == actions.id).count();
        assert_eq!(tasks, row.tasks, "{}: tasks", row.file);
        let actors = row.actors - usize::from(row.empty_actor);
        assert_eq!(p.personas.len(), actors, "{}: actors", row.file);
        for note in &done.notes {
            assert!(!note.to_string().contains('\n'), "{}: {note}", row.file);
        }
        // And its export reads back as the same text.
        let text = write_mermaid(p, map);
        let back = read(&text);
        assert_eq!(write_mermaid(&back, &back.maps[0]), text, "{}", row.file);
    }
}

//! Mermaid `journey` import, the variants written from Mermaid's own syntax documentation
//! (https://mermaid.js.org/syntax/userJourney.html and its accessibility and front-matter
//! pages), export staying inside 0–5, and an export → import round trip.

use waymark_core::interop::mermaid::write_mermaid;
use waymark_core::interop::mermaid_import::{read_mermaid, score_from_mermaid};
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
    assert_eq!(stages, [("Day 1", "Welcome"), ("Week 1", "Habit forming")]);
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
            "journey\nsection A\n  Task: lots: Me\n",
            "line 3: the score “lots” of task “Task” is not a number",
        ),
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
    assert!(read_mermaid(&[0xff, 0xfe]).is_err());
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
    assert!(text.contains("Section\u{200B} 2: 4: Me"), "{text}");
    assert!(text.contains("accDescr\u{200B}: 2: Me"), "{text}");
    let back = read(&text);
    assert_eq!(tasks(&back).len(), 3);
    assert_eq!(write_mermaid(&back, &back.maps[0]), text);
}

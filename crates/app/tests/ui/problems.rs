//! What went wrong, in the window's language: an export the Export dialog refuses and an
//! import that fails are explained in German and in Japanese (the core's English reasons
//! are put in the window's words), found by their text on screen.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use waymark::ui::WaymarkApp;
use waymark::ui::i18n::{catalogue, force_language};

use super::{choose_path, common, harness_on};

/// Message `id` of the window catalogue in `tag`.
fn text(tag: &str, id: &str) -> &'static str {
    catalogue(tag)
        .text(id)
        .unwrap_or_else(|| panic!("{id} in {tag}"))
}

/// The texts on screen that contain `part`.
fn on_screen(h: &Harness<'_, WaymarkApp>, part: &str) -> Vec<String> {
    h.query_all_by(|n| {
        n.label().is_some_and(|l| l.contains(part)) || n.value().is_some_and(|v| v.contains(part))
    })
    .filter_map(|n| {
        let n = n.accesskit_node();
        n.value().or_else(|| n.label())
    })
    .collect()
}

/// English words of the core's reasons that must not reach a German or Japanese window.
const ENGLISH: &[&str] = &[
    "would have",
    "slides",
    "the first row",
    "UTF-8 text",
    "journey (it",
];

fn assert_not_english(message: &str) {
    for word in ENGLISH {
        assert!(!message.contains(word), "English {word:?} in {message:?}");
    }
}

#[test]
fn an_export_over_the_limits_is_refused_in_german_and_japanese() {
    // 400 stages × 40 lanes: within the cell limit, but a deck of over 500 slides.
    for (tag, slides, limit) in [("de", "mindestens", "500"), ("ja", "少なくとも", "500")] {
        let mut h = harness_on(waymark::generate::generate(400, 40, 0, 1));
        force_language(Some(tag));
        h.run_steps(2);
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run_steps(3);
        let pptx = [("name", waymark::i18n::FluentValue::from("PPTX"))];
        h.get_by_label(&catalogue(tag).tr_args("export-format-named", &pptx))
            .click();
        h.run_steps(3);
        let found = on_screen(&h, slides);
        let message = found.first().expect("the dialog says why it cannot export");
        assert!(message.contains(slides), "{tag}: {message}");
        assert!(message.contains(limit), "{tag}: {message}");
        assert!(
            message.contains(text(tag, "export-some-stages")),
            "{tag}: what to do next: {message}"
        );
        assert_not_english(message);
    }
    force_language(Some("en"));
}

#[test]
fn a_failed_import_is_explained_in_german_and_japanese() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A CSV saved in a legacy encoding (Shift_JIS bytes), and a Mermaid flowchart.
    let csv = dir.path().join("予約.csv");
    std::fs::write(&csv, b"\x83\x58\x83\x65\x81\x5B\x83\x57,a\n").expect("csv");
    let mermaid = dir.path().join("flow.mmd");
    std::fs::write(&mermaid, "flowchart TD\n  A --> B\n").expect("mmd");
    let cases = [
        ("de", &csv, "CSV UTF-8"),
        ("ja", &csv, "CSV UTF-8"),
        ("de", &mermaid, "beginnt mit „flowchart TD“"),
        ("ja", &mermaid, "「flowchart TD」で始まっています"),
    ];
    for (tag, file, expected) in cases {
        let mut app = WaymarkApp::open(None);
        app.use_builtin_file_chooser(true);
        let mut h = common::window(app);
        force_language(Some(tag));
        h.run_steps(2);
        h.key_press_modifiers(Modifiers::COMMAND, Key::I);
        h.run_steps(3);
        choose_path(&mut h, text(tag, "chooser-file-name"), file);
        h.run_steps(4);
        let banner = h.state().banner().expect("the import failed").to_owned();
        assert!(banner.contains(expected), "{tag}: {banner}");
        assert_not_english(&banner);
        assert!(
            !on_screen(&h, expected).is_empty(),
            "{tag}: the reason is on screen: {banner}"
        );
    }
    force_language(Some("en"));
}

#[test]
fn what_an_export_left_out_is_said_in_german_and_japanese() {
    // A Mermaid journey holds one lane of tasks: the cards of the other lanes are left
    // out, and the note saying so after the export is in the window's language.
    let project = waymark::generate::generate(3, 4, 24, 1);
    let kind = waymark::export::ExportKind::Mermaid;
    let request = waymark::export::ExportRequest::new(kind, &project.maps[0], Default::default());
    let exported = waymark::export::export(&project, &request).expect("export");
    assert!(
        exported
            .notes
            .iter()
            .any(|n| matches!(n, waymark::export::notes::ExportNote::MermaidLeftOut { .. })),
        "the core notes the cards left out: {:?}",
        exported.notes
    );
    let dir = tempfile::tempdir().expect("temp dir");
    for (tag, said) in [
        ("de", "Eine Mermaid-Journey hat nur eine Bahn mit Aufgaben"),
        (
            "ja",
            "Mermaid のジャーニーに入るタスクのレーンは 1 つだけです",
        ),
    ] {
        let mut app = WaymarkApp::with_project(project.clone(), None);
        app.use_builtin_file_chooser(true);
        let mut h = common::window(app);
        force_language(Some(tag));
        h.run_steps(2);
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run_steps(3);
        let mermaid = [("name", waymark::i18n::FluentValue::from("Mermaid"))];
        h.get_by_label(&catalogue(tag).tr_args("export-format-named", &mermaid))
            .click();
        h.run_steps(2);
        // The dialog's button (the menu has one of the same name, drawn before it).
        h.query_all_by_label(text(tag, "cmd-export"))
            .last()
            .expect("the dialog's Export button")
            .click();
        h.run_steps(3);
        let path = dir.path().join(format!("journey-{tag}.mmd"));
        choose_path(&mut h, text(tag, "chooser-file-name"), &path);
        // The export runs on a worker thread; its note shows once it is done.
        let mut found = Vec::new();
        for _ in 0..300 {
            h.step();
            found = on_screen(&h, said);
            if !found.is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(path.is_file(), "{tag}: the file is written");
        let message = found.first().expect("the note is on screen");
        assert!(!message.contains("left out"), "{tag}: {message}");
        assert!(!message.contains("lane of tasks"), "{tag}: {message}");
    }
    force_language(Some("en"));
}

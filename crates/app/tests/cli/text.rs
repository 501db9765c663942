//! Text in every language from the command line: `check` names text no font can draw, and
//! exports print no renderer warnings. Needs the fonts `scripts/setup.sh` installs.

use std::process::Command;

use waymark::io;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../core/tests/fixtures/scripts.json"
);

fn scripts() -> waymark::model::Project {
    io::load_path(std::path::Path::new(FIXTURE)).expect("the scripts fixture loads")
}

fn waymark(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn check_names_text_no_font_can_draw_and_nothing_for_common_scripts() {
    let out = waymark(&["check", FIXTURE]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Kawi (Unicode 15) and a private-use code point: no font here has them.
    let mut project = scripts();
    project.maps[0].cards[0].title = "Kawi 𑼄 and \u{10FFFD}".to_owned();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("uncovered.json");
    io::save_path(&project, &path).expect("write");
    let out = waymark(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("card \"Kawi"), "{stderr}");
    assert!(stderr.contains("(c-ja)"), "{stderr}");
    assert!(
        stderr.contains("U+11F04") && stderr.contains("U+10FFFD"),
        "{stderr}"
    );

    // Exporting it still writes the picture, with one warning line naming the card.
    let png = dir.path().join("uncovered.png");
    let out = waymark(&[
        "export",
        path.to_str().expect("utf-8"),
        "-o",
        png.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success());
    assert!(png.exists());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("waymark: warning: card \"Kawi"),
        "{stderr}"
    );
}

#[test]
fn exports_print_no_renderer_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    for ext in ["png", "pdf", "svg"] {
        let out_path = dir.path().join(format!("scripts.{ext}"));
        let out = waymark(&["export", FIXTURE, "-o", out_path.to_str().expect("utf-8")]);
        assert!(out.status.success());
        assert!(
            out.stderr.is_empty() && out.stdout.is_empty(),
            "{ext}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

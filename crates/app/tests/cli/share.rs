//! Slides, print and share from the command line: the paged PDF (pdfinfo), the PPTX
//! (opened by python-pptx) and the HTML viewer (rendered by headless Chromium).
//! scripts/setup.sh installs poppler-utils, python-pptx and chromium; a test whose tool
//! is missing fails saying how to install it, unless `WAYMARK_SKIP_BROWSER=1` (for the
//! Chromium test) says to skip it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../core/assets/samples/online-grocery.waymark"
);

fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .output()
        .expect("runs")
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A generated 12-stage map.
fn twelve_stages(dir: &Path) -> PathBuf {
    let file = dir.join("twelve.waymark");
    ok(&waymark(&[
        "generate",
        s(&file),
        "--stages",
        "12",
        "--lanes",
        "6",
        "--cards",
        "120",
    ]));
    file
}

#[test]
fn a_twelve_stage_map_prints_on_several_a4_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = twelve_stages(dir.path());
    let pdf = dir.path().join("pages.pdf");
    let out = waymark(&["export", s(&file), "-o", s(&pdf), "--page", "a4"]);
    ok(&out);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info = Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .expect("pdfinfo runs (scripts/setup.sh installs poppler-utils)");
    let info = String::from_utf8_lossy(&info.stdout);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    assert!(pages >= 2, "{info}");
    assert!(info.contains("842 x 595 pts"), "{info}");

    let fit = dir.path().join("fit.pdf");
    ok(&waymark(&[
        "export",
        s(&file),
        "-o",
        s(&fit),
        "--page",
        "a3",
        "--fit",
    ]));
    let info = Command::new("pdfinfo").arg(&fit).output().expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(info.contains("1191 x 842 pts"), "{info}");
}

#[test]
fn page_options_that_do_not_apply_are_one_line_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (out, args, needle) in [
        ("map.png", &["--page", "a4"][..], "apply to .pdf and .pptx"),
        ("deck.pptx", &["--portrait"][..], "16:9"),
        ("map.pdf", &["--page", "legal"][..], "legal"),
    ] {
        let path = dir.path().join(out);
        let mut all = vec!["export", SAMPLE, "-o", s(&path)];
        all.extend_from_slice(args);
        let result = waymark(&all);
        let err = String::from_utf8_lossy(&result.stderr);
        assert_ne!(result.status.code(), Some(0), "{out} {args:?}");
        assert!(err.contains(needle), "{err}");
        assert!(!path.exists());
    }
    let help = waymark(&["export", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    for word in ["--page", "--portrait", "--fit", ".pptx", ".html", "tabloid"] {
        assert!(text.contains(word), "export --help names {word}");
    }
}

/// Runs `script` with python3, or fails saying how to get python-pptx.
fn python(script: &str, arg: &Path) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(arg)
        .output()
        .expect("python3 runs (scripts/setup.sh installs it)");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("No module named 'pptx'"),
        "python-pptx is not installed: run scripts/setup.sh (pip install python-pptx)"
    );
    assert!(out.status.success(), "{err}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn python_pptx_reads_every_card_title_of_every_map_as_slide_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deck = dir.path().join("deck.pptx");
    ok(&waymark(&["export", SAMPLE, "-o", s(&deck)]));
    let report = python(
        r#"
import sys
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
p = Presentation(sys.argv[1])
print("size", p.slide_width, p.slide_height)
print("slides", len(p.slides))
def walk(shapes):
    for s in shapes:
        yield s
        if s.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from walk(s.shapes)
for i, slide in enumerate(p.slides):
    shapes = list(walk(slide.shapes))
    pictures = [s for s in shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    texts = [s.text_frame.text.replace("\n", " / ") for s in shapes if s.has_text_frame and s.text_frame.text]
    notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
    groups = [s for s in shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    print("slide", i, "pictures", len(pictures), "groups", len(groups), "shapes", len(shapes))
    for t in texts:
        print("text", i, t)
    print("notes", i, repr(notes))
"#,
        &deck,
    );
    assert!(report.contains("size 12192000 6858000"), "{report}");
    let slides: usize = report
        .lines()
        .find_map(|l| l.strip_prefix("slides "))
        .and_then(|n| n.parse().ok())
        .expect("a slide count");
    assert!(
        slides >= 5,
        "a title slide, a divider per map and each map on slides: {report}"
    );
    assert!(report.contains("text 0 Online grocery order"), "{report}");
    assert!(
        report.contains("Maya"),
        "the persona on the title slide: {report}"
    );
    // Map slides are shapes, not a picture each; every card title is text on them.
    for i in 1..slides {
        assert!(
            report.contains(&format!("slide {i} pictures 0 ")),
            "{report}"
        );
    }
    // A card with chips is one group: it moves as one.
    assert!(
        report
            .lines()
            .any(|l| l.starts_with("slide ") && !l.contains(" groups 0 ")),
        "{report}"
    );
    let project = std::fs::read_to_string(SAMPLE).expect("sample");
    let project = waymark::io::load_bytes(project.as_bytes()).expect("loads");
    let texts: Vec<&str> = report.lines().filter(|l| l.starts_with("text ")).collect();
    for map in &project.maps {
        assert!(
            texts.iter().any(|t| t.ends_with(&map.name)),
            "a divider for {}",
            map.name
        );
        for card in map.cards.iter().filter(|c| !c.title.trim().is_empty()) {
            assert!(
                texts.iter().any(|t| t.contains(card.title.trim())),
                "{}: {} is not slide text",
                map.name,
                card.title
            );
        }
    }
    // A map slide's notes list its stage, lanes and card titles.
    let notes = report
        .lines()
        .find(|l| l.starts_with("notes ") && l.contains(" → "))
        .expect("notes of a map slide");
    assert!(notes.contains("Awareness"), "{notes}");
    assert!(notes.contains(" → "), "{notes}");
}

#[test]
fn chromium_renders_the_html_viewer_and_shows_a_cards_details() {
    if std::env::var_os("WAYMARK_SKIP_BROWSER").is_some() {
        eprintln!("skipped: WAYMARK_SKIP_BROWSER is set");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let html = dir.path().join("map.html");
    ok(&waymark(&["export", SAMPLE, "-o", s(&html)]));
    let page = std::fs::read_to_string(&html).expect("html");
    for outside in ["http:", "https:", "src=\"", "url(", "<link"] {
        assert!(!page.contains(outside), "refers outside: {outside}");
    }
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())
        .expect("chromium is installed (scripts/setup.sh installs it)");
    let profile = dir.path().join("profile");
    let run = |extra: &[&str], url: &str| {
        Command::new(chromium)
            .env("HOME", dir.path())
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=1400,900",
                "--virtual-time-budget=3000",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(url)
            .output()
            .expect("chromium runs")
    };
    let url = format!("file://{}", html.display());
    // `#card=0-0` opens the details of the first card, as a click does.
    let dom = run(&["--dump-dom"], &format!("{url}#card=0-0"));
    let dom = String::from_utf8_lossy(&dom.stdout);
    let project = std::fs::read_to_string(SAMPLE).expect("sample");
    let first_title = serde_json::from_str::<serde_json::Value>(&project).expect("json")["maps"][0]
        ["cards"][0]["title"]
        .as_str()
        .expect("a title")
        .to_owned();
    assert!(dom.contains(&first_title), "the DOM has the card text");
    // Every card's text is real text in the page (so Find sees it), not only in the
    // script's data: the text elements over the glyphs, outside every <script>.
    let markup: String = dom
        .split("<script")
        .enumerate()
        .map(|(i, part)| match i {
            0 => part,
            _ => part.split_once("</script>").map_or("", |(_, rest)| rest),
        })
        .collect();
    let lines: Vec<String> = markup
        .split("<text class=\"t\"")
        .skip(1)
        .filter_map(|t| Some(t.split_once('>')?.1.split_once("</text>")?.0.to_owned()))
        .map(|t| {
            t.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        })
        .collect();
    let map = &serde_json::from_str::<serde_json::Value>(&project).expect("json")["maps"][0];
    for card in map["cards"].as_array().expect("cards") {
        let title = card["title"].as_str().unwrap_or_default();
        let start: String = title.chars().take(8).collect();
        let start = start.split_whitespace().next().unwrap_or_default();
        assert!(
            lines.iter().any(|l| l.contains(start)),
            "{title} is text in the page outside <script>"
        );
    }
    let details = dom
        .split("id=\"details\"")
        .nth(1)
        .expect("the details panel");
    let details = details.split("</aside>").next().unwrap_or_default();
    assert!(
        !details.contains(" hidden"),
        "the details panel is open: {details}"
    );
    assert!(
        details.contains(&first_title),
        "the details show the card: {details}"
    );
    let shot = dir.path().join("shot.png");
    let out = run(&[&format!("--screenshot={}", shot.display())], &url);
    assert!(shot.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    let img = image::open(&shot).expect("a PNG").to_rgb8();
    // The map's ink (titles, outlines, the curve) is dark: a blank or unstyled page has
    // next to none.
    let ink = img
        .pixels()
        .filter(|p| u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]) < 300)
        .count();
    let colours: std::collections::HashSet<_> = img.pixels().map(|p| p.0).collect();
    assert!(
        ink > 2_000 && colours.len() > 50,
        "the screenshot is not blank ({ink} dark pixels, {} colours)",
        colours.len()
    );
}

#[test]
fn an_export_over_the_limits_is_refused_in_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("huge.waymark");
    ok(&waymark(&[
        "generate",
        s(&file),
        "--stages",
        "1000",
        "--lanes",
        "200",
        "--cards",
        "0",
    ]));
    for out in ["map.pdf", "deck.pptx", "map.html", "map.png", "map.svg"] {
        let path = dir.path().join(out);
        let mut args = vec!["export", s(&file), "-o", s(&path)];
        if out == "map.pdf" {
            args.extend(["--page", "a4"]);
        }
        let result = waymark(&args);
        let err = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{out}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{out}: one line: {err}");
        assert!(err.contains("over the limit of"), "{out}: {err}");
        assert!(err.contains("--stages"), "{out}: says how to narrow: {err}");
        assert!(!path.exists());
    }
}

#[test]
fn beside_stacks_the_future_state_under_the_current_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("sample.waymark");
    std::fs::write(&file, waymark::assets::SAMPLE).expect("write");
    let svg = dir.path().join("stacked.svg");
    let out = waymark(&[
        "export",
        s(&file),
        "--beside",
        "Future state",
        "-o",
        s(&svg),
    ]);
    ok(&out);
    let text = std::fs::read_to_string(&svg).expect("the SVG");
    for words in [
        "Current state → Future state",
        "Sees a friend",
        "Referral message",
        "Future state · Customer",
    ] {
        assert!(text.contains(words), "the stacked SVG holds {words:?}");
    }
    let out = waymark(&["export", s(&file), "--beside", "Nowhere", "-o", s(&svg)]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("no map \"Nowhere\""), "{err}");
}

/// Issue 28: a card that opens another map offers it in the viewer's details, and the
/// viewer follows it: `#map=1` (where the link leads) shows that map.
#[test]
fn chromium_follows_a_card_to_the_map_it_opens() {
    if std::env::var_os("WAYMARK_SKIP_BROWSER").is_some() {
        eprintln!("skipped: WAYMARK_SKIP_BROWSER is set");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let mut project =
        waymark::io::load_bytes(std::fs::read_to_string(SAMPLE).expect("sample").as_bytes())
            .expect("loads");
    project.maps[1].name = "チェックイン <step> & more".into();
    project.maps[0].cards[0].opens = Some(project.maps[1].id.clone());
    let file = dir.path().join("linked.waymark");
    waymark::io::save_path(&project, &file).expect("save");
    let html = dir.path().join("map.html");
    ok(&waymark(&["export", s(&file), "-o", s(&html)]));
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())
        .expect("chromium is installed (scripts/setup.sh installs it)");
    let profile = dir.path().join("profile");
    let dom = |hash: &str| {
        let out = Command::new(chromium)
            .env("HOME", dir.path())
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--window-size=1400,900",
                "--virtual-time-budget=3000",
                "--dump-dom",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("file://{}{hash}", html.display()))
            .output()
            .expect("chromium runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let card = dom("#card=0-0");
    let details = card
        .split("id=\"details\"")
        .nth(1)
        .and_then(|d| d.split("</aside>").next())
        .expect("the details panel");
    assert!(
        details.contains("class=\"opens\" href=\"#map=1\""),
        "the details offer the linked map: {details}"
    );
    assert!(
        details.contains("チェックイン &lt;step&gt; &amp; more"),
        "named, escaped: {details}"
    );
    let followed = dom("#map=1");
    assert!(
        followed.contains("id=\"tab-1\" data-map=\"1\" aria-selected=\"true\""),
        "the linked map's tab is selected"
    );
    let section = followed
        .split("id=\"map-1\"")
        .nth(1)
        .and_then(|s| s.split('>').next())
        .expect("map 1's section");
    assert!(!section.contains("hidden"), "map 1 shows: {section}");
}

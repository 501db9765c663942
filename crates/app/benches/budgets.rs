//! The speed budgets of the project, each timed next to its baseline in the same run, with
//! the ratio printed: open/save vs bare serde_json, layout, SVG export, PNG export vs
//! `rsvg-convert`, and cold start / memory of the real binary (under Xvfb).
//!
//! `cargo bench --bench budgets` (release). Set `WAYMARK_BENCH_QUICK=1` for fewer runs,
//! `WAYMARK_BENCH_ONLY=io` for open/save/layout only, `WAYMARK_BENCH_ONLY=merge` for the
//! merge of two people's reorderings only, `WAYMARK_BENCH_ONLY=pptx` for the native PPTX
//! deck against the paged PDF of the same slides, `WAYMARK_BENCH_ONLY=start` for the first
//! frames (the sample against a 10,000-card map) and the whole-process SVG export (1,000
//! cards against none).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use waymark::export::{self, Background, ExportOptions, Format, TextMode};
use waymark::generate::generate;
use waymark::io;
use waymark::layout;

/// Median wall time of `runs` calls of `f`.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

struct Row {
    what: String,
    ours: Duration,
    baseline: Option<(String, Duration)>,
    budget: String,
    met: bool,
}

fn print(rows: &[Row]) {
    println!("\n| benchmark | Waymark | baseline | ratio | budget | met |");
    println!("|---|---|---|---|---|---|");
    for r in rows {
        let (base, ratio) = match &r.baseline {
            Some((name, d)) => (
                format!("{} ({name})", ms(*d)),
                format!("{:.2}×", r.ours.as_secs_f64() / d.as_secs_f64()),
            ),
            None => ("—".to_owned(), "—".to_owned()),
        };
        println!(
            "| {} | {} | {base} | {ratio} | {} | {} |",
            r.what,
            ms(r.ours),
            r.budget,
            if r.met { "yes" } else { "NO" }
        );
    }
}

fn ratio_row(what: String, ours: Duration, name: &str, base: Duration, limit: f64) -> Row {
    let met = ours.as_secs_f64() <= base.as_secs_f64() * limit;
    Row {
        what,
        ours,
        baseline: Some((name.to_owned(), base)),
        budget: format!("≤ {limit}× baseline"),
        met,
    }
}

/// Titles of an outpatient visit, for a Japanese map of the generator's size.
const JAPANESE: &[&str] = &[
    "待合室で名前を呼ばれるのを待つ",
    "医師の説明を聞き、採血・レントゲンへ移動する",
    "受付で保険証を出して予約を確認する",
    "次回の予約をアプリで調べる",
    "会計で長く待たされる",
    "検査室の場所が分からず迷う",
    "薬局で処方箋を渡して薬を受け取る",
    "呼び出しをスマホに通知してほしい",
];

/// Layout of 10,000 cards of Japanese text: each title appears once with a number, so
/// the engine's cache does not hide the cost of shaping and phrase breaking.
fn japanese_rows(rows: &mut Vec<Row>, runs: usize) {
    let mut project = generate(10, 10, 10_000, 1);
    for (i, card) in project.maps[0].cards.iter_mut().enumerate() {
        card.title = format!("{}（{i}）", JAPANESE[i % JAPANESE.len()]);
        card.body = String::new();
    }
    let engine = waymark::text::TextEngine::global();
    let ours = time(runs, || {
        layout::layout_map(&project, &project.maps[0], engine)
    });
    rows.push(Row {
        what: "layout 10000 Japanese cards (text shaped before)".to_owned(),
        ours,
        baseline: None,
        budget: "—".to_owned(),
        met: true,
    });
    let ours = time(runs.min(5), || {
        engine.clear_cache();
        layout::layout_map(&project, &project.maps[0], engine)
    });
    rows.push(Row {
        what: "layout 10000 Japanese cards (all text shaped anew)".to_owned(),
        ours,
        baseline: None,
        budget: "—".to_owned(),
        met: true,
    });
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        // `cargo test --all-targets` builds and starts this too; timing is for `cargo bench`,
        // which passes `--bench`.
        return;
    }
    let quick = std::env::var_os("WAYMARK_BENCH_QUICK").is_some();
    let runs = if quick { 3 } else { 15 };
    let mut rows = Vec::new();
    let dir = tempfile::tempdir().expect("tempdir");

    if std::env::var("WAYMARK_BENCH_ONLY").is_ok_and(|v| v == "pptx") {
        pptx_rows(&mut rows, runs);
        print(&rows);
        return;
    }
    if std::env::var("WAYMARK_BENCH_ONLY").is_ok_and(|v| v == "start") {
        start_up(&mut rows, dir.path());
        svg_export_process(&mut rows, dir.path(), &generate(30, 6, 1_000, 1), runs);
        print(&rows);
        return;
    }
    if std::env::var("WAYMARK_BENCH_ONLY").is_ok_and(|v| v == "merge") {
        merge_rows(&mut rows, dir.path(), runs);
        print(&rows);
        return;
    }
    for cards in [1_000, 10_000] {
        let project = generate(10, 10, cards, 1);
        let bytes = io::to_bytes(&project).expect("encodes");
        let ours = time(runs, || io::load_bytes(&bytes).expect("loads"));
        let base = time(runs, || {
            serde_json::from_slice::<serde_json::Value>(&bytes).expect("parses")
        });
        rows.push(ratio_row(
            format!("open {cards} cards ({} KB)", bytes.len() / 1000),
            ours,
            "serde_json → Value",
            base,
            1.5,
        ));

        let value: serde_json::Value = serde_json::from_slice(&bytes).expect("parses");
        let ours = time(runs, || io::to_bytes(&project).expect("encodes"));
        let base = time(runs, || serde_json::to_vec_pretty(&value).expect("encodes"));
        rows.push(ratio_row(
            format!("save {cards} cards"),
            ours,
            "serde_json pretty Value",
            base,
            1.5,
        ));

        let ours = time(runs, || {
            layout::layout_map(
                &project,
                &project.maps[0],
                waymark::text::TextEngine::global(),
            )
        });
        rows.push(Row {
            what: format!("layout {cards} cards (text shaped before)"),
            ours,
            baseline: None,
            budget: if cards == 10_000 {
                "≤ 26.1 ms (1.5× 17.4)"
            } else {
                "—"
            }
            .to_owned(),
            met: cards != 10_000 || ours.as_secs_f64() <= 0.0261,
        });
        let engine = waymark::text::TextEngine::global();
        let ours = time(runs, || {
            engine.clear_cache();
            layout::layout_map(&project, &project.maps[0], engine)
        });
        rows.push(Row {
            what: format!("layout {cards} cards (all text shaped anew)"),
            ours,
            baseline: None,
            budget: "—".to_owned(),
            met: true,
        });
    }

    japanese_rows(&mut rows, runs);
    merge_rows(&mut rows, dir.path(), runs);

    // 30 stages × 6 lanes: 7208 × 4901 px at 1×, so the 4× PNG (565 megapixels) stays
    // within cairo's 32767-pixel side limit for rsvg-convert.
    if std::env::var("WAYMARK_BENCH_ONLY").is_ok_and(|v| v == "io") {
        print(&rows);
        return;
    }
    let project = generate(30, 6, 1_000, 1);
    let map = &project.maps[0];
    let svg_options = ExportOptions {
        format: Format::Svg,
        scale: 1.0,
        background: Background::White,
        ..ExportOptions::default()
    };
    let ours = time(runs, || {
        export::export(&project, &export::ExportRequest::image(map, &svg_options))
            .map(|e| e.bytes)
            .expect("svg")
    });
    rows.push(Row {
        what: "SVG export 1000 cards".to_owned(),
        ours,
        baseline: None,
        budget: "≤ 50 ms".to_owned(),
        met: ours <= Duration::from_millis(50),
    });

    // The PNG export as the app and `waymark export` run it (layout, scene, SVG with text
    // as outlines, resvg in parallel bands, streaming fast-deflate encoder) against
    // rsvg-convert rendering that same outlined SVG.
    let outlined = ExportOptions {
        text: TextMode::Outlined,
        ..svg_options
    };
    let svg_path = dir.path().join("map.svg");
    std::fs::write(
        &svg_path,
        export::export(&project, &export::ExportRequest::image(map, &outlined))
            .map(|e| e.bytes)
            .expect("svg"),
    )
    .expect("write svg");
    let have_rsvg = Command::new("rsvg-convert")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    for scale in [1.0f32, 4.0] {
        let png_runs = if scale > 1.0 {
            runs.min(3)
        } else {
            runs.min(7)
        };
        let png_options = ExportOptions {
            format: Format::Png,
            scale,
            ..svg_options
        };
        let ours = time(png_runs, || {
            export::export(&project, &export::ExportRequest::image(map, &png_options))
                .map(|e| e.bytes)
                .expect("png")
        });
        let baseline = have_rsvg.then(|| {
            let out = dir.path().join("rsvg.png");
            time(png_runs, || {
                let status = Command::new("rsvg-convert")
                    .args(["-z", &scale.to_string(), "-o"])
                    .arg(&out)
                    .arg(&svg_path)
                    .status()
                    .expect("rsvg-convert runs");
                assert!(status.success());
            })
        });
        match baseline {
            Some(base) => rows.push(ratio_row(
                format!("PNG export 1000 cards at {scale}×"),
                ours,
                "rsvg-convert, same picture",
                base,
                0.35,
            )),
            None => rows.push(Row {
                what: format!("PNG export 1000 cards at {scale}×"),
                ours,
                baseline: None,
                budget: "≤ 0.35× rsvg-convert (not installed: apt-get install librsvg2-bin)"
                    .to_owned(),
                met: false,
            }),
        }
    }
    peak_memory_of_4x_export(&mut rows, dir.path(), &project);
    svg_export_process(&mut rows, dir.path(), &project, runs);
    pptx_rows(&mut rows, runs);

    start_up(&mut rows, dir.path());
    print(&rows);
}

/// The PPTX deck of a 1,000-card map (native shapes and text) against the paged PDF of
/// the same 16:9 slides: within 3× (it was 10× when slides were pictures).
fn pptx_rows(rows: &mut Vec<Row>, runs: usize) {
    let project = generate(30, 6, 1_000, 1);
    let map = &project.maps[0];
    let slides = ExportOptions {
        format: Format::Pdf,
        pages: Some(export::pptx::SLIDES),
        ..ExportOptions::default()
    };
    let runs = runs.min(5);
    let ours = time(runs, || {
        export::export(
            &project,
            &export::ExportRequest::new(export::ExportKind::Pptx, map, slides),
        )
        .map(|e| e.bytes)
        .expect("pptx")
    });
    let base = time(runs, || {
        export::export(
            &project,
            &export::ExportRequest::new(export::ExportKind::Image(Format::Pdf), map, slides),
        )
        .map(|e| e.bytes)
        .expect("pdf")
    });
    rows.push(ratio_row(
        "PPTX 1000 cards (native shapes)".to_owned(),
        ours,
        "paged PDF, same slides",
        base,
        3.0,
    ));
}

/// The three-way merge of two people's reorderings of a large map (each reversed the
/// cards of every other cell): at 20,000 cards against the same at 10,000 (near-linear:
/// at most 2.5× for twice the cards), and `waymark merge` of the three files as a whole
/// process with the release binary (within 2 s).
fn merge_rows(rows: &mut Vec<Row>, dir: &Path, runs: usize) {
    use waymark::generate::reorder_cells;
    let runs = runs.min(5);
    let mut timed = Vec::new();
    for cards in [10_000, 20_000] {
        let base = generate(20, 10, cards, 1);
        let (ours, theirs) = (reorder_cells(&base, 2, 0), reorder_cells(&base, 2, 1));
        let took = time(runs, || {
            waymark::compare::merge(&base, &ours, &theirs).expect("merges")
        });
        timed.push(took);
        if cards == 20_000 {
            for (name, p) in [("base", &base), ("ours", &ours), ("theirs", &theirs)] {
                io::save_path(p, &dir.join(format!("{name}.waymark"))).expect("write");
            }
        }
    }
    rows.push(ratio_row(
        "merge two reorderings of 20,000 cards".to_owned(),
        timed[1],
        "the same at 10,000 cards",
        timed[0],
        2.5,
    ));
    let binary = release_binary();
    if !binary.exists() {
        println!("(skipping `waymark merge`: needs target/release/waymark)");
        return;
    }
    let took = time(runs, || {
        std::fs::copy(dir.join("ours.waymark"), dir.join("merged.waymark")).expect("copy");
        let status = Command::new(&binary)
            .arg("merge")
            .arg(dir.join("base.waymark"))
            .arg(dir.join("merged.waymark"))
            .arg(dir.join("theirs.waymark"))
            .stdout(std::process::Stdio::null())
            .status()
            .expect("waymark merge runs");
        assert_eq!(status.code(), Some(0), "a clean merge");
    });
    rows.push(Row {
        what: "`waymark merge` of two reorderings of 20,000 cards (whole process)".to_owned(),
        ours: took,
        baseline: None,
        budget: "≤ 2 s".to_owned(),
        met: took <= Duration::from_secs(2),
    });
}

/// The release binary the whole-process rows run (`cargo build --release`, with
/// `--features waymark/test-hooks` for the start-up rows).
fn release_binary() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/release/waymark")
}

/// `waymark export` of the 1,000-card map to SVG as a whole process (the release binary:
/// start, read, lay out with every card's text shaped, write) against the same map with
/// no cards (goal: within 1.5×).
fn svg_export_process(
    rows: &mut Vec<Row>,
    dir: &Path,
    project: &waymark::model::Project,
    runs: usize,
) {
    let binary = release_binary();
    if !binary.exists() {
        println!("(skipping the SVG export process: needs target/release/waymark)");
        return;
    }
    let mut blank = project.clone();
    blank.maps[0].cards.clear();
    let (full, empty) = (dir.join("svg-1000.waymark"), dir.join("svg-0.waymark"));
    io::save_path(project, &full).expect("write");
    io::save_path(&blank, &empty).expect("write");
    let export = |file: &Path| {
        let status = Command::new(&binary)
            .arg("export")
            .arg(file)
            .arg("-o")
            .arg(file.with_extension("svg"))
            .status()
            .expect("waymark export runs");
        assert!(status.success(), "the export succeeds");
    };
    // Alternated, so that both see the same machine.
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..runs.max(5) {
        ours.push(time(1, || export(&full)));
        base.push(time(1, || export(&empty)));
    }
    ours.sort();
    base.sort();
    let blank_process = base[base.len() / 2];
    rows.push(ratio_row(
        "`waymark export` 1000 cards to SVG (whole process)".to_owned(),
        ours[ours.len() / 2],
        "the same map with no cards",
        blank_process,
        1.5,
    ));
    // The least any cache of shaped text kept between processes could reach: the blank
    // map's process plus what the cards cost once every paragraph is already shaped
    // (loading, layout, writing the SVG), measured in this process with the engine warm.
    let in_process = |file: &Path| {
        let project = io::load_path(file).expect("loads");
        let options = ExportOptions {
            format: Format::Svg,
            ..ExportOptions::default()
        };
        export::export(
            &project,
            &export::ExportRequest::image(&project.maps[0], &options),
        )
        .map(|e| e.bytes)
        .expect("svg")
    };
    in_process(&full);
    in_process(&empty);
    let cards = time(runs.max(5), || in_process(&full));
    let none = time(runs.max(5), || in_process(&empty));
    rows.push(ratio_row(
        "  its floor: the same with all text already shaped (in process: 1000 cards − none + the blank process)".to_owned(),
        blank_process + cards.saturating_sub(none),
        "the same map with no cards",
        blank_process,
        1.5,
    ));
}

/// Peak resident memory of `waymark export … --scale 4` (the release binary, measured by
/// `/usr/bin/time`), against the 1.2 GB budget.
fn peak_memory_of_4x_export(rows: &mut Vec<Row>, dir: &Path, project: &waymark::model::Project) {
    let binary = release_binary();
    if !binary.exists() || !Path::new("/usr/bin/time").exists() {
        println!("(skipping export memory: needs target/release/waymark and /usr/bin/time)");
        return;
    }
    let file = dir.join("export-1000.json");
    io::save_path(project, &file).expect("write");
    let start = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(&binary)
        .arg("export")
        .arg(&file)
        .args(["--scale", "4", "-o"])
        .arg(dir.join("export-4x.png"))
        .output()
        .expect("time runs");
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kb: f64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(f64::NAN);
    println!(
        "4× export of 1000 cards with the release binary: {:.2} s, peak RSS {:.0} MB",
        took.as_secs_f64(),
        kb / 1024.0
    );
    rows.push(Row {
        what: format!("4× PNG export, peak resident memory: {:.0} MB", kb / 1024.0),
        ours: took,
        baseline: None,
        budget: "≤ 1.2 GB".to_owned(),
        met: kb / 1024.0 <= 1200.0,
    });
}

/// Cold start to first frame, and peak memory with a 10,000-card project, of the release
/// binary in a real X window.
fn start_up(rows: &mut Vec<Row>, dir: &Path) {
    let binary = release_binary();
    if !binary.exists() || Command::new("Xvfb").arg("-help").output().is_err() {
        println!(
            "(skipping start-up: needs target/release/waymark built with --features waymark/test-hooks, and Xvfb)"
        );
        return;
    }
    let display = ":96";
    let _ = std::fs::remove_file("/tmp/.X11-unix/X96");
    let mut xvfb = Command::new("Xvfb")
        .args([display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("Xvfb");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !Path::new("/tmp/.X11-unix/X96").exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let big = dir.join("big.json");
    io::save_path(&generate(10, 10, 10_000, 1), &big).expect("write");
    // `blank`: the same window with nothing of Waymark in it (the platform's share).
    let run = |file: Option<&Path>, blank: bool| -> Option<(Duration, f64)> {
        let mut cmd = Command::new(&binary);
        if let Some(f) = file {
            cmd.arg(f);
        }
        if blank {
            cmd.env("WAYMARK_BLANK_WINDOW", "1");
        }
        let start = Instant::now();
        let mut child = cmd
            .env("DISPLAY", display)
            .env("WAYLAND_DISPLAY", "")
            .env("WINIT_X11_SCALE_FACTOR", "1")
            .env("WAYMARK_EXIT_AFTER_FIRST_FRAME", "1")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .ok()?;
        // A binary built without the test hooks never reports: stop it after 30 s.
        let pid = child.id().to_string();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(30));
            let _ = Command::new("kill").arg(&pid).status();
        });
        let mut lines = std::io::BufRead::lines(std::io::BufReader::new(child.stdout.take()?));
        let mut wall = None;
        let mut rss = None;
        for line in lines.by_ref() {
            let line = line.ok()?;
            if line == "first-frame" {
                wall = Some(start.elapsed());
            } else if let Some(kb) = line.strip_prefix("peak-rss-kb ") {
                rss = kb.trim().parse::<f64>().ok().map(|kb| kb / 1024.0);
                break;
            }
        }
        let _ = child.wait();
        Some((wall?, rss?))
    };
    // The sample and the 10,000-card map alternated, so that both see the same machine.
    let (mut sample, mut large, mut bare) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..5 {
        sample.extend(run(None, false));
        large.extend(run(Some(&big), false));
        bare.extend(run(None, true));
    }
    let median = |mut v: Vec<(Duration, f64)>| {
        v.sort_by_key(|s| s.0);
        let wall = v.get(v.len() / 2).map(|s| s.0);
        let mut rss: Vec<f64> = v.iter().map(|s| s.1).collect();
        rss.sort_by(f64::total_cmp);
        Some((wall?, rss.get(rss.len() / 2).copied()?))
    };
    let medians = (median(sample), median(large));
    let bare = median(bare);
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    let (Some((sample_wall, sample_rss)), Some((large_wall, large_rss))) = medians else {
        return;
    };
    rows.push(Row {
        what: "cold start to first frame (sample)".to_owned(),
        ours: sample_wall,
        baseline: None,
        budget: "≤ 300 ms".to_owned(),
        met: sample_wall <= Duration::from_millis(300),
    });
    rows.push(ratio_row(
        "first frame of a 10,000-card map".to_owned(),
        large_wall,
        "the sample's",
        sample_wall,
        1.5,
    ));
    rows.push(Row {
        what: format!("sample: first frame, peak RSS {sample_rss:.0} MB"),
        ours: sample_wall,
        baseline: None,
        budget: "≤ 120 MB".to_owned(),
        met: sample_rss <= 120.0,
    });
    if let Some((bare_wall, bare_rss)) = bare {
        rows.push(Row {
            what: format!(
                "  baseline: a bare eframe window (nothing of Waymark), peak RSS {bare_rss:.0} MB; \
                 the sample adds {:.0} MB",
                sample_rss - bare_rss
            ),
            ours: bare_wall,
            baseline: None,
            budget: "—".to_owned(),
            met: true,
        });
    }
    rows.push(Row {
        what: format!("10,000-card map: first frame, peak RSS {large_rss:.0} MB"),
        ours: large_wall,
        baseline: None,
        budget: "≤ 200 MB".to_owned(),
        met: large_rss <= 200.0,
    });
}

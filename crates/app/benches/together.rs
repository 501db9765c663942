//! A colleague's save taken into an open map, as the window does it (issue 25's speed
//! goal): the real app state on a real file with its real file watcher, frames run
//! headless through egui (layout, UI, paint, tessellation; no GPU) as fast as they come.
//! A colleague's Waymark changes three card titles and adds a card, and saves; printed:
//! how long until the window holds it, and the longest frame from the save until the
//! window has laid it out — with nothing unsaved here (the save is loaded) and with an
//! unsaved deletion here (merged with it).
//!
//! `cargo bench --features waymark/test-hooks --bench together`

use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Event, Key, Modifiers, PointerButton, Pos2, RawInput, Rect, vec2};
use waymark::generate::generate;
use waymark::io;
use waymark::store::DataDir;
use waymark::ui::{AppOptions, WaymarkApp};

fn frame(ctx: &egui::Context, app: &mut WaymarkApp, events: Vec<Event>) -> Duration {
    let start = Instant::now();
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1440.0, 900.0))),
        events,
        ..RawInput::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.shell_ui(ui));
    output.textures_delta.clear();
    std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
    start.elapsed()
}

/// Runs frames until `done` holds (or 30 s pass), with `pause` between them; the longest.
fn frames_until(
    ctx: &egui::Context,
    app: &mut WaymarkApp,
    pause: Duration,
    done: impl Fn(&WaymarkApp) -> bool,
) -> Duration {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut longest = Duration::ZERO;
    while !done(app) && Instant::now() < deadline {
        longest = longest.max(frame(ctx, app, Vec::new()));
        std::thread::sleep(pause);
    }
    longest
}

/// Clicks a card in the middle of the window and deletes it: one unsaved change.
fn delete_a_card(ctx: &egui::Context, app: &mut WaymarkApp) -> bool {
    let middle = Rect::from_min_max(Pos2::new(300.0, 150.0), Pos2::new(1100.0, 750.0));
    let Some(editor) = app.editor() else {
        return false;
    };
    let Some(at) = editor.project().maps[0]
        .cards
        .iter()
        .filter_map(|c| app.card_screen_rect(&c.id))
        .map(|r| r.center())
        .find(|p| middle.contains(*p))
    else {
        return false;
    };
    let button = |pressed| Event::PointerButton {
        pos: at,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    frame(ctx, app, vec![Event::PointerMoved(at)]);
    // Pressed and released in one frame: a 10,000-card frame of a debug build is slower
    // than a click may last.
    frame(ctx, app, vec![button(true), button(false)]);
    frame(ctx, app, Vec::new());
    let delete = Event::Key {
        key: Key::Delete,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    };
    frame(ctx, app, vec![delete]);
    for _ in 0..3 {
        frame(ctx, app, Vec::new());
    }
    app.editor().is_some_and(|e| e.is_dirty())
}

/// One colleague's save into a window on a `cards`-card map; `unsaved` makes an unsaved
/// change here first. Prints a row of the table.
fn scenario(dir: &Path, cards: usize, unsaved: bool) -> bool {
    let file = dir.join(format!("map-{cards}-{unsaved}.waymark"));
    io::save_path(&generate(10, 10, cards, 1), &file).expect("write the map");
    let options = AppOptions {
        data: Some(DataDir::new(dir.join(format!("data-{cards}-{unsaved}")))),
        autosave_every: Duration::ZERO,
    };
    let ctx = egui::Context::default();
    let mut app = WaymarkApp::open_with(Some(file.clone()), options);
    // Opened, its text shaped, idle.
    frames_until(&ctx, &mut app, Duration::from_millis(5), |app| {
        app.editor().is_some() && !app.text_pending()
    });
    for _ in 0..5 {
        frame(&ctx, &mut app, Vec::new());
    }
    if unsaved && !delete_a_card(&ctx, &mut app) {
        println!("| {cards} cards, unsaved work here | (no card to delete on screen) | | |");
        return false;
    }
    let count = |app: &WaymarkApp| app.editor().map_or(0, |e| e.project().maps[0].cards.len());
    let before = count(&app);

    // The colleague: three titles changed and a card added, saved over the file.
    let mut theirs = io::load_path(&file).expect("read the file");
    let map = &mut theirs.maps[0];
    for (i, card) in map.cards.iter_mut().rev().take(3).enumerate() {
        card.title = format!("Changed by Aiko ({i})");
    }
    let mut added = map.cards[map.cards.len() / 2].clone();
    added.id = waymark::model::CardId::from("c-from-aiko");
    added.title = "Added by Aiko".to_owned();
    map.cards.push(added);
    io::save_path(&theirs, &file).expect("save theirs");
    let saved = Instant::now();

    let longest = frames_until(&ctx, &mut app, Duration::from_millis(1), |app| {
        count(app) == before + 1
    });
    let taken_in = saved.elapsed();
    // The frame after the one that took it in lays it out, if that one did not.
    let after = (0..3)
        .map(|_| frame(&ctx, &mut app, Vec::new()))
        .max()
        .unwrap_or_default();
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    println!(
        "| {cards} cards, {} | {} | {} | {} |",
        if unsaved {
            "unsaved work here (merged)"
        } else {
            "nothing unsaved (loaded)"
        },
        ms(taken_in),
        ms(longest.max(after)),
        if count(&app) == before + 1 {
            "yes"
        } else {
            "NO (not taken in within 30 s)"
        },
    );
    count(&app) == before + 1
}

fn main() {
    // `cargo test --all-targets` starts this too: there it takes in one save at 1,000
    // cards (that it works); the figures are for `cargo bench`, which passes `--bench`.
    let sizes: &[usize] = if std::env::args().any(|a| a == "--bench") {
        &[1_000, 10_000]
    } else {
        &[1_000]
    };
    let dir = tempfile::tempdir().expect("temp dir");
    println!(
        "\n| a colleague's save into an open map | in the window after | longest frame | taken in |"
    );
    println!("|---|---|---|---|");
    for &cards in sizes {
        for unsaved in [false, true] {
            let taken_in = scenario(dir.path(), cards, unsaved);
            assert!(taken_in, "the colleague's save was not taken in");
        }
    }
}

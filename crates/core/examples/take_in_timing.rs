//! Times the pieces of taking a colleague's save into an open map on the take-in worker
//! (issue 25): reading and checking their file, what came in (the notice), the three-way
//! merge with an unsaved deletion here, and laying the map out again with its text shaped.
//! `cargo run --release --example take_in_timing -p waymark-core [CARDS]` (10,000 by
//! default).

use std::time::Instant;

use waymark_core::compare;
use waymark_core::generate::generate;
use waymark_core::io;
use waymark_core::layout::{layout_map, scene};
use waymark_core::text::TextEngine;

fn timed<R>(what: &str, f: impl FnOnce() -> R) -> R {
    let start = Instant::now();
    let result = f();
    println!("{what}: {:.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    result
}

fn main() {
    let cards: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let base = generate(10, 10, cards, 1);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("map.waymark");
    // Theirs: three titles changed and a card added.
    let mut theirs = base.clone();
    let map = &mut theirs.maps[0];
    for card in map.cards.iter_mut().rev().take(3) {
        card.title = "Changed by Aiko".into();
    }
    let mut added = map.cards[map.cards.len() / 2].clone();
    added.id = "c-from-aiko".into();
    map.cards.push(added);
    io::save_path(&theirs, &file).expect("their save");
    // Ours: one card deleted, unsaved.
    let mut ours = base.clone();
    ours.maps[0].cards.remove(cards / 3);

    let bytes = io::read_limited(&file).expect("read their file");
    let theirs = timed("read and check their file", || io::open_bytes(&bytes))
        .expect("their file opens")
        .project;
    let engine = TextEngine::global();
    layout_map(&base, &base.maps[0], engine);
    for _ in 0..3 {
        timed("what came in (loaded and merged)", || {
            compare::incoming(&base, &theirs, None)
        });
        let merged =
            timed("three-way merge", || compare::merge(&base, &ours, &theirs)).expect("merges");
        let layout = timed("layout, text shaped before", || {
            layout_map(&merged, &merged.maps[0], engine)
        });
        timed("scene", || scene::build(&layout));
    }
}

//! Times laying out a large generated map: first with its text shaped anew, then again
//! with the text engine's cache warm (as after an edit). `cargo run --release --example
//! layout_timing -p waymark-core [CARDS] [REPEATS]`.

use std::time::Instant;

use waymark_core::generate::generate;
use waymark_core::layout::layout_map;
use waymark_core::text::TextEngine;

fn main() {
    let cards = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let project = generate(10, 10, cards, 1);
    let engine = TextEngine::global();
    let start = Instant::now();
    let layout = layout_map(&project, &project.maps[0], engine);
    println!("first layout of {cards} cards: {:?}", start.elapsed());
    drop(layout);
    let again = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    for _ in 0..again {
        let start = Instant::now();
        let layout = layout_map(&project, &project.maps[0], engine);
        println!(
            "again: {:?} ({} cards laid out)",
            start.elapsed(),
            layout.cards.len()
        );
    }
}

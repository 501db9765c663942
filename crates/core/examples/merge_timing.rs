//! Times the three-way merge of two people's reorderings of a large map (both reversed
//! the cards of different cells), at several sizes, to see that it grows about linearly.
//! `cargo run --release --example merge_timing -p waymark-core [CARDS…]`.

use std::time::Instant;

use waymark_core::compare::merge;
use waymark_core::generate::{generate, reorder_cells};

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![5_000, 10_000, 20_000]
    } else {
        sizes
    };
    for cards in sizes {
        let base = generate(20, 10, cards, 1);
        let ours = reorder_cells(&base, 2, 0);
        let theirs = reorder_cells(&base, 2, 1);
        let start = Instant::now();
        let merged = merge(&base, &ours, &theirs).expect("merges");
        let took = start.elapsed();
        let conflicts = merged.conflicts.as_ref().map_or(0, |c| c.items.len());
        println!("merge of two reorderings of {cards} cards: {took:?} ({conflicts} conflicts)");
    }
}

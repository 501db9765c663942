//! The emotion lane with several personas: captions clear of every curve and of each
//! other, a card without a score leaving a gap in its persona's curve, every persona's
//! points inside the lane.

use serde_json::{Value, json};
use waymark_core::layout::{CardLook, MapLayout, bezier_point as point_at, layout_map};
use waymark_core::model::Project;
use waymark_core::text::TextEngine;
use waymark_core::{assets, io};

/// The sample with three personas and five feelings per stage, each scored by all three
/// (the lead leaves one card unscored, the third persona another), in Japanese, German
/// and English, some two lines long.
fn three_personas() -> Project {
    let mut v: Value = serde_json::from_str(assets::SAMPLE).expect("sample");
    let personas = v["personas"].as_array_mut().expect("personas");
    for (id, name) in [("p-aiko", "相田 愛子"), ("p-ben", "Ben Krüger")] {
        personas.push(json!({"id": id, "name": name, "role": "", "quote": "",
            "goals": [], "needs": [], "frustrations": [], "photo": null}));
    }
    let map = &mut v["maps"][0];
    map["personas"] = json!(["p-maya", "p-aiko", "p-ben"]);
    let stages: Vec<String> = map["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_owned())
        .collect();
    let titles = [
        "待合室で名前を呼ばれるのを待つ",
        "Genervt von der Wartezeit",
        "Relieved",
        "料金がわからず不安",
        "Checks the delivery slot twice before paying",
    ];
    let cards = map["cards"].as_array_mut().expect("cards");
    cards.retain(|c| c["lane"] != "l-emotions");
    // A fixed, uneven pattern: curves that cross each other in every stage.
    let mut seed = 7_u32;
    let mut next = move || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        ((seed >> 16) % 5) as i64 - 2
    };
    for (s, stage) in stages.iter().enumerate() {
        for (i, title) in titles.iter().enumerate() {
            let id = format!("c-f{s}{i}");
            let mut card = json!({"id": id, "lane": "l-emotions", "stage": stage,
                "title": title, "body": "", "emotion": next(),
                "scores": {"p-aiko": next(), "p-ben": next()}});
            if s == 1 && i == 2 {
                card.as_object_mut().expect("card").remove("emotion");
            }
            if s == 3 && i == 1 {
                card["scores"]
                    .as_object_mut()
                    .expect("scores")
                    .remove("p-ben");
            }
            cards.push(card);
        }
    }
    io::load_bytes(v.to_string().as_bytes()).expect("the test map loads")
}

fn captions(layout: &MapLayout) -> Vec<(usize, emath::Rect)> {
    layout
        .cards
        .iter()
        .filter(|c| c.look == CardLook::EmotionPoint && !c.title.is_empty())
        .map(|c| {
            let r = c
                .title
                .iter()
                .fold(emath::Rect::NOTHING, |r, l| r.union(l.rect()));
            (c.card, r)
        })
        .collect()
}

#[test]
fn captions_keep_clear_of_every_curve_and_of_each_other() {
    let project = three_personas();
    let map = &project.maps[0];
    let layout = layout_map(&project, map, TextEngine::global());
    assert_eq!(layout.curves.len(), 3, "one curve per persona");
    let captions = captions(&layout);
    assert_eq!(captions.len(), 25, "every feeling has its caption");
    for (card, rect) in &captions {
        for curve in &layout.curves {
            for seg in &curve.segments {
                for step in 0..=64 {
                    let p = point_at(seg, step as f32 / 64.0);
                    assert!(
                        !rect.shrink(0.5).contains(p),
                        "the caption of {} covers persona {}'s curve at {p:?}",
                        map.cards[*card].title,
                        curve.persona
                    );
                }
            }
        }
        for (other, r) in &captions {
            assert!(
                other == card || !rect.intersects(r.shrink(0.5)),
                "captions of {} and {} overlap",
                map.cards[*card].title,
                map.cards[*other].title
            );
        }
    }
    // Every caption stays inside its lane.
    let lane = map.lane_index(&"l-emotions".into()).expect("lane");
    let band = layout.lanes[lane].rect;
    for (card, rect) in &captions {
        assert!(
            rect.top() >= band.top() && rect.bottom() <= band.bottom(),
            "{}: {rect:?} outside the lane {band:?}",
            map.cards[*card].title
        );
    }
}

#[test]
fn a_card_without_a_score_leaves_a_gap_in_that_personas_curve() {
    let project = three_personas();
    let map = &project.maps[0];
    let layout = layout_map(&project, map, TextEngine::global());
    let index = |id: &str| map.card_index(&id.into()).expect("card");
    let (unscored_lead, unscored_ben) = (index("c-f12"), index("c-f31"));
    for curve in &layout.curves {
        // n points in k runs make n - k segments.
        let scored: Vec<_> = curve.points.iter().filter(|p| p.score.is_some()).collect();
        let gap = match curve.persona {
            0 => Some(unscored_lead),
            2 => Some(unscored_ben),
            _ => None,
        };
        let runs = if gap.is_some() { 2 } else { 1 };
        assert_eq!(
            curve.segments.len(),
            scored.len() - runs,
            "persona {}",
            curve.persona
        );
        if let Some(card) = gap {
            let hole = layout
                .curves
                .iter()
                .flat_map(|c| &c.points)
                .find(|p| p.card == card)
                .map(|p| p.center);
            for seg in &curve.segments {
                assert!(
                    Some(seg[0]) != hole && Some(seg[3]) != hole,
                    "no segment of persona {} meets the unscored card",
                    curve.persona
                );
            }
        }
        // Every point and the whole curve inside the plot.
        for p in &curve.points {
            assert!(curve.plot.expand(0.5).contains(p.center));
        }
        for seg in &curve.segments {
            for step in 0..=16 {
                let p = point_at(seg, step as f32 / 16.0);
                assert!(p.y >= curve.plot.top() - 0.5 && p.y <= curve.plot.bottom() + 0.5);
            }
        }
    }
}

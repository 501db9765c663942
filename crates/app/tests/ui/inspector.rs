//! The inspector beside the canvas: its width stays what the user dragged it to, whatever
//! the selection shows.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use waymark::ui::WaymarkApp;
use waymark::{assets, io};

use super::harness_on;

#[test]
fn a_long_arrow_row_does_not_widen_the_inspector() {
    let mut project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    let map = &mut project.maps[0];
    let target = map.card_index(&"c-a3".into()).expect("card");
    map.cards[target].title =
        "Reads every review of every delivery slot before choosing one".into();
    map.links.push(waymark::model::Link {
        from: "c-a1".into(),
        to: "c-a3".into(),
        label: String::new(),
        extra: Default::default(),
    });
    let mut h = harness_on(project);
    let edge = |h: &Harness<'_, WaymarkApp>| h.get_by_label("Resize panel").rect().center().x;
    let before = edge(&h);
    h.get_by_label("Sees a friend's post about the app").click();
    h.run_steps(3);
    assert!((edge(&h) - before).abs() < 1.0, "{} → {}", before, edge(&h));
    assert!(
        h.query_all_by(|n| n
            .value()
            .is_some_and(|l| l.starts_with("→ Reads every review")))
            .next()
            .is_some(),
        "the arrow row is shown"
    );
}

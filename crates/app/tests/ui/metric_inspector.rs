//! A metric's direction and unit in the inspector (issue 28): dropdowns through
//! `ui::choice`, each change one undo step, and a custom unit's name field.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use waymark::io;
use waymark::model::{Better, MetricUnit};

use super::{harness_on, project, undo};

const OUTPATIENT: &str = include_str!("../../../core/tests/fixtures/outpatient-metrics.waymark");

/// Opens the dropdown showing `value` (the `nth` such) and picks `pick`.
fn choose(
    h: &mut egui_kittest::Harness<'_, waymark::ui::WaymarkApp>,
    value: &str,
    nth: usize,
    pick: &str,
) {
    h.query_all_by(|n| n.role() == Role::ComboBox && n.value().as_deref() == Some(value))
        .nth(nth)
        .unwrap_or_else(|| panic!("a dropdown showing {value}"))
        .click();
    h.run_steps(3);
    h.query_all_by(|n| n.role() != Role::ComboBox && n.label().as_deref() == Some(pick))
        .next()
        .unwrap_or_else(|| panic!("{pick} in the list"))
        .click();
    h.run_steps(3);
}

#[test]
fn direction_and_unit_are_picked_in_the_inspector_and_undo() {
    let mut h = harness_on(io::load_bytes(OUTPATIENT.as_bytes()).expect("fixture"));
    h.run_steps(2);
    h.get_by_label("Lane Metrics").click();
    h.run_steps(3);
    let metric = |h: &egui_kittest::Harness<'_, waymark::ui::WaymarkApp>, i: usize| {
        project(h).maps[0].lanes[1].metrics[i].clone()
    };
    assert_eq!(metric(&h, 0).better, Better::Lower);
    // Satisfaction (the first "Higher is better"): lower is better now, then back.
    choose(&mut h, "Higher is better", 0, "Lower is better");
    assert_eq!(metric(&h, 1).better, Better::Lower);
    undo(&mut h);
    assert_eq!(metric(&h, 1).better, Better::Higher);
    // Waiting time in hours, and Satisfaction in a unit of its own, named.
    choose(&mut h, "Minutes", 0, "Hours");
    assert_eq!(metric(&h, 0).unit, MetricUnit::Hours);
    choose(&mut h, "Score", 0, "Custom…");
    assert_eq!(metric(&h, 1).unit, MetricUnit::Custom);
    assert!(
        h.query_all_by_label("Unit name").count() >= 2,
        "each custom unit has its name field"
    );
}

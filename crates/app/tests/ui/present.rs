//! Presentation mode (F5): full screen, two or three stages at a time on a wide screen,
//! the arrow keys stepping through stages and on into the next map, Escape back to
//! editing.

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::{harness, project};

/// The caption of what is shown: "Current state · Stage 2 of 5: Consideration" (a
/// label, so its text is the node's value).
fn caption(h: &egui_kittest::Harness<'_, waymark::ui::WaymarkApp>) -> String {
    h.query_all_by(|n| n.value().is_some_and(|l| l.contains(" · Stage")))
        .next()
        .and_then(|n| n.accesskit_node().value())
        .expect("a stage caption")
}

#[test]
fn f5_presents_stage_by_stage_and_escape_returns_to_editing() {
    let mut h = harness();
    let maps: Vec<(String, Vec<String>)> = project(&h)
        .maps
        .iter()
        .map(|m| {
            (
                m.name.clone(),
                m.stages.iter().map(|s| s.name.clone()).collect(),
            )
        })
        .collect();
    let (first_map, stages) = maps[0].clone();
    h.key_press(Key::F5);
    h.run_steps(3);
    assert!(h.query_by_label("End presentation").is_some(), "presenting");
    let n = stages.len();
    // A wide window shows two or three stages at once, not one lost in the middle.
    let shown = caption(&h);
    assert!(
        shown.starts_with(&format!("{first_map} · Stages 1–2 of {n}"))
            || shown.starts_with(&format!("{first_map} · Stages 1–3 of {n}")),
        "{shown}"
    );
    // − shows fewer, down to one stage at a time.
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::NONE, Key::Minus);
    }
    h.run_steps(2);
    assert_eq!(
        caption(&h),
        format!("{first_map} · Stage 1 of {n}: {}", stages[0])
    );
    // Keys pressed faster than frames all count.
    h.key_press(Key::ArrowRight);
    h.key_press(Key::ArrowRight);
    h.run_steps(2);
    assert_eq!(
        caption(&h),
        format!("{first_map} · Stage 3 of {n}: {}", stages[2])
    );
    h.key_press(Key::Home);
    h.run_steps(2);
    for (i, stage) in stages.iter().enumerate().skip(1) {
        h.key_press(Key::ArrowRight);
        h.run_steps(2);
        assert_eq!(
            caption(&h),
            format!("{first_map} · Stage {} of {n}: {stage}", i + 1)
        );
    }
    // Past the last stage: the next map, if there is one.
    if let Some((second, its_stages)) = maps.get(1) {
        h.key_press(Key::ArrowRight);
        h.run_steps(2);
        assert!(
            caption(&h).starts_with(&format!("{second} · Stage 1 of {}", its_stages.len())),
            "{}",
            caption(&h)
        );
        h.key_press(Key::ArrowLeft);
        h.run_steps(2);
    }
    assert_eq!(
        caption(&h),
        format!("{first_map} · Stage {n} of {n}: {}", stages[n - 1])
    );
    // Home, then + shows two stages at once.
    h.key_press(Key::Home);
    h.key_press_modifiers(Modifiers::NONE, Key::Plus);
    h.run_steps(2);
    assert!(
        caption(&h).contains(&format!("Stages 1–2 of {n}")),
        "{}",
        caption(&h)
    );
    // The buttons step too.
    h.get_by_label("Next stage ›").click();
    h.run_steps(2);
    assert!(
        caption(&h).contains(&format!("Stages 3–4 of {n}")),
        "{}",
        caption(&h)
    );
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(
        h.query_by_label("End presentation").is_none(),
        "back to editing"
    );
    assert!(
        h.query_all_by(|n| n.value().is_some_and(|l| l.contains(" · Stage")))
            .next()
            .is_none()
    );
    // The editor works again: F5 is the View menu's Present.
    h.get_by_label("View").click();
    h.run_steps(2);
    assert!(
        h.query_by(|n| n.label().is_some_and(|l| l.starts_with("Present")))
            .is_some()
    );
}

//! The Export dialog refuses an export over the documented limits up front: the message
//! names the limit and how to narrow the export, and Export is disabled.

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness_on;

#[test]
fn the_export_dialog_says_when_a_deck_would_be_too_large() {
    // 400 stages × 40 lanes: within the cell limit, but over 500 slides.
    let mut h = harness_on(waymark::generate::generate(400, 40, 0, 1));
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(3);
    h.get_by_label("Format PPTX").click();
    h.run_steps(3);
    let message = h
        .query_all_by(|n| n.value().is_some_and(|v| v.starts_with("Cannot export")))
        .next()
        .and_then(|n| n.accesskit_node().value())
        .expect("the dialog says why it cannot export");
    assert!(message.contains("over the limit of 500"), "{message}");
    assert!(message.contains("Some stages"), "{message}");
    // The dialog's Export… button (the menu has one of that name too).
    assert!(
        h.query_all_by_label("Export…")
            .any(|n| n.accesskit_node().is_disabled()),
        "Export is disabled"
    );
}

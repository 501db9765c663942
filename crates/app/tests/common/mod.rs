//! What the kittest suites share: a window of the app at a laptop's size, settled.

use egui_kittest::Harness;
use waymark::ui::WaymarkApp;

/// `app` in a 1500×950 window, after the frames that install its fonts and fit the map,
/// in English whatever the computer's language (the suites find widgets by label).
pub fn window(app: WaymarkApp) -> Harness<'static, WaymarkApp> {
    waymark::ui::i18n::force_language(Some("en"));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1500.0, 950.0))
        .with_max_steps(20)
        .with_step_dt(1.0 / 30.0)
        .build_ui_state(|ui, app: &mut WaymarkApp| app.shell_ui(ui), app);
    h.run_steps(4);
    h
}

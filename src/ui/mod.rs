//! The egui layer: the window, the canvas and its chrome. It reads the core and never
//! owns geometry of its own.

mod app;
mod canvas;
mod convert;

use std::path::PathBuf;

pub use app::WaymarkApp;
pub use canvas::CanvasView;

/// Opens the editor window on `file`, or on the bundled sample when `None`.
pub fn run(file: Option<PathBuf>) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Waymark")
        .with_app_id("waymark")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 400.0]);
    if let Ok(icon) =
        eframe::icon_data::from_png_bytes(include_bytes!("../../icons/waymark-256.png"))
    {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Waymark",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            cc.egui_ctx.set_theme(egui::Theme::Light);
            Ok(Box::new(WaymarkApp::open(file)))
        }),
    )
    .map_err(|e| format!("cannot open a window: {e}"))
}

/// The egui family of each bundled weight.
pub fn font_family(weight: crate::fonts::Weight) -> egui::FontFamily {
    match weight {
        crate::fonts::Weight::Regular => egui::FontFamily::Name(REGULAR.into()),
        crate::fonts::Weight::SemiBold => egui::FontFamily::Name(SEMIBOLD.into()),
    }
}

const REGULAR: &str = "Inter";
const SEMIBOLD: &str = "Inter SemiBold";

/// Registers the bundled font with egui: for the map (by name) and for the UI chrome.
pub fn install_fonts(ctx: &egui::Context) {
    use std::sync::Arc;
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        REGULAR.to_owned(),
        Arc::new(egui::FontData::from_static(crate::fonts::INTER_REGULAR)),
    );
    fonts.font_data.insert(
        SEMIBOLD.to_owned(),
        Arc::new(egui::FontData::from_static(crate::fonts::INTER_SEMIBOLD)),
    );
    let fallbacks = fonts
        .families
        .get(&egui::FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for name in [REGULAR, SEMIBOLD] {
        let mut chain = vec![name.to_owned()];
        chain.extend(fallbacks.iter().cloned());
        fonts
            .families
            .insert(egui::FontFamily::Name(name.into()), chain);
    }
    if let Some(proportional) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        proportional.insert(0, REGULAR.to_owned());
    }
    ctx.set_fonts(fonts);
}

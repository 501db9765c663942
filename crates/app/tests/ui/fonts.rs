//! The window's own text shows emoji: egui's emoji fonts stay fallbacks after Inter in
//! every family the chrome uses, and emoji they lack (🛒) come from the system's colour
//! emoji font, so a card title such as "Einkauf 🛒 😀" is no row of empty boxes in the
//! inspector or the conflicts panel.

use egui::{FontFamily, FontId};

use super::harness;

#[test]
fn the_windows_fonts_keep_egui_emoji_fonts_after_inter() {
    let fonts = waymark::ui::font_definitions();
    for family in [
        FontFamily::Proportional,
        FontFamily::Name("Inter".into()),
        FontFamily::Name("Inter SemiBold".into()),
    ] {
        let chain = fonts.families.get(&family).expect("the family is defined");
        assert!(
            chain.first().is_some_and(|f| f.starts_with("Inter")),
            "{family:?}: Inter first: {chain:?}"
        );
        for emoji in ["NotoEmoji-Regular", "emoji-icon-font"] {
            assert!(
                chain.iter().skip(1).any(|f| f == emoji),
                "{family:?}: {emoji} as a fallback: {chain:?}"
            );
            assert!(fonts.font_data.contains_key(emoji), "{emoji} is loaded");
        }
    }
}

#[test]
fn emoji_in_the_windows_text_have_glyphs() {
    let h = harness();
    for family in [FontFamily::Proportional, FontFamily::Name("Inter".into())] {
        let font = FontId::new(13.0, family.clone());
        h.ctx.fonts_mut(|f| {
            // Laying the text out asks the system's fonts for what egui's lack.
            let _ = f.layout_no_wrap(
                "Einkauf 🛒 😀".to_owned(),
                font.clone(),
                egui::Color32::BLACK,
            );
            assert!(
                f.has_glyph(&font, '😀'),
                "{family:?}: 😀 from egui's NotoEmoji"
            );
            assert!(
                f.has_glyph(&font, '🛒'),
                "{family:?}: 🛒 from the system's emoji font"
            );
        });
    }
}

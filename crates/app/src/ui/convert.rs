//! Conversions from core types to egui types.

use crate::palette::Rgba;

/// A palette colour as an egui colour.
pub fn color(c: Rgba) -> egui::Color32 {
    egui::Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}

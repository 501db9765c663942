//! Conversions from core types to egui types.

use crate::palette::Rgba;

/// An exported PNG (or any picture the image crate reads) as an egui image.
pub fn color_image(bytes: &[u8]) -> Result<egui::ColorImage, image::ImageError> {
    let picture = image::load_from_memory(bytes)?.to_rgba8();
    let size = [picture.width() as usize, picture.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        picture.as_raw(),
    ))
}

/// A palette colour as an egui colour.
pub fn color(c: Rgba) -> egui::Color32 {
    egui::Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}

//! The pictures one export draws: each one the scene uses is decoded once, checked, and
//! scaled down once to what the output needs (the most pixels any of its frames shows),
//! so a huge picture shared by many cards costs one decode, and every format leaves out
//! the same undecodable pictures.

use std::collections::BTreeMap;
use std::io::Cursor;

use image::ImageFormat;

use crate::images::{self, MAX_SIDE};
use crate::layout::scene::{Prim, Scene};
use crate::model::{ImageAsset, ImageId, Project};

/// The pictures of one export, ready to embed, and those left out.
pub(super) struct Pictures {
    /// What the writers embed, by id: the original file when it is small enough, else a
    /// smaller copy of it.
    pub ready: BTreeMap<ImageId, ImageAsset>,
    /// Pictures that cannot be shown and why, one line each.
    pub left_out: Vec<String>,
}

/// Prepares every picture `scene` draws; a frame of `w` × `h` map units needs
/// `pixels_per_unit` × that many pixels (at most [`MAX_SIDE`] on a side).
pub(super) fn prepare(project: &Project, scene: &Scene, pixels_per_unit: f32) -> Pictures {
    let mut needed: BTreeMap<&ImageId, f32> = BTreeMap::new();
    for prim in scene.all() {
        if let Prim::Image { rect, image } = prim {
            let side = rect.width().max(rect.height()) * pixels_per_unit;
            let entry = needed.entry(image).or_insert(0.0);
            *entry = entry.max(side);
        }
    }
    let mut ready = BTreeMap::new();
    let mut left_out = Vec::new();
    for (id, side) in needed {
        let Some(asset) = project.images.get(id) else {
            continue;
        };
        match images::decode(asset).and_then(|decoded| fit(decoded, side)) {
            Ok(fitted) => {
                ready.insert(id.clone(), fitted.unwrap_or_else(|| asset.clone()));
            }
            Err(e) => left_out.push(format!("{id} ({e})")),
        }
    }
    Pictures { ready, left_out }
}

/// A copy of `decoded` at most `side` pixels (and [`MAX_SIDE`]) on its longer side;
/// `None` when the original is small enough already.
fn fit(decoded: images::Decoded, side: f32) -> Result<Option<ImageAsset>, images::ImageError> {
    let limit = (side.ceil().max(1.0) as u32).min(MAX_SIDE);
    let picture = decoded.picture;
    if picture.width() <= limit && picture.height() <= limit {
        return Ok(None);
    }
    let smaller = picture.resize(limit, limit, image::imageops::FilterType::Triangle);
    let mut out = Cursor::new(Vec::new());
    let (result, mime) = if decoded.format == ImageFormat::Jpeg {
        (
            smaller.to_rgb8().write_to(&mut out, ImageFormat::Jpeg),
            "image/jpeg",
        )
    } else {
        (
            smaller.to_rgba8().write_to(&mut out, ImageFormat::Png),
            "image/png",
        )
    };
    result.map_err(|e| images::ImageError::Damaged(e.to_string()))?;
    use base64::Engine as _;
    Ok(Some(ImageAsset {
        mime: mime.to_owned(),
        data: base64::engine::general_purpose::STANDARD.encode(out.into_inner()),
        ..ImageAsset::default()
    }))
}

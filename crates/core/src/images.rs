//! Pictures brought into a project (persona photos, storyboard frames): checked, decoded
//! with limits so a hostile file cannot exhaust memory, downscaled to at most
//! [`MAX_SIDE`] pixels, and embedded as base64 PNG or JPEG. No window.

use std::io::Cursor;

use base64::Engine as _;
use image::{ImageFormat, ImageReader, Limits};

use crate::model::ImageAsset;

/// The longest side of an embedded picture, in pixels.
pub const MAX_SIDE: u32 = 2048;
/// The largest picture file accepted.
pub const MAX_FILE_BYTES: usize = 40_000_000;
/// The largest picture accepted before downscaling, per side.
pub const MAX_DECODED_SIDE: u32 = 12_000;
/// The most memory decoding may use.
pub const MAX_DECODE_BYTES: u64 = 400_000_000;

/// Why a picture was refused.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// Not PNG or JPEG.
    #[error("it is not a PNG or JPEG picture")]
    NotAnImage,
    /// The file is too big.
    #[error("the file is {} MB, over the {} MB limit for a picture", .0 / 1_000_000, MAX_FILE_BYTES / 1_000_000)]
    TooLarge(usize),
    /// The picture claims more pixels than allowed (a decompression bomb, or just huge).
    #[error(
        "the picture is {width} × {height} pixels, over the {MAX_DECODED_SIDE} × {MAX_DECODED_SIDE} limit"
    )]
    TooManyPixels {
        /// Claimed width.
        width: u32,
        /// Claimed height.
        height: u32,
    },
    /// The data is damaged.
    #[error("the picture cannot be read: {0}")]
    Damaged(String),
}

/// Checks, decodes, downscales and encodes `bytes` (a PNG or JPEG file) for embedding.
pub fn prepare(bytes: &[u8]) -> Result<ImageAsset, ImageError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImageError::TooLarge(bytes.len()));
    }
    let format = match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Png | ImageFormat::Jpeg)) => f,
        _ => return Err(ImageError::NotAnImage),
    };
    // The header alone says how big the picture claims to be; check before decoding.
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| ImageError::Damaged(e.to_string()))?;
    if width > MAX_DECODED_SIDE || height > MAX_DECODED_SIDE {
        return Err(ImageError::TooManyPixels { width, height });
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODED_SIDE);
    limits.max_image_height = Some(MAX_DECODED_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let picture = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => ImageError::TooManyPixels { width, height },
        e => ImageError::Damaged(e.to_string()),
    })?;
    let (data, mime) = if width <= MAX_SIDE && height <= MAX_SIDE {
        (bytes.to_vec(), mime_of(format))
    } else {
        let smaller = picture.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle);
        let mut out = Cursor::new(Vec::new());
        let result = if format == ImageFormat::Jpeg {
            smaller.to_rgb8().write_to(&mut out, ImageFormat::Jpeg)
        } else {
            smaller.write_to(&mut out, ImageFormat::Png)
        };
        result.map_err(|e| ImageError::Damaged(e.to_string()))?;
        (out.into_inner(), mime_of(format))
    };
    Ok(ImageAsset {
        mime: mime.to_owned(),
        data: base64::engine::general_purpose::STANDARD.encode(data),
        ..ImageAsset::default()
    })
}

fn mime_of(format: ImageFormat) -> &'static str {
    if format == ImageFormat::Jpeg {
        "image/jpeg"
    } else {
        "image/png"
    }
}

/// The file bytes of an embedded picture.
pub fn file_bytes(asset: &ImageAsset) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(asset.data.as_bytes())
        .ok()
}

/// Decodes an embedded picture to RGBA pixels (for the canvas), with the same limits.
pub fn decode_rgba(asset: &ImageAsset) -> Option<image::RgbaImage> {
    let bytes = file_bytes(asset)?;
    let format = image::guess_format(&bytes).ok()?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE * 2);
    limits.max_image_height = Some(MAX_SIDE * 2);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    reader.decode().ok().map(|p| p.to_rgba8())
}

/// Whether an embedded picture is a PNG or JPEG whose header stays within the decoding
/// limits (pictures in a hostile project file are skipped by the exporters).
pub fn is_safe(asset: &ImageAsset) -> bool {
    let Some(bytes) = file_bytes(asset) else {
        return false;
    };
    if !matches!(
        image::guess_format(&bytes),
        Ok(ImageFormat::Png | ImageFormat::Jpeg)
    ) {
        return false;
    }
    ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .ok()
        .and_then(|r| r.into_dimensions().ok())
        .is_some_and(|(w, h)| w <= MAX_DECODED_SIDE && h <= MAX_DECODED_SIDE)
}

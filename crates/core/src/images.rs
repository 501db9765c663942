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
    /// The embedded text is not base64.
    #[error("its data is not valid base64: {0}")]
    BadBase64(String),
    /// The bytes are of another type than the file says.
    #[error("it is labelled {labelled} but is a {actual} picture")]
    WrongType {
        /// The MIME type in the file.
        labelled: String,
        /// What the bytes are.
        actual: &'static str,
    },
    /// The file could not be read (missing, not a regular file, over the size limit).
    #[error(transparent)]
    Read(#[from] crate::io::ReadError),
    /// Decoding would need more memory than allowed.
    #[error(
        "decoding it would take more than {} MB of memory ({width} × {height} pixels)",
        MAX_DECODE_BYTES / 1_000_000
    )]
    TooMuchMemory {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
}

/// Reads the picture file at `path` (refused before reading when over [`MAX_FILE_BYTES`],
/// or when it is not a regular file) and prepares it for embedding (see [`prepare`]).
pub fn prepare_file(path: &std::path::Path) -> Result<ImageAsset, ImageError> {
    let bytes = crate::io::read_bounded(path, MAX_FILE_BYTES as u64)?;
    prepare(&bytes)
}

/// The PNG or JPEG `bytes` are, or [`ImageError::NotAnImage`].
fn format_of(bytes: &[u8]) -> Result<ImageFormat, ImageError> {
    match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Png | ImageFormat::Jpeg)) => Ok(f),
        _ => Err(ImageError::NotAnImage),
    }
}

/// Decodes `bytes` of `format` within the limits (the one place they are set): the header's
/// size is checked before decoding, then the decoder is bounded in sides and memory.
fn decode_limited(bytes: &[u8], format: ImageFormat) -> Result<image::DynamicImage, ImageError> {
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
    reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => ImageError::TooMuchMemory { width, height },
        e => ImageError::Damaged(e.to_string()),
    })
}

/// Checks, decodes, downscales and encodes `bytes` (a PNG or JPEG file) for embedding.
pub fn prepare(bytes: &[u8]) -> Result<ImageAsset, ImageError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImageError::TooLarge(bytes.len()));
    }
    let format = format_of(bytes)?;
    let picture = decode_limited(bytes, format)?;
    let (width, height) = (picture.width(), picture.height());
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

/// A decoded embedded picture, with its file bytes.
pub struct Decoded {
    /// The pixels.
    pub picture: image::DynamicImage,
    /// The file bytes (base64-decoded).
    pub bytes: Vec<u8>,
    /// PNG or JPEG.
    pub format: ImageFormat,
}

/// Decodes an embedded picture with the import's limits, or says why it cannot be shown:
/// data that is not base64, bytes that are not PNG or JPEG or not what the MIME type says,
/// a header over the size limits, or pixels that do not decode (a truncated file).
pub fn decode(asset: &ImageAsset) -> Result<Decoded, ImageError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(asset.data.as_bytes())
        .map_err(|e| ImageError::BadBase64(e.to_string()))?;
    let format = format_of(&bytes)?;
    if asset.mime != mime_of(format) {
        return Err(ImageError::WrongType {
            labelled: asset.mime.clone(),
            actual: if format == ImageFormat::Png {
                "PNG"
            } else {
                "JPEG"
            },
        });
    }
    let picture = decode_limited(&bytes, format)?;
    Ok(Decoded {
        picture,
        bytes,
        format,
    })
}

/// Decodes an embedded picture to RGBA pixels at most [`MAX_SIDE`] on a side (for the
/// canvas); `None` when [`decode`] refuses it.
pub fn decode_rgba(asset: &ImageAsset) -> Option<image::RgbaImage> {
    let decoded = decode(asset).ok()?;
    let picture = decoded.picture;
    let picture = if picture.width() > MAX_SIDE || picture.height() > MAX_SIDE {
        picture.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle)
    } else {
        picture
    };
    Some(picture.to_rgba8())
}

/// One line for each embedded picture that `maps` (with their personas) use and that
/// cannot be shown (see [`decode`]): which picture, who uses it, and why. With
/// `every_persona`, the photos of personas no map shows are checked too.
pub fn problems<'a>(
    project: &'a crate::model::Project,
    maps: impl IntoIterator<Item = &'a crate::model::JourneyMap>,
    every_persona: bool,
) -> Vec<String> {
    let mut users: std::collections::BTreeMap<&crate::model::ImageId, Vec<String>> =
        std::collections::BTreeMap::new();
    let add_persona =
        |persona: &'a crate::model::Persona,
         users: &mut std::collections::BTreeMap<_, Vec<String>>| {
            if let Some(photo) = &persona.photo {
                let who = format!("persona {}", persona.id);
                let list = users.entry(photo).or_default();
                if !list.contains(&who) {
                    list.push(who);
                }
            }
        };
    if every_persona {
        for persona in &project.personas {
            add_persona(persona, &mut users);
        }
    }
    for map in maps {
        for persona in map.personas.iter().filter_map(|id| project.persona(id)) {
            add_persona(persona, &mut users);
        }
        for card in &map.cards {
            if let Some(image) = &card.image {
                users
                    .entry(image)
                    .or_default()
                    .push(format!("card {} in map {}", card.id, map.id));
            }
        }
    }
    users
        .into_iter()
        .filter_map(|(id, who)| {
            let asset = project.images.get(id)?;
            let reason = decode(asset).err()?;
            Some(format!(
                "picture {id} (used by {}) cannot be shown: {reason}",
                list_of(&who)
            ))
        })
        .collect()
}

/// `a`, `a and b`, `a, b and 3 more`.
fn list_of(items: &[String]) -> String {
    match items {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [a, b, rest @ ..] => format!("{a}, {b} and {} more", rest.len()),
    }
}

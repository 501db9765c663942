//! The fonts the text engine shapes with: the bundled Inter always, and the computer's
//! fonts (through fontique and fontconfig) once some text needs them, with plain
//! sans-serif families preferred per script.

use std::sync::{Arc, OnceLock};

use parley::FontContext;
use parley::fontique::{Blob, Collection, CollectionOptions, SourceCache};
use skrifa::MetadataProvider as _;

use crate::fonts;

/// The bundled Inter faces, the same blobs for every collection (so a glyph run shaped
/// before the system's fonts were loaded names the same face after).
fn inter_blobs() -> &'static [Blob<u8>; 2] {
    static BLOBS: OnceLock<[Blob<u8>; 2]> = OnceLock::new();
    BLOBS.get_or_init(|| {
        [fonts::INTER_REGULAR, fonts::INTER_SEMIBOLD].map(|bytes| Blob::new(Arc::new(bytes)))
    })
}

/// A font context with Inter, and the computer's fonts if `system_fonts`.
pub(super) fn font_context(system_fonts: bool) -> FontContext {
    let mut collection = Collection::new(CollectionOptions {
        shared: false,
        system_fonts,
    });
    for blob in inter_blobs() {
        collection.register_fonts(blob.clone(), None);
    }
    if system_fonts {
        prefer_plain_families(&mut collection);
    }
    FontContext {
        collection,
        source_cache: SourceCache::default(),
    }
}

/// Whether Inter alone draws every character of `text` (white space and controls aside).
pub(super) fn inter_covers(text: &str) -> bool {
    static CHARMAP: OnceLock<Option<skrifa::charmap::Charmap<'static>>> = OnceLock::new();
    let Some(charmap) = CHARMAP.get_or_init(|| {
        skrifa::FontRef::new(fonts::INTER_REGULAR)
            .ok()
            .map(|f| f.charmap())
    }) else {
        return false;
    };
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || charmap.map(c).is_some())
}

/// Sans-serif families to try first per script (and language), where installed: the
/// system's own choice can be a decorative face (Rashi Hebrew, looped Thai).
const PREFERRED: &[([u8; 4], Option<&str>, &[&str])] = &[
    (
        *b"Arab",
        None,
        &["Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans"],
    ),
    (
        *b"Hebr",
        None,
        &["Noto Sans Hebrew", "Noto Serif Hebrew", "DejaVu Sans"],
    ),
    (*b"Deva", None, &["Noto Sans Devanagari"]),
    (*b"Thai", None, &["Noto Sans Thai", "Noto Sans Thai Looped"]),
    (*b"Hani", None, &["Noto Sans CJK SC"]),
    (*b"Hani", Some("ja"), &["Noto Sans CJK JP"]),
    (*b"Hani", Some("ko"), &["Noto Sans CJK KR"]),
    (*b"Hira", None, &["Noto Sans CJK JP"]),
    (*b"Kana", None, &["Noto Sans CJK JP"]),
    (*b"Hang", None, &["Noto Sans CJK KR"]),
    (*b"Zsye", None, &["Noto Color Emoji"]),
];

/// Puts the [`PREFERRED`] families that are installed ahead of the system's fallback.
fn prefer_plain_families(collection: &mut Collection) {
    for (script, lang, names) in PREFERRED {
        let script = parley::fontique::Script::from_bytes(*script);
        let lang = lang.and_then(|l| parley::Language::parse(l).ok());
        let key = parley::fontique::FallbackKey::new(script, lang.as_ref());
        let mut ids: Vec<_> = names
            .iter()
            .filter_map(|n| collection.family_id(n))
            .collect();
        if ids.is_empty() {
            continue;
        }
        for id in collection.fallback_families(key) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        collection.set_fallbacks(key, ids.into_iter());
    }
}

//! The one text engine: every string on the map is shaped, wrapped and laid out
//! bidirectionally here, once, and every renderer (canvas, SVG, PNG, PDF) draws the glyphs
//! this module produced. Nobody else measures or wraps text.
//!
//! Built on [parley] (harfrust shaping, ICU4X line breaking and bidi) over a [fontique]
//! collection: the bundled Inter first, then the project's chosen family, then per-cluster
//! fallback to the computer's fonts (fontconfig on Linux, loaded at run time).

mod collection;
pub mod coverage;
mod engine;
mod estimate;
pub mod glyph;
mod phrases;
pub mod script;

use std::ops::Range;
use std::sync::{Arc, OnceLock, RwLock};

pub use engine::TextEngine;

use crate::fonts::FontStyle;

/// A font file the engine used, by its place in the registry (stable for the process).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FontId(pub u32);

/// One font: its bytes (shared, often memory-mapped), the face index inside a collection
/// file, and the family name it was found under.
#[derive(Clone)]
pub struct FontFace {
    /// The font file's bytes.
    pub data: parley::FontData,
    /// The family, e.g. "Noto Sans CJK JP".
    pub family: String,
}

impl std::fmt::Debug for FontFace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontFace")
            .field("family", &self.family)
            .field("index", &self.data.index)
            .finish_non_exhaustive()
    }
}

impl FontFace {
    /// The bytes of the whole font file.
    pub fn bytes(&self) -> &[u8] {
        self.data.data.data()
    }

    /// The face index inside the file (0 unless it is a collection).
    pub fn index(&self) -> u32 {
        self.data.index
    }

    /// The face parsed with skrifa, for outlines and bitmaps.
    pub fn skrifa(&self) -> Option<skrifa::FontRef<'_>> {
        skrifa::FontRef::from_index(self.bytes(), self.index()).ok()
    }
}

#[derive(Default)]
struct Registry {
    faces: Vec<FontFace>,
    by_key: std::collections::HashMap<(u64, u32), FontId>,
}

fn registry() -> &'static RwLock<Registry> {
    static REGISTRY: OnceLock<RwLock<Registry>> = OnceLock::new();
    REGISTRY.get_or_init(|| RwLock::new(Registry::default()))
}

/// The registry id of `data`, registering it on first sight.
fn intern(data: &parley::FontData, family: impl FnOnce() -> String) -> FontId {
    let key = (data.data.id(), data.index);
    if let Ok(reg) = registry().read()
        && let Some(id) = reg.by_key.get(&key)
    {
        return *id;
    }
    let Ok(mut reg) = registry().write() else {
        return FontId(u32::MAX);
    };
    if let Some(id) = reg.by_key.get(&key) {
        return *id;
    }
    let id = FontId(u32::try_from(reg.faces.len()).unwrap_or(u32::MAX));
    reg.faces.push(FontFace {
        data: data.clone(),
        family: family(),
    });
    reg.by_key.insert(key, id);
    id
}

/// The font behind `id`, if it was registered.
pub fn face(id: FontId) -> Option<FontFace> {
    let reg = registry().read().ok()?;
    reg.faces.get(id.0 as usize).cloned()
}

/// One positioned glyph of a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    /// Glyph id in its run's font (0 is the font's "missing" box).
    pub id: u32,
    /// Where the glyph is drawn, from the line's left end along the baseline (offsets
    /// included), in world pixels.
    pub x: f32,
    /// Vertical offset from the baseline, downwards positive.
    pub y: f32,
    /// The advance the shaper gave it.
    pub advance: f32,
    /// The bytes of the line's text this glyph's cluster stands for.
    pub cluster: Range<u32>,
}

/// Glyphs of one font at one size, in visual (left to right) order.
#[derive(Clone, Debug, PartialEq)]
pub struct GlyphRun {
    /// The font.
    pub font: FontId,
    /// Font size in world pixels.
    pub size: f32,
    /// Variation coordinates (normalised, 2.14) for variable fonts; empty otherwise.
    pub coords: Vec<i16>,
    /// Right-to-left run (bidi level odd).
    pub rtl: bool,
    /// The glyphs.
    pub glyphs: Vec<Glyph>,
}

/// One line of shaped text, not yet placed: what the layout positions and renderers draw.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ShapedLine {
    /// The characters of the line in logical order (cleaned, trailing space trimmed).
    pub text: Arc<str>,
    /// Where the line starts inside the box it was wrapped to (non-zero for right-aligned
    /// right-to-left lines).
    pub offset: f32,
    /// The advance width of the line's ink (trailing white space excluded).
    pub width: f32,
    /// The paragraph runs right to left.
    pub rtl: bool,
    /// Glyph runs, left to right.
    pub runs: Arc<[GlyphRun]>,
    /// Some character of the line is drawn as the missing glyph (no font has it): known
    /// when shaped, so that looking for such lines does not walk every glyph of a map.
    pub missing: bool,
}

impl ShapedLine {
    /// The characters that no available font could draw (shaped as the missing glyph).
    pub fn missing_chars(&self) -> Vec<char> {
        if !self.missing {
            return Vec::new();
        }
        missing_chars_in(&self.text, &self.runs)
    }
}

/// The characters of a line's `text` whose glyphs in `runs` are the missing glyph, each
/// once (for shaped lines and for lines placed by the layout alike).
pub fn missing_chars_in(text: &str, runs: &[GlyphRun]) -> Vec<char> {
    let mut out = Vec::new();
    for run in runs {
        for glyph in run.glyphs.iter().filter(|g| g.id == 0) {
            let (start, end) = (glyph.cluster.start as usize, glyph.cluster.end as usize);
            if let Some(part) = text.get(start..end) {
                out.extend(part.chars().filter(|c| !c.is_whitespace()));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Text shaped with one project's font choice: the handle layout code wraps text with.
#[derive(Clone, Copy)]
pub struct Shaper<'a> {
    engine: &'a TextEngine,
    family: Option<&'a str>,
    lang: Option<&'static str>,
    catalogue: &'static crate::i18n::Catalogue,
    /// Text not shaped before is estimated instead of shaped ([`Self::estimating`]).
    estimate: bool,
}

impl<'a> Shaper<'a> {
    /// Shapes with `project`'s font family, and draws Han characters for its language:
    /// a project with any kana is Japanese, with any hangul Korean, so that a title of
    /// kanji alone (会社員) gets Japanese forms in a Japanese map.
    pub fn for_project(engine: &'a TextEngine, project: &'a crate::model::Project) -> Self {
        // One look at the text serves both the Han forms and the guessed language.
        let guessed = guess_language(project);
        let catalogue = crate::i18n::Catalogue::for_language(
            project
                .language
                .as_deref()
                .filter(|t| crate::i18n::is_valid_tag(t))
                .or(guessed)
                .unwrap_or(crate::i18n::ENGLISH),
        );
        let from_text = guessed.filter(|g| *g != "zh-Hans");
        let stated = match catalogue.tag() {
            "ja" => Some("ja"),
            "ko" => Some("ko"),
            "zh-Hans" => Some("zh-Hans"),
            _ => None,
        };
        Self {
            engine,
            family: project.font.as_deref(),
            lang: from_text.or(stated),
            catalogue,
            estimate: false,
        }
    }

    /// This shaper, estimating the lines of any text the engine has not shaped before
    /// instead of shaping it (no glyphs, about the right widths): a large map's first
    /// layout, drawn while its text is shaped in the background.
    pub fn estimating(self) -> Self {
        Self {
            estimate: true,
            ..self
        }
    }

    /// The catalogue of the project's language: the labels Waymark draws on its maps.
    pub fn catalogue(&self) -> &'static crate::i18n::Catalogue {
        self.catalogue
    }

    /// Message `id` in the project's language (see [`crate::i18n::Catalogue::tr`]).
    pub fn tr(&self, id: &str) -> String {
        self.catalogue.tr(id)
    }

    /// Wraps `text` into lines at most `max_width` wide (Unicode line breaking; a word
    /// longer than a line breaks between clusters). When more than `max_lines` lines are
    /// needed the last kept one ends in an ellipsis.
    pub fn wrap(
        &self,
        text: &str,
        style: FontStyle,
        max_width: f32,
        max_lines: usize,
    ) -> Arc<[ShapedLine]> {
        if self.estimate {
            return self.engine.wrap_or_estimate(
                text,
                style,
                self.family,
                self.lang,
                max_width,
                max_lines,
            );
        }
        self.engine
            .wrap(text, style, self.family, self.lang, max_width, max_lines)
    }

    /// `text` on one line, cut with an ellipsis to `max_width` if it is wider.
    pub fn line(&self, text: &str, style: FontStyle, max_width: f32) -> ShapedLine {
        self.wrap(text, style, max_width, 1)
            .first()
            .cloned()
            .unwrap_or_default()
    }

    /// The advance width of `text` on one line.
    pub fn width(&self, text: &str, style: FontStyle) -> f32 {
        self.line(text, style, f32::INFINITY).width
    }

    /// Distance from the top of a line box to its baseline (from Inter, so line spacing is
    /// the same in every script).
    pub fn ascent(&self, style: FontStyle) -> f32 {
        engine::ascent(style)
    }
}

/// Removes characters that no renderer should see: control characters (tabs and line
/// breaks become spaces) and non-characters.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            '\u{FFFE}' | '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect()
}

/// The language a project's Han characters are drawn for: the first kana or hangul in
/// its titles, names and card text decides (`None` when it has neither).
pub fn project_lang(project: &crate::model::Project) -> Option<&'static str> {
    project_texts(project).find_map(engine::locale_hint)
}

/// The language a project's text is written in, as far as its script tells: kana →
/// Japanese, hangul → Korean, Han characters alone → Simplified Chinese; `None` for
/// anything else (a Latin-script project could be any language).
pub fn guess_language(project: &crate::model::Project) -> Option<&'static str> {
    let mut han = false;
    for text in project_texts(project) {
        // Every East Asian character is at U+1000 or above, so its UTF-8 starts with a
        // byte of 0xE1 or more: most text (Latin, Arabic, Devanagari…) is passed over
        // without decoding a character (this runs on every layout).
        if !text.bytes().any(|b| b >= 0xE1) {
            continue;
        }
        for c in text.chars() {
            match script::east_asian(c) {
                Some(script::EastAsian::Kana) => return Some("ja"),
                Some(script::EastAsian::Hangul) => return Some("ko"),
                Some(script::EastAsian::Han) => han = true,
                None => {}
            }
        }
    }
    han.then_some("zh-Hans")
}

/// Every text of a project a reader sees first: titles, names, personas, card text.
fn project_texts(project: &crate::model::Project) -> impl Iterator<Item = &str> {
    std::iter::once(project.title.as_str())
        .chain(
            project
                .personas
                .iter()
                .flat_map(|p| [&*p.name, &*p.role, &*p.quote]),
        )
        .chain(project.maps.iter().flat_map(|m| {
            std::iter::once(m.name.as_str())
                .chain(m.stages.iter().map(|s| s.name.as_str()))
                .chain(m.lanes.iter().map(|l| l.name.as_str()))
                .chain(m.cards.iter().flat_map(|c| [&*c.title, &*c.body]))
        }))
}

/// `c` written for a message: the character and its code point, e.g. `𐀀 (U+10000)`.
pub fn describe_char(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("{c} (U+{:04X})", u32::from(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation as _;

    const STYLE: FontStyle = FontStyle::regular(12.0);

    fn engine() -> &'static TextEngine {
        TextEngine::global()
    }

    #[test]
    fn japanese_breaks_between_ideographs_and_every_line_fits() {
        let text = "会員登録の手続きが長すぎて途中で諦めてしまいそうになった";
        let lines = engine().wrap(text, STYLE, None, None, 90.0, 20);
        assert!(lines.len() >= 3, "{lines:?}");
        for line in lines.iter() {
            assert!(
                line.width <= 90.0 + 0.01,
                "{:?} is {}",
                line.text,
                line.width
            );
            assert!(line.missing_chars().is_empty(), "{:?}", line.text);
        }
        let joined: String = lines.iter().map(|l| &*l.text).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn a_line_knows_when_a_character_has_no_font() {
        for (text, missing) in [
            ("Hello 会員登録 يقارن 🛒", false),
            ("Private \u{10FFFD} use", true),
        ] {
            let lines = engine().wrap(text, STYLE, None, None, 400.0, 3);
            let line = &lines[0];
            assert_eq!(line.missing, missing, "{text:?}");
            let walked = missing_chars_in(&line.text, &line.runs);
            assert_eq!(line.missing_chars(), walked);
            assert_eq!(walked.is_empty(), !missing);
        }
    }

    #[test]
    fn arabic_runs_right_to_left_and_ends_at_the_right_edge() {
        let lines = engine().wrap("يقارن رسوم التوصيل", STYLE, None, None, 200.0, 3);
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        assert!(line.rtl);
        assert!((line.offset + line.width - 200.0).abs() < 0.5, "{line:?}");
        assert!(line.runs.iter().all(|r| r.rtl));
        assert!(line.missing_chars().is_empty());
    }

    #[test]
    fn the_ellipsis_never_splits_a_grapheme_cluster() {
        let text = "👨‍👩‍👧 ".repeat(40);
        let lines = engine().wrap(&text, STYLE, None, None, 80.0, 2);
        assert_eq!(lines.len(), 2);
        let last = &lines[1];
        let kept = last.text.strip_suffix('…').expect("ends with an ellipsis");
        for g in kept.graphemes(true) {
            assert!(g == "👨‍👩‍👧" || g == " ", "split cluster {g:?}");
        }
        assert!(last.width <= 80.0 + 0.01);
    }

    #[test]
    fn hindi_conjuncts_stay_whole_when_breaking_anywhere() {
        let text = "क्षत्रिय".repeat(12);
        let lines = engine().wrap(&text, STYLE, None, None, 60.0, 50);
        assert!(lines.len() > 1);
        for line in lines.iter() {
            // Every break falls on a grapheme boundary of the original text.
            assert!(text.contains(&*line.text));
            assert!(!line.text.starts_with('\u{94D}'), "{:?}", line.text);
        }
    }

    #[test]
    fn shaping_is_cached() {
        let a = engine().wrap("Cached once", STYLE, None, None, 100.0, 2);
        let b = engine().wrap("Cached once", STYLE, None, None, 100.0, 2);
        assert!(Arc::ptr_eq(&a, &b));
    }

    /// Text in the scripts the installed fonts cover (Latin, Greek, Cyrillic, Hebrew,
    /// Arabic, Devanagari, Thai, kana, common Han, Hangul). Code points no font has
    /// (rare planes, unassigned) are drawn as boxes from whichever font fontique falls
    /// back to first, which can differ with what was shaped before in the process.
    const SCRIPTS: &str = "[a-zA-Z0-9 .,:;'!?\\-\u{C0}-\u{24F}\u{391}-\u{3C9}\u{410}-\u{44F}\u{5D0}-\u{5EA}\u{621}-\u{64A}\u{905}-\u{939}\u{93E}-\u{94D}\u{E01}-\u{E3A}\u{3041}-\u{3096}\u{30A1}-\u{30FA}\u{4E00}-\u{9FA5}\u{AC00}-\u{D7A3}]{0,120}";

    proptest! {
        #[test]
        fn no_line_is_wider_than_its_box(text in SCRIPTS, width in 20.0f32..300.0) {
            for line in engine().wrap(&text, STYLE, None, None, width, 50).iter() {
                // A single cluster wider than the box is the only allowed overflow.
                prop_assert!(
                    line.width <= width + 0.01 || line.text.graphemes(true).count() <= 2,
                    "{:?} is {} wide in {width}", line.text, line.width
                );
                prop_assert!(!line.text.chars().any(char::is_control));
            }
        }
    }
}

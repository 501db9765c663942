//! The engine behind [`super::Shaper`]: parley font and layout contexts, one per core
//! behind a lock each (so layouts on several threads shape at once), and a cache of shaped
//! paragraphs (layout runs again on every edit; only changed text is shaped again). The
//! cache is split in shards with a lock each, so threads look text up at once too.

use std::hash::{BuildHasher as _, Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

use hashbrown::{DefaultHashBuilder, Equivalent, HashTable};

use parley::{
    Alignment, AlignmentOptions, FontContext, FontFamily, FontWeight, Layout, LayoutContext,
    OverflowWrap, PositionedLayoutItem, StyleProperty, WordBreak,
};
use skrifa::MetadataProvider as _;
use unicode_segmentation::UnicodeSegmentation as _;

use super::collection::{font_context, inter_covers};
use super::phrases::{self, Breaking};
use super::{FontId, Glyph, GlyphRun, ShapedLine, clean, intern};
use crate::fonts::{self, FontStyle, Weight};

/// Cached paragraphs beyond which the cache starts over (a 10,000-card map needs ~30,000).
const CACHE_LIMIT: usize = 200_000;

/// The cache's shards (a power of two): enough that two threads rarely want one at once.
const SHARDS: usize = 32;

/// A cached paragraph's key. [`Query`] is the same key borrowed, so that a cache hit
/// allocates nothing; the key is filed under its query's hash.
struct Key {
    text: Box<str>,
    size: u32,
    weight: Weight,
    family: Option<Box<str>>,
    lang: Option<&'static str>,
    width: u32,
    max_lines: usize,
}

struct Query<'a> {
    text: &'a str,
    size: u32,
    weight: Weight,
    family: Option<&'a str>,
    lang: Option<&'static str>,
    width: u32,
    max_lines: usize,
}

impl<'a> Query<'a> {
    /// The key of `text` wrapped in `style` with `choice`'s font into `max_width`.
    fn new(
        text: &'a str,
        style: FontStyle,
        (family, lang): Choice<'a>,
        max_width: f32,
        max_lines: usize,
    ) -> Self {
        Self {
            text,
            size: style.size.to_bits(),
            weight: style.weight,
            family,
            lang,
            width: max_width.to_bits(),
            max_lines,
        }
    }

    /// The same key, owned, to keep in the cache.
    fn to_key(&self) -> Key {
        Key {
            text: self.text.into(),
            size: self.size,
            weight: self.weight,
            family: self.family.map(Into::into),
            lang: self.lang,
            width: self.width,
            max_lines: self.max_lines,
        }
    }
}

impl Hash for Query<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
        self.size.hash(state);
        self.weight.hash(state);
        self.family.hash(state);
        self.lang.hash(state);
        self.width.hash(state);
        self.max_lines.hash(state);
    }
}

impl Equivalent<Key> for Query<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        self.text == &*key.text
            && self.size == key.size
            && self.weight == key.weight
            && self.family == key.family.as_deref()
            && self.lang == key.lang
            && self.width == key.width
            && self.max_lines == key.max_lines
    }
}

struct State {
    fonts: FontContext,
    layouts: LayoutContext<()>,
    /// `fonts` holds the computer's fonts, not Inter alone.
    system_fonts: bool,
}

impl State {
    fn new() -> Self {
        Self {
            fonts: font_context(false),
            layouts: LayoutContext::new(),
            system_fonts: false,
        }
    }
}

/// Shaped paragraphs by key, with the hash each was filed under.
type Shard = HashTable<(u64, Key, Arc<[ShapedLine]>)>;

/// Shapes and wraps text with the bundled Inter and the computer's fonts.
pub struct TextEngine {
    /// One shaping context per core, made when first wanted: a thread shapes with the
    /// first free one.
    states: Box<[Mutex<Option<State>>]>,
    /// Whether the computer's fonts are wanted at all.
    system_fonts: bool,
    /// The computer's fonts, looked for (tens of milliseconds with fontconfig) only when
    /// some text needs a character Inter lacks, or a family or the list of families is
    /// asked for; each state then takes a copy (they share the fonts' files, so a face
    /// has one [`FontId`] whichever state shaped with it).
    system: OnceLock<FontContext>,
    /// The shaped paragraphs, in the shard their key's hash picks. A shard's lock is
    /// never held while waiting for a state (shaping takes a state, then a shard).
    shards: Box<[Mutex<Shard>]>,
    hasher: DefaultHashBuilder,
}

impl std::fmt::Debug for TextEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextEngine").finish_non_exhaustive()
    }
}

impl TextEngine {
    /// The process-wide engine (fonts are discovered once).
    pub fn global() -> &'static TextEngine {
        static ENGINE: OnceLock<TextEngine> = OnceLock::new();
        ENGINE.get_or_init(|| TextEngine::new(true))
    }

    /// A new engine; `system_fonts` false gives one that knows only the bundled Inter.
    /// The computer's fonts are looked for only when first needed (see [`State`]).
    pub fn new(system_fonts: bool) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8));
        Self {
            states: (0..cores).map(|_| Mutex::new(None)).collect(),
            system_fonts,
            system: OnceLock::new(),
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
            hasher: DefaultHashBuilder::default(),
        }
    }

    /// Forgets every shaped paragraph (the next layout shapes all its text again).
    pub fn clear_cache(&self) {
        for shard in &self.shards {
            if let Ok(mut shard) = shard.lock() {
                shard.clear();
            }
        }
    }

    /// The hash of `query` and the shard it is filed in.
    fn shard_of(&self, query: &Query<'_>) -> (u64, &Mutex<Shard>) {
        let hash = self.hasher.hash_one(query);
        // Bits the table itself uses little (its index takes the low bits, its control
        // bytes the top seven).
        (hash, &self.shards[(hash >> 32) as usize % SHARDS])
    }

    /// The paragraph `query` names, if it has been shaped.
    fn cached(
        &self,
        hash: u64,
        shard: &Mutex<Shard>,
        query: &Query<'_>,
    ) -> Option<Arc<[ShapedLine]>> {
        let shard = shard.lock().ok()?;
        shard
            .find(hash, |(h, key, _)| *h == hash && query.equivalent(key))
            .map(|(_, _, lines)| lines.clone())
    }

    /// Whether the computer's fonts have been looked for: not until some text needs a
    /// character Inter lacks, or a family other than Inter is asked for.
    pub fn system_fonts_loaded(&self) -> bool {
        !self.system_fonts || self.system.get().is_some()
    }

    /// A shaping state's place: the first one no other thread holds, or else the one
    /// `hash` picks, waited for ([`made`] makes its state the first time).
    fn state(&self, hash: u64) -> Option<std::sync::MutexGuard<'_, Option<State>>> {
        if let Some(free) = self.states.iter().find_map(|s| s.try_lock().ok()) {
            return Some(free);
        }
        let n = self.states.len().max(1);
        self.states.get(hash as usize % n)?.lock().ok()
    }

    /// Gives `state` the computer's fonts if they are wanted and it lacks them.
    /// Paragraphs shaped before stay valid: they were drawn with Inter alone, which the
    /// computer's collection shares.
    fn load_system_fonts(&self, state: &mut State) {
        if self.system_fonts && !state.system_fonts {
            state.fonts = self
                .system
                .get_or_init(|| {
                    let mut fonts = font_context(true);
                    fonts.source_cache.make_shared();
                    fonts
                })
                .clone();
            state.system_fonts = true;
        }
    }

    /// Whether a family of that name is available (bundled or installed).
    pub fn has_family(&self, name: &str) -> bool {
        let Some(mut place) = self.state(0) else {
            return false;
        };
        let state = made(&mut place);
        if name != fonts::FAMILY {
            self.load_system_fonts(state);
        }
        state.fonts.collection.family_id(name).is_some()
    }

    /// The available families that can set a map's text, sorted, for a font picker:
    /// those whose regular face draws Latin letters and digits with outlines (symbol,
    /// emoji and single-script fonts are left out; they still serve as fallbacks).
    pub fn families(&self) -> Vec<String> {
        let Some(mut place) = self.state(0) else {
            return Vec::new();
        };
        let state = made(&mut place);
        self.load_system_fonts(state);
        let FontContext {
            collection,
            source_cache,
        } = &mut state.fonts;
        let ids: Vec<_> = collection.family_ids().collect();
        let mut names: Vec<String> = Vec::new();
        for id in ids {
            let Some(family) = collection.family(id) else {
                continue;
            };
            if family.name().starts_with('.') {
                continue;
            }
            let Some(font) = family.default_font() else {
                continue;
            };
            let Some(blob) = font.load(Some(source_cache)) else {
                continue;
            };
            let Ok(face) = skrifa::FontRef::from_index(blob.data(), font.index()) else {
                continue;
            };
            let charmap = face.charmap();
            let outlines = face.outline_glyphs();
            let sets_text = ['a', 'A', 'e', '1'].iter().all(|c| {
                charmap
                    .map(*c)
                    .is_some_and(|g| g.to_u32() != 0 && outlines.get(g).is_some())
            });
            if sets_text {
                names.push(family.name().to_owned());
            }
        }
        names.sort_by_key(|n| n.to_lowercase());
        names.dedup();
        names
    }

    /// See [`super::Shaper::wrap`]; `family` is the project's font (Inter when `None`),
    /// `lang` the language Han characters are drawn for when the text itself does not
    /// say (kana → Japanese, hangul → Korean).
    pub fn wrap(
        &self,
        text: &str,
        style: FontStyle,
        family: Option<&str>,
        lang: Option<&'static str>,
        max_width: f32,
        max_lines: usize,
    ) -> Arc<[ShapedLine]> {
        let query = Query::new(text, style, (family, lang), max_width, max_lines);
        let (hash, shard) = self.shard_of(&query);
        if let Some(hit) = self.cached(hash, shard, &query) {
            return hit;
        }
        let Some(mut place) = self.state(hash) else {
            return Arc::from(Vec::new());
        };
        // Another thread may have shaped it while this one waited for a state.
        if let Some(hit) = self.cached(hash, shard, &query) {
            return hit;
        }
        let state = made(&mut place);
        let other_family = family.is_some_and(|f| !f.trim().is_empty() && f != fonts::FAMILY);
        if !state.system_fonts && (other_family || !inter_covers(text)) {
            self.load_system_fonts(state);
        }
        let lines: Arc<[ShapedLine]> =
            Arc::from(state.shape(text, style, (family, lang), max_width, max_lines));
        drop(place);
        let Ok(mut shard) = shard.lock() else {
            return lines;
        };
        // Another thread may have shaped it meanwhile: the first one kept is kept.
        if let Some((_, _, kept)) =
            shard.find(hash, |(h, key, _)| *h == hash && query.equivalent(key))
        {
            return kept.clone();
        }
        if shard.len() >= CACHE_LIMIT / SHARDS {
            shard.clear();
        }
        shard.insert_unique(hash, (hash, query.to_key(), lines.clone()), |(h, _, _)| *h);
        lines
    }

    /// What [`Self::wrap`] would give if it has shaped this text before; otherwise lines
    /// estimated without shaping ([`super::estimate`]: no glyphs, about the right
    /// widths), which are not kept.
    pub fn wrap_or_estimate(
        &self,
        text: &str,
        style: FontStyle,
        family: Option<&str>,
        lang: Option<&'static str>,
        max_width: f32,
        max_lines: usize,
    ) -> Arc<[ShapedLine]> {
        let query = Query::new(text, style, (family, lang), max_width, max_lines);
        // Never waits for the shaping lock (the text may be being shaped on another
        // thread); a shard's lock is only ever held for a look-up or an insert.
        let (hash, shard) = self.shard_of(&query);
        if let Some(hit) = self.cached(hash, shard, &query) {
            return hit;
        }
        Arc::from(super::estimate::wrap(
            &collapse(text),
            style,
            max_width,
            max_lines,
        ))
    }
}

/// The state in `place`, made the first time.
fn made(place: &mut Option<State>) -> &mut State {
    place.get_or_insert_with(State::new)
}

/// Runs of white space become one space; none at either end.
fn collapse(text: &str) -> String {
    let cleaned = clean(text);
    let mut out = String::with_capacity(cleaned.len());
    for word in cleaned.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The font choice a paragraph is shaped with: the project's family and language hint.
type Choice<'a> = (Option<&'a str>, Option<&'static str>);

/// A language hint so that Han characters take the right regional forms.
pub(super) fn locale_hint(text: &str) -> Option<&'static str> {
    text.chars()
        .find_map(|c| match super::script::east_asian(c) {
            Some(super::script::EastAsian::Kana) => Some("ja"),
            Some(super::script::EastAsian::Hangul) => Some("ko"),
            _ => None,
        })
}

impl State {
    fn layout(
        &mut self,
        text: &str,
        style: FontStyle,
        (family, lang): Choice<'_>,
        breaking: Breaking,
    ) -> Layout<()> {
        let stack = match family {
            Some(f) if !f.trim().is_empty() && f != fonts::FAMILY => {
                format!("\"{}\", {}", f.replace('"', ""), fonts::FAMILY)
            }
            _ => fonts::FAMILY.to_owned(),
        };
        let mut builder = self
            .layouts
            .ranged_builder(&mut self.fonts, text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::Source(stack.into())));
        builder.push_default(StyleProperty::FontSize(style.size));
        builder.push_default(StyleProperty::FontWeight(FontWeight::new(f32::from(
            style.weight.css(),
        ))));
        builder.push_default(StyleProperty::OverflowWrap(OverflowWrap::Anywhere));
        if breaking != Breaking::Normal {
            // Breaks only where phrases (or Korean words) end; see `phrases`.
            builder.push_default(StyleProperty::WordBreak(WordBreak::KeepAll));
        }
        if let Some(lang) = locale_hint(text)
            .or(lang)
            .and_then(|l| parley::Language::parse(l).ok())
        {
            builder.push_default(StyleProperty::Locale(Some(lang)));
        }
        builder.build(text)
    }

    fn shape(
        &mut self,
        text: &str,
        style: FontStyle,
        choice: Choice<'_>,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<ShapedLine> {
        let text = collapse(text);
        if text.is_empty() || max_lines == 0 {
            return Vec::new();
        }
        let (text, breaking) = match phrases::mark(&text, locale_hint(&text).or(choice.1)) {
            Some(marked) => marked,
            None => (text, Breaking::Normal),
        };
        let mut layout = self.layout(&text, style, choice, breaking);
        let width = max_width.is_finite().then_some(max_width.max(1.0));
        layout.break_all_lines(width);
        layout.align(Alignment::Start, AlignmentOptions::default());
        let count = layout.len();
        let rtl = layout.is_rtl();
        let mut out = Vec::with_capacity(count.min(max_lines));
        for (i, line) in layout.lines().enumerate() {
            if i + 1 == max_lines && count > max_lines {
                let range = line.text_range();
                let rest = text
                    .get(range)
                    .unwrap_or_default()
                    .replace(phrases::is_mark, "");
                out.push(self.ellipsized(&rest, style, choice, max_width));
                break;
            }
            out.push(phrases::strip(convert(&text, &line, rtl)));
        }
        out
    }

    /// `line_text` + "…", dropping whole grapheme clusters from its end until it fits.
    fn ellipsized(
        &mut self,
        line_text: &str,
        style: FontStyle,
        choice: Choice<'_>,
        max_width: f32,
    ) -> ShapedLine {
        let mut kept = line_text.trim_end().to_owned();
        loop {
            let candidate = format!("{kept}…");
            let mut layout = self.layout(&candidate, style, choice, Breaking::Normal);
            layout.break_all_lines(None);
            layout.align(Alignment::Start, AlignmentOptions::default());
            let line = layout
                .lines()
                .next()
                .map(|l| convert(&candidate, &l, layout.is_rtl()))
                .unwrap_or_default();
            if kept.is_empty() || line.width <= max_width {
                return line;
            }
            let cut = kept
                .grapheme_indices(true)
                .next_back()
                .map_or(0, |(i, _)| i);
            kept.truncate(cut);
            let trimmed = kept.trim_end().len();
            kept.truncate(trimmed);
        }
    }
}

/// One parley line as a [`ShapedLine`]: glyph positions relative to the line's start.
/// `rtl` is the paragraph's direction.
fn convert(text: &str, line: &parley::Line<'_, ()>, rtl: bool) -> ShapedLine {
    let metrics = line.metrics();
    let range = line.text_range();
    let line_text = text.get(range.clone()).unwrap_or_default();
    let trimmed = line_text.trim_end();
    // Trailing white space hangs past the line's end: the right end for left-to-right
    // paragraphs, the left end for right-to-left ones.
    let hanging = if trimmed.len() < line_text.len() {
        metrics.hanging_advance
    } else {
        0.0
    };
    let offset = if rtl {
        metrics.offset + hanging
    } else {
        metrics.offset
    };
    let mut runs = Vec::new();
    // The advance of the trailing white space, wherever bidi put it visually.
    let mut trailing = 0.0;
    for item in line.items() {
        let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
            continue;
        };
        let run = glyph_run.run();
        let mut x = glyph_run.offset() - offset;
        let mut glyphs: Vec<Glyph> = Vec::new();
        let mut bare = Vec::new();
        for cluster in run.visual_clusters() {
            let tr = cluster.text_range();
            let start = tr.start.saturating_sub(range.start).min(trimmed.len());
            let end = tr.end.saturating_sub(range.start).min(trimmed.len());
            let cluster_range = u32::try_from(start).unwrap_or(0)..u32::try_from(end).unwrap_or(0);
            if cluster.glyphs().next().is_none() {
                bare.push(cluster_range.clone());
            }
            if tr.start >= range.start + trimmed.len() {
                trailing += cluster.advance();
            }
            for g in cluster.glyphs() {
                glyphs.push(Glyph {
                    id: g.id,
                    x: x + g.x,
                    y: g.y,
                    advance: g.advance,
                    cluster: cluster_range.clone(),
                });
                x += g.advance;
            }
        }
        // A ligature's later characters come as clusters without glyphs: they belong to
        // the glyph of the cluster before them (so that PDF text keeps them).
        bare.sort_by_key(|r| r.start);
        for r in bare {
            if let Some(owner) = glyphs.iter_mut().find(|g| g.cluster.end == r.start) {
                let end = owner.cluster.end;
                for g in glyphs.iter_mut().filter(|g| g.cluster.end == end) {
                    g.cluster.end = r.end;
                }
            }
        }
        runs.push(GlyphRun {
            font: font_id(run.font()),
            size: run.font_size(),
            coords: run
                .normalized_coords()
                .iter()
                .map(|c| c.to_bits())
                .collect(),
            rtl: run.is_rtl(),
            glyphs,
        });
    }
    let missing = !super::missing_chars_in(trimmed, &runs).is_empty();
    ShapedLine {
        text: Arc::from(trimmed),
        offset,
        width: (metrics.advance - hanging.max(trailing)).max(0.0),
        rtl,
        runs: Arc::from(runs),
        missing,
    }
}

fn font_id(font: &parley::FontData) -> FontId {
    intern(font, || family_name(font))
}

/// The family name in the font's name table (typographic family first).
fn family_name(font: &parley::FontData) -> String {
    let Ok(face) = skrifa::FontRef::from_index(font.data.data(), font.index) else {
        return String::from("Unknown");
    };
    for id in [
        skrifa::string::StringId::TYPOGRAPHIC_FAMILY_NAME,
        skrifa::string::StringId::FAMILY_NAME,
    ] {
        if let Some(name) = face.localized_strings(id).english_or_first() {
            let name: String = name.chars().collect();
            if !name.is_empty() {
                return name;
            }
        }
    }
    String::from("Unknown")
}

/// Inter's ascent at `style`'s size, read once per weight.
pub(super) fn ascent(style: FontStyle) -> f32 {
    static PER_EM: OnceLock<[f32; 2]> = OnceLock::new();
    let per_em = PER_EM.get_or_init(|| {
        [Weight::Regular, Weight::SemiBold].map(|w| {
            skrifa::FontRef::new(w.bytes()).map_or(0.97, |f| {
                let m = f.metrics(
                    skrifa::instance::Size::unscaled(),
                    skrifa::instance::LocationRef::default(),
                );
                m.ascent / f32::from(m.units_per_em.max(1))
            })
        })
    });
    let i = usize::from(style.weight == Weight::SemiBold);
    per_em[i] * style.size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_white_space_and_controls() {
        assert_eq!(collapse("  a \t\n b\u{7}c  "), "a bc");
    }
}

//! The text runs of a deck: each stretch of text of one script and one font becomes an
//! `a:r` whose `a:rPr` carries its language (`lang`, `altLang` in an East Asian deck) and
//! the fonts for the three DrawingML slots (`a:latin`, `a:ea`, `a:cs`), naming the family
//! the text engine actually drew the stretch with, or the theme's font (`+mn-lt`,
//! `+mn-ea`, `+mn-cs`) when that is the same family, so a designer restyles the deck by
//! changing the theme.
//!
//! The language is found from the script of the text ([`Script`]); the deck-wide
//! defaults sit in [`DeckLanguage`], the one place the project's own language (issue 27)
//! plugs in.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::text as escape_text;
use crate::fonts::{self, Weight};
use crate::layout::TextLine;
use crate::palette::Rgba;

/// The writing system of a stretch of text, as far as fonts and proofing care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin, Greek, Cyrillic, digits, emoji: the `a:latin` slot.
    Latin,
    /// Hiragana or katakana (Japanese for sure).
    Kana,
    /// Han ideographs and CJK punctuation (the language decides which).
    Han,
    /// Hangul.
    Hangul,
    /// Arabic.
    Arabic,
    /// Devanagari (Hindi, Marathi, Nepali …).
    Devanagari,
    /// Hebrew.
    Hebrew,
    /// Thai.
    Thai,
    /// Spaces and punctuation that take the script around them.
    Neutral,
}

/// Which of DrawingML's three font slots a script's text is drawn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// `a:latin`.
    Latin,
    /// `a:ea` (East Asian).
    EastAsian,
    /// `a:cs` (complex scripts: right to left, Indic, Thai).
    Complex,
}

impl Script {
    /// The script of one character.
    pub fn of(c: char) -> Script {
        use crate::text::script::{EastAsian, east_asian};
        match east_asian(c) {
            Some(EastAsian::Kana) => return Script::Kana,
            Some(EastAsian::Hangul) => return Script::Hangul,
            Some(EastAsian::Han) => return Script::Han,
            None => {}
        }
        match u32::from(c) {
            // CJK punctuation and full-width forms take the East Asian font slot too.
            0x2E80..=0x2FDF | 0x3000..=0x303F | 0xFF00..=0xFF65 | 0xFFE0..=0xFFEF => Script::Han,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF => Script::Arabic,
            0xFE70..=0xFEFF => Script::Arabic,
            0x0900..=0x097F | 0xA8E0..=0xA8FF => Script::Devanagari,
            0x0590..=0x05FF => Script::Hebrew,
            0x0E00..=0x0E7F => Script::Thai,
            _ if c.is_whitespace() || (c.is_ascii_punctuation() && c != '@') => Script::Neutral,
            _ => Script::Latin,
        }
    }

    /// The font slot the script is drawn from.
    pub fn slot(self) -> Slot {
        match self {
            Script::Kana | Script::Han | Script::Hangul => Slot::EastAsian,
            Script::Arabic | Script::Devanagari | Script::Hebrew | Script::Thai => Slot::Complex,
            Script::Latin | Script::Neutral => Slot::Latin,
        }
    }

    /// The family Waymark's engine falls back to for the script on this kind of machine
    /// (used for text the engine did not shape, e.g. the title slide).
    fn default_family(self, lang: &DeckLanguage) -> &'static str {
        match self {
            Script::Kana => "Noto Sans CJK JP",
            Script::Hangul => "Noto Sans CJK KR",
            Script::Han => match lang.han {
                "zh-CN" => "Noto Sans CJK SC",
                "ko-KR" => "Noto Sans CJK KR",
                _ => "Noto Sans CJK JP",
            },
            Script::Arabic => "Noto Sans Arabic",
            Script::Devanagari => "Noto Sans Devanagari",
            Script::Hebrew => "Noto Sans Hebrew",
            Script::Thai => "Noto Sans Thai",
            Script::Latin | Script::Neutral => fonts::FAMILY,
        }
    }
}

/// The deck's languages: what Latin text and Han ideographs are proofed as.
///
/// Hook for issue 27: when the project carries its own `language` (BCP 47), build this
/// from it in [`DeckLanguage::for_project`]; today it is guessed from the project's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeckLanguage {
    /// The language of Latin-script text (`en-US` unless the project says otherwise).
    pub latin: String,
    /// The language Han ideographs are written in (`ja-JP`, `zh-CN` or `ko-KR`).
    pub han: &'static str,
    /// The deck is mainly East Asian: other runs carry it as `altLang`.
    pub east_asian: Option<&'static str>,
}

impl DeckLanguage {
    /// The languages of `project`'s deck.
    pub fn for_project(project: &crate::model::Project) -> Self {
        let hint = crate::text::project_lang(project);
        let han = match hint {
            Some("ja") => "ja-JP",
            Some("ko") => "ko-KR",
            _ if has_han(project) => "zh-CN",
            _ => "ja-JP",
        };
        let east_asian = (hint.is_some() || has_han(project)).then_some(han);
        Self {
            latin: "en-US".to_owned(),
            han,
            east_asian,
        }
    }

    /// The BCP 47 tag of text in `script`.
    pub fn lang(&self, script: Script) -> &str {
        match script {
            Script::Kana => "ja-JP",
            Script::Han => self.han,
            Script::Hangul => "ko-KR",
            Script::Arabic => "ar-SA",
            Script::Devanagari => "hi-IN",
            Script::Hebrew => "he-IL",
            Script::Thai => "th-TH",
            Script::Latin | Script::Neutral => &self.latin,
        }
    }
}

fn has_han(project: &crate::model::Project) -> bool {
    project.maps.iter().any(|m| {
        m.cards
            .iter()
            .any(|c| c.title.chars().any(|ch| Script::of(ch) == Script::Han))
    })
}

/// The theme's fonts: one family per slot (what `+mn-lt`, `+mn-ea`, `+mn-cs` mean).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeFonts {
    /// Latin text.
    pub latin: String,
    /// East Asian text.
    pub east_asian: String,
    /// Complex scripts.
    pub complex: String,
}

impl ThemeFonts {
    /// The theme for a deck: Inter, and for the other slots the family the deck's text
    /// uses most (counted over `lines`), else the engine's usual fallback.
    pub fn for_lines<'a>(lines: impl Iterator<Item = &'a TextLine>, lang: &DeckLanguage) -> Self {
        let mut counts: HashMap<(Slot, String), usize> = HashMap::new();
        let mut families: HashMap<crate::text::FontId, Option<String>> = HashMap::new();
        for line in lines {
            for (text, font) in font_spans(line) {
                let Some(script) = text.chars().map(Script::of).find(|s| *s != Script::Neutral)
                else {
                    continue;
                };
                let family = families
                    .entry(font)
                    .or_insert_with(|| crate::text::face(font).map(|f| f.family));
                if let Some(family) = family {
                    *counts.entry((script.slot(), family.clone())).or_default() += text.len();
                }
            }
        }
        let most = |slot: Slot, fallback: &str| {
            counts
                .iter()
                .filter(|((s, _), _)| *s == slot)
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.1.cmp(&a.0.1)))
                .map_or_else(|| fallback.to_owned(), |((_, f), _)| f.clone())
        };
        Self {
            latin: fonts::FAMILY.to_owned(),
            east_asian: most(Slot::EastAsian, Script::Han.default_family(lang)),
            complex: most(Slot::Complex, Script::Arabic.default_family(lang)),
        }
    }
}

/// What a deck's runs are written with: its languages and its theme's fonts.
pub struct RunStyle<'a> {
    /// Languages.
    pub lang: &'a DeckLanguage,
    /// The theme's fonts.
    pub theme: &'a ThemeFonts,
}

/// One run: text of one script, drawn with one family.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// The characters.
    pub text: String,
    /// Their script.
    pub script: Script,
    /// The family drawing them (`None`: the theme's font for the slot).
    pub family: Option<String>,
}

/// The line's text cut where the font changes, in logical order, with the font of each
/// stretch (from the glyphs' clusters; characters no glyph claims take the font before).
fn font_spans(line: &TextLine) -> Vec<(&str, crate::text::FontId)> {
    let text: &str = &line.text;
    let mut font_at: Vec<Option<crate::text::FontId>> = vec![None; text.len()];
    for run in line.runs.iter() {
        for glyph in &run.glyphs {
            let (a, b) = (glyph.cluster.start as usize, glyph.cluster.end as usize);
            if let Some(slots) = font_at.get_mut(a..b.min(text.len())) {
                slots.iter_mut().for_each(|s| *s = Some(run.font));
            }
        }
    }
    let mut spans = Vec::new();
    let mut start = 0;
    let mut current = None;
    for (i, _) in text.char_indices() {
        let font = font_at[i].or(current);
        if font != current && current.is_some() {
            spans.push((&text[start..i], current.unwrap_or(crate::text::FontId(0))));
            start = i;
        }
        current = font;
    }
    if let Some(font) = current
        && start < text.len()
    {
        spans.push((&text[start..], font));
    }
    spans
}

/// Cuts `text` where its script changes. Spaces and punctuation take the script on both
/// sides of them when it is the same (or the one side at either end); between two
/// scripts they are Latin, as the engine draws them.
fn script_spans(text: &str) -> Vec<(&str, Script)> {
    let chars: Vec<(usize, char, Script)> = text
        .char_indices()
        .map(|(i, c)| (i, c, Script::of(c)))
        .collect();
    let mut scripts: Vec<Script> = chars.iter().map(|c| c.2).collect();
    let mut k = 0;
    while k < scripts.len() {
        if scripts[k] != Script::Neutral {
            k += 1;
            continue;
        }
        let start = k;
        while k < scripts.len() && scripts[k] == Script::Neutral {
            k += 1;
        }
        let before = start.checked_sub(1).map(|i| scripts[i]);
        let after = scripts.get(k).copied();
        let east = |s: Script| matches!(s, Script::Han | Script::Kana);
        let fill = match (before, after) {
            (Some(b), Some(a)) if b == a || (east(b) && east(a)) => b,
            (Some(b), None) => b,
            (None, Some(a)) => a,
            _ => Script::Latin,
        };
        scripts[start..k].iter_mut().for_each(|s| *s = fill);
    }
    let mut spans: Vec<(usize, usize, Script)> = Vec::new();
    for (&(i, c, _), &script) in chars.iter().zip(&scripts) {
        let end = i + c.len_utf8();
        match spans.last_mut() {
            Some(last) if last.2 == script => last.1 = end,
            // Japanese mixes kanji and kana in one word: one run.
            Some(last)
                if matches!(
                    (last.2, script),
                    (Script::Han, Script::Kana) | (Script::Kana, Script::Han)
                ) =>
            {
                last.1 = end;
                last.2 = Script::Kana;
            }
            _ => spans.push((i, end, script)),
        }
    }
    spans
        .into_iter()
        .map(|(a, b, s)| {
            (
                &text[a..b],
                if s == Script::Neutral {
                    Script::Latin
                } else {
                    s
                },
            )
        })
        .collect()
}

/// The runs of a laid-out line, with the families its glyphs were drawn with.
pub fn line_runs(line: &TextLine) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for (span, font) in font_spans(line) {
        let family = crate::text::face(font).map(|f| f.family);
        for (text, script) in script_spans(span) {
            push_run(&mut runs, text, script, family.clone());
        }
    }
    runs
}

/// The runs of text the engine did not shape: the theme's (or the script's usual) font.
pub fn text_runs(text: &str) -> Vec<Run> {
    let mut runs = Vec::new();
    for (t, script) in script_spans(text) {
        push_run(&mut runs, t, script, None);
    }
    runs
}

fn push_run(runs: &mut Vec<Run>, text: &str, script: Script, family: Option<String>) {
    if let Some(last) = runs.last_mut()
        && last.script == script
        && last.family == family
    {
        last.text.push_str(text);
        return;
    }
    runs.push(Run {
        text: text.to_owned(),
        script,
        family,
    });
}

/// The XML of one run: `a:r` with its `a:rPr` (size in points, weight, colour, language,
/// fonts) and its escaped text.
pub fn run_xml(
    out: &mut String,
    run: &Run,
    size: f32,
    weight: Weight,
    color: &str,
    style: &RunStyle,
) {
    let lang = style.lang.lang(run.script);
    let _ = write!(out, r#"<a:r><a:rPr lang="{lang}""#);
    match style.lang.east_asian {
        Some(ea) if run.script.slot() != Slot::EastAsian => {
            let _ = write!(out, r#" altLang="{ea}""#);
        }
        Some(_) => {
            let _ = write!(out, r#" altLang="{}""#, style.lang.latin);
        }
        None => {}
    }
    let sz = ((size * 100.0).round() as i64).clamp(100, 400_000);
    let _ = write!(out, r#" sz="{sz}""#);
    if weight == Weight::SemiBold {
        out.push_str(r#" b="1""#);
    }
    let _ = write!(out, r#" dirty="0">{color}"#);
    let theme = style.theme;
    let slot = run.script.slot();
    let family = run
        .family
        .as_deref()
        .unwrap_or_else(|| run.script.default_family(style.lang));
    // Punctuation such as "—" or "·" takes the script of the text before it in the
    // viewer, which may draw it from the East Asian or complex slot: a Latin run names
    // its family there too, as the engine drew it.
    let east_asian_deck = style.lang.east_asian.is_some();
    let weak = slot == Slot::Latin
        && run.text.chars().any(|c| {
            !c.is_alphanumeric() && !c.is_whitespace() && (east_asian_deck || !c.is_ascii())
        });
    for (this, tag, themed, reference) in [
        (Slot::Latin, "latin", &theme.latin, "+mn-lt"),
        (Slot::EastAsian, "ea", &theme.east_asian, "+mn-ea"),
        (Slot::Complex, "cs", &theme.complex, "+mn-cs"),
    ] {
        if (this == slot || weak) && family != themed {
            let _ = write!(out, r#"<a:{tag} typeface="{}"/>"#, escape_text(family));
        } else {
            let _ = write!(out, r#"<a:{tag} typeface="{reference}"/>"#);
        }
    }
    let _ = write!(out, "</a:rPr><a:t>{}</a:t></a:r>", escape_text(&run.text));
}

/// A solid fill of `color`: a theme colour when it is one, else RGB (with its alpha).
pub fn fill_xml(color: Rgba) -> String {
    format!("<a:solidFill>{}</a:solidFill>", color_xml(color))
}

/// The colour element of `color`.
pub fn color_xml(color: Rgba) -> String {
    let alpha = if color.a == 255 {
        String::new()
    } else {
        format!(
            r#"<a:alpha val="{}"/>"#,
            (u32::from(color.a) * 100_000 + 127) / 255
        )
    };
    let opaque = color.with_alpha(255);
    match super::parts::scheme_name(opaque) {
        Some(name) if alpha.is_empty() => format!(r#"<a:schemeClr val="{name}"/>"#),
        Some(name) => format!(r#"<a:schemeClr val="{name}">{alpha}</a:schemeClr>"#),
        None if alpha.is_empty() => format!(
            r#"<a:srgbClr val="{:02X}{:02X}{:02X}"/>"#,
            color.r, color.g, color.b
        ),
        None => format!(
            r#"<a:srgbClr val="{:02X}{:02X}{:02X}">{alpha}</a:srgbClr>"#,
            color.r, color.g, color.b
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_split_and_neutrals_join() {
        let spans = script_spans("予約 を確認 (2) Order مرحبا नमस्ते");
        let dash = script_spans("多言語 — متعدد");
        assert_eq!(
            dash.iter().map(|s| s.1).collect::<Vec<_>>(),
            [Script::Han, Script::Latin, Script::Arabic],
            "{dash:?}"
        );
        let scripts: Vec<Script> = spans.iter().map(|s| s.1).collect();
        assert_eq!(
            scripts,
            [
                Script::Kana,
                Script::Latin,
                Script::Arabic,
                Script::Latin,
                Script::Devanagari
            ]
        );
        assert_eq!(
            spans.iter().map(|s| s.0).collect::<String>(),
            "予約 を確認 (2) Order مرحبا नमस्ते"
        );
    }

    #[test]
    fn runs_carry_their_language_and_font_slot() {
        let lang = DeckLanguage {
            latin: "en-US".to_owned(),
            han: "ja-JP",
            east_asian: Some("ja-JP"),
        };
        let theme = ThemeFonts {
            latin: "Inter".to_owned(),
            east_asian: "Noto Sans CJK JP".to_owned(),
            complex: "Noto Sans Arabic".to_owned(),
        };
        let style = RunStyle {
            lang: &lang,
            theme: &theme,
        };
        let mut xml = String::new();
        for run in text_runs("予約 Book नमस्ते 😀") {
            run_xml(&mut xml, &run, 10.0, Weight::Regular, "", &style);
        }
        assert!(xml.contains(r#"lang="ja-JP" altLang="en-US""#), "{xml}");
        assert!(xml.contains(r#"<a:ea typeface="+mn-ea"/>"#), "{xml}");
        assert!(xml.contains(r#"lang="hi-IN" altLang="ja-JP""#), "{xml}");
        assert!(
            xml.contains(r#"<a:cs typeface="Noto Sans Devanagari"/>"#),
            "{xml}"
        );
        assert!(xml.contains("😀"), "{xml}");
    }
}

//! Phrase-aware line breaks for Japanese and Chinese: a line breaks between phrases
//! (文節: 待合室で / 名前を / 呼ばれるのを / 待つ) when a phrase fits, and between
//! characters only inside a phrase wider than the whole line.
//!
//! The phrases come from BudouX's models (the `budoux` crate: 23 KB for Japanese, no
//! dictionary), which split text into the chunks a Japanese typesetter keeps together.
//! ICU4X's word segmenter (already in the tree under parley) was compared and not taken:
//! it splits words, not phrases (待合室 / で / 名前 / を …, 聞 / き, 待 / た / さ / れる), so
//! lines would start with particles. Measured on five outpatient-visit titles ×
//! 2,000: BudouX 32 µs a title, ICU4X 1.5 µs; the text engine's cache means each title
//! is split once, and English text never is. See docs/architecture.md ("Languages").
//!
//! The engine hands parley the text with a zero-width space (U+200B) at each phrase
//! boundary and `word-break: keep-all`, the way browsers show BudouX's output: keep-all
//! removes the break opportunities between ideographs and kana, the zero-width spaces
//! put them back between phrases, word joiners (U+2060) after punctuation inside a
//! phrase take away the ones keep-all leaves there (採血・|レントゲン), and parley's
//! `overflow-wrap: anywhere` still breaks a phrase wider than the line. The marks are
//! taken out of the shaped lines again ([`strip`]), so no renderer and no PDF text ever
//! sees them. Kinsoku stays: no space
//! goes before a character that may not start a line (、。」ー ぁ…) or after one that
//! may not end it (「（…).

use super::script::EastAsian;
use super::{GlyphRun, ShapedLine};
use std::sync::Arc;

/// The mark put between two phrases.
pub(super) const MARK: char = '\u{200B}';
/// The mark that keeps a phrase together after its punctuation (採血・レントゲンへ), where
/// keep-all alone would still allow a break.
const JOIN: char = '\u{2060}';

/// How much of a paragraph is split into phrases (about 1,300 CJK characters).
const MAX_PHRASED_BYTES: usize = 4096;

/// Whether `c` is one of the marks this module puts in (both 3 bytes in UTF-8).
pub(super) fn is_mark(c: char) -> bool {
    c == MARK || c == JOIN
}

/// How a paragraph is broken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Breaking {
    /// Unicode line breaking as it is (Latin, Arabic, Hindi…).
    Normal,
    /// Korean: between words (spaces), keep-all, as Korean is set.
    Words,
    /// Japanese or Chinese phrases, marked with [`MARK`].
    Phrases,
}

/// Which model splits `text` (written in a project of language `lang`): kana means
/// Japanese; Han characters alone mean Chinese, unless the project is Japanese.
fn model_for(text: &str, lang: Option<&str>) -> Option<&'static budoux::Model> {
    let mut han = false;
    for c in text.chars() {
        match super::script::east_asian(c) {
            Some(EastAsian::Kana) => return Some(budoux::models::default_japanese_model()),
            Some(EastAsian::Han) => han = true,
            _ => {}
        }
    }
    if !han {
        return None;
    }
    Some(match lang {
        Some(l) if l.starts_with("zh") => budoux::models::default_simplified_chinese_model(),
        _ => budoux::models::default_japanese_model(),
    })
}

/// Whether a line may not start with `c` (closing brackets, small kana, long vowel
/// mark, iteration marks, punctuation).
fn no_start(c: char) -> bool {
    matches!(
        c,
        '、' | '。' | '，' | '．' | '・' | '：' | '；' | '？' | '！' | '‼' | '⁇' | '⁈' | '⁉'
            | ',' | '.' | ':' | ';' | '?' | '!' | ')' | ']' | '}'
            | '）' | '」' | '』' | '】' | '〕' | '〉' | '》' | '〙' | '〗' | '］' | '｝'
            | '”' | '’' | '〟' | 'ー' | '〜' | '～' | '々' | '〻' | 'ゝ' | 'ゞ' | 'ヽ' | 'ヾ'
            | 'ぁ' | 'ぃ' | 'ぅ' | 'ぇ' | 'ぉ' | 'っ' | 'ゃ' | 'ゅ' | 'ょ' | 'ゎ' | 'ゕ' | 'ゖ'
            | 'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ッ' | 'ャ' | 'ュ' | 'ョ' | 'ヮ' | 'ヵ' | 'ヶ'
            | 'ㇰ'..='ㇿ' | '\u{3099}'..='\u{309C}'
    ) || c.is_whitespace()
        || c == MARK
}

/// Whether a line may not end with `c` (opening brackets).
fn no_end(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '（'
            | '「'
            | '『'
            | '【'
            | '〔'
            | '〈'
            | '《'
            | '〘'
            | '〖'
            | '［'
            | '｛'
            | '“'
            | '‘'
            | '〝'
    ) || c.is_whitespace()
}

/// `text` with a [`MARK`] at each phrase boundary a line may break at, and how it is to
/// be broken; `None` when it is not Japanese, Chinese or Korean (nothing to do).
pub(super) fn mark(text: &str, lang: Option<&str>) -> Option<(String, Breaking)> {
    let Some(model) = model_for(text, lang) else {
        let korean = text
            .chars()
            .any(|c| matches!(u32::from(c), 0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF));
        return korean.then(|| (text.to_owned(), Breaking::Words));
    };
    // Bounded work: a card shows a few lines, so only the start of a long text is split
    // into phrases (the rest still wraps, between characters where it must).
    let mut cut = text.len().min(MAX_PHRASED_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let (head, tail) = text.split_at(cut);
    let phrases = budoux::parse(model, head);
    let mut out = String::with_capacity(text.len() + phrases.len() * 3);
    for phrase in &phrases {
        if let (Some(before), Some(after)) = (out.chars().next_back(), phrase.chars().next())
            && !no_end(before)
            && !no_start(after)
        {
            out.push(MARK);
        }
        let mut chars = phrase.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            if let Some(&next) = chars.peek()
                && !c.is_alphanumeric()
                && !c.is_whitespace()
                && !next.is_whitespace()
            {
                out.push(JOIN);
            }
        }
    }
    out.push_str(tail);
    Some((out, Breaking::Phrases))
}

/// `line` (shaped from marked text) without the marks: its text, and its glyphs'
/// clusters moved back to the unmarked text.
pub(super) fn strip(line: ShapedLine) -> ShapedLine {
    if !line.text.contains(is_mark) {
        return line;
    }
    // How many bytes of marks (3 each) come before each offset of the marked text.
    let marked = &*line.text;
    let mut shift = vec![0u32; marked.len() + 1];
    let mut removed = 0u32;
    let mut last = 0;
    for (i, c) in marked.char_indices() {
        shift[last..=i].fill(removed);
        if is_mark(c) {
            removed += 3;
        }
        last = i + 1;
    }
    shift[last..].fill(removed);
    let back = |o: u32| o.saturating_sub(shift.get(o as usize).copied().unwrap_or(removed));
    let runs: Vec<GlyphRun> = line
        .runs
        .iter()
        .map(|run| GlyphRun {
            glyphs: run
                .glyphs
                .iter()
                .filter_map(|g| {
                    let cluster = back(g.cluster.start)..back(g.cluster.end);
                    // A mark's own (zero-width) glyph goes; any other keeps its place.
                    let only_marks = marked
                        .get(g.cluster.start as usize..g.cluster.end as usize)
                        .is_some_and(|t| !t.is_empty() && t.chars().all(is_mark));
                    (!only_marks).then(|| super::Glyph {
                        cluster,
                        ..g.clone()
                    })
                })
                .collect(),
            ..run.clone()
        })
        .collect();
    let text = marked.replace(is_mark, "");
    let missing = !super::missing_chars_in(&text, &runs).is_empty();
    ShapedLine {
        text: Arc::from(text),
        runs: Arc::from(runs),
        missing,
        ..line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        let (marked, _) = mark(text, Some("ja")).expect("Japanese");
        marked
            .replace(JOIN, "")
            .split(MARK)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn japanese_splits_into_phrases() {
        assert_eq!(
            phrases("待合室で名前を呼ばれるのを待つ"),
            ["待合室で", "名前を", "呼ばれるのを", "待つ"]
        );
        assert_eq!(
            phrases("医師の説明を聞き、採血・レントゲンへ移動する"),
            [
                "医師の",
                "説明を",
                "聞き、",
                "採血・レントゲンへ",
                "移動する"
            ]
        );
    }

    #[test]
    fn no_mark_breaks_kinsoku() {
        let (marked, _) = mark("「予約」を確認する。次へ", Some("ja")).expect("Japanese");
        for (i, c) in marked.char_indices() {
            if c == MARK {
                let before = marked[..i].chars().next_back().expect("text before");
                let after = marked[i + 3..].chars().next().expect("text after");
                assert!(!no_end(before) && !no_start(after), "{marked}");
            }
        }
    }

    #[test]
    fn a_long_text_is_phrased_only_at_its_start() {
        let text = "待合室で名前を呼ばれるのを待つ".repeat(400);
        let (marked, _) = mark(&text, Some("ja")).expect("Japanese");
        assert_eq!(marked.replace(is_mark, ""), text);
        let last_mark = marked.rfind(MARK).expect("marks");
        assert!(last_mark <= MAX_PHRASED_BYTES * 2, "{last_mark}");
    }

    #[test]
    fn other_scripts_are_left_alone() {
        assert!(mark("Checks the delivery fee", None).is_none());
        assert!(mark("يقارن رسوم التوصيل", None).is_none());
        assert!(mark("डिलीवरी शुल्क देखता है", None).is_none());
        assert!(mark("🛒 Orders groceries", None).is_none());
        assert_eq!(
            mark("배송비를 비교한다", None).map(|m| m.1),
            Some(Breaking::Words)
        );
    }
}

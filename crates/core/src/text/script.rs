//! Which East Asian script a character is written in: what tells a Japanese text (kana)
//! from a Korean (hangul) or a Chinese one (Han characters alone), for guessing a
//! project's language, picking a phrase model and regional glyph forms, initials and a
//! PowerPoint run's font slot. One table, so every place agrees.

/// An East Asian script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EastAsian {
    /// Hiragana, katakana (also half-width) and their phonetic extensions: Japanese.
    Kana,
    /// Hangul syllables and jamo: Korean.
    Hangul,
    /// CJK ideographs (unified, extensions, compatibility): Chinese, or Japanese with
    /// kana, or Korean hanja.
    Han,
}

/// The East Asian script of `c`, if it is written in one.
pub fn east_asian(c: char) -> Option<EastAsian> {
    match u32::from(c) {
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Some(EastAsian::Kana),
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Some(EastAsian::Hangul),
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF => {
            Some(EastAsian::Han)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{EastAsian, east_asian};

    #[test]
    fn kana_hangul_and_han_are_told_apart() {
        assert_eq!(east_asian('あ'), Some(EastAsian::Kana));
        assert_eq!(east_asian('カ'), Some(EastAsian::Kana));
        assert_eq!(east_asian('ｶ'), Some(EastAsian::Kana));
        assert_eq!(east_asian('한'), Some(EastAsian::Hangul));
        assert_eq!(east_asian('漢'), Some(EastAsian::Han));
        assert_eq!(east_asian('𠀋'), Some(EastAsian::Han));
        assert_eq!(east_asian('a'), None);
        assert_eq!(east_asian('。'), None);
        assert_eq!(east_asian('ع'), None);
    }
}

//! Message catalogues: every label Waymark itself draws on a map or writes into an
//! export comes from here, in the project's language (see `docs/translating.md`).
//!
//! The catalogues are [Project Fluent](https://projectfluent.org) files, one per language
//! under `crates/core/assets/i18n/<tag>/waymark.ftl`, compiled into the binary. A message
//! missing from a language falls back to English, and a message missing from English to
//! its id, so a half-translated language still draws every label. What the user typed is
//! never translated: only the words Waymark composes around it.

mod catalogue;
pub mod typography;

pub use catalogue::{Catalogue, Catalogues, FluentValue};

/// The language every catalogue falls back to.
pub const ENGLISH: &str = "en";

/// One language Waymark has a catalogue for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// The BCP 47 tag, e.g. `ja`, `zh-Hans`, `pt-BR`.
    pub tag: &'static str,
    /// The language's name in itself, for menus ("日本語", "Deutsch").
    pub name: &'static str,
    /// Whether the window's strings are translated too (not only the map's labels).
    pub complete: bool,
    source: &'static str,
}

/// Every language with a catalogue, English first.
pub const LANGUAGES: &[Language] = &[
    Language {
        tag: "en",
        name: "English",
        complete: true,
        source: include_str!("../../assets/i18n/en/waymark.ftl"),
    },
    Language {
        tag: "ja",
        name: "日本語",
        complete: true,
        source: include_str!("../../assets/i18n/ja/waymark.ftl"),
    },
    Language {
        tag: "de",
        name: "Deutsch",
        complete: true,
        source: include_str!("../../assets/i18n/de/waymark.ftl"),
    },
    Language {
        tag: "fr",
        name: "Français",
        complete: false,
        source: include_str!("../../assets/i18n/fr/waymark.ftl"),
    },
    Language {
        tag: "es",
        name: "Español",
        complete: false,
        source: include_str!("../../assets/i18n/es/waymark.ftl"),
    },
    Language {
        tag: "zh-Hans",
        name: "简体中文",
        complete: false,
        source: include_str!("../../assets/i18n/zh-Hans/waymark.ftl"),
    },
    Language {
        tag: "ko",
        name: "한국어",
        complete: false,
        source: include_str!("../../assets/i18n/ko/waymark.ftl"),
    },
    Language {
        tag: "pt-BR",
        name: "Português (Brasil)",
        complete: false,
        source: include_str!("../../assets/i18n/pt-BR/waymark.ftl"),
    },
];

/// The language among [`LANGUAGES`] that serves `tag` best: the same tag, else the same
/// language (`de-AT` → `de`, `zh-CN` → `zh-Hans`, `pt-PT` → `pt-BR`), else English.
/// Case and `_` for `-` do not matter (`ja_JP.UTF-8` from a POSIX locale works too).
pub fn best_language(tag: &str) -> &'static Language {
    let tag = tag
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let lower = tag.to_ascii_lowercase();
    if let Some(l) = LANGUAGES
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(&lower))
    {
        return l;
    }
    let primary = lower.split('-').next().unwrap_or_default();
    LANGUAGES
        .iter()
        .find(|l| l.tag.split('-').next() == Some(primary))
        .unwrap_or(&LANGUAGES[0])
}

/// The language of the computer's user interface when Waymark has a catalogue for it:
/// on Unix the POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), so `ja_JP.UTF-8`
/// gives `ja`; `None` for `C`/`POSIX`, nothing set, or a language without a catalogue.
pub fn system_language() -> Option<&'static str> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.trim().is_empty())?;
    language_of_locale(&value)
}

/// The catalogue language of a POSIX locale name (`de_AT.UTF-8` → `de`); `None` for
/// `C`, `POSIX` or a language Waymark has no catalogue for.
pub fn language_of_locale(locale: &str) -> Option<&'static str> {
    let tag = locale.split(['.', '@']).next().unwrap_or_default();
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    let best = best_language(tag);
    let primary = tag.split(['_', '-']).next().unwrap_or_default();
    best.tag
        .split('-')
        .next()
        .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        .then_some(best.tag)
}

/// A language's name in itself when Waymark has its catalogue and the tag names it
/// exactly ("日本語" for `ja`), else the tag as it is (`en-GB`, `sw`).
pub fn language_name(tag: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(tag))
        .map_or(tag, |l| l.name)
}

/// Whether `tag` has the shape of a BCP 47 language tag (`ja`, `en-GB`, `zh-Hans-CN`):
/// a language of 2 to 8 letters, then subtags of 1 to 8 letters or digits, at most 35
/// characters. The schema's `language` pattern says the same, so that it and
/// `waymark check` agree.
pub fn is_valid_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(first) = parts.next() else {
        return false;
    };
    tag.len() <= 35
        && (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_find_their_language() {
        assert_eq!(best_language("ja").tag, "ja");
        assert_eq!(best_language("ja_JP.UTF-8").tag, "ja");
        assert_eq!(best_language("de-AT").tag, "de");
        assert_eq!(best_language("zh-CN").tag, "zh-Hans");
        assert_eq!(best_language("pt-PT").tag, "pt-BR");
        assert_eq!(best_language("en-GB").tag, "en");
        assert_eq!(best_language("sw").tag, "en");
        assert_eq!(best_language("").tag, "en");
    }

    #[test]
    fn messages_fall_back_to_english_then_to_the_id() {
        let fr = Catalogue::for_language("fr");
        assert_eq!(fr.tr("strip-goals"), "OBJECTIFS");
        assert_eq!(fr.tr("viewer-print"), "Print");
        assert_eq!(fr.tr("no-such-message"), "no-such-message");
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = Catalogue::english();
        assert_eq!(
            en.tr_args("notes-count", &[("count", 1.into())]),
            "one note"
        );
        assert_eq!(en.tr_args("notes-count", &[("count", 3.into())]), "3 notes");
        let de = Catalogue::for_language("de");
        assert_eq!(
            de.tr_args("notes-count", &[("count", 1.into())]),
            "ein Kommentar"
        );
        let ja = Catalogue::for_language("ja");
        assert_eq!(
            ja.tr_args("notes-count", &[("count", 1.into())]),
            "コメント 1 件"
        );
    }

    #[test]
    fn locales_name_their_language() {
        assert_eq!(language_of_locale("ja_JP.UTF-8"), Some("ja"));
        assert_eq!(language_of_locale("de_AT.UTF-8@euro"), Some("de"));
        assert_eq!(language_of_locale("zh_CN.UTF-8"), Some("zh-Hans"));
        assert_eq!(language_of_locale("C.UTF-8"), None);
        assert_eq!(language_of_locale("POSIX"), None);
        assert_eq!(language_of_locale("sw_KE"), None);
    }

    #[test]
    fn valid_tags() {
        assert!(is_valid_tag("ja"));
        assert!(is_valid_tag("en-GB"));
        assert!(is_valid_tag("zh-Hans-CN"));
        assert!(!is_valid_tag("not a tag"));
        assert!(!is_valid_tag(""));
    }
}

//! The window's words: every label, tooltip, notice and dialog text of the window comes
//! from the window catalogue (`crates/app/assets/i18n/<tag>/window.ftl`, Project Fluent,
//! see `docs/translating.md`) through [`tr`] and [`tr_args`]. The machinery is the core's
//! ([`crate::i18n::Catalogues`]), so a message a language lacks is shown in English.
//!
//! The window's language is Settings → Language: "System" follows the POSIX locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), or one of the languages the window is translated
//! into. It is kept per UI thread (each test window has its own) with a process-wide
//! default for worker threads, and changes at once, without a restart. Argument-free
//! messages are formatted once per language and lent as `&'static str`, so drawing a
//! frame formats nothing through Fluent.

use std::cell::Cell;
use std::sync::RwLock;

use crate::i18n::{Catalogue, Catalogues, FluentValue, LANGUAGES, Language};

/// The window catalogues: English, Japanese and German (other languages fall back to
/// English for the window; their map labels are the core's).
static WINDOW: Catalogues = Catalogues::new(|language| match language.tag {
    "en" => Some(include_str!("../../assets/i18n/en/window.ftl")),
    "ja" => Some(include_str!("../../assets/i18n/ja/window.ftl")),
    "de" => Some(include_str!("../../assets/i18n/de/window.ftl")),
    _ => None,
});

/// The English source, for the pseudo-locale and the catalogue tests.
pub const ENGLISH_SOURCE: &str = include_str!("../../assets/i18n/en/window.ftl");

/// The marks the pseudo-locale wraps every message in.
pub const PSEUDO_OPEN: char = '«';
/// See [`PSEUDO_OPEN`].
pub const PSEUDO_CLOSE: char = '»';

thread_local! {
    static CURRENT: Cell<Option<&'static Catalogue>> = const { Cell::new(None) };
    static PSEUDO: Cell<bool> = const { Cell::new(false) };
    static FORCED: Cell<Option<&'static Catalogue>> = const { Cell::new(None) };
    static LAST_SETTING: std::cell::RefCell<Option<Option<String>>> =
        const { std::cell::RefCell::new(None) };
}

/// The language of threads that never chose one (workers).
static DEFAULT: RwLock<Option<&'static Catalogue>> = RwLock::new(None);

/// The languages the window is translated into, English first.
pub fn window_languages() -> impl Iterator<Item = &'static Language> {
    LANGUAGES
        .iter()
        .filter(|l| l.complete && WINDOW.source(l.tag).is_some())
}

/// The window language a setting stands for: `None` ("System") is the POSIX locale's when
/// the window is translated into it, else English.
pub fn resolve(setting: Option<&str>) -> &'static str {
    let tag = setting
        .map(str::to_owned)
        .or_else(|| crate::i18n::system_language().map(str::to_owned))
        .unwrap_or_else(|| crate::i18n::ENGLISH.to_owned());
    WINDOW.get(&tag).tag()
}

/// Puts the window in the language `setting` stands for (`None`: the system's), on this
/// thread and for worker threads.
pub fn set_language(setting: Option<&str>) {
    // Called every frame: nothing to resolve when the setting stays.
    let same = LAST_SETTING.with_borrow(|last| {
        CURRENT.get().is_some() && last.as_ref().is_some_and(|l| l.as_deref() == setting)
    });
    if same {
        return;
    }
    LAST_SETTING.set(Some(setting.map(str::to_owned)));
    let catalogue = WINDOW.get(resolve(setting));
    if CURRENT.get().is_some_and(|c| std::ptr::eq(c, catalogue)) {
        return;
    }
    CURRENT.set(Some(catalogue));
    if let Ok(mut default) = DEFAULT.write() {
        *default = Some(catalogue);
    }
}

/// The tag of the language the window speaks on this thread.
pub fn language() -> &'static str {
    current().tag()
}

/// Wraps every message in «…» on this thread from now on (tests: a label that is not
/// wrapped did not come from the catalogue).
pub fn use_pseudo_locale() {
    PSEUDO.set(true);
}

/// Shows this thread's windows in `tag` whatever their settings or the locale say, or
/// lifts that with `None` (tests: a suite that finds widgets by their English labels
/// passes on a computer set to German too).
pub fn force_language(tag: Option<&str>) {
    FORCED.set(tag.map(|t| WINDOW.get(t)));
}

fn pseudo() -> &'static Catalogue {
    static BUILT: std::sync::OnceLock<&'static Catalogue> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        Catalogue::from_source(&LANGUAGES[0], ENGLISH_SOURCE, None)
            .map_plain(|s| format!("{PSEUDO_OPEN}{s}{PSEUDO_CLOSE}"))
            .leak()
    })
}

fn current() -> &'static Catalogue {
    if PSEUDO.get() {
        return pseudo();
    }
    if let Some(c) = FORCED.get() {
        return c;
    }
    if let Some(c) = CURRENT.get() {
        return c;
    }
    if let Ok(default) = DEFAULT.read()
        && let Some(c) = *default
    {
        return c;
    }
    let c = WINDOW.get(resolve(None));
    CURRENT.set(Some(c));
    c
}

/// The window's text for message `id` in the window's language (English where the
/// language lacks it, the id where English does too). Formatted once per language.
pub fn tr(id: &'static str) -> &'static str {
    current().text(id).unwrap_or(id)
}

/// Message `id` with arguments, e.g. `tr_args("notes-open", &[("count", n.into())])`;
/// plural forms follow the window's language.
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let text = current().tr_args(id, args);
    if PSEUDO.get() {
        format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}")
    } else {
        text
    }
}

/// A string argument for [`tr_args`].
pub fn arg(value: impl std::fmt::Display) -> FluentValue<'static> {
    FluentValue::from(value.to_string())
}

/// How long before `now` the moment `then` was (milliseconds since the Unix epoch), in
/// words in the window's language: "less than a minute ago", "5 minutes ago",
/// "yesterday". A moment after `now` (a clock that moved back) is "less than a minute ago".
pub fn ago(then: u64, now: u64) -> String {
    let seconds = now.saturating_sub(then) / 1000;
    let count = |n: u64| [("count", FluentValue::from(n))];
    match seconds {
        0..60 => tr("time-just-now").to_owned(),
        60..3600 => tr_args("time-minutes-ago", &count(seconds / 60)),
        3600..86_400 => tr_args("time-hours-ago", &count(seconds / 3600)),
        86_400..172_800 => tr("time-yesterday").to_owned(),
        _ => tr_args("time-days-ago", &count(seconds / 86_400)),
    }
}

/// A number written the English way (`9.4`, `52%`) in the window language's way
/// (`9,4`, `52 %` in German), through the core's typography.
pub fn number(english: &str) -> String {
    crate::i18n::typography::number(Catalogue::for_language(language()), english)
}

/// The zoom `zoom` (1.0 is 100%) as a percentage in the window language's way: whole
/// percents, with one decimal under 10% (a 10,000-card map fitted is at 0.8%, not 1%).
pub fn zoom_percent(zoom: f32) -> String {
    let percent = zoom * 100.0;
    if percent < 9.95 {
        number(&format!("{percent:.1}%"))
    } else {
        number(&format!("{percent:.0}%"))
    }
}

/// The compare engine's sentences (change lines, conflicts) in the window's language:
/// English, Japanese or German, English for the others and under the pseudo-locale.
pub fn compare_words() -> &'static Catalogue {
    Catalogue::compare(language())
}

/// Puts this thread alone in language `tag` (tests: other threads keep theirs).
#[cfg(test)]
pub(crate) fn set_thread_language(tag: &str) {
    CURRENT.set(Some(WINDOW.get(tag)));
}

/// The window catalogue of `tag` itself (for tests: which ids it has).
pub fn catalogue(tag: &str) -> &'static Catalogue {
    WINDOW.get(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_groups_four_digit_numbers_as_its_language_does() {
        for (tag, grouped) in [("en", "3,334"), ("de", "3.334"), ("ja", "3,334")] {
            set_thread_language(tag);
            assert_eq!(number("3334"), grouped, "{tag}");
        }
        set_thread_language("en");
    }

    #[test]
    fn a_zoom_under_ten_percent_keeps_a_decimal() {
        set_thread_language("en");
        assert_eq!(zoom_percent(1.0), "100%");
        assert_eq!(zoom_percent(0.25), "25%");
        assert_eq!(zoom_percent(0.0082), "0.8%");
        assert_eq!(zoom_percent(0.002), "0.2%");
        set_thread_language("de");
        assert_eq!(zoom_percent(0.0082), "0,8\u{a0}%");
        set_thread_language("en");
    }

    /// Every `tr("…")` / `tr_args("…"` id written in the app's source.
    fn ids_in_code() -> Vec<(String, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for marker in ["tr(\"", "tr_args(\""] {
                    for (at, _) in text.match_indices(marker) {
                        // `catalogue.tr("…")` is the map's catalogue, not the window's.
                        let before = text[..at].chars().next_back().unwrap_or(' ');
                        if before == '.' || before.is_alphanumeric() || before == '_' {
                            continue;
                        }
                        let rest = &text[at + marker.len()..];
                        let Some(end) = rest.find('"') else { continue };
                        found.push((rest[..end].to_owned(), path.display().to_string()));
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_id_in_the_code_is_in_english() {
        let en = catalogue("en");
        let ids = ids_in_code();
        assert!(ids.len() > 300, "only {} ids found", ids.len());
        let missing: Vec<_> = ids
            .iter()
            .filter(|(id, path)| !path.ends_with("i18n.rs") && !en.has(id))
            .collect();
        assert!(missing.is_empty(), "not in en/window.ftl: {missing:?}");
    }

    #[test]
    fn japanese_and_german_have_every_english_message_and_no_other() {
        let en: std::collections::BTreeSet<_> = catalogue("en").ids().into_iter().collect();
        for tag in ["ja", "de"] {
            let c = catalogue(tag);
            assert_eq!(c.tag(), tag);
            let ids: std::collections::BTreeSet<_> = c.ids().into_iter().collect();
            let missing: Vec<_> = en.difference(&ids).collect();
            let stale: Vec<_> = ids.difference(&en).collect();
            assert!(missing.is_empty(), "{tag} lacks {missing:?}");
            assert!(stale.is_empty(), "{tag} has ids English lacks: {stale:?}");
        }
    }

    #[test]
    fn every_message_formats_in_every_language() {
        // Every variable any message uses, as a number (plural selectors need one).
        let names: std::collections::BTreeSet<String> = ENGLISH_SOURCE
            .split("{ $")
            .skip(1)
            .filter_map(|rest| rest.split([' ', '}']).next())
            .map(str::to_owned)
            .collect();
        let args: Vec<(&str, FluentValue<'_>)> =
            names.iter().map(|n| (n.as_str(), 2.into())).collect();
        for tag in ["en", "ja", "de"] {
            let c = catalogue(tag);
            // Formatting in the language itself, not through English.
            let own = Catalogue::from_source(c.language(), WINDOW.source(tag).unwrap_or(""), None);
            for id in c.ids() {
                let text = own.tr_args(&id, &args);
                assert!(!text.is_empty() && text != id, "{tag}: {id}");
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{tag}: {id}: {text}"
                );
            }
        }
    }

    #[test]
    fn other_languages_fall_back_to_english_and_plurals_follow_the_language() {
        assert_eq!(catalogue("fr").tag(), "en");
        assert_eq!(resolve(Some("fr")), "en");
        assert_eq!(resolve(Some("de-AT")), "de");
        // This thread only: other tests keep the default.
        CURRENT.set(Some(WINDOW.get("de")));
        assert_eq!(tr("cmd-save-as"), "Speichern unter…");
        CURRENT.set(Some(WINDOW.get("ja")));
        assert_eq!(tr("cmd-save"), "保存");
        CURRENT.set(Some(WINDOW.get("en")));
        assert_eq!(tr("cmd-save"), "Save");
        assert_eq!(
            tr_args("time-minutes-ago", &[("count", 1.into())]),
            "a minute ago"
        );
        assert_eq!(
            tr_args("time-minutes-ago", &[("count", 5.into())]),
            "5 minutes ago"
        );
        assert_eq!(ago(0, 30_000), "less than a minute ago");
        assert_eq!(ago(0, 3 * 3_600_000), "3 hours ago");
        CURRENT.set(Some(WINDOW.get("de")));
        assert_eq!(ago(0, 60_000), "vor einer Minute");
        assert_eq!(ago(0, 5 * 86_400_000), "vor 5 Tagen");
        assert_eq!(
            tr_args("status-cards-selected", &[("count", 1.into())]),
            "1 Karte ausgewählt"
        );
        CURRENT.set(Some(WINDOW.get("ja")));
        assert_eq!(ago(0, 120_000), "2 分前");
        CURRENT.set(Some(WINDOW.get("en")));
    }
}

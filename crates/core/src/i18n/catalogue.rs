//! The Fluent machinery every catalogue shares: one [`Catalogue`] is the messages of one
//! language with English behind them; a [`Catalogues`] is a set of them, one per language,
//! for one part of Waymark — the map's labels here (`waymark.ftl`), the window's strings in
//! the app (`window.ftl`). Each is built once per language, then kept for the program's
//! life, and every message that needs no argument is formatted once when it is built.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;

use super::{ENGLISH, LANGUAGES, Language, best_language};

/// The catalogues of one part of Waymark, one per language, built when first asked for.
pub struct Catalogues {
    /// The catalogue source (Fluent text) of a language, `None` where it has none.
    source_of: fn(&'static Language) -> Option<&'static str>,
    cache: OnceLock<Mutex<HashMap<&'static str, &'static Catalogue>>>,
}

impl std::fmt::Debug for Catalogues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogues").finish_non_exhaustive()
    }
}

impl Catalogues {
    /// A set whose sources `source_of` gives (usually `include_str!` of each file).
    pub const fn new(source_of: fn(&'static Language) -> Option<&'static str>) -> Self {
        Self {
            source_of,
            cache: OnceLock::new(),
        }
    }

    /// The catalogue for `tag` (see [`best_language`]); a language without a source here
    /// gets English. Built once per language and kept.
    pub fn get(&'static self, tag: &str) -> &'static Catalogue {
        let language = best_language(tag);
        let language = if (self.source_of)(language).is_some() {
            language
        } else {
            &LANGUAGES[0]
        };
        let cache = self.cache.get_or_init(Default::default);
        if let Ok(map) = cache.lock()
            && let Some(c) = map.get(language.tag)
        {
            return c;
        }
        let fallback = (language.tag != ENGLISH).then(|| self.get(ENGLISH));
        let source = (self.source_of)(language).unwrap_or_default();
        let built = Catalogue::from_source(language, source, fallback).leak();
        let Ok(mut map) = cache.lock() else {
            return built;
        };
        // At most one leak per language: a racing builder's copy wins only once.
        map.entry(language.tag).or_insert(built)
    }

    /// The source of `tag`'s own file, if this set has one for exactly that language.
    pub fn source(&self, tag: &str) -> Option<&'static str> {
        LANGUAGES
            .iter()
            .find(|l| l.tag == tag)
            .and_then(|l| (self.source_of)(l))
    }
}

/// The map's labels (`crates/core/assets/i18n/<tag>/waymark.ftl`).
static MAP: Catalogues = Catalogues::new(|l| Some(l.source));

/// The compare engine's sentences (`crates/core/assets/i18n/<tag>/compare.ftl`): the
/// change lines, conflicts and their parts. English, Japanese and German; every other
/// language gets English (the command line always asks for English).
static COMPARE: Catalogues = Catalogues::new(|l| match l.tag {
    "en" => Some(include_str!("../../assets/i18n/en/compare.ftl")),
    "ja" => Some(include_str!("../../assets/i18n/ja/compare.ftl")),
    "de" => Some(include_str!("../../assets/i18n/de/compare.ftl")),
    _ => None,
});

/// The messages of one language, with English behind them.
pub struct Catalogue {
    language: &'static Language,
    source: &'static str,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<&'static Catalogue>,
    /// Every message that needs no argument, formatted once: a layout asks for the same
    /// few labels thousands of times, a window every label every frame.
    plain: HashMap<String, String>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language.tag)
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// The map's labels for `tag` (see [`best_language`]); built once per language and kept.
    pub fn for_language(tag: &str) -> &'static Catalogue {
        MAP.get(tag)
    }

    /// The map's labels in English.
    pub fn english() -> &'static Catalogue {
        Self::for_language(ENGLISH)
    }

    /// The compare engine's sentences (what changed, conflicts) for `tag`: English,
    /// Japanese or German, English for any other language. See [`crate::compare`].
    pub fn compare(tag: &str) -> &'static Catalogue {
        COMPARE.get(tag)
    }

    /// The compare engine's sentences in English, as the command line prints them.
    pub fn compare_english() -> &'static Catalogue {
        COMPARE.get(ENGLISH)
    }

    /// A catalogue of `language` from Fluent `source`, with `fallback` behind it. Syntax
    /// errors are logged and the messages that parsed are kept.
    pub fn from_source(
        language: &'static Language,
        source: &'static str,
        fallback: Option<&'static Catalogue>,
    ) -> Self {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                log::warn!("catalogue {}: {} syntax errors", language.tag, errors.len());
                r
            }
        };
        let id: unic_langid::LanguageIdentifier = language.tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: they would reach PDFs and CSVs.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            log::warn!("catalogue {}: {} duplicate ids", language.tag, errors.len());
        }
        let mut built = Self {
            language,
            source,
            bundle,
            fallback,
            plain: HashMap::new(),
        };
        let mut plain = HashMap::new();
        for id in built.ids() {
            let Some(pattern) = built.bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = built.bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                plain.insert(id, text.into_owned());
            }
        }
        built.plain = plain;
        built
    }

    /// Keeps this catalogue for the rest of the program, so its texts can be lent out
    /// without copying ([`Catalogue::text`]).
    pub fn leak(self) -> &'static Catalogue {
        Box::leak(Box::new(self))
    }

    /// Rewrites every argument-free message's text with `f` (a pseudo-locale for tests).
    pub fn map_plain(mut self, f: impl Fn(&str) -> String) -> Self {
        for text in self.plain.values_mut() {
            *text = f(text);
        }
        self
    }

    /// The language this catalogue speaks.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// Its BCP 47 tag.
    pub fn tag(&self) -> &'static str {
        self.language.tag
    }

    /// Whether this language itself has message `id` (not through English).
    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .and_then(|m| m.value())
            .is_some()
    }

    /// The ids of every message this language has.
    pub fn ids(&self) -> Vec<String> {
        let Ok(resource) =
            FluentResource::try_new(self.source.to_owned()).or_else(|(r, _)| Ok::<_, ()>(r))
        else {
            return Vec::new();
        };
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    /// A card tag as a map shows it: Waymark's own evidence tags (`observed`, `reported`,
    /// `assumed`) in this language, any other tag as the user typed it.
    pub fn card_tag(&self, tag: &str) -> String {
        if matches!(tag, "observed" | "reported" | "assumed") {
            self.tr(&format!("evidence-{tag}"))
        } else {
            tag.to_owned()
        }
    }

    /// An argument-free message, lent without copying: this language's, else English's;
    /// `None` when neither has it (or it needs arguments).
    pub fn text(&'static self, id: &str) -> Option<&'static str> {
        match self.plain.get(id) {
            Some(text) => Some(text.as_str()),
            None => self.fallback.and_then(|english| english.text(id)),
        }
    }

    /// Message `id`, falling back to English and then to the id itself.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// Message `id` with arguments, e.g. `tr_args("notes-count", &[("count", 3.into())])`;
    /// plural forms follow the language's rules.
    pub fn tr_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if args.is_none()
            && let Some(text) = self.plain.get(id)
        {
            return text.clone();
        }
        if let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let out = self.bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return out.into_owned();
            }
        }
        match self.fallback {
            Some(english) => english.format(id, args),
            None => id.to_owned(),
        }
    }
}

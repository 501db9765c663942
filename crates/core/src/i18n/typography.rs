//! Typography by language for the text Waymark composes around what the user typed:
//! quotation marks, list separators, numbers and dates. The user's own text passes
//! through untouched.

use super::Catalogue;

/// `text` between the language's quotation marks: “…” (English), 「…」 (Japanese),
/// „…“ (German), « … » (French).
pub fn quote(catalogue: &Catalogue, text: &str) -> String {
    catalogue.tr_args("persona-quote", &[("quote", text.into())])
}

/// `items` joined as a list in the language: "Maya, Tom" or "マヤ、トム".
pub fn join<S: AsRef<str>>(catalogue: &Catalogue, items: &[S]) -> String {
    let sep = catalogue.tr("list-separator");
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// How a language writes numbers (CLDR's `latn` symbols and `minimumGroupingDigits`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct NumberStyle {
    decimal: char,
    group: char,
    /// How many digits the leading group needs before a number is grouped at all: 1 in
    /// most languages (`3,334`), 2 where CLDR says a lone leading digit stays ungrouped
    /// (Spanish, Polish, European Portuguese write `3334` but `12.345`).
    min_grouping: usize,
    /// What stands between a number and `%` ("" in English, a no-break space in German).
    percent_gap: &'static str,
}

fn number_style(tag: &str) -> NumberStyle {
    let lower = tag.to_ascii_lowercase();
    let language = lower.split(['-', '_']).next().unwrap_or_default();
    // CLDR minimumGroupingDigits = 2: es, pl and pt-PT (Brazilian Portuguese has 1).
    let min_grouping = if matches!(language, "es" | "pl") || lower.starts_with("pt-pt") {
        2
    } else {
        1
    };
    match language {
        "de" | "es" | "pt" => NumberStyle {
            decimal: ',',
            group: '.',
            min_grouping,
            percent_gap: "\u{A0}",
        },
        "fr" => NumberStyle {
            decimal: ',',
            group: '\u{202F}',
            min_grouping,
            percent_gap: "\u{202F}",
        },
        "pl" => NumberStyle {
            decimal: ',',
            group: '\u{A0}',
            min_grouping,
            percent_gap: "",
        },
        _ => NumberStyle {
            decimal: '.',
            group: ',',
            min_grouping,
            percent_gap: "",
        },
    }
}

/// A number Waymark wrote in English form (`1234.5`, `42%`, `1.2k`, `-3.50`, `1.8e308`)
/// rewritten with the language's decimal mark, digit grouping and percent spacing:
/// `1.234,5`, `42 %`, `1,2k` in German. Grouping follows CLDR: from four digits in
/// English, German, Japanese, French (`3,334`, `3.334`, `3 334`), from five where CLDR's
/// minimumGroupingDigits is 2 (Spanish `3334` but `12.345`).
pub fn number(catalogue: &Catalogue, english: &str) -> String {
    let style = number_style(catalogue.tag());
    let (body, percent) = match english.strip_suffix('%') {
        Some(b) => (b, true),
        None => (english, false),
    };
    // The integer digits (after any sign), the rest (decimals, suffix, exponent).
    let sign_len = body.len() - body.trim_start_matches(['-', '+', '−']).len();
    let (sign, rest) = body.split_at(sign_len);
    let digits_len = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (int, tail) = rest.split_at(digits_len);
    let mut out = String::with_capacity(english.len() + 4);
    out.push_str(sign);
    if int.len() >= 3 + style.min_grouping {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(style.group);
            }
            out.push(c);
        }
    } else {
        out.push_str(int);
    }
    for c in tail.chars() {
        out.push(if c == '.' { style.decimal } else { c });
    }
    if percent {
        out.push_str(style.percent_gap);
        out.push('%');
    }
    out
}

/// A date (`YYYY-MM-DD…`, as notes store it) written the language's way: `2026-12-03` in
/// English, `2026年12月3日` in Japanese, `3.12.2026` in German. Text that is not such a
/// date comes back as it was (its first ten characters at most).
pub fn date(catalogue: &Catalogue, stored: &str) -> String {
    let day = stored.get(..10).unwrap_or(stored);
    let mut parts = day.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return day.to_owned();
    };
    let (Ok(yn), Ok(mn), Ok(dn)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return day.to_owned();
    };
    match catalogue.tag().split('-').next().unwrap_or_default() {
        "ja" | "zh" => format!("{yn}年{mn}月{dn}日"),
        "ko" => format!("{yn}년 {mn}월 {dn}일"),
        "de" => format!("{dn}.{mn}.{yn}"),
        "fr" | "es" | "pt" => format!("{dn:02}/{mn:02}/{yn}"),
        _ => day.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(tag: &str) -> &'static Catalogue {
        Catalogue::for_language(tag)
    }

    #[test]
    fn quotes_by_language() {
        assert_eq!(quote(c("en"), "Fast, please"), "“Fast, please”");
        assert_eq!(quote(c("ja"), "早くして"), "「早くして」");
        assert_eq!(quote(c("de"), "Schnell"), "„Schnell“");
        assert_eq!(quote(c("fr"), "Vite"), "« Vite »");
    }

    #[test]
    fn lists_by_language() {
        assert_eq!(join(c("en"), &["Maya", "Tom"]), "Maya, Tom");
        assert_eq!(join(c("ja"), &["マヤ", "トム"]), "マヤ、トム");
        assert_eq!(join(c("ja"), &["マヤ"]), "マヤ");
    }

    #[test]
    fn numbers_by_language() {
        assert_eq!(number(c("en"), "12345.5"), "12,345.5");
        assert_eq!(number(c("en"), "42%"), "42%");
        assert_eq!(number(c("de"), "12345.5"), "12.345,5");
        assert_eq!(number(c("de"), "42.5%"), "42,5\u{A0}%");
        assert_eq!(number(c("de"), "-1.2k"), "-1,2k");
        assert_eq!(number(c("de"), "1.8e308"), "1,8e308");
        assert_eq!(number(c("de"), "999"), "999");
        assert_eq!(number(c("fr"), "123456.78"), "123\u{202F}456,78");
        assert_eq!(number(c("ja"), "3.50"), "3.50");
    }

    #[test]
    fn four_digit_numbers_are_grouped_as_cldr_says() {
        let nnbsp = '\u{202F}';
        assert_eq!(number(c("en"), "3334"), "3,334");
        assert_eq!(number(c("en-GB"), "3334.5"), "3,334.5");
        assert_eq!(number(c("de"), "3334"), "3.334");
        assert_eq!(number(c("de"), "-3334.5%"), "-3.334,5\u{A0}%");
        assert_eq!(number(c("ja"), "3334"), "3,334");
        assert_eq!(number(c("fr"), "3334"), format!("3{nnbsp}334"));
        assert_eq!(number(c("zh"), "3334"), "3,334");
        assert_eq!(number(c("ko"), "3334"), "3,334");
        assert_eq!(number(c("pt-BR"), "3334"), "3.334");
        // minimumGroupingDigits 2: a lone leading digit stays ungrouped.
        assert_eq!(number(c("es"), "3334"), "3334");
        assert_eq!(number(c("es"), "12345"), "12.345");
        // Polish and European Portuguese have no catalogue yet; their style is ready.
        assert_eq!(number_style("pl").min_grouping, 2);
        assert_eq!(number_style("pt-PT").min_grouping, 2);
        assert_eq!(number_style("pt-BR").min_grouping, 1);
        // Three digits and fewer, and decimals, are never grouped.
        assert_eq!(number(c("en"), "999.12345"), "999.12345");
        assert_eq!(number(c("en"), "0.0001"), "0.0001");
    }

    #[test]
    fn dates_by_language() {
        assert_eq!(date(c("en"), "2026-12-03T10:00:00Z"), "2026-12-03");
        assert_eq!(date(c("ja"), "2026-12-03T10:00:00Z"), "2026年12月3日");
        assert_eq!(date(c("de"), "2026-12-03"), "3.12.2026");
        assert_eq!(date(c("ko"), "2026-12-03"), "2026년 12월 3일");
        assert_eq!(date(c("de"), "yesterday"), "yesterday");
    }
}

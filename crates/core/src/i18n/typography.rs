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

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct NumberStyle {
    decimal: char,
    group: char,
    /// What stands between a number and `%` ("" in English, a no-break space in German).
    percent_gap: &'static str,
}

fn number_style(tag: &str) -> NumberStyle {
    match tag.split('-').next().unwrap_or_default() {
        "de" | "es" | "pt" => NumberStyle {
            decimal: ',',
            group: '.',
            percent_gap: "\u{A0}",
        },
        "fr" => NumberStyle {
            decimal: ',',
            group: '\u{202F}',
            percent_gap: "\u{202F}",
        },
        _ => NumberStyle {
            decimal: '.',
            group: ',',
            percent_gap: "",
        },
    }
}

/// A number Waymark wrote in English form (`1234.5`, `42%`, `1.2k`, `-3.50`, `1.8e308`)
/// rewritten with the language's decimal mark, digit grouping (from five digits up) and
/// percent spacing: `1.234,5`, `42 %`, `1,2k` in German.
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
    if int.len() >= 5 {
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
        assert_eq!(number(c("de"), "9999"), "9999");
        assert_eq!(number(c("fr"), "123456.78"), "123\u{202F}456,78");
        assert_eq!(number(c("ja"), "3.50"), "3.50");
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

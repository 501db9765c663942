//! Values in words for changes and conflicts: never JSON. A field that holds structure —
//! a card's review notes, a lane's metrics, a map's personas, a card's scores per persona
//! — is told part by part ("Waiting time · Purchase: 25 → 20", "score for Tom: -1 → +1",
//! "Ana's note “Which study is this…” resolved"), naming personas and stages by name,
//! in the language of a compare catalogue ([`Catalogue::compare`]).

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::i18n::{Catalogue, FluentValue};
use crate::model::{JourneyMap, Project};

mod metrics;
use metrics::metrics;

/// Message `id` of `w` with `args` (a shorthand: every sentence here has arguments).
pub(crate) fn say(w: &Catalogue, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = args
        .iter()
        .map(|(k, v)| (*k, FluentValue::from(*v)))
        .collect();
    w.tr_args(id, &args)
}

/// A field's name as a designer says it in `w`'s language; a field without a message
/// (one a later version added) by its name in the file.
pub(crate) fn field_label(w: &Catalogue, field: &str) -> String {
    let id = format!("field-{field}");
    let text = w.tr(&id);
    if text == id { field.to_owned() } else { text }
}

/// The longest value shown in full; longer ones are cut with "…".
pub(crate) const SHOWN_CHARS: usize = 60;
/// How many words of a note a line shows.
const NOTE_WORDS: usize = 6;

/// Names of personas and stages by id, for saying which one a part is about.
#[derive(Debug)]
pub(crate) struct Names {
    personas: HashMap<String, String>,
    stages: HashMap<String, String>,
    /// The language the parts are told in.
    pub w: &'static Catalogue,
}

impl Default for Names {
    fn default() -> Self {
        Self {
            personas: HashMap::new(),
            stages: HashMap::new(),
            w: Catalogue::compare_english(),
        }
    }
}

impl Names {
    /// The names in `projects` (later ones win) and the stages of `maps`, parts told in
    /// the language of `w`.
    pub(crate) fn of(projects: &[&Project], maps: &[&JourneyMap], w: &'static Catalogue) -> Self {
        let mut names = Self {
            w,
            ..Self::default()
        };
        for p in projects {
            for persona in &p.personas {
                names
                    .personas
                    .insert(persona.id.to_string(), persona.name.clone());
            }
        }
        for m in maps {
            for s in &m.stages {
                names.stages.insert(s.id.to_string(), s.name.clone());
            }
        }
        names
    }

    /// A persona's name (its id when unknown; "the map's score" for a map without one).
    pub(crate) fn persona(&self, id: &str) -> String {
        if id.is_empty() {
            return self.w.tr("map-score");
        }
        self.personas
            .get(id)
            .filter(|n| !n.is_empty())
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    fn stage(&self, id: &str) -> String {
        self.stages
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }
}

/// One part of a structured field that changed: what it is, in words, and its values.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Part {
    /// The part and what happened to it, e.g. `Waiting time · Purchase: 25 → 20`.
    pub detail: String,
    /// Its value before.
    pub before: Option<Value>,
    /// Its value after.
    pub after: Option<Value>,
}

fn part(detail: String, before: Option<&Value>, after: Option<&Value>) -> Part {
    Part {
        detail,
        before: before.cloned(),
        after: after.cloned(),
    }
}

/// The parts of `field` that differ between `before` and `after`, or `None` when the
/// field is not one told in parts.
pub(crate) fn parts(
    field: &str,
    before: Option<&Value>,
    after: Option<&Value>,
    names: &Names,
) -> Option<Vec<Part>> {
    match field {
        "notes" => Some(notes(before, after, names.w)),
        "metrics" => Some(metrics(before, after, names)),
        "personas" => Some(personas(before, after, names)),
        "scores" => Some(scores(before, after, names)),
        _ => None,
    }
}

/// `Ana's note “Which study is this from?”` (its first words).
pub(crate) fn note_label(note: &Value, w: &Catalogue) -> String {
    let author = note
        .get("author")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim();
    let words = first_words(note, w);
    if author.is_empty() {
        say(w, "note-label-anonymous", &[("words", &words)])
    } else {
        say(w, "note-label", &[("author", author), ("words", &words)])
    }
}

/// `Ben's reply “The diary study.”`.
fn reply_label(reply: &Value, w: &Catalogue) -> String {
    let words = first_words(reply, w);
    match author_of(reply) {
        Some(author) => say(w, "reply-label", &[("author", author), ("words", &words)]),
        None => say(w, "reply-label-anonymous", &[("words", &words)]),
    }
}

/// The first words of a note's or reply's `text`, in quotes.
fn first_words(v: &Value, w: &Catalogue) -> String {
    let text = v.get("text").and_then(Value::as_str).unwrap_or("");
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut first = words
        .iter()
        .take(NOTE_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if first.chars().count() > SHOWN_CHARS {
        first = first.chars().take(SHOWN_CHARS).collect();
        first.push('…');
    } else if words.len() > NOTE_WORDS {
        first.push('…');
    }
    say(w, "note-quote", &[("text", &first)])
}

/// Items of a list with ids, by id, in order.
fn by_id(list: Option<&Value>) -> Vec<(String, &Value)> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| Some((v.get("id")?.as_str()?.to_owned(), v)))
        .collect()
}

fn notes(before: Option<&Value>, after: Option<&Value>, w: &Catalogue) -> Vec<Part> {
    let (a, b) = (by_id(before), by_id(after));
    fn find<'v>(list: &[(String, &'v Value)], id: &str) -> Option<&'v Value> {
        list.iter().find(|(k, _)| k == id).map(|(_, v)| *v)
    }
    let mut out = Vec::new();
    for (id, old) in &a {
        let label = note_label(old, w);
        let Some(new) = find(&b, id) else {
            out.push(part(
                say(w, "note-deleted", &[("note", &label)]),
                Some(old),
                None,
            ));
            continue;
        };
        for key in ["text", "author", "date", "resolved"] {
            let (x, y) = (old.get(key), new.get(key));
            if x == y {
                continue;
            }
            let detail = match key {
                "resolved" if y == Some(&Value::Bool(true)) => {
                    say(w, "note-resolved", &[("note", &label)])
                }
                "resolved" => say(w, "note-reopened", &[("note", &label)]),
                _ => say(
                    w,
                    "note-field",
                    &[
                        ("note", &label),
                        ("field", &field_label(w, key)),
                        ("before", &shown(x, w)),
                        ("after", &shown(y, w)),
                    ],
                ),
            };
            out.push(part(detail, x, y));
        }
        let (ra, rb) = (by_id(old.get("replies")), by_id(new.get("replies")));
        for (rid, reply) in &rb {
            match find(&ra, rid) {
                None => out.push(part(
                    say(
                        w,
                        "reply-added",
                        &[("reply", &reply_label(reply, w)), ("note", &label)],
                    ),
                    None,
                    Some(reply),
                )),
                Some(was) if was != *reply => out.push(part(
                    {
                        let (b, a) = (shown(was.get("text"), w), shown(reply.get("text"), w));
                        let values = [("note", label.as_str()), ("before", &b), ("after", &a)];
                        match author_of(reply) {
                            Some(author) => {
                                let mut args = vec![("author", author)];
                                args.extend(values);
                                say(w, "reply-changed", &args)
                            }
                            None => say(w, "reply-changed-anonymous", &values),
                        }
                    },
                    Some(was),
                    Some(reply),
                )),
                Some(_) => {}
            }
        }
        for (rid, reply) in &ra {
            if find(&rb, rid).is_none() {
                out.push(part(
                    say(
                        w,
                        "reply-deleted",
                        &[("reply", &reply_label(reply, w)), ("note", &label)],
                    ),
                    Some(reply),
                    None,
                ));
            }
        }
    }
    for (id, new) in &b {
        if find(&a, id).is_none() {
            let note = note_label(new, w);
            out.push(part(
                say(w, "note-added", &[("note", &note)]),
                None,
                Some(new),
            ));
        }
    }
    out
}

/// Who wrote a note or reply, `None` when nobody signed it.
fn author_of(v: &Value) -> Option<&str> {
    v.get("author")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|a| !a.is_empty())
}

fn ids(list: Option<&Value>) -> Vec<String> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn personas(before: Option<&Value>, after: Option<&Value>, names: &Names) -> Vec<Part> {
    let w = names.w;
    let (a, b) = (ids(before), ids(after));
    let mut out = Vec::new();
    for p in b.iter().filter(|p| !a.contains(p)) {
        let detail = say(w, "persona-added", &[("name", &names.persona(p))]);
        out.push(part(detail, None, Some(&Value::String(p.clone()))));
    }
    for p in a.iter().filter(|p| !b.contains(p)) {
        let detail = say(w, "persona-taken-off", &[("name", &names.persona(p))]);
        out.push(part(detail, Some(&Value::String(p.clone())), None));
    }
    let lead = |l: &[String]| {
        l.first()
            .map_or_else(|| w.tr("value-none"), |p| names.persona(p))
    };
    if a.first() != b.first() {
        let json = |l: &[String]| l.first().map(|p| Value::String(p.clone()));
        out.push(Part {
            detail: say(
                w,
                "lead-persona",
                &[("before", &lead(&a)), ("after", &lead(&b))],
            ),
            before: json(&a),
            after: json(&b),
        });
    } else {
        let (ka, kb): (Vec<&String>, Vec<&String>) = (
            a.iter().filter(|p| b.contains(p)).collect(),
            b.iter().filter(|p| a.contains(p)).collect(),
        );
        if ka != kb {
            let list = |l: &[&String]| {
                l.iter()
                    .map(|p| names.persona(p))
                    .collect::<Vec<_>>()
                    .join(&w.tr("list-separator"))
            };
            out.push(part(
                say(
                    w,
                    "persona-order",
                    &[("before", &list(&ka)), ("after", &list(&kb))],
                ),
                before,
                after,
            ));
        }
    }
    out
}

/// A score as `+1`, `-2`, `0`, or "none".
pub(crate) fn score(v: Option<&Value>, w: &Catalogue) -> String {
    match v.and_then(Value::as_i64) {
        Some(n) => format!("{n:+}").replace("+0", "0"),
        None => w.tr("value-none"),
    }
}

/// How much a score moved, ` (+2)`, or nothing when one side has none.
pub(crate) fn delta(before: Option<i64>, after: Option<i64>, w: &Catalogue) -> String {
    match (before, after) {
        (Some(b), Some(a)) => say(w, "delta", &[("delta", &format!("{:+}", a - b))]),
        _ => String::new(),
    }
}

/// One persona's score, before and after: `score for Tom: -1 → +1 (+2)`.
pub(crate) fn score_part(
    persona: &str,
    before: Option<&Value>,
    after: Option<&Value>,
    names: &Names,
) -> Part {
    let w = names.w;
    let delta = delta(
        before.and_then(Value::as_i64),
        after.and_then(Value::as_i64),
        w,
    );
    let (b, a) = (score(before, w), score(after, w));
    let values = [
        ("before", b.as_str()),
        ("after", a.as_str()),
        ("delta", &delta),
    ];
    let detail = if persona.is_empty() {
        say(w, "score-emotion", &values)
    } else {
        let name = names.persona(persona);
        let mut args = vec![("name", name.as_str())];
        args.extend(values);
        say(w, "score-for", &args)
    };
    part(detail, before, after)
}

fn scores(before: Option<&Value>, after: Option<&Value>, names: &Names) -> Vec<Part> {
    let obj = |v: Option<&Value>| v.and_then(Value::as_object).cloned().unwrap_or_default();
    let (a, b) = (obj(before), obj(after));
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| score_part(k, a.get(k), b.get(k), names))
        .collect()
}

/// `"text"` (in the language's quotation marks), cut to [`SHOWN_CHARS`] with line breaks
/// as ⏎.
pub(crate) fn quoted(text: &str, w: &Catalogue) -> String {
    let flat = text.replace(['\n', '\r'], "⏎");
    if flat.is_empty() {
        return w.tr("value-empty");
    }
    let text = if flat.chars().count() > SHOWN_CHARS {
        let mut cut: String = flat.chars().take(SHOWN_CHARS).collect();
        cut.push('…');
        cut
    } else {
        flat
    };
    say(w, "quote", &[("text", &text)])
}

/// Two texts that differ, each as [`quoted`] shows it; when they start alike for longer
/// than a line shows, both from a little before where they part (`"…🛒 (Ben: cheaper on
/// Tuesdays)"`), so that the cut never hides the difference.
pub(crate) fn quoted_pair(a: &str, b: &str, w: &Catalogue) -> (String, String) {
    /// How much of the shared start is kept before the difference.
    const CONTEXT: usize = 12;
    let same = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let longest = a.chars().count().max(b.chars().count());
    if longest <= SHOWN_CHARS || same <= CONTEXT * 2 {
        return (quoted(a, w), quoted(b, w));
    }
    let from = same - CONTEXT;
    let tail = |s: &str| format!("…{}", s.chars().skip(from).collect::<String>());
    (quoted(&tail(a), w), quoted(&tail(b), w))
}

/// A value in a line: text quoted, lists joined, a cell as `lane · stage`, a thing by its
/// name, anything else structured as how many entries it has — never as JSON.
pub(crate) fn shown(value: Option<&Value>, w: &Catalogue) -> String {
    let none = || w.tr("value-none");
    let list = |items: Vec<String>| items.join(&w.tr("list-separator"));
    match value {
        None | Some(Value::Null) => none(),
        Some(Value::String(s)) => quoted(s, w),
        Some(Value::Bool(b)) => w.tr(if *b { "value-yes" } else { "value-no" }),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) if items.is_empty() => none(),
        Some(Value::Array(items)) if items.iter().all(|v| !v.is_object() && !v.is_array()) => {
            let parts: Vec<String> = items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect();
            quoted(&list(parts), w)
        }
        Some(Value::Array(items)) => {
            let named: Vec<String> = items.iter().filter_map(|v| named(v, w)).collect();
            if named.len() == items.len() {
                quoted(&list(named), w)
            } else {
                entries(items.len(), w)
            }
        }
        Some(Value::Object(o)) if o.contains_key("lane") && o.contains_key("stage") => {
            let get = |k: &str| o.get(k).and_then(Value::as_str).unwrap_or("");
            say(w, "cell", &[("lane", get("lane")), ("stage", get("stage"))])
        }
        Some(v @ Value::Object(o)) => match named(v, w) {
            Some(name) => quoted(&name, w),
            None if o.is_empty() => none(),
            None => {
                let parts: Vec<String> = o
                    .iter()
                    .filter(|(_, v)| !v.is_object() && !v.is_array())
                    .map(|(k, v)| format!("{k} {}", shown(Some(v), w)))
                    .collect();
                if parts.len() == o.len() {
                    list(parts)
                } else {
                    entries(o.len(), w)
                }
            }
        },
    }
}

/// `1 entry`, `3 entries`.
fn entries(n: usize, w: &Catalogue) -> String {
    w.tr_args("value-entries", &[("count", n.into())])
}

/// What a structured thing is called: a note by its author and first words, else its
/// title or name.
fn named(v: &Value, w: &Catalogue) -> Option<String> {
    if v.get("text").is_some() && v.get("author").is_some() {
        return Some(note_label(v, w));
    }
    ["title", "name"]
        .iter()
        .find_map(|k| v.get(*k)?.as_str().filter(|s| !s.is_empty()))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn metrics_are_told_by_name_stage_and_value() {
        let mut names = Names::default();
        names.stages.insert("s-buy".into(), "Purchase".into());
        let m = |v: f64| {
            json!([{"id": "k-1", "name": "Waiting time", "unit": "number", "chart": "bars",
                    "values": {"s-buy": v}}])
        };
        let got = parts("metrics", Some(&m(25.0)), Some(&m(20.0)), &names).expect("parts");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].detail, "Waiting time · Purchase: 25 → 20");
    }

    #[test]
    fn notes_are_told_by_author_and_first_words() {
        let a = json!([{"id": "n-1", "author": "Ana", "text": "Which study is this from? I cannot find it", "resolved": false}]);
        let b = json!([{"id": "n-1", "author": "Ana", "text": "Which study is this from? I cannot find it", "resolved": true,
                        "replies": [{"id": "n-2", "author": "Ben", "text": "The diary study."}]}]);
        let got: Vec<String> = parts("notes", Some(&a), Some(&b), &Names::default())
            .expect("parts")
            .into_iter()
            .map(|p| p.detail)
            .collect();
        assert_eq!(
            got,
            vec![
                "Ana's note “Which study is this from? I…” resolved",
                "Ben's reply “The diary study.” to Ana's note “Which study is this from? I…” added",
            ]
        );
    }

    #[test]
    fn structured_values_are_never_json() {
        let v = json!([{"chart": "bars", "id": "k-1", "name": "Conversion"}]);
        let w = Catalogue::compare_english();
        assert_eq!(shown(Some(&v), w), "\"Conversion\"");
        assert_eq!(shown(Some(&json!({"p-1": 2})), w), "p-1 2");
        assert_eq!(shown(Some(&json!([{"x": [1]}])), w), "1 entry");
        assert!(!shown(Some(&json!({"a": {"b": 1}})), w).contains('{'));
    }
}

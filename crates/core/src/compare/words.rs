//! Values in words for changes and conflicts: never JSON. A field that holds structure —
//! a card's review notes, a lane's metrics, a map's personas, a card's scores per persona
//! — is told part by part ("Waiting time · Purchase: 25 → 20", "score for Tom: -1 → +1",
//! "Ana's note “Which study is this…” resolved"), naming personas and stages by name.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::model::{JourneyMap, MetricUnit, Project};

/// The longest value shown in full; longer ones are cut with "…".
pub(crate) const SHOWN_CHARS: usize = 60;
/// How many words of a note a line shows.
const NOTE_WORDS: usize = 6;

/// Names of personas and stages by id, for saying which one a part is about.
#[derive(Debug, Default)]
pub(crate) struct Names {
    personas: HashMap<String, String>,
    stages: HashMap<String, String>,
}

impl Names {
    /// The names in `projects` (later ones win) and the stages of `maps`.
    pub(crate) fn of(projects: &[&Project], maps: &[&JourneyMap]) -> Self {
        let mut names = Self::default();
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
            return "the map's score".to_owned();
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
        "notes" => Some(notes(before, after)),
        "metrics" => Some(metrics(before, after, names)),
        "personas" => Some(personas(before, after, names)),
        "scores" => Some(scores(before, after, names)),
        _ => None,
    }
}

/// `Ana's note “Which study is this from?”` (its first words).
pub(crate) fn note_label(note: &Value) -> String {
    let author = note
        .get("author")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim();
    let whose = if author.is_empty() {
        "a note".to_owned()
    } else {
        format!("{author}'s note")
    };
    format!("{whose} {}", first_words(note))
}

/// `Ben's reply “The diary study.”`.
fn reply_label(reply: &Value) -> String {
    format!("{}'s reply {}", author_of(reply), first_words(reply))
}

/// The first words of a note's or reply's `text`, in quotes.
fn first_words(v: &Value) -> String {
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
    format!("“{first}”")
}

/// Items of a list with ids, by id, in order.
fn by_id(list: Option<&Value>) -> Vec<(String, &Value)> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| Some((v.get("id")?.as_str()?.to_owned(), v)))
        .collect()
}

fn notes(before: Option<&Value>, after: Option<&Value>) -> Vec<Part> {
    let (a, b) = (by_id(before), by_id(after));
    fn find<'v>(list: &[(String, &'v Value)], id: &str) -> Option<&'v Value> {
        list.iter().find(|(k, _)| k == id).map(|(_, v)| *v)
    }
    let mut out = Vec::new();
    for (id, old) in &a {
        let Some(new) = find(&b, id) else {
            out.push(part(
                format!("{} deleted", note_label(old)),
                Some(old),
                None,
            ));
            continue;
        };
        let label = note_label(old);
        for key in ["text", "author", "date", "resolved"] {
            let (x, y) = (old.get(key), new.get(key));
            if x == y {
                continue;
            }
            let detail = match key {
                "resolved" if y == Some(&Value::Bool(true)) => format!("{label} resolved"),
                "resolved" => format!("{label} reopened"),
                _ => format!("{label} {key}: {} → {}", shown(x), shown(y)),
            };
            out.push(part(detail, x, y));
        }
        let (ra, rb) = (by_id(old.get("replies")), by_id(new.get("replies")));
        for (rid, reply) in &rb {
            match find(&ra, rid) {
                None => out.push(part(
                    format!("{} to {label} added", reply_label(reply)),
                    None,
                    Some(reply),
                )),
                Some(was) if was != *reply => out.push(part(
                    format!(
                        "{} reply to {label}: {} → {}",
                        author_of(reply),
                        shown(was.get("text")),
                        shown(reply.get("text"))
                    ),
                    Some(was),
                    Some(reply),
                )),
                Some(_) => {}
            }
        }
        for (rid, reply) in &ra {
            if find(&rb, rid).is_none() {
                out.push(part(
                    format!("{} to {label} deleted", reply_label(reply)),
                    Some(reply),
                    None,
                ));
            }
        }
    }
    for (id, new) in &b {
        if find(&a, id).is_none() {
            out.push(part(format!("{} added", note_label(new)), None, Some(new)));
        }
    }
    out
}

fn author_of(v: &Value) -> String {
    match v.get("author").and_then(Value::as_str).map(str::trim) {
        Some(a) if !a.is_empty() => a.to_owned(),
        _ => "someone".to_owned(),
    }
}

fn metrics(before: Option<&Value>, after: Option<&Value>, names: &Names) -> Vec<Part> {
    let (a, b) = (by_id(before), by_id(after));
    let name = |m: &Value| {
        m.get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let mut out = Vec::new();
    for (id, old) in &a {
        let Some((_, new)) = b.iter().find(|(k, _)| k == id) else {
            out.push(part(
                format!("metric “{}” deleted", name(old)),
                Some(old),
                None,
            ));
            continue;
        };
        let unit: Option<MetricUnit> = new
            .get("unit")
            .and_then(|u| serde_json::from_value(u.clone()).ok());
        let number = |v: Option<&Value>| match (v.and_then(Value::as_f64), unit) {
            (Some(n), Some(unit)) => unit.format(n),
            (Some(n), None) => n.to_string(),
            (None, _) => "none".to_owned(),
        };
        let label = name(new);
        if name(old) != label {
            out.push(part(
                format!("metric “{}” renamed “{label}”", name(old)),
                old.get("name"),
                new.get("name"),
            ));
        }
        // A file leaves out `better` when higher is better.
        let higher = Value::String("higher".to_owned());
        let or_default = |v: Option<&Value>, key: &str| match (v, key) {
            (None, "better") => shown(Some(&higher)),
            _ => shown(v),
        };
        for key in ["unit", "custom_unit", "better", "chart"] {
            if old.get(key) != new.get(key) {
                out.push(part(
                    format!(
                        "{label} {key}: {} → {}",
                        or_default(old.get(key), key),
                        or_default(new.get(key), key)
                    ),
                    old.get(key),
                    new.get(key),
                ));
            }
        }
        for (key, what) in [("values", ""), ("targets", " target")] {
            let (x, y) = (old.get(key), new.get(key));
            let stages: BTreeSet<&String> = [x, y]
                .into_iter()
                .flatten()
                .filter_map(Value::as_object)
                .flat_map(|o| o.keys())
                .collect();
            for stage in stages {
                let (p, q) = (x.and_then(|o| o.get(stage)), y.and_then(|o| o.get(stage)));
                if p != q {
                    out.push(part(
                        format!(
                            "{label} · {}{what}: {} → {}",
                            names.stage(stage),
                            number(p),
                            number(q)
                        ),
                        p,
                        q,
                    ));
                }
            }
        }
    }
    for (id, new) in &b {
        if !a.iter().any(|(k, _)| k == id) {
            out.push(part(
                format!("metric “{}” added", name(new)),
                None,
                Some(new),
            ));
        }
    }
    out
}

fn ids(list: Option<&Value>) -> Vec<String> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn personas(before: Option<&Value>, after: Option<&Value>, names: &Names) -> Vec<Part> {
    let (a, b) = (ids(before), ids(after));
    let mut out = Vec::new();
    for p in b.iter().filter(|p| !a.contains(p)) {
        let detail = format!("persona {} added", names.persona(p));
        out.push(part(detail, None, Some(&Value::String(p.clone()))));
    }
    for p in a.iter().filter(|p| !b.contains(p)) {
        let detail = format!("persona {} taken off", names.persona(p));
        out.push(part(detail, Some(&Value::String(p.clone())), None));
    }
    let lead = |l: &[String]| {
        l.first()
            .map_or_else(|| "none".to_owned(), |p| names.persona(p))
    };
    if a.first() != b.first() {
        let json = |l: &[String]| l.first().map(|p| Value::String(p.clone()));
        out.push(Part {
            detail: format!("lead persona: {} → {}", lead(&a), lead(&b)),
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
                    .join(", ")
            };
            out.push(part(
                format!("persona order: {} → {}", list(&ka), list(&kb)),
                before,
                after,
            ));
        }
    }
    out
}

/// A score as `+1`, `-2`, `0`, or "none".
pub(crate) fn score(v: Option<&Value>) -> String {
    match v.and_then(Value::as_i64) {
        Some(n) => format!("{n:+}").replace("+0", "0"),
        None => "none".to_owned(),
    }
}

/// One persona's score, before and after: `score for Tom: -1 → +1 (+2)`.
pub(crate) fn score_part(
    persona: &str,
    before: Option<&Value>,
    after: Option<&Value>,
    names: &Names,
) -> Part {
    let delta = match (
        before.and_then(Value::as_i64),
        after.and_then(Value::as_i64),
    ) {
        (Some(b), Some(a)) => format!(" ({:+})", a - b),
        _ => String::new(),
    };
    let whose = if persona.is_empty() {
        "emotion".to_owned()
    } else {
        format!("score for {}", names.persona(persona))
    };
    part(
        format!("{whose}: {} → {}{delta}", score(before), score(after)),
        before,
        after,
    )
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

/// `"text"`, cut to [`SHOWN_CHARS`] with line breaks as ⏎.
pub(crate) fn quoted(text: &str) -> String {
    let flat = text.replace(['\n', '\r'], "⏎");
    if flat.chars().count() > SHOWN_CHARS {
        let cut: String = flat.chars().take(SHOWN_CHARS).collect();
        format!("\"{cut}…\"")
    } else {
        format!("\"{flat}\"")
    }
}

/// A value in a line: text quoted, lists joined, a cell as `lane · stage`, a thing by its
/// name, anything else structured as how many entries it has — never as JSON.
pub(crate) fn shown(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "none".to_owned(),
        Some(Value::String(s)) => quoted(s),
        Some(Value::Bool(b)) => if *b { "yes" } else { "no" }.to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) if items.is_empty() => "none".to_owned(),
        Some(Value::Array(items)) if items.iter().all(|v| !v.is_object() && !v.is_array()) => {
            let parts: Vec<String> = items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect();
            quoted(&parts.join(", "))
        }
        Some(Value::Array(items)) => {
            let named: Vec<String> = items.iter().filter_map(named).collect();
            if named.len() == items.len() {
                quoted(&named.join(", "))
            } else {
                entries(items.len())
            }
        }
        Some(Value::Object(o)) if o.contains_key("lane") && o.contains_key("stage") => {
            let get = |k: &str| o.get(k).and_then(Value::as_str).unwrap_or("");
            format!("{} · {}", get("lane"), get("stage"))
        }
        Some(v @ Value::Object(o)) => match named(v) {
            Some(name) => quoted(&name),
            None if o.is_empty() => "none".to_owned(),
            None => {
                let parts: Vec<String> = o
                    .iter()
                    .filter(|(_, v)| !v.is_object() && !v.is_array())
                    .map(|(k, v)| format!("{k} {}", shown(Some(v))))
                    .collect();
                if parts.len() == o.len() {
                    parts.join(", ")
                } else {
                    entries(o.len())
                }
            }
        },
    }
}

/// `1 entry`, `3 entries`.
fn entries(n: usize) -> String {
    if n == 1 {
        "1 entry".to_owned()
    } else {
        format!("{n} entries")
    }
}

/// What a structured thing is called: a note by its author and first words, else its
/// title or name.
fn named(v: &Value) -> Option<String> {
    if v.get("text").is_some() && v.get("author").is_some() {
        return Some(note_label(v));
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
        assert_eq!(shown(Some(&v)), "\"Conversion\"");
        assert_eq!(shown(Some(&json!({"p-1": 2}))), "p-1 2");
        assert_eq!(shown(Some(&json!([{"x": [1]}]))), "1 entry");
        assert!(!shown(Some(&json!({"a": {"b": 1}}))).contains('{'));
    }
}

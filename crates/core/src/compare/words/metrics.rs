//! A lane's metrics in words, part by part: a metric added, deleted, renamed, its unit,
//! chart or direction changed, a value or target changed at a stage ("Waiting time ·
//! Purchase: 25 → 20"), numbers as the metric's unit writes them in the catalogue's
//! language.

use serde_json::Value;

use std::collections::BTreeSet;

use super::{Names, Part, by_id, field_label, part, say, shown};
use crate::model::MetricUnit;

/// The changes between two versions of a lane's metrics list.
pub(super) fn metrics(before: Option<&Value>, after: Option<&Value>, names: &Names) -> Vec<Part> {
    let w = names.w;
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
                say(w, "metric-deleted", &[("name", &name(old))]),
                Some(old),
                None,
            ));
            continue;
        };
        let unit: Option<MetricUnit> = new
            .get("unit")
            .and_then(|u| serde_json::from_value(u.clone()).ok());
        let number = |v: Option<&Value>| {
            let english = match (v.and_then(Value::as_f64), unit) {
                (Some(n), Some(unit)) => unit.format(n),
                (Some(n), None) => n.to_string(),
                (None, _) => return w.tr("value-none"),
            };
            // The command line's numbers stay as they were (scripts read them).
            if w.tag() == crate::i18n::ENGLISH {
                english
            } else {
                crate::i18n::typography::number(w, &english)
            }
        };
        let label = name(new);
        if name(old) != label {
            out.push(part(
                say(
                    w,
                    "metric-renamed",
                    &[("before", &name(old)), ("after", &label)],
                ),
                old.get("name"),
                new.get("name"),
            ));
        }
        // A file leaves out `better` when higher is better.
        let higher = Value::String("higher".to_owned());
        let value = |v: Option<&Value>, key: &str| {
            let v = match (v, key) {
                (None, "better") => Some(&higher),
                _ => v,
            };
            // Waymark's own words (a unit, a direction, a chart) in the language; the
            // user's custom unit as typed.
            if key != "custom_unit"
                && let Some(word) = v.and_then(Value::as_str)
            {
                let id = format!("metric-{}-{word}", key.replace('_', "-"));
                let text = w.tr(&id);
                if text != id {
                    return text;
                }
            }
            shown(v, w)
        };
        for key in ["unit", "custom_unit", "better", "chart"] {
            if old.get(key) != new.get(key) {
                out.push(part(
                    say(
                        w,
                        "metric-field",
                        &[
                            ("metric", &label),
                            ("field", &field_label(w, key)),
                            ("before", &value(old.get(key), key)),
                            ("after", &value(new.get(key), key)),
                        ],
                    ),
                    old.get(key),
                    new.get(key),
                ));
            }
        }
        for (key, id) in [("values", "metric-value"), ("targets", "metric-target")] {
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
                        say(
                            w,
                            id,
                            &[
                                ("metric", &label),
                                ("stage", &names.stage(stage)),
                                ("before", &number(p)),
                                ("after", &number(q)),
                            ],
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
                say(w, "metric-added", &[("name", &name(new))]),
                None,
                Some(new),
            ));
        }
    }
    out
}

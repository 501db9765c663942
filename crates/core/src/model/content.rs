//! Format version 2's additions to a map: the metrics of a `metrics` lane, review notes on
//! cards, and per-persona emotion scores.
//!
//! Every list entity has a stable `id` (so a 3-way merge can match entries by id) and
//! keeps the fields this version does not know in `extra`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, MetricId, NoteId, PersonaId, StageId};

/// What a metric's numbers count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MetricUnit {
    /// A percentage, 0–100 (conversion, drop-off).
    #[default]
    Percent,
    /// A plain number (visits, orders, minutes).
    Number,
    /// An amount of money (in the project's currency; shown with no symbol).
    Currency,
    /// A score (NPS, CSAT).
    Score,
    /// A time in seconds.
    Seconds,
    /// A time in minutes (waiting time).
    Minutes,
    /// A time in hours.
    Hours,
    /// A time in days (delivery time).
    Days,
    /// The metric's own unit, named by its `custom_unit` text ("beds", "calls").
    Custom,
}

impl MetricUnit {
    /// Every unit, in menu order.
    pub const ALL: [MetricUnit; 9] = [
        MetricUnit::Percent,
        MetricUnit::Number,
        MetricUnit::Currency,
        MetricUnit::Score,
        MetricUnit::Seconds,
        MetricUnit::Minutes,
        MetricUnit::Hours,
        MetricUnit::Days,
        MetricUnit::Custom,
    ];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            MetricUnit::Percent => "Percent",
            MetricUnit::Number => "Number",
            MetricUnit::Currency => "Currency",
            MetricUnit::Score => "Score",
            MetricUnit::Seconds => "Seconds",
            MetricUnit::Minutes => "Minutes",
            MetricUnit::Hours => "Hours",
            MetricUnit::Days => "Days",
            MetricUnit::Custom => "Custom",
        }
    }

    /// The catalogue's message id of the unit as a map names it after a metric's name
    /// ("Waiting time (minutes)"); `None` for a percentage (shown as `%`), a plain number
    /// (nothing) and a custom unit (its own text).
    pub fn message_id(self) -> Option<&'static str> {
        match self {
            MetricUnit::Currency => Some("metric-unit-currency"),
            MetricUnit::Score => Some("metric-unit-score"),
            MetricUnit::Seconds => Some("metric-unit-seconds"),
            MetricUnit::Minutes => Some("metric-unit-minutes"),
            MetricUnit::Hours => Some("metric-unit-hours"),
            MetricUnit::Days => Some("metric-unit-days"),
            MetricUnit::Percent | MetricUnit::Number | MetricUnit::Custom => None,
        }
    }

    /// `value` written for a label on the map: `42%`, `1.2k`, `3.50`, `8.1`; large numbers
    /// compact (`2.5M`, `1.2B`, `3T`, past ±1e15 `1.8e308`), never `-0`.
    pub fn format(self, value: f64) -> String {
        let trimmed = |v: f64, digits: usize| {
            let s = format!("{v:.digits$}");
            if s.contains('.') {
                s.trim_end_matches('0').trim_end_matches('.').to_owned()
            } else {
                s
            }
        };
        let text = match self {
            MetricUnit::Percent if value.abs() >= 10_000.0 => format!("{}%", compact(value)),
            MetricUnit::Percent => format!("{}%", trimmed(value, 1)),
            MetricUnit::Currency if value.abs() >= 1_000_000.0 => compact(value),
            MetricUnit::Currency => format!("{value:.2}"),
            MetricUnit::Score if value.abs() >= 1_000_000.0 => compact(value),
            MetricUnit::Score => trimmed(value, 2),
            // Counts, times and the metric's own unit.
            _ if value.abs() >= 10_000.0 => compact(value),
            _ => trimmed(value, 2),
        };
        without_negative_zero(text)
    }
}

/// The largest magnitude a metric's value or target may have for a chart to draw it
/// (imports refuse more; charts bring a larger value in a file back to this).
pub const MAX_METRIC_VALUE: f64 = 1e15;

/// A large number in a few characters: `12.5k`, `3.2M`, `2.5B`, `7T`, and past a thousand
/// trillion in scientific notation (`1.8e308`).
fn compact(value: f64) -> String {
    let trim = |s: String| {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            s
        }
    };
    let magnitude = value.abs();
    if magnitude >= MAX_METRIC_VALUE || !magnitude.is_finite() {
        let text = format!("{value:.1e}");
        return match text.split_once('e') {
            Some((mantissa, exponent)) => format!("{}e{exponent}", trim(mantissa.to_owned())),
            None => text,
        };
    }
    let (scale, suffix) = match magnitude {
        m if m >= 1e12 => (1e12, "T"),
        m if m >= 1e9 => (1e9, "B"),
        m if m >= 1e6 => (1e6, "M"),
        _ => (1e3, "k"),
    };
    format!("{}{suffix}", trim(format!("{:.1}", value / scale)))
}

/// `-0`, `-0.00`, `-0%` (a small negative number rounded away) as `0`, `0.00`, `0%`.
fn without_negative_zero(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) if !rest.chars().any(|c| c.is_ascii_digit() && c != '0') => rest.to_owned(),
        _ => text,
    }
}

/// The change from one stage's value to the next as a funnel shows it: `↓ 58%`, `↑ 12%`,
/// `→ 0%` for none, and `↑ >9999%` when the change is beyond what a label can say (from
/// a value near zero). `None` when `from` is zero (no change can be stated).
pub fn percent_change(from: f64, to: f64) -> Option<String> {
    if from == 0.0 {
        return None;
    }
    let change = ((to - from) / from.abs() * 100.0).round();
    let arrow = if change < 0.0 { "↓" } else { "↑" };
    Some(if !change.is_finite() || change.abs() > 9999.0 {
        format!("{arrow} >9999%")
    } else if change == 0.0 {
        "→ 0%".to_owned()
    } else {
        format!("{arrow} {}%", change.abs())
    })
}

/// Which side of a metric's target is the good one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    /// More is better (conversion, satisfaction): a value at or above its target hits it.
    #[default]
    Higher,
    /// Less is better (waiting time, drop-off, cost): a value at or below its target hits
    /// it.
    Lower,
}

impl Better {
    /// Both directions, in menu order.
    pub const ALL: [Better; 2] = [Better::Higher, Better::Lower];

    /// Whether this is the default (`higher`), which files leave out.
    pub fn is_higher(&self) -> bool {
        *self == Better::Higher
    }

    /// Whether `value` is on the good side of `target` (reaching it counts).
    pub fn hits(self, value: f64, target: f64) -> bool {
        match self {
            Better::Higher => value >= target,
            Better::Lower => value <= target,
        }
    }

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Better::Higher => "Higher is better",
            Better::Lower => "Lower is better",
        }
    }
}

/// How a metric is drawn across the stages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MetricChart {
    /// One bar per stage.
    #[default]
    Bars,
    /// A line through the stages' values.
    Line,
    /// Bars with the drop-off between consecutive stages (100% → 42% → 18%).
    Funnel,
}

impl MetricChart {
    /// Every chart, in menu order.
    pub const ALL: [MetricChart; 3] = [MetricChart::Bars, MetricChart::Line, MetricChart::Funnel];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            MetricChart::Bars => "Bars",
            MetricChart::Line => "Line",
            MetricChart::Funnel => "Funnel",
        }
    }
}

/// One named KPI of a metrics lane, with a value (and optionally a target) per stage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Metric {
    /// Unique among the lane's metrics.
    pub id: MetricId,
    /// Display name, e.g. "Conversion".
    #[schemars(length(max = 1000))]
    pub name: String,
    /// What the numbers count.
    #[serde(default)]
    pub unit: MetricUnit,
    /// The unit's name when `unit` is `custom` ("beds", "calls"); empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 1000))]
    pub custom_unit: String,
    /// Which side of the target is good (left out of the file when higher, the default).
    #[serde(default, skip_serializing_if = "Better::is_higher")]
    pub better: Better,
    /// How the metric is drawn.
    #[serde(default)]
    pub chart: MetricChart,
    /// The value at each stage, by stage id (a stage with none shows a gap).
    #[serde(default)]
    pub values: BTreeMap<StageId, f64>,
    /// The target at each stage, by stage id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub targets: BTreeMap<StageId, f64>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A review note on a card: the start of a thread, with its replies.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Note {
    /// Unique among the card's notes and replies.
    pub id: NoteId,
    /// Who wrote it (the name set in the app's settings).
    #[serde(default)]
    #[schemars(length(max = 1000))]
    pub author: String,
    /// When, as an RFC 3339 date-time in UTC (`2026-11-24T06:30:00Z`).
    #[serde(default)]
    #[schemars(length(max = 1000))]
    pub date: String,
    /// What it says.
    #[schemars(length(max = 100000))]
    pub text: String,
    /// Whether the thread is settled (resolved threads leave the notes panel and badge).
    #[serde(default)]
    pub resolved: bool,
    /// Answers, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<Reply>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// An answer in a note's thread.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reply {
    /// Unique among the card's notes and replies.
    pub id: NoteId,
    /// Who wrote it.
    #[serde(default)]
    #[schemars(length(max = 1000))]
    pub author: String,
    /// When, as an RFC 3339 date-time in UTC.
    #[serde(default)]
    #[schemars(length(max = 1000))]
    pub date: String,
    /// What it says.
    #[schemars(length(max = 100000))]
    pub text: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Reads per-persona emotion scores: whole numbers (in any notation) from −2 to 2.
pub(super) fn persona_scores<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<PersonaId, i8>, D::Error> {
    use serde::de::Error as _;
    let raw = BTreeMap::<PersonaId, serde_json::Number>::deserialize(d)?;
    raw.into_iter()
        .map(|(id, n)| {
            super::whole_number(&n)
                .and_then(|v| i8::try_from(v).ok())
                .filter(|v| super::EMOTION_RANGE.contains(v))
                .map(|v| (id, v))
                .ok_or_else(|| {
                    D::Error::custom(format!("score {n} is not a whole number from -2 to 2"))
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_format_values() {
        assert_eq!(MetricUnit::Percent.format(42.0), "42%");
        assert_eq!(MetricUnit::Percent.format(12.34), "12.3%");
        assert_eq!(MetricUnit::Number.format(12_500.0), "12.5k");
        assert_eq!(MetricUnit::Currency.format(3.5), "3.50");
        assert_eq!(MetricUnit::Score.format(8.0), "8");
        assert_eq!(MetricUnit::Number.format(1e20), "1e20");
        assert_eq!(MetricUnit::Percent.format(-1.79e308), "-1.8e308%");
        assert_eq!(MetricUnit::Currency.format(-0.0), "0.00");
        assert_eq!(MetricUnit::Minutes.format(30.0), "30");
        assert_eq!(MetricUnit::Days.format(1.25), "1.25");
        assert_eq!(MetricUnit::Custom.format(12_500.0), "12.5k");
    }

    #[test]
    fn direction_decides_the_good_side() {
        assert!(Better::Higher.hits(30.0, 30.0));
        assert!(Better::Higher.hits(60.0, 30.0));
        assert!(!Better::Higher.hits(20.0, 30.0));
        assert!(Better::Lower.hits(20.0, 30.0));
        assert!(Better::Lower.hits(30.0, 30.0));
        assert!(!Better::Lower.hits(60.0, 30.0));
    }

    #[test]
    fn funnel_changes_read_sensibly() {
        assert_eq!(percent_change(100.0, 42.0).as_deref(), Some("↓ 58%"));
        assert_eq!(percent_change(10.0, 11.2).as_deref(), Some("↑ 12%"));
        assert_eq!(percent_change(5.0, 5.0).as_deref(), Some("→ 0%"));
        assert_eq!(percent_change(100.0, 99.9).as_deref(), Some("→ 0%"));
        assert_eq!(percent_change(1e-300, 1.0).as_deref(), Some("↑ >9999%"));
        assert_eq!(percent_change(1e-300, -1e300).as_deref(), Some("↓ >9999%"));
        assert_eq!(percent_change(0.0, 5.0), None);
        assert_eq!(percent_change(-10.0, -5.0).as_deref(), Some("↑ 50%"));
    }
}

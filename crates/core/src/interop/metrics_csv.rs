//! Metric values from a spreadsheet: a CSV with the columns `stage, metric, value` and
//! optionally `unit` (`%`, `percent`, `number`, `currency`, `score`, `seconds`, `minutes`,
//! `hours`, `days`, or any other text: the metric's own unit), `target` and `better`
//! (`higher` or `lower`: which side of the target is good). A first row that names the
//! columns is skipped. Stages are found by name (case-insensitive) or
//! id; a metric is found by name or added. Values and targets must lie within
//! ±[`MAX_METRIC_VALUE`] (what a chart can draw). One bad row is one [`MetricsCsvError`]
//! naming its line, and nothing changes.

use crate::model::{Better, JourneyMap, Lane, MAX_METRIC_VALUE, Metric, MetricUnit};

/// The largest metrics CSV read.
pub const MAX_METRICS_CSV_BYTES: usize = 4 * 1024 * 1024;
/// The most metrics a lane gets from one import.
pub const MAX_METRICS: usize = 200;

/// Why a metrics CSV could not be read.
#[derive(Debug, thiserror::Error)]
pub enum MetricsCsvError {
    /// Too large.
    #[error("the CSV is {bytes} bytes, over the {limit}-byte limit for metric values")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Not UTF-8.
    #[error("the CSV is not UTF-8 text")]
    NotUtf8,
    /// A row that cannot be used.
    #[error("line {line}: {message}")]
    Row {
        /// 1-based line.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// No rows.
    #[error("the CSV holds no metric values (expected the columns stage, metric, value)")]
    Empty,
    /// The CSV reader failed.
    #[error("cannot read the CSV: {0}")]
    Parse(#[from] ::csv::Error),
    /// The file could not be read.
    #[error("cannot read the file: {0}")]
    Read(#[from] std::io::Error),
}

/// A unit as written in a CSV; any other text is the metric's own (custom) unit.
fn unit_of(text: &str) -> (MetricUnit, String) {
    let unit = match text.trim().to_lowercase().as_str() {
        "%" | "percent" | "percentage" | "pct" => MetricUnit::Percent,
        "number" | "count" | "#" | "n" => MetricUnit::Number,
        "currency" | "money" | "$" | "€" | "£" | "¥" => MetricUnit::Currency,
        "score" | "nps" | "csat" => MetricUnit::Score,
        "s" | "sec" | "secs" | "second" | "seconds" => MetricUnit::Seconds,
        "min" | "mins" | "minute" | "minutes" => MetricUnit::Minutes,
        "h" | "hr" | "hrs" | "hour" | "hours" => MetricUnit::Hours,
        "d" | "day" | "days" => MetricUnit::Days,
        _ => return (MetricUnit::Custom, text.trim().to_owned()),
    };
    (unit, String::new())
}

/// A direction as written in a CSV: which side of the target is good.
fn better_of(text: &str) -> Option<Better> {
    match text.trim().to_lowercase().as_str() {
        "higher" | "high" | "up" | "more" | "max" | "↑" | "higher is better" => {
            Some(Better::Higher)
        }
        "lower" | "low" | "down" | "less" | "min" | "↓" | "lower is better" => {
            Some(Better::Lower)
        }
        _ => None,
    }
}

/// A number as written in a spreadsheet: `42`, `42%`, `1,234.5`, ` 3.5 ` (`1e999` is
/// infinite, `NaN` not a number).
fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().trim_end_matches('%').replace([',', ' '], "");
    t.parse::<f64>().ok().filter(|v| !v.is_nan())
}

/// [`parse_number`], finite.
fn number_of(text: &str) -> Option<f64> {
    parse_number(text).filter(|v| v.is_finite())
}

/// A value or target (`what`) as a number a chart can draw, else why not.
fn bounded(text: &str, what: &str) -> Result<f64, String> {
    let value = parse_number(text)
        .ok_or_else(|| format!("the {what} “{}” is not a number", short(text)))?;
    if value.abs() > MAX_METRIC_VALUE {
        return Err(format!(
            "the {what} “{}” is beyond ±1e15, the largest a chart can draw",
            short(text)
        ));
    }
    // A negative zero is a zero (it would be labelled "-0").
    Ok(value + 0.0)
}

/// Reads the metrics CSV at `path` (refused when over [`MAX_METRICS_CSV_BYTES`], before it
/// is read, or not a regular file) into `lane`, as [`apply_metrics_csv`].
pub fn apply_metrics_csv_file(
    map: &JourneyMap,
    lane: &Lane,
    path: &std::path::Path,
) -> Result<Lane, MetricsCsvError> {
    let bytes =
        crate::io::read_bounded(path, MAX_METRICS_CSV_BYTES as u64).map_err(|e| match e {
            crate::io::ReadError::TooLarge { bytes, limit, .. } => MetricsCsvError::TooLarge {
                bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
                limit: usize::try_from(limit).unwrap_or(usize::MAX),
            },
            e => MetricsCsvError::Read(e.into_io()),
        })?;
    apply_metrics_csv(map, lane, &bytes)
}

/// `lane` (a lane of `map`) with the values of the CSV `bytes` put in.
pub fn apply_metrics_csv(
    map: &JourneyMap,
    lane: &Lane,
    bytes: &[u8],
) -> Result<Lane, MetricsCsvError> {
    if bytes.len() > MAX_METRICS_CSV_BYTES {
        return Err(MetricsCsvError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_METRICS_CSV_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| MetricsCsvError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut out = lane.clone();
    let mut rows = 0;
    let mut record = ::csv::StringRecord::new();
    let mut first = true;
    while reader.read_record(&mut record)? {
        let line = record.position().map_or(0, ::csv::Position::line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or_default();
        if std::mem::take(&mut first)
            && field(0).eq_ignore_ascii_case("stage")
            && number_of(field(2)).is_none()
        {
            continue;
        }
        let row = |message: String| MetricsCsvError::Row { line, message };
        if record.len() < 3 {
            return Err(row(
                "a row needs at least three columns: stage, metric, value".to_owned(),
            ));
        }
        let stage = map
            .stages
            .iter()
            .find(|s| s.name.trim().eq_ignore_ascii_case(field(0)) || s.id.as_str() == field(0))
            .ok_or_else(|| row(format!("the map has no stage “{}”", short(field(0)))))?;
        let name = field(1);
        if name.is_empty() || name.chars().count() > crate::io::MAX_NAME_CHARS {
            return Err(row(
                "the metric needs a name (at most 1,000 characters)".to_owned()
            ));
        }
        let value = bounded(field(2), "value").map_err(row)?;
        let unit = match field(3) {
            "" => None,
            u if u.chars().count() > crate::io::MAX_NAME_CHARS => {
                return Err(row("the unit is longer than 1,000 characters".to_owned()));
            }
            u => Some(unit_of(u)),
        };
        let target = match field(4) {
            "" => None,
            t => Some(bounded(t, "target").map_err(row)?),
        };
        let better = match field(5) {
            "" => None,
            b => Some(better_of(b).ok_or_else(|| {
                row(format!(
                    "the direction “{}” is not “higher” or “lower” (is better)",
                    short(b)
                ))
            })?),
        };
        let index = match out
            .metrics
            .iter()
            .position(|m| m.name.eq_ignore_ascii_case(name))
        {
            Some(i) => i,
            None => {
                if out.metrics.len() >= MAX_METRICS {
                    return Err(row(format!("a lane holds at most {MAX_METRICS} metrics")));
                }
                out.metrics.push(Metric {
                    id: crate::edit::ids::new_metric_id(&out),
                    name: name.to_owned(),
                    unit: if field(2).trim().ends_with('%') {
                        MetricUnit::Percent
                    } else {
                        MetricUnit::Number
                    },
                    ..Metric::default()
                });
                out.metrics.len() - 1
            }
        };
        let metric = &mut out.metrics[index];
        if let Some((unit, custom)) = unit {
            metric.unit = unit;
            metric.custom_unit = custom;
        }
        if let Some(better) = better {
            metric.better = better;
        }
        metric.values.insert(stage.id.clone(), value);
        if let Some(target) = target {
            metric.targets.insert(stage.id.clone(), target);
        }
        rows += 1;
    }
    if rows == 0 {
        return Err(MetricsCsvError::Empty);
    }
    Ok(out)
}

fn short(text: &str) -> String {
    let cut: String = text.chars().take(40).collect();
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

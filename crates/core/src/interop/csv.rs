//! A map as a spreadsheet grid: the first row names the stages, each further row is a lane
//! (its name in the first column), and each cell holds that cell's cards, one title per
//! line. Lanes of another kind than cards say so after their name, e.g.
//! `Emotions (emotion)`; an emotion card's score follows its title, e.g. `Curious [+1]`.

use std::collections::HashSet;

use super::{slug, unique};
use crate::model::{
    Card, CardId, JourneyMap, Lane, LaneId, LaneKind, MapId, Project, Stage, StageId,
};

/// The largest CSV accepted for import.
pub const MAX_CSV_BYTES: usize = 16_000_000;

/// Why a CSV could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    /// Too large to be a map.
    #[error("the CSV is {0} bytes, over the 16 MB limit")]
    TooLarge(usize),
    /// Not text.
    #[error("the CSV is not UTF-8 text")]
    NotUtf8,
    /// A quoted field never ends.
    #[error("line {0}: a quoted field is never closed")]
    Unclosed(u64),
    /// No stages in the first row.
    #[error("the first row must name the stages (from the second column on)")]
    NoStages,
    /// The file could not be read.
    #[error("cannot read the file: {0}")]
    Read(#[from] std::io::Error),
    /// The CSV reader failed (not expected once the text is known to be UTF-8).
    #[error("cannot read the CSV: {0}")]
    Parse(#[from] ::csv::Error),
}

/// Reads the CSV file at `path` (at most [`MAX_CSV_BYTES`] of it) into a one-map
/// project titled after the file name.
pub fn read_csv_file(path: &std::path::Path) -> Result<Project, CsvError> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_CSV_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    let title = path.file_stem().map_or_else(
        || "Imported map".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    read_csv(&bytes, &title)
}

fn kind_key(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Cards => "cards",
        LaneKind::Emotion => "emotion",
        LaneKind::Channels => "channels",
        LaneKind::Images => "images",
        LaneKind::Text => "text",
    }
}

/// Writes `map` as CSV (RFC 4180: CRLF line ends, fields quoted when needed).
pub fn write_csv(map: &JourneyMap) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header = vec!["Lane".to_owned()];
    header.extend(map.stages.iter().map(|s| one_line(&s.name)));
    write_row(&mut writer, &header);
    for lane in &map.lanes {
        let mut name = one_line(&lane.name);
        if lane.kind != LaneKind::Cards {
            name.push_str(&format!(" ({})", kind_key(lane.kind)));
        }
        let mut row = vec![name];
        for stage in &map.stages {
            let lines: Vec<String> = map
                .cards
                .iter()
                .filter(|c| c.lane == lane.id && c.stage == stage.id)
                .map(|c| match (lane.kind, c.emotion) {
                    (LaneKind::Emotion, Some(score)) => {
                        format!("{} [{score:+}]", one_line(&c.title))
                    }
                    _ => one_line(&c.title),
                })
                .collect();
            row.push(lines.join("\n"));
        }
        write_row(&mut writer, &row);
    }
    let bytes = writer
        .into_inner()
        .expect("flushing CSV into memory cannot fail");
    String::from_utf8(bytes).expect("CSV made of strings is UTF-8")
}

fn write_row(writer: &mut ::csv::Writer<Vec<u8>>, row: &[String]) {
    writer
        .write_record(row)
        .expect("writing CSV into memory cannot fail");
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits CSV text into rows of fields with the `csv` crate (quoted fields may hold
/// commas, quotes and line breaks, kept exactly). Accepts CRLF, LF or CR line ends, rows
/// of any length and a UTF-8 byte-order mark.
fn parse(text: &str) -> Result<Vec<Vec<String>>, CsvError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut last_start = None;
    for record in reader.records() {
        let record = record?;
        last_start = record.position().cloned();
        rows.push(record.iter().map(str::to_owned).collect());
    }
    if let Some(start) = last_start
        && let Some(rest) = usize::try_from(start.byte())
            .ok()
            .and_then(|byte| text.get(byte..))
        && let Some(line) = unclosed_quote(rest, start.line())
    {
        return Err(CsvError::Unclosed(line));
    }
    Ok(rows)
}

/// The line on which a quoted field opens and never closes, if one does. The `csv` crate
/// reads such a field to the end of the input without complaint, so only the last
/// record's text (from `line` on) can hold one. This follows the crate's reading: a quote
/// opens a quoted field only at the start of a field, and inside one a quote closes it
/// unless a second quote follows.
fn unclosed_quote(record: &str, mut line: u64) -> Option<u64> {
    let mut opened = None;
    let mut field_start = true;
    let mut bytes = record.bytes().peekable();
    while let Some(b) = bytes.next() {
        if opened.is_some() {
            if b == b'"' && bytes.next_if_eq(&b'"').is_none() {
                opened = None;
            }
        } else if b == b'"' && field_start {
            opened = Some(line);
            field_start = false;
        } else {
            field_start = matches!(b, b',' | b'\r' | b'\n');
        }
        if b == b'\n' {
            line += 1;
        }
    }
    opened
}

/// Builds a one-map project from CSV bytes (see the module docs for the layout).
pub fn read_csv(bytes: &[u8], title: &str) -> Result<Project, CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| CsvError::NotUtf8)?;
    let rows = parse(text)?;
    let mut rows = rows
        .into_iter()
        .filter(|r| r.iter().any(|f| !f.trim().is_empty()));
    let header = rows.next().ok_or(CsvError::NoStages)?;
    let mut taken = HashSet::new();
    let stages: Vec<Stage> = header
        .iter()
        .skip(1)
        .map(|name| {
            let name = one_line(name);
            Stage {
                id: StageId(unique(&format!("s-{}", slug(&name)), &mut taken)),
                name,
                ..Stage::default()
            }
        })
        .collect();
    if stages.is_empty() {
        return Err(CsvError::NoStages);
    }
    let mut lanes = Vec::new();
    let mut cards = Vec::new();
    for row in rows {
        let (name, kind) = lane_name_and_kind(row.first().map_or("", String::as_str));
        let lane = Lane {
            id: LaneId(unique(&format!("l-{}", slug(&name)), &mut taken)),
            name,
            kind,
            ..Lane::default()
        };
        for (stage, cell) in stages.iter().zip(row.iter().skip(1)) {
            // One card per line; a line ends at LF, CRLF or a lone CR.
            for line in cell
                .split(['\r', '\n'])
                .map(str::trim)
                .filter(|l| !l.is_empty())
            {
                let (title, emotion) = match kind {
                    LaneKind::Emotion => split_score(line),
                    _ => (line.to_owned(), None),
                };
                cards.push(Card {
                    id: CardId(format!("c-{}", cards.len() + 1)),
                    lane: lane.id.clone(),
                    stage: stage.id.clone(),
                    title: title.chars().take(1000).collect(),
                    emotion,
                    ..Card::default()
                });
            }
        }
        lanes.push(lane);
    }
    Ok(Project {
        title: title.to_owned(),
        maps: vec![JourneyMap {
            id: MapId("m-current".to_owned()),
            name: "Current state".to_owned(),
            stages,
            lanes,
            cards,
            ..JourneyMap::default()
        }],
        ..Project::default()
    })
}

/// `Emotions (emotion)` → (`Emotions`, emotion lane); anything else is a cards lane.
fn lane_name_and_kind(cell: &str) -> (String, LaneKind) {
    let cell = one_line(cell);
    if let Some((name, rest)) = cell.rsplit_once(" (")
        && let Some(key) = rest.strip_suffix(')')
        && let Some(kind) = LaneKind::ALL.iter().find(|k| kind_key(**k) == key)
    {
        return (name.to_owned(), *kind);
    }
    let name = if cell.is_empty() {
        "Lane".to_owned()
    } else {
        cell
    };
    (name, LaneKind::Cards)
}

/// `Curious [+1]` → (`Curious`, 1).
fn split_score(line: &str) -> (String, Option<i8>) {
    if let Some((title, rest)) = line.rsplit_once(" [")
        && let Some(score) = rest.strip_suffix(']')
        && let Ok(score) = score.trim_start_matches('+').parse::<i8>()
        && (-2..=2).contains(&score)
    {
        return (title.to_owned(), Some(score));
    }
    (line.to_owned(), None)
}

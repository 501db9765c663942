//! A map as a spreadsheet grid: the first row names the stages, each further row is a lane
//! (its name in the first column), and each cell holds that cell's cards, one title per
//! line. Lanes of another kind than cards say so after their name, e.g.
//! `Emotions (emotion)`; an emotion card's score follows its title, e.g. `Curious [+1]`.
//!
//! Export and import share one set of limits ([`MAX_CSV_BYTES`], [`MAX_CSV_CARDS`],
//! [`MAX_CSV_STAGES`], [`MAX_CSV_LANES`]), so Waymark reads back every grid it writes. A
//! line that starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab or carriage return)
//! gets a leading `'` on export (OWASP's advice against CSV injection), which import takes
//! off again. What a grid cannot hold (a line break inside a title, space around it, an
//! empty title) is written as close as it can be and reported by [`write_csv`].

use super::{slug, unique};
use crate::export::notes::{ExportNote, Thing};
use crate::io::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::model::{
    Card, CardId, JourneyMap, Lane, LaneId, LaneKind, MapId, Project, Stage, StageId,
};

/// The largest CSV written or read (the largest project file).
pub const MAX_CSV_BYTES: u64 = crate::io::MAX_FILE_BYTES;
/// The most cards a grid may hold, written or read.
pub const MAX_CSV_CARDS: usize = 1_000_000;
/// The most stages (columns after the first) a grid may have.
pub const MAX_CSV_STAGES: usize = 10_000;
/// The most lanes (rows after the first) a grid may have.
pub const MAX_CSV_LANES: usize = 10_000;

/// Why a CSV could not be imported or exported.
#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    /// Too large to be a map.
    #[error("the CSV is {} ({bytes} bytes), over the {} limit", crate::io::megabytes(*.bytes), crate::io::megabytes(*.limit))]
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// More of something than a grid may hold.
    #[error("the grid has more than {limit} {what}, over the limit")]
    TooMany {
        /// Stages, lanes or cards.
        what: &'static str,
        /// The limit crossed.
        limit: usize,
    },
    /// A title or name longer than a project allows.
    #[error("line {line}: {what} is {chars} characters long, over the {limit}-character limit")]
    TooLong {
        /// Where it starts (1-based).
        line: u64,
        /// A stage name, a lane name or a card title.
        what: &'static str,
        /// Its length in characters.
        chars: usize,
        /// The limit.
        limit: usize,
    },
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

/// Reads the CSV file at `path` (refused when over [`MAX_CSV_BYTES`], or not a regular
/// file) into a one-map project titled after the file name.
pub fn read_csv_file(path: &std::path::Path) -> Result<Project, CsvError> {
    let bytes = crate::io::read_bounded(path, MAX_CSV_BYTES).map_err(|e| match e {
        crate::io::ReadError::TooLarge { bytes, limit, .. } => CsvError::TooLarge { bytes, limit },
        e => CsvError::Read(e.into_io()),
    })?;
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
        LaneKind::Metrics => "metrics",
        LaneKind::Line => "line",
    }
}

/// A map written as CSV.
#[derive(Debug)]
pub struct CsvExport {
    /// The CSV text (RFC 4180: CRLF line ends, fields quoted when needed).
    pub text: String,
    /// What the grid could not hold as it is (`None`: everything is exact); its
    /// `Display` is one line of English.
    pub changed: Option<ExportNote>,
}

/// Writes `map` as CSV. Refuses a map over the shared limits; what a cell cannot hold
/// exactly is reported in [`CsvExport::changed`].
pub fn write_csv(map: &JourneyMap) -> Result<CsvExport, CsvError> {
    write_csv_in(map, crate::i18n::Catalogue::english())
}

/// [`write_csv`] with the grid's own header (the lane column's) in `catalogue`'s language.
pub fn write_csv_in(
    map: &JourneyMap,
    catalogue: &crate::i18n::Catalogue,
) -> Result<CsvExport, CsvError> {
    check_counts(map.stages.len(), map.lanes.len(), map.cards.len())?;
    let mut changed = Changes::default();
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header = vec![catalogue.tr("csv-lane")];
    for stage in &map.stages {
        // An empty stage name is an empty cell, which reads back empty.
        let name = if stage.name.is_empty() {
            String::new()
        } else {
            changed.line(&stage.name, || Thing::Stage(stage.id.to_string()))
        };
        header.push(escape(&name));
    }
    write_row(&mut writer, &header)?;
    let cells = map.cards_by_cell();
    for lane in &map.lanes {
        let mut name = changed.line(&lane.name, || Thing::Lane(lane.id.to_string()));
        if lane.kind != LaneKind::Cards {
            name.push_str(&format!(" ({})", kind_key(lane.kind)));
        }
        let mut row = vec![escape(&name)];
        for stage in &map.stages {
            let cards = cells.get(&(stage.id.as_str(), lane.id.as_str()));
            let lines: Vec<String> = cards
                .into_iter()
                .flatten()
                .map(|c| {
                    let title = changed.line(&c.title, || Thing::Card(c.id.to_string()));
                    escape(&match (lane.kind, c.emotion) {
                        (LaneKind::Emotion, Some(score)) => format!("{title} [{score:+}]"),
                        _ => title,
                    })
                })
                .collect();
            row.push(lines.join("\n"));
        }
        write_row(&mut writer, &row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| CsvError::Read(e.into_error()))?;
    if bytes.len() as u64 > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_CSV_BYTES,
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| CsvError::NotUtf8)?;
    Ok(CsvExport {
        text,
        changed: changed.summary(),
    })
}

fn write_row(writer: &mut ::csv::Writer<Vec<u8>>, row: &[String]) -> Result<(), CsvError> {
    Ok(writer.write_record(row)?)
}

fn check_counts(stages: usize, lanes: usize, cards: usize) -> Result<(), CsvError> {
    for (what, count, limit) in [
        ("stages", stages, MAX_CSV_STAGES),
        ("lanes", lanes, MAX_CSV_LANES),
        ("cards", cards, MAX_CSV_CARDS),
    ] {
        if count > limit {
            return Err(CsvError::TooMany { what, limit });
        }
    }
    Ok(())
}

/// Texts a grid could not hold exactly, for one line of report.
#[derive(Default)]
struct Changes {
    count: usize,
    first: Vec<Thing>,
}

impl Changes {
    /// `text` as one line of a cell: the same text when a grid holds it exactly, else
    /// its words joined by single spaces (or `Untitled`), noting which thing changed.
    fn line(&mut self, text: &str, what: impl FnOnce() -> Thing) -> String {
        let exact = !text.is_empty() && !text.contains(['\n', '\r']) && text.trim() == text;
        if exact {
            return text.to_owned();
        }
        self.count += 1;
        if self.first.len() < 3 {
            self.first.push(what());
        }
        let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            "Untitled".to_owned()
        } else {
            line
        }
    }

    fn summary(self) -> Option<ExportNote> {
        (self.count > 0).then_some(ExportNote::CsvOneLine {
            count: self.count,
            first: self.first,
        })
    }
}

/// Whether a cell starting with `c` would be read as a formula by a spreadsheet.
fn is_formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// One line of a cell, made safe to open in a spreadsheet: a line that (after any `'`s)
/// starts like a formula gets one more leading `'`. [`unescape`] undoes it exactly.
fn escape(line: &str) -> String {
    if line
        .trim_start_matches('\'')
        .chars()
        .next()
        .is_some_and(is_formula_start)
    {
        format!("'{line}")
    } else {
        line.to_owned()
    }
}

/// Undoes [`escape`]: `'=1+1` → `=1+1`, `''=x` → `'=x`; anything else is kept.
fn unescape(line: &str) -> &str {
    match line.strip_prefix('\'') {
        Some(rest)
            if rest
                .trim_start_matches('\'')
                .chars()
                .next()
                .is_some_and(is_formula_start) =>
        {
            rest
        }
        _ => line,
    }
}

/// A stage or lane name read from a cell: trimmed, and in one line of words if it had
/// line breaks (a spreadsheet's wrapped header).
fn cell_name(cell: &str) -> String {
    let cell = unescape(cell.trim()).trim();
    if cell.contains(['\r', '\n']) {
        cell.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        cell.to_owned()
    }
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

fn check_len(text: &str, limit: usize, line: u64, what: &'static str) -> Result<(), CsvError> {
    let chars = text.chars().count();
    if chars > limit {
        return Err(CsvError::TooLong {
            line,
            what,
            chars,
            limit,
        });
    }
    Ok(())
}

/// Builds a one-map project from CSV bytes (see the module docs for the layout). Reads
/// CRLF, LF or CR line ends, rows of any length and a UTF-8 byte-order mark; quoted
/// fields may hold commas, quotes and line breaks.
pub fn read_csv(bytes: &[u8], title: &str) -> Result<Project, CsvError> {
    if bytes.len() as u64 > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_CSV_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| CsvError::NotUtf8)?;
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = ::csv::StringRecord::new();
    let mut last_start = None;
    let mut taken = super::Taken::default();
    let mut stages: Vec<Stage> = Vec::new();
    let mut lanes = Vec::new();
    let mut cards = Vec::new();
    while reader.read_record(&mut record)? {
        let line = record.position().map_or(0, ::csv::Position::line);
        last_start = record.position().cloned();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if stages.is_empty() {
            if record.len() > MAX_CSV_STAGES + 1 {
                return Err(CsvError::TooMany {
                    what: "stages",
                    limit: MAX_CSV_STAGES,
                });
            }
            for name in record.iter().skip(1) {
                let name = cell_name(name);
                check_len(&name, MAX_NAME_CHARS, line, "a stage name")?;
                stages.push(Stage {
                    id: StageId(unique(&format!("s-{}", slug(&name)), &mut taken)),
                    name,
                    ..Stage::default()
                });
            }
            if stages.is_empty() {
                return Err(CsvError::NoStages);
            }
            continue;
        }
        if lanes.len() == MAX_CSV_LANES {
            return Err(CsvError::TooMany {
                what: "lanes",
                limit: MAX_CSV_LANES,
            });
        }
        let (name, kind) = lane_name_and_kind(record.get(0).unwrap_or(""));
        check_len(&name, MAX_NAME_CHARS, line, "a lane name")?;
        let lane = Lane {
            id: LaneId(unique(&format!("l-{}", slug(&name)), &mut taken)),
            name,
            kind,
            ..Lane::default()
        };
        for (stage, cell) in stages.iter().zip(record.iter().skip(1)) {
            // One card per line; a line ends at LF, CRLF or a lone CR.
            for card_line in cell
                .split(['\r', '\n'])
                .map(str::trim)
                .filter(|l| !l.is_empty())
            {
                // What follows a neutralising `'` is trimmed too: a title has no space
                // at its ends.
                let card_line = unescape(card_line).trim();
                if card_line.is_empty() {
                    continue;
                }
                let (title, emotion) = match kind {
                    LaneKind::Emotion => split_score(card_line),
                    _ => (card_line.to_owned(), None),
                };
                check_len(&title, MAX_TEXT_CHARS, line, "a card title")?;
                if cards.len() == MAX_CSV_CARDS {
                    return Err(CsvError::TooMany {
                        what: "cards",
                        limit: MAX_CSV_CARDS,
                    });
                }
                cards.push(Card {
                    id: CardId(format!("c-{}", cards.len() + 1)),
                    lane: lane.id.clone(),
                    stage: stage.id.clone(),
                    title,
                    emotion,
                    ..Card::default()
                });
            }
        }
        lanes.push(lane);
    }
    if let Some(start) = last_start
        && let Some(rest) = usize::try_from(start.byte())
            .ok()
            .and_then(|byte| text.get(byte..))
        && let Some(line) = unclosed_quote(rest, start.line())
    {
        return Err(CsvError::Unclosed(line));
    }
    if stages.is_empty() {
        return Err(CsvError::NoStages);
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
    let cell = cell_name(cell);
    if let Some((name, rest)) = cell.rsplit_once(" (")
        && let Some(key) = rest.strip_suffix(')')
        && let Some(kind) = LaneKind::ALL.iter().find(|k| kind_key(**k) == key)
    {
        // `Emotions  (emotion)`: the spaces before the kind are not part of the name.
        let name = name.trim_end();
        let name = if name.is_empty() { "Lane" } else { name };
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
        // `Curious  [+1]`: the spaces before the score are not part of the title.
        return (title.trim_end().to_owned(), Some(score));
    }
    (line.to_owned(), None)
}

//! Why an export, an import (a CSV grid, a Mermaid journey, metric values), a picture,
//! the clipboard, a backup, a recovery copy or a merge failed, in the window's language:
//! each reason the core gives as data becomes a sentence of the window catalogue that
//! says what to do next. The core's English stays only where it is a parser's or the
//! system's own words (kept as a detail in brackets), as for load errors
//! ([`super::file_errors`]). The command line keeps the core's English.

use crate::export::ExportError;
use crate::export::limits::Over;
use crate::i18n::FluentValue;
use crate::images::ImageError;
use crate::interop::ImportError;
use crate::interop::csv::CsvError;
use crate::interop::mermaid_import::MermaidError;
use crate::interop::metrics_csv::MetricsCsvError;
use crate::io::ReadError;
use crate::ui::i18n::{arg, number, tr, tr_args};

/// `n` in the window's way ("12,045", "12.045").
fn n(value: impl std::fmt::Display) -> FluentValue<'static> {
    arg(number(&value.to_string()))
}

/// `bytes` as megabytes in the window's way ("12.5", "12,5").
fn mb(bytes: u64) -> FluentValue<'static> {
    arg(number(&format!("{:.1}", bytes as f64 / 1_000_000.0)))
}

/// The system's reason for a failed read or write: the common ones in the window's words,
/// others in the system's.
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match error.kind() {
        K::NotFound => tr("problem-io-not-found").to_owned(),
        K::PermissionDenied => tr("problem-io-permission").to_owned(),
        K::StorageFull => tr("save-disk-full").to_owned(),
        K::ReadOnlyFilesystem => tr("save-read-only-disk").to_owned(),
        _ => error.to_string(),
    }
}

/// Why a file could not be read.
pub fn read_reason(error: &ReadError) -> String {
    match error {
        ReadError::Io { path, source } => tr_args(
            "problem-read",
            &[
                ("path", arg(path.display())),
                ("reason", arg(io_reason(source))),
            ],
        ),
        ReadError::NotAFile { path, .. } => {
            tr_args("problem-not-a-file", &[("path", arg(path.display()))])
        }
        ReadError::TooLarge { path, bytes, limit } => tr_args(
            "problem-read-too-large",
            &[
                ("path", arg(path.display())),
                ("size", mb(*bytes)),
                ("limit", mb(*limit)),
            ],
        ),
    }
}

/// What an export over a documented limit would be ("the export has 1,200 stages").
pub fn over_what(over: Over) -> String {
    let (id, count) = match over {
        Over::ProjectCells(c) => ("over-project-cells", c),
        Over::ProjectCards(c) => ("over-project-cards", c),
        Over::Stages(c) => ("over-stages", c),
        Over::Lanes(c) => ("over-lanes", c),
        Over::Cells(c) => ("over-cells", c),
        Over::Cards(c) => ("over-cards", c),
        Over::Pages(c) => ("over-pages", c),
        Over::Slides(c) => ("over-slides", c),
    };
    tr_args(id, &[("count", n(count))])
}

/// Why an export failed (a cancelled one says so).
pub fn export_reason(error: &ExportError) -> String {
    match error {
        ExportError::TooLarge { width, height, .. } => tr_args(
            "problem-export-too-large",
            &[("width", n(width)), ("height", n(height))],
        ),
        ExportError::TooManyShapes { shapes, limit } => tr_args(
            "problem-export-too-many-shapes",
            &[("shapes", n(shapes)), ("limit", n(limit))],
        ),
        ExportError::PageTooLarge {
            width,
            height,
            limit,
        } => tr_args(
            "problem-export-page-too-large",
            &[
                ("width", n(width)),
                ("height", n(height)),
                ("limit", n(limit)),
            ],
        ),
        ExportError::OverLimit { over, .. } => tr_args(
            "problem-export-over-limit",
            &[("what", arg(over_what(*over))), ("limit", n(over.limit()))],
        ),
        ExportError::Csv(e) => csv_reason(e),
        ExportError::BadScale(scale) => tr_args("problem-export-bad-scale", &[("scale", n(scale))]),
        ExportError::Render(detail) | ExportError::Package(detail) => {
            tr_args("problem-export-internal", &[("detail", arg(detail))])
        }
        ExportError::Encode(detail) => tr_args("problem-export-encode", &[("detail", arg(detail))]),
        ExportError::Cancelled => tr("export-cancelled").to_owned(),
    }
}

/// Why a file could not be imported as a project.
pub fn import_reason(error: &ImportError) -> String {
    match error {
        ImportError::Csv(e) => csv_reason(e),
        ImportError::Mermaid(e) => mermaid_reason(e),
        ImportError::UnknownKind(name) => {
            tr_args("problem-import-unknown-kind", &[("name", arg(name))])
        }
    }
}

/// "Cannot read the file: REASON".
fn cannot_read(error: &std::io::Error) -> String {
    tr_args(
        "problem-cannot-read-file",
        &[("reason", arg(io_reason(error)))],
    )
}

/// Why a CSV grid could not be imported (or exported).
pub fn csv_reason(error: &CsvError) -> String {
    match error {
        CsvError::TooLarge { bytes, limit } => tr_args(
            "problem-csv-too-large",
            &[("size", mb(*bytes)), ("limit", mb(*limit))],
        ),
        CsvError::TooMany { what, limit } => tr_args(
            "problem-csv-too-many",
            &[("what", arg(what)), ("limit", n(limit))],
        ),
        CsvError::TooLong {
            line, chars, limit, ..
        } => tr_args(
            "problem-csv-too-long",
            &[("line", n(line)), ("chars", n(chars)), ("limit", n(limit))],
        ),
        CsvError::NotUtf8 => tr("problem-csv-not-utf8").to_owned(),
        CsvError::Unclosed(line) => tr_args("problem-csv-unclosed", &[("line", n(line))]),
        CsvError::NoStages => tr("problem-csv-no-stages").to_owned(),
        CsvError::Parse(e) => tr_args("problem-csv-parse", &[("detail", arg(e))]),
        CsvError::Read(e) => cannot_read(e),
    }
}

/// Why a Mermaid journey could not be imported; the parser's words about a line are kept.
pub fn mermaid_reason(error: &MermaidError) -> String {
    match error {
        MermaidError::TooLarge { bytes, limit } => tr_args(
            "problem-mermaid-too-large",
            &[("size", mb(*bytes as u64)), ("limit", mb(*limit as u64))],
        ),
        MermaidError::NotUtf8 => tr("problem-mermaid-not-utf8").to_owned(),
        MermaidError::NotJourney { line, start } => tr_args(
            "problem-mermaid-not-journey",
            &[("line", n(line)), ("start", arg(start))],
        ),
        MermaidError::NoJourney => tr("problem-mermaid-no-journey").to_owned(),
        MermaidError::Line { line, message } => tr_args(
            "problem-mermaid-line",
            &[("line", n(line)), ("detail", arg(message))],
        ),
        MermaidError::TooMany { what, limit } => tr_args(
            "problem-mermaid-too-many",
            &[("what", arg(what)), ("limit", n(limit))],
        ),
        MermaidError::Read(e) => cannot_read(e),
    }
}

/// Why metric values could not be imported from a CSV; the reader's words about a row
/// are kept.
pub fn metrics_reason(error: &MetricsCsvError) -> String {
    match error {
        MetricsCsvError::TooLarge { bytes, limit } => tr_args(
            "problem-metrics-too-large",
            &[("size", mb(*bytes as u64)), ("limit", mb(*limit as u64))],
        ),
        MetricsCsvError::NotUtf8 => tr("problem-csv-not-utf8").to_owned(),
        MetricsCsvError::Row { line, message } => tr_args(
            "problem-metrics-row",
            &[("line", n(line)), ("detail", arg(message))],
        ),
        MetricsCsvError::Empty => tr("problem-metrics-empty").to_owned(),
        MetricsCsvError::Parse(e) => tr_args("problem-metrics-parse", &[("detail", arg(e))]),
        MetricsCsvError::Read(e) => cannot_read(e),
    }
}

/// Why a file could not be used as a picture (a card's, or a persona's photo).
pub fn picture_reason(error: &ImageError) -> String {
    use crate::images::{MAX_DECODED_SIDE, MAX_FILE_BYTES};
    match error {
        ImageError::NotAnImage => tr("problem-picture-not-an-image").to_owned(),
        ImageError::TooLarge(bytes) => tr_args(
            "problem-picture-too-large",
            &[
                ("size", mb(*bytes as u64)),
                ("limit", mb(MAX_FILE_BYTES as u64)),
            ],
        ),
        ImageError::TooManyPixels { width, height } => tr_args(
            "problem-picture-too-many-pixels",
            &[
                ("width", n(width)),
                ("height", n(height)),
                ("limit", n(MAX_DECODED_SIDE)),
            ],
        ),
        ImageError::TooMuchMemory { width, height } => tr_args(
            "problem-picture-too-much-memory",
            &[("width", n(width)), ("height", n(height))],
        ),
        ImageError::Damaged(detail) | ImageError::BadBase64(detail) => {
            tr_args("problem-picture-damaged", &[("detail", arg(detail))])
        }
        ImageError::WrongType { labelled, actual } => tr_args(
            "problem-picture-wrong-type",
            &[("labelled", arg(labelled)), ("actual", arg(actual))],
        ),
        ImageError::Read(e) => read_reason(e),
    }
}

/// Why the exported image could not be put on the clipboard.
pub fn clipboard_reason(error: &image::ImageError) -> String {
    tr_args("problem-clipboard", &[("detail", arg(error))])
}

/// Why one of Waymark's own files (a backup, a recovery copy) could not be written or
/// moved: the file and the system's reason.
pub fn store_reason(error: &crate::store::StoreError) -> String {
    tr_args(
        "problem-store",
        &[
            ("path", arg(error.path.display())),
            ("reason", arg(io_reason(&error.source))),
        ],
    )
}

/// Why two versions could not be merged (an error in Waymark itself).
pub fn merge_reason(error: &crate::compare::merge::MergeError) -> String {
    tr_args("problem-merge", &[("detail", arg(error))])
}

/// Why a sync service's conflict copy could not be merged.
pub fn copy_reason(error: &crate::store::copies::CopyError) -> String {
    use crate::store::copies::CopyError;
    match error {
        CopyError::Unreadable { path, source } => tr_args(
            "problem-copy-unreadable",
            &[
                ("path", arg(path.display())),
                ("reason", arg(super::file_errors::load_reason(source))),
            ],
        ),
        CopyError::Merge(e) => merge_reason(e),
    }
}

/// Why an edit could not be made, in the window's words (the core's ids of what is gone
/// kept as a detail); a refusal the window does not know in the core's.
pub fn edit_reason(error: &crate::edit::EditError) -> String {
    use crate::edit::EditError;
    match error {
        EditError::LaneHoldsCards { lane, cards, .. } => tr_args(
            "problem-lane-holds-cards",
            &[("lane", arg(lane)), ("count", (*cards).into())],
        ),
        EditError::NoCardsHere { lane, .. } => {
            tr_args("problem-no-cards-here", &[("lane", arg(lane))])
        }
        EditError::Missing(what) => tr_args("problem-edit-missing", &[("detail", arg(what))]),
        EditError::Refused(why) => match why.as_str() {
            "a project keeps at least one map" => tr("problem-last-map").to_owned(),
            "a card cannot point to itself" => tr("problem-link-to-itself").to_owned(),
            "those cards are already linked" => tr("problem-already-linked").to_owned(),
            _ => error.to_string(),
        },
        other => other.to_string(),
    }
}

/// What an export could not show or write as it is, in the window's language.
pub fn export_note(note: &crate::export::notes::ExportNote) -> String {
    use crate::export::notes::ExportNote as N;
    match note {
        N::PicturesLeftOut(names) => tr_args(
            "export-note-pictures",
            &[("count", n(names.len())), ("names", arg(names.join("; ")))],
        ),
        N::SmallText { pt, min_pt, fit } => tr_args(
            if *fit {
                "export-note-small-text-fit"
            } else {
                "export-note-small-text"
            },
            &[
                ("pt", arg(number(&format!("{pt:.1}")))),
                ("min", arg(number(&min_pt.to_string()))),
            ],
        ),
        N::Rewritten {
            what,
            text,
            written,
            why,
        } => tr_args(
            "export-note-rewritten",
            &[
                ("what", arg(thing(what))),
                ("text", arg(text)),
                ("written", arg(written)),
                ("why", arg(tr(why_id(*why)))),
            ],
        ),
        N::MoreRewritten(more) => tr_args("export-note-more-rewritten", &[("count", n(more))]),
        N::MermaidLeftOut { cards, lane } => tr_args(
            "export-note-mermaid-left-out",
            &[("count", n(cards)), ("lane", arg(lane))],
        ),
        N::HtmlOnWhite => tr("export-note-html-on-white").to_owned(),
        N::CsvOneLine { count, first } => {
            let more = count.saturating_sub(first.len());
            let names: Vec<String> = first.iter().map(thing).collect();
            tr_args(
                "export-note-csv-one-line",
                &[
                    ("count", n(count)),
                    ("first", arg(names.join(", "))),
                    (
                        "more",
                        arg(if more > 0 {
                            tr_args("export-note-and-more", &[("count", n(more))])
                        } else {
                            String::new()
                        }),
                    ),
                ],
            )
        }
    }
}

/// Which text of a map a note is about ("stage s-1", "Phase s-1").
fn thing(what: &crate::export::notes::Thing) -> String {
    use crate::export::notes::Thing as T;
    let (id, value) = match what {
        T::Title => return tr("note-thing-title").to_owned(),
        T::Scenario => return tr("note-thing-scenario").to_owned(),
        T::Stage(id) => ("note-thing-stage", id),
        T::Lane(id) => ("note-thing-lane", id),
        T::Card(id) => ("note-thing-card", id),
        T::Persona(id) => ("note-thing-persona", id),
    };
    tr_args(id, &[("id", arg(value))])
}

/// The catalogue message saying why Mermaid holds a text otherwise.
fn why_id(why: crate::export::notes::Why) -> &'static str {
    use crate::export::notes::Why as W;
    match why {
        W::Title => "note-why-title",
        W::Scenario => "note-why-scenario",
        W::Section => "note-why-section",
        W::Task => "note-why-task",
        W::Actor => "note-why-actor",
        W::ActorTwin => "note-why-actor-twin",
    }
}

/// What a Mermaid import could not take as written (a score), in the window's language.
pub fn import_note(note: &crate::interop::mermaid_import::ImportNote) -> String {
    use crate::interop::mermaid_import::ImportNote as N;
    match note {
        N::ScoreOutside {
            line,
            task,
            score,
            taken,
        } => tr_args(
            "note-score-outside",
            &[
                ("line", n(line)),
                ("task", arg(task)),
                ("score", arg(score)),
                ("taken", n(taken)),
            ],
        ),
        N::ScoreNotNumber { line, task, score } => tr_args(
            "note-score-not-number",
            &[
                ("line", n(line)),
                ("task", arg(task)),
                ("score", arg(score)),
            ],
        ),
        N::More(count) => tr_args("note-more-scores", &[("count", (*count).into())]),
    }
}

/// Why restored work is untitled now (the file its recovery note names cannot take it).
pub fn untied_reason(untied: &crate::store::recovery::Untied) -> String {
    use crate::store::recovery::UntiedWhy as W;
    let why = match untied.why {
        W::ReadOnly => "read-only",
        W::Newer => "newer",
        W::Gone => "gone",
        W::Unreadable => "unreadable",
        W::NotAProject => "not-a-project",
    };
    tr_args(
        "notice-restored-untied",
        &[("path", arg(untied.file.display())), ("why", arg(why))],
    )
}

/// Why the document is read-only, for the bar above the map.
pub fn read_only_reason(reason: crate::edit::ReadOnly) -> String {
    match reason {
        crate::edit::ReadOnly::NewerVersion(version) => {
            tr_args("read-only-newer", &[("version", arg(version))])
        }
        crate::edit::ReadOnly::File => tr("read-only-file").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::set_thread_language;

    #[test]
    fn export_notes_in_the_windows_language() {
        use crate::export::notes::{ExportNote, Thing, Why};
        let rewritten = ExportNote::Rewritten {
            what: Thing::Card("c-1".into()),
            text: "予約; 確認".into(),
            written: "予約 確認".into(),
            why: Why::Task,
        };
        let small = ExportNote::SmallText {
            pt: 6.54,
            min_pt: 9.0,
            fit: true,
        };
        set_thread_language("en");
        assert_eq!(export_note(&rewritten), rewritten.to_string());
        set_thread_language("de");
        let said = export_note(&rewritten);
        assert!(said.starts_with("Karte c-1 „予約; 確認“"), "{said}");
        assert!(said.contains("Mermaid-Aufgabenname"), "{said}");
        let said = export_note(&small);
        assert!(
            said.contains("6,5 pt") && said.contains("„Ganze Map"),
            "{said}"
        );
        set_thread_language("ja");
        let said = export_note(&rewritten);
        assert!(said.starts_with("カード c-1「予約; 確認」"), "{said}");
        assert!(export_note(&small).contains("6.5 pt"));
        set_thread_language("en");
    }

    #[test]
    fn export_and_import_failures_in_the_windows_language() {
        let too_large = ExportError::TooLarge {
            width: 40_000,
            height: 30_000,
            limit: crate::export::SizeLimit::Side(32_000),
        };
        let not_utf8 = ImportError::Csv(CsvError::NotUtf8);
        let flowchart = ImportError::Mermaid(MermaidError::NotJourney {
            line: 3,
            start: "flowchart TD".into(),
        });
        let line = ImportError::Mermaid(MermaidError::Line {
            line: 4,
            message: "a task needs a score".into(),
        });
        let photo = ImageError::TooManyPixels {
            width: 20_000,
            height: 15_000,
        };
        set_thread_language("de");
        let de = export_reason(&too_large);
        assert!(de.contains("40.000 × 30.000 Pixel"), "{de}");
        assert!(de.contains("„Einige Phasen“"), "{de}");
        assert!(import_reason(&not_utf8).contains("„CSV UTF-8“"));
        // The parser's own words stay, in brackets, after the window's sentence.
        let mermaid = import_reason(&flowchart);
        assert!(
            mermaid.starts_with("Zeile 3 beginnt mit „flowchart TD“"),
            "{mermaid}"
        );
        // The parser's own words stay, in brackets, after the window's sentence.
        let line = import_reason(&line);
        assert!(
            line.starts_with("Zeile 4 ist nicht so geschrieben"),
            "{line}"
        );
        assert!(line.contains("(a task needs a score)"), "{line}");
        assert!(picture_reason(&photo).contains("12.000 × 12.000"));
        assert_eq!(
            over_what(Over::Slides(33_340)),
            "Die Präsentation hätte mindestens 33.340 Folien"
        );
        set_thread_language("ja");
        let ja = export_reason(&too_large);
        assert!(ja.contains("40,000 × 30,000 ピクセル"), "{ja}");
        assert!(ja.contains("「一部のステージ」"), "{ja}");
        assert!(!import_reason(&not_utf8).is_ascii());
        assert!(picture_reason(&photo).contains("縮小"));
        set_thread_language("en");
        assert!(export_reason(&too_large).contains("choose a smaller scale"));
        assert_eq!(
            over_what(Over::Slides(33_340)),
            "the deck would have at least 33,340 slides"
        );
    }

    #[test]
    fn restored_work_that_is_untitled_now_says_why_in_the_windows_language() {
        use crate::store::recovery::{Untied, UntiedWhy};
        let untied = Untied {
            file: "notes.txt".into(),
            why: UntiedWhy::NotAProject,
        };
        set_thread_language("en");
        assert_eq!(untied_reason(&untied), untied.to_string());
        set_thread_language("de");
        let de = untied_reason(&untied);
        assert!(de.contains("kein Waymark-Projekt"), "{de}");
        set_thread_language("ja");
        let ja = untied_reason(&untied);
        assert!(ja.contains("notes.txt") && ja.contains("無題"), "{ja}");
        set_thread_language("en");
    }

    #[test]
    fn a_clamped_mermaid_score_is_noted_in_the_windows_language() {
        use crate::interop::mermaid_import::ImportNote;
        let note = ImportNote::ScoreOutside {
            line: 4,
            task: "予約する".into(),
            score: "9".into(),
            taken: 5,
        };
        set_thread_language("en");
        assert_eq!(
            import_note(&note).replace("the task", "task"),
            note.to_string()
        );
        set_thread_language("de");
        assert!(import_note(&note).contains("Aufgabe „予約する“"));
        set_thread_language("ja");
        assert!(import_note(&note).contains("タスク「予約する」"));
        set_thread_language("en");
    }

    #[test]
    fn a_lane_that_cannot_show_cards_counts_them_in_the_windows_language() {
        let error = crate::edit::EditError::LaneHoldsCards {
            lane: "KPI".into(),
            kind: "Metrics",
            cards: 1,
        };
        set_thread_language("en");
        assert!(edit_reason(&error).contains("holds a card,"));
        set_thread_language("de");
        assert!(edit_reason(&error).contains("„KPI“ enthält eine Karte"));
        set_thread_language("ja");
        assert!(edit_reason(&error).contains("「KPI」"));
        let last = crate::edit::EditError::Refused("a project keeps at least one map".into());
        assert!(
            edit_reason(&last).contains("マップ"),
            "{}",
            edit_reason(&last)
        );
        set_thread_language("en");
    }
}

//! OS file dialogs, each run on a thread so the window keeps drawing; when one cannot be
//! shown (no XDG portal, no zenity), Waymark's own chooser stands in for it and the window
//! says why ([`DialogResult::InApp`]). `WAYMARK_FILE_DIALOG=builtin` always uses it. The
//! dialog library reports that only through `log`, so the program's logger ([`Logger`])
//! keeps its errors for the thread that showed the dialog.

use crate::ui::i18n::tr;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use super::file_chooser::{ChooserMode, Chosen, FileChooser};

/// What a finished dialog asks for.
#[derive(Debug)]
pub enum DialogResult {
    /// Save the document to this path.
    SaveAs(PathBuf),
    /// Open this file.
    Open(PathBuf),
    /// Export the current map to this file.
    Export(PathBuf),
    /// Build a new project from this CSV file.
    ImportCsv(PathBuf),
    /// Compare the map on screen with this project file.
    Compare(PathBuf),
    /// Put this picture file where the inspector asked.
    Image(PathBuf, super::command::PickImage),
    /// Read metric values from this CSV into the metrics lane.
    MetricsCsv(PathBuf, crate::model::LaneId),
    /// The system's dialog could not be shown, so Waymark's own chooser is open instead;
    /// its answer comes later like any other.
    InApp {
        /// Which dialog: "Save", "Open", "Export", "Import" or "Choose a picture".
        dialog: &'static str,
        /// What the dialog library said.
        reason: String,
    },
    /// The dialog could not be shown.
    Failed {
        /// Which dialog: "Save", "Open", "Export", "Import" or "Choose a picture".
        dialog: &'static str,
        /// What the dialog library said.
        reason: String,
    },
}

thread_local! {
    /// Errors the dialog library logged on this thread since they were last taken.
    static DIALOG_ERRORS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The program's logger: env_logger's, with control characters in every message escaped
/// (a message may quote a file's names), keeping the file-dialog library's errors for
/// [`Dialogs`].
pub struct Logger {
    inner: env_logger::Logger,
}

impl Logger {
    /// Installs the logger (`RUST_LOG` filters; warnings by default). Does nothing when a
    /// logger is installed already.
    pub fn install() {
        let inner =
            env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn"))
                .build();
        let max = inner.filter().max(log::LevelFilter::Error);
        if log::set_boxed_logger(Box::new(Self { inner })).is_ok() {
            log::set_max_level(max);
        }
    }
}

fn is_dialog_error(metadata: &log::Metadata<'_>) -> bool {
    metadata.target().starts_with("rfd") && metadata.level() <= log::Level::Error
}

impl log::Log for Logger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        is_dialog_error(metadata) || self.inner.enabled(metadata)
    }

    fn log(&self, record: &log::Record<'_>) {
        let text = record.args().to_string();
        if is_dialog_error(record.metadata()) {
            DIALOG_ERRORS.with(|errors| errors.borrow_mut().push(text.clone()));
        }
        let text = crate::printable::escape_controls(&text);
        self.inner.log(
            &log::Record::builder()
                .args(format_args!("{text}"))
                .metadata(record.metadata().clone())
                .module_path(record.module_path())
                .file(record.file())
                .line(record.line())
                .build(),
        );
    }

    fn flush(&self) {
        self.inner.flush();
    }
}

/// The dialog library's errors logged on this thread, in one line, if any.
fn take_dialog_errors() -> Option<String> {
    let errors = DIALOG_ERRORS.with(|errors| std::mem::take(&mut *errors.borrow_mut()));
    (!errors.is_empty()).then(|| errors.join("; "))
}

/// Turns the chosen path into the answer of the dialog it stands in for.
type Answer = Box<dyn FnOnce(PathBuf) -> DialogResult + Send>;

/// What Waymark's own chooser shows when the system's dialog cannot be: its title, mode,
/// the file types it lists, the suggested name, and how the choice becomes an answer.
struct Fallback {
    title: &'static str,
    mode: ChooserMode,
    extensions: &'static [&'static str],
    name: String,
    answer: Answer,
}

/// At most one file dialog at a time; its answer arrives on a channel. When the system has
/// no dialog to show (no XDG portal, no zenity), Waymark's own [`FileChooser`] stands in.
#[derive(Default)]
pub struct Dialogs {
    pending: Option<Receiver<Option<DialogResult>>>,
    /// The fallback for the dialog being shown.
    fallback: Option<Fallback>,
    /// Waymark's own chooser while it is open, with how its choice becomes an answer.
    chooser: Option<(FileChooser, Answer)>,
    /// The answer the chooser gave, for the next [`Dialogs::poll`].
    ready: Option<DialogResult>,
    /// The folder the chooser was last in.
    last_folder: Option<PathBuf>,
    /// Always use Waymark's own chooser.
    builtin: bool,
    /// The open document's folder, where the chooser starts when it has not been used.
    document_folder: Option<PathBuf>,
}

/// Whether `WAYMARK_FILE_DIALOG=builtin` asks for Waymark's own chooser every time.
fn builtin_only() -> bool {
    std::env::var("WAYMARK_FILE_DIALOG").is_ok_and(|v| v == "builtin")
}

impl Dialogs {
    /// Whether a dialog is open (the system's or Waymark's own).
    pub fn is_open(&self) -> bool {
        self.pending.is_some() || self.chooser.is_some() || self.ready.is_some()
    }

    /// Uses Waymark's own chooser for every dialog from now on (`on`), or the system's
    /// where it has one.
    pub fn set_builtin(&mut self, on: bool) {
        self.builtin = on;
    }

    /// Where the open document lives, for the chooser to start there.
    pub fn set_document_folder(&mut self, folder: Option<&Path>) {
        if self.document_folder.as_deref() != folder {
            self.document_folder = folder.map(Path::to_path_buf);
        }
    }

    /// Whether Waymark's own chooser is open.
    #[cfg(feature = "test-hooks")]
    pub fn chooser_open(&self) -> bool {
        self.chooser.is_some()
    }

    /// Waymark's own chooser, while it stands in for a system dialog.
    pub fn chooser_ui(&mut self, ctx: &egui::Context) {
        let Some((chooser, _)) = &mut self.chooser else {
            return;
        };
        match chooser.ui(ctx) {
            Chosen::Pending => {}
            Chosen::Cancelled => self.chooser = None,
            Chosen::Path(path) => {
                if let Some((_, answer)) = self.chooser.take() {
                    self.last_folder = path.parent().map(Path::to_path_buf);
                    self.ready = Some(answer(path));
                }
            }
        }
    }

    /// Opens Waymark's own chooser for the dialog that could not be shown.
    fn open_chooser(&mut self) {
        let Some(f) = self.fallback.take() else {
            return;
        };
        let chooser = FileChooser::new(
            f.title,
            f.mode,
            f.extensions,
            self.last_folder
                .as_deref()
                .or(self.document_folder.as_deref()),
            &f.name,
        );
        self.chooser = Some((chooser, f.answer));
    }

    /// Shows a Save As dialog.
    pub fn save_as(&mut self, ctx: &egui::Context, suggested: &str) {
        let suggested = suggested.to_owned();
        self.fallback = Some(Fallback {
            title: tr("dialog-save-title"),
            mode: ChooserMode::Save,
            extensions: &[crate::io::EXTENSION, crate::io::LEGACY_EXTENSION],
            name: suggested.clone(),
            answer: Box::new(DialogResult::SaveAs),
        });
        self.spawn(ctx, "Save", move || {
            rfd::FileDialog::new()
                .set_title(tr("dialog-save-title"))
                .add_filter(tr("dialog-filter-project"), &[crate::io::EXTENSION])
                .set_file_name(suggested)
                .save_file()
                .map(DialogResult::SaveAs)
        });
    }

    /// Shows an Open dialog.
    pub fn open(&mut self, ctx: &egui::Context) {
        self.fallback = Some(Fallback {
            title: tr("dialog-open-title"),
            mode: ChooserMode::Open,
            extensions: &[crate::io::EXTENSION, crate::io::LEGACY_EXTENSION],
            name: String::new(),
            answer: Box::new(DialogResult::Open),
        });
        self.spawn(ctx, "Open", || {
            rfd::FileDialog::new()
                .set_title(tr("dialog-open-title"))
                .add_filter(
                    tr("dialog-filter-project"),
                    &[crate::io::EXTENSION, crate::io::LEGACY_EXTENSION],
                )
                .pick_file()
                .map(DialogResult::Open)
        });
    }

    /// Shows an Open dialog for a project file to compare the map on screen with.
    pub fn compare_file(&mut self, ctx: &egui::Context) {
        self.fallback = Some(Fallback {
            title: tr("dialog-compare-title"),
            mode: ChooserMode::Open,
            extensions: &[crate::io::EXTENSION, crate::io::LEGACY_EXTENSION],
            name: String::new(),
            answer: Box::new(DialogResult::Compare),
        });
        self.spawn(ctx, "Compare", || {
            rfd::FileDialog::new()
                .set_title(tr("dialog-compare-title"))
                .add_filter(
                    tr("dialog-filter-project"),
                    &[crate::io::EXTENSION, crate::io::LEGACY_EXTENSION],
                )
                .pick_file()
                .map(DialogResult::Compare)
        });
    }

    /// Shows an Open dialog for a PNG or JPEG picture for `target`.
    pub fn pick_image(&mut self, ctx: &egui::Context, target: super::command::PickImage) {
        let for_chooser = target.clone();
        self.fallback = Some(Fallback {
            title: tr("dialog-picture-title"),
            mode: ChooserMode::Open,
            extensions: &["png", "jpg", "jpeg"],
            name: String::new(),
            answer: Box::new(move |path| DialogResult::Image(path, for_chooser)),
        });
        self.spawn(ctx, "Choose a picture", move || {
            rfd::FileDialog::new()
                .set_title(tr("dialog-picture-title"))
                .add_filter(tr("dialog-filter-pictures"), &["png", "jpg", "jpeg"])
                .pick_file()
                .map(|path| DialogResult::Image(path, target))
        });
    }

    /// Shows an Open dialog for a CSV grid or a Mermaid journey to import.
    pub fn import_csv(&mut self, ctx: &egui::Context) {
        self.fallback = Some(Fallback {
            title: tr("dialog-import-title"),
            mode: ChooserMode::Open,
            extensions: &["csv", "mmd", "mermaid"],
            name: String::new(),
            answer: Box::new(DialogResult::ImportCsv),
        });
        self.spawn(ctx, "Import", || {
            rfd::FileDialog::new()
                .set_title(tr("dialog-import-title"))
                .add_filter(
                    tr("dialog-filter-grid-or-mermaid"),
                    &["csv", "mmd", "mermaid"],
                )
                .pick_file()
                .map(DialogResult::ImportCsv)
        });
    }

    /// Shows an Open dialog for a CSV of metric values for metrics lane `lane`.
    pub fn metrics_csv(&mut self, ctx: &egui::Context, lane: crate::model::LaneId) {
        let for_chooser = lane.clone();
        self.fallback = Some(Fallback {
            title: tr("dialog-metrics-title"),
            mode: ChooserMode::Open,
            extensions: &["csv"],
            name: String::new(),
            answer: Box::new(move |path| DialogResult::MetricsCsv(path, for_chooser)),
        });
        self.spawn(ctx, "Import", move || {
            rfd::FileDialog::new()
                .set_title(tr("dialog-metrics-title-long"))
                .add_filter("CSV", &["csv"])
                .pick_file()
                .map(|path| DialogResult::MetricsCsv(path, lane))
        });
    }

    /// Shows an Export dialog; the file name's extension picks PNG, SVG, PDF, PPTX, HTML,
    /// CSV or Mermaid.
    pub fn export(&mut self, ctx: &egui::Context, suggested: &str) {
        let suggested = suggested.to_owned();
        self.fallback = Some(Fallback {
            title: tr("export-title"),
            mode: ChooserMode::Save,
            extensions: &["png", "svg", "pdf", "pptx", "html", "csv", "mmd"],
            name: suggested.clone(),
            answer: Box::new(DialogResult::Export),
        });
        self.spawn(ctx, "Export", move || {
            rfd::FileDialog::new()
                .set_title(tr("export-title"))
                .add_filter(tr("dialog-filter-png"), &["png"])
                .add_filter(tr("dialog-filter-svg"), &["svg"])
                .add_filter(tr("dialog-filter-pdf"), &["pdf"])
                .add_filter(tr("dialog-filter-pptx"), &["pptx"])
                .add_filter(tr("dialog-filter-html"), &["html"])
                .add_filter(tr("dialog-filter-csv"), &["csv"])
                .add_filter(tr("dialog-filter-mermaid"), &["mmd"])
                .set_file_name(suggested)
                .save_file()
                .map(DialogResult::Export)
        });
    }

    /// Shows a dialog on its own thread; when it gives nothing back and the dialog
    /// library logged an error there, the answer is [`DialogResult::Failed`].
    fn spawn(
        &mut self,
        ctx: &egui::Context,
        dialog: &'static str,
        show: impl FnOnce() -> Option<DialogResult> + Send + 'static,
    ) {
        if self.pending.is_some() || self.chooser.is_some() {
            return;
        }
        if self.builtin || builtin_only() {
            self.open_chooser();
            return;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            take_dialog_errors();
            let answer = show().or_else(|| {
                take_dialog_errors().map(|reason| DialogResult::Failed { dialog, reason })
            });
            let _ = tx.send(answer);
            ctx.request_repaint();
        });
        self.pending = Some(rx);
    }

    /// The answer of the open dialog, once it is closed. A system dialog that could not
    /// be shown opens Waymark's own chooser and answers [`DialogResult::InApp`].
    pub fn poll(&mut self) -> Option<DialogResult> {
        if let Some(answer) = self.ready.take() {
            return Some(answer);
        }
        let rx = self.pending.as_ref()?;
        match rx.try_recv() {
            Ok(Some(DialogResult::Failed { dialog, reason })) if self.fallback.is_some() => {
                self.pending = None;
                self.open_chooser();
                Some(DialogResult::InApp { dialog, reason })
            }
            Ok(answer) => {
                self.pending = None;
                self.fallback = None;
                answer
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_that_cannot_be_shown_says_why() {
        Logger::install();
        let ctx = egui::Context::default();
        let mut dialogs = Dialogs::default();
        dialogs.spawn(&ctx, "Save", || {
            log::error!(target: "rfd::backend", "Failed to save file with zenity: not found");
            None
        });
        let answer = loop {
            if let Some(answer) = dialogs.poll() {
                break answer;
            }
            assert!(dialogs.is_open(), "the dialog thread answered nothing");
            std::thread::sleep(std::time::Duration::from_millis(5));
        };
        let DialogResult::Failed { dialog, reason } = answer else {
            panic!("{answer:?}")
        };
        assert_eq!(dialog, "Save");
        assert_eq!(reason, "Failed to save file with zenity: not found");
        // A dialog the user cancelled is no failure.
        dialogs.spawn(&ctx, "Open", || None);
        while dialogs.is_open() {
            assert!(dialogs.poll().is_none());
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
}

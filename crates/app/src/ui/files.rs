//! OS file dialogs, each run on a thread so the window keeps drawing; a dialog that could
//! not be shown comes back as [`DialogResult::Failed`], for the window to say so. The
//! dialog library reports that only through `log`, so the program's logger ([`Logger`])
//! keeps its errors for the thread that showed the dialog.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

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
    /// Put this picture file where the inspector asked.
    Image(PathBuf, super::inspector::PickImage),
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

/// At most one file dialog at a time; its answer arrives on a channel.
#[derive(Default)]
pub struct Dialogs {
    pending: Option<Receiver<Option<DialogResult>>>,
}

impl Dialogs {
    /// Whether a dialog is open.
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Shows a Save As dialog.
    pub fn save_as(&mut self, ctx: &egui::Context, suggested: &str) {
        let suggested = suggested.to_owned();
        self.spawn(ctx, "Save", move || {
            rfd::FileDialog::new()
                .set_title("Save journey map")
                .add_filter("Waymark project", &[crate::io::EXTENSION])
                .set_file_name(suggested)
                .save_file()
                .map(DialogResult::SaveAs)
        });
    }

    /// Shows an Open dialog.
    pub fn open(&mut self, ctx: &egui::Context) {
        self.spawn(ctx, "Open", || {
            rfd::FileDialog::new()
                .set_title("Open journey map")
                .add_filter(
                    "Waymark project",
                    &[crate::io::EXTENSION, crate::io::LEGACY_EXTENSION],
                )
                .pick_file()
                .map(DialogResult::Open)
        });
    }

    /// Shows an Open dialog for a PNG or JPEG picture for `target`.
    pub fn pick_image(&mut self, ctx: &egui::Context, target: super::inspector::PickImage) {
        self.spawn(ctx, "Choose a picture", move || {
            rfd::FileDialog::new()
                .set_title("Choose a picture")
                .add_filter("Pictures", &["png", "jpg", "jpeg"])
                .pick_file()
                .map(|path| DialogResult::Image(path, target))
        });
    }

    /// Shows an Open dialog for a CSV grid to import.
    pub fn import_csv(&mut self, ctx: &egui::Context) {
        self.spawn(ctx, "Import", || {
            rfd::FileDialog::new()
                .set_title("Import a spreadsheet grid")
                .add_filter("CSV", &["csv"])
                .pick_file()
                .map(DialogResult::ImportCsv)
        });
    }

    /// Shows an Export dialog; the file name's extension picks PNG, SVG, CSV or Mermaid.
    pub fn export(&mut self, ctx: &egui::Context, suggested: &str) {
        let suggested = suggested.to_owned();
        self.spawn(ctx, "Export", move || {
            rfd::FileDialog::new()
                .set_title("Export map")
                .add_filter("PNG image", &["png"])
                .add_filter("SVG drawing", &["svg"])
                .add_filter("CSV spreadsheet grid", &["csv"])
                .add_filter("Mermaid journey", &["mmd"])
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
        if self.pending.is_some() {
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

    /// The answer of the open dialog, once it is closed.
    pub fn poll(&mut self) -> Option<DialogResult> {
        let rx = self.pending.as_ref()?;
        match rx.try_recv() {
            Ok(answer) => {
                self.pending = None;
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

//! OS file dialogs, each run on a thread so the window keeps drawing.

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
        self.spawn(ctx, move || {
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
        self.spawn(ctx, || {
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
        self.spawn(ctx, move || {
            rfd::FileDialog::new()
                .set_title("Choose a picture")
                .add_filter("Pictures", &["png", "jpg", "jpeg"])
                .pick_file()
                .map(|path| DialogResult::Image(path, target))
        });
    }

    /// Shows an Open dialog for a CSV grid to import.
    pub fn import_csv(&mut self, ctx: &egui::Context) {
        self.spawn(ctx, || {
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
        self.spawn(ctx, move || {
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

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        show: impl FnOnce() -> Option<DialogResult> + Send + 'static,
    ) {
        if self.pending.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(show());
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

//! OS file dialogs (run on a thread so the window keeps drawing) and saving/opening
//! through the core.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use crate::edit::Editor;
use crate::io;

/// What a finished dialog asks for.
#[derive(Debug)]
pub enum DialogResult {
    /// Save the document to this path.
    SaveAs(PathBuf),
    /// Open this file.
    Open(PathBuf),
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
                .add_filter("Waymark project", &["json"])
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
                .add_filter("Waymark project", &["json"])
                .pick_file()
                .map(DialogResult::Open)
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

/// Saves the document to `path`, reads it back to make sure it parses, then marks it saved.
pub fn save(editor: &mut Editor, path: &Path) -> Result<(), String> {
    io::save_path(editor.project(), path).map_err(|e| e.to_string())?;
    match io::load_path(path) {
        Ok(back) if &back == editor.project() => {
            editor.mark_saved(path.to_owned());
            Ok(())
        }
        Ok(_) => Err(format!(
            "{} was written, but reads back differently; keep this window open and save under another name",
            path.display()
        )),
        Err(e) => Err(format!(
            "{} was written, but cannot be read back ({e}); save under another name",
            path.display()
        )),
    }
}

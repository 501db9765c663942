//! An export running on a worker thread, with its progress and a way to cancel it, so
//! the window never freezes: to a file, or as an image for the clipboard.

use crate::ui::i18n::{arg, tr, tr_args};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::export::{ExportKind, ExportOptions, Format};
use crate::model::Project;

/// Where a finished export goes.
#[derive(Clone, Debug)]
pub enum Target {
    /// Written to this file.
    File(PathBuf),
    /// Put on the clipboard as an image.
    Clipboard,
}

/// What a finished export produced.
pub enum Done {
    /// The file was written; what it could not show as it is (worded on the UI thread).
    File(PathBuf, Vec<crate::export::notes::ExportNote>),
    /// The image to put on the clipboard.
    Image(egui::ColorImage),
}

/// Why an export did not finish.
pub enum Failed {
    /// The user cancelled it.
    Cancelled,
    /// It failed: the window catalogue's message id, and the reason for its `error`
    /// argument. The message is put in words on the window's thread, in its language.
    Error(&'static str, Reason),
}

/// Why an export failed, as data until it is put in words on the window's thread.
pub enum Reason {
    /// The exporter refused or failed.
    Export(crate::export::ExportError),
    /// The file could not be written.
    Write(crate::io::SaveError),
    /// The image could not be read back for the clipboard.
    Clipboard(image::ImageError),
    /// Nothing to add.
    None,
}

impl Reason {
    /// The reason in the window's language.
    fn words(&self) -> String {
        match self {
            Reason::Export(e) => crate::ui::problems::export_reason(e),
            Reason::Write(e) => crate::ui::file_errors::save_reason(e),
            Reason::Clipboard(e) => crate::ui::problems::clipboard_reason(e),
            Reason::None => String::new(),
        }
    }
}

impl Failed {
    /// What to tell the user, in the window's language.
    pub fn message(&self) -> String {
        match self {
            Failed::Cancelled => tr("export-cancelled").to_owned(),
            Failed::Error(id, reason) => tr_args(id, &[("error", arg(reason.words()))]),
        }
    }
}

/// An export in flight.
pub struct ExportJob {
    done: Receiver<Result<Done, Failed>>,
    progress: Arc<AtomicU32>,
    cancel: Arc<AtomicBool>,
    /// What is being made, for the status bar.
    pub what: String,
}

impl ExportJob {
    /// Exports map `map` of `project` (`None`: every map, in one PPTX deck) as `kind` to
    /// `target` on a new thread.
    pub fn start(
        ctx: &egui::Context,
        project: Project,
        map: Option<usize>,
        kind: ExportKind,
        options: ExportOptions,
        target: Target,
    ) -> Self {
        let (tx, rx) = channel();
        let progress = Arc::new(AtomicU32::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let what = match &target {
            Target::File(path) => tr_args(
                "export-exporting",
                &[(
                    "name",
                    arg(path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    )),
                )],
            ),
            Target::Clipboard => tr("export-copying").to_owned(),
        };
        let (ctx, thread_progress, thread_cancel) = (ctx.clone(), progress.clone(), cancel.clone());
        std::thread::spawn(move || {
            let report = |fraction: f32| {
                thread_progress.store((fraction * 1000.0) as u32, Ordering::Relaxed);
                ctx.request_repaint();
                !thread_cancel.load(Ordering::Relaxed)
            };
            let kind = match target {
                Target::Clipboard => ExportKind::Image(Format::Png),
                Target::File(_) => kind,
            };
            let failed = |e| match e {
                crate::export::ExportError::Cancelled => Failed::Cancelled,
                e => Failed::Error("export-failed", Reason::Export(e)),
            };
            let exported = match map {
                None => {
                    crate::export::pptx::write_project(&project, &options, &report).map_err(failed)
                }
                Some(map) => project
                    .maps
                    .get(map)
                    .ok_or_else(|| Failed::Error("export-map-gone", Reason::None))
                    .and_then(|m| {
                        crate::export::export(
                            &project,
                            &crate::export::ExportRequest::new(kind, m, options).progress(&report),
                        )
                        .map_err(failed)
                    }),
            };
            let result = exported.and_then(|exported| match &target {
                Target::File(path) => crate::io::write_atomic(path, &exported.bytes)
                    .map(|()| Done::File(path.clone(), exported.notes))
                    .map_err(|e| Failed::Error("export-cannot-write", Reason::Write(e))),
                Target::Clipboard => crate::ui::convert::color_image(&exported.bytes)
                    .map(Done::Image)
                    .map_err(|e| Failed::Error("export-cannot-copy", Reason::Clipboard(e))),
            });
            let _ = tx.send(result);
            ctx.request_repaint();
        });
        Self {
            done: rx,
            progress,
            cancel,
            what,
        }
    }

    /// How far it is, from 0 to 1.
    pub fn progress(&self) -> f32 {
        self.progress.load(Ordering::Relaxed) as f32 / 1000.0
    }

    /// Asks the worker to stop at the next chance.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The result, once the export has finished.
    pub fn poll(&self) -> Option<Result<Done, Failed>> {
        match self.done.try_recv() {
            Ok(result) => Some(result),
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Some(Err(Failed::Error("export-stopped", Reason::None)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{PageSetup, PageSize};

    fn wait(job: &ExportJob) -> Result<Done, Failed> {
        loop {
            if let Some(result) = job.poll() {
                return result;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    /// Issue 30 (2): an export in the window reports its progress to the status bar, and
    /// Cancel stops it at its next page, writing nothing.
    #[test]
    fn an_export_reports_progress_and_a_cancelled_one_writes_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ctx = egui::Context::default();
        let paged = ExportOptions {
            format: Format::Pdf,
            pages: Some(PageSetup {
                size: PageSize::A4,
                portrait: false,
                fit: false,
            }),
            ..ExportOptions::default()
        };
        let sample = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
        let done = dir.path().join("sample.pdf");
        let job = ExportJob::start(
            &ctx,
            sample,
            Some(0),
            ExportKind::Image(Format::Pdf),
            paged,
            Target::File(done.clone()),
        );
        assert!(matches!(wait(&job), Ok(Done::File(..))));
        assert!((job.progress() - 1.0).abs() < 1e-6, "{}", job.progress());
        assert!(done.exists());
        // A long paged PDF (over a hundred pages), cancelled as it starts.
        let cancelled = dir.path().join("long.pdf");
        let job = ExportJob::start(
            &ctx,
            crate::generate::generate(150, 12, 1_500, 1),
            Some(0),
            ExportKind::Image(Format::Pdf),
            paged,
            Target::File(cancelled.clone()),
        );
        job.cancel();
        assert!(matches!(wait(&job), Err(Failed::Cancelled)));
        assert!(job.progress() < 1.0, "{}", job.progress());
        assert!(!cancelled.exists(), "nothing written");
    }
}

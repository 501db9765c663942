//! The window's side of the document session ([`crate::session`]): turning its effects
//! into dialogs and notifications, showing its questions as modal windows, and handing it
//! the answers of file dialogs and files dropped on the window.

use std::path::Path;

use super::WaymarkApp;
use crate::session::{Answer, Effect, Notice, Pending, Prompt, Session};
use crate::ui::command::{Commands, FileRequest};
use crate::ui::files::DialogResult;
use crate::ui::notify::{NoteAction, Notification};

impl WaymarkApp {
    /// Does `pending` now, or first asks about unsaved changes.
    pub(super) fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        let effects = self.session.request(pending);
        self.effects(Some(ctx), effects);
    }

    /// Carries out what the session asks of the window. Without a context (at start) no
    /// dialog or window command can be shown; none is asked for then.
    pub(super) fn effects(&mut self, ctx: Option<&egui::Context>, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::ChooseFileToOpen => {
                    if let Some(ctx) = ctx {
                        self.dialogs.open(ctx);
                    }
                }
                Effect::ChooseSaveLocation => {
                    if let Some(ctx) = ctx {
                        let name = self.session.suggested_name();
                        self.dialogs.save_as(ctx, &name);
                    }
                }
                Effect::CloseWindow => {
                    if let Some(ctx) = ctx {
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                }
                Effect::DocumentReplaced { keep_map } => {
                    let map = self.view.map;
                    self.view.reset();
                    if keep_map {
                        let count = self.session.editor().map_or(0, |e| e.project().maps.len());
                        self.view.map = map.min(count.saturating_sub(1));
                    }
                    self.panels.compare.reset();
                    self.panels.conflicts.open = true;
                    self.notifications.document_replaced();
                }
                Effect::Notice(notice) => self.notice(notice),
            }
        }
    }

    /// Tells the user what the session reports.
    pub(super) fn notice(&mut self, notice: Notice) {
        let note = match notice {
            Notice::Opened(path) => Notification::info(format!("Opened {}", path.display())),
            Notice::Saved(path) => Notification::until_edit(format!("Saved {}", path.display())),
            Notice::SavedWithoutBackup { path, reason } => {
                self.notifications.show(Notification::until_edit(format!(
                    "Saved {}",
                    path.display()
                )));
                Notification::error(format!(
                    "Saved, but the previous version could not be backed up: {reason}"
                ))
            }
            Notice::Reloaded(path) => Notification::info(format!("Reloaded {}", path.display())),
            Notice::NewFromTemplate(template) => {
                Notification::info(format!("New project from the {template} template"))
            }
            Notice::Imported { path, notes } => {
                if !notes.is_empty() {
                    self.notifications
                        .show(Notification::warning(notes.join(" · ")));
                }
                Notification::info(format!("Imported {}; save it as a project", path.display()))
            }
            Notice::Restored => Notification::info("Restored unsaved changes; save to keep them"),
            Notice::RestoredUntied(why) => Notification::warning(why),
            Notice::Incoming(incoming) => self.incoming_note(*incoming),
            Notice::FileGone(path) => Notification::warning(format!(
                "{} was deleted or moved away. Your map is still here: save it with Save As.",
                path.display()
            ))
            .with_action(NoteAction::SaveAs),
            Notice::DiskUnreadable { path, reason } => Notification::warning(format!(
                "{} on disk has not read as a Waymark project for 10 seconds ({reason}). Your map here is unchanged; saving writes it again.",
                path.display()
            )),
            Notice::NewerOnDisk { version } => Notification::warning(format!(
                "A colleague saved this file with a newer Waymark (format version {version}), so it is read-only here. Save a copy to keep your version."
            ))
            .with_action(NoteAction::SaveAs),
            Notice::OfferAutomatic { who } => Notification::info(format!(
                "{who} has this file open too. Save automatically, so each of you sees the other's changes within seconds?"
            ))
            .with_action(NoteAction::SaveAutomatically),
            Notice::ConflictCopy(copy) => {
                Notification::warning(format!("{}: {}", copy.offer(), file_label(&copy.path)))
                    .with_action(NoteAction::MergeCopy(copy.path))
            }
            Notice::CopyMerged { copy, incoming } => {
                let mut note = self.incoming_note(*incoming);
                note.text = format!("Merged the conflicted copy. {}", note.text);
                note.level = crate::ui::notify::Level::Warning;
                note.with_action(NoteAction::PutAwayCopy(copy))
            }
            Notice::CopyPutAway(to) => Notification::info(format!(
                "Moved the conflicted copy to the backups ({})",
                to.display()
            )),
            Notice::NoRecoveryCopy(reason) => {
                Notification::warning(format!("Cannot keep a recovery copy: {reason}"))
            }
            Notice::Failed(crate::session::SessionError::Save(
                e @ crate::store::SaveProblem::ReadOnly { .. },
            )) => Notification::error(e.to_string()).with_action(NoteAction::SaveAs),
            Notice::Failed(e) => Notification::error(e.to_string()),
        };
        self.notifications.show(note);
    }

    /// What a colleague's save (or a merged copy) brought in, in words, with Show; kept
    /// for Show. New conflicts open the conflicts panel.
    fn incoming_note(&mut self, incoming: crate::session::IncomingNotice) -> Notification {
        let crate::session::IncomingNotice {
            incoming,
            before,
            merged,
            conflicts,
        } = incoming;
        let who = incoming.who.clone();
        let cards = incoming
            .cards()
            .into_iter()
            .map(|(map, id)| (map.map(str::to_owned), id.to_owned()))
            .collect();
        let label = match &who {
            Some(who) => format!("Before {who}'s changes"),
            None => "Before the changes from disk".to_owned(),
        };
        self.panels.compare.remember_incoming(label, before, cards);
        let mut text = incoming.headline();
        if merged {
            text = format!("{text} — merged with your unsaved changes");
        }
        if conflicts > 0 {
            self.panels.conflicts.open = true;
            let s = if conflicts == 1 { "" } else { "s" };
            return Notification::warning(format!(
                "{text}. {conflicts} conflict{s} to settle: both versions are kept, pick one in the list."
            ))
            .with_action(NoteAction::ShowIncoming);
        }
        Notification::info(text).with_action(NoteAction::ShowIncoming)
    }

    /// Hands finished file dialogs and dropped files to whoever asked.
    pub(super) fn poll_dialogs(&mut self, ctx: &egui::Context, out: &mut Commands) {
        let folder = self
            .session
            .editor()
            .and_then(|e| e.path())
            .and_then(|p| p.parent());
        self.dialogs.set_document_folder(folder);
        match self.dialogs.poll() {
            Some(DialogResult::SaveAs(path)) => {
                let effects = self.session.save_as_chosen(path);
                self.effects(Some(ctx), effects);
            }
            Some(DialogResult::Open(path)) => {
                let effects = self.session.open_chosen(path);
                self.effects(Some(ctx), effects);
            }
            Some(DialogResult::Export(path)) => {
                if let Some(editor) = self.session.editor()
                    && let Err(note) = self.panels.export.export_to(ctx, editor.project(), path)
                {
                    self.notifications.show(note);
                }
            }
            Some(DialogResult::ImportCsv(path)) => self.request(
                ctx,
                Pending::Import {
                    path,
                    font: self.settings.map_font.clone(),
                },
            ),
            Some(DialogResult::Compare(path)) => {
                let label = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                self.compare_with(&path, label);
            }
            Some(DialogResult::Image(path, target)) => self.place_image(&path, target, out),
            Some(DialogResult::MetricsCsv(path, lane)) => self.apply_metrics_csv(&path, &lane, out),
            Some(DialogResult::InApp { dialog, reason }) => {
                // Nothing went wrong for the designer: say so in plain words, once, and
                // keep the system's own words for the log.
                log::info!("no system {dialog} dialog ({reason}); Waymark's own chooser instead");
                self.notifications.show(Notification::info(
                    "This computer has no system file dialog, so Waymark shows its own.",
                ));
            }
            Some(DialogResult::Failed { dialog, reason }) => {
                let unsaved = if dialog == "Save" {
                    self.session.save_as_cancelled();
                    " Nothing was saved."
                } else {
                    ""
                };
                self.show_error(format!(
                    "The {dialog} dialog could not be shown: {reason}.{unsaved}"
                ));
            }
            None => {
                if !self.dialogs.is_open() {
                    self.session.save_as_cancelled();
                }
            }
        }
        let (dropped, at) = ctx.input(|i| {
            (
                i.raw.dropped_files.first().map(|f| f.path().to_owned()),
                i.pointer.hover_pos(),
            )
        });
        match dropped {
            Some(path) if is_picture(&path) => self.drop_picture(&path, at, out),
            Some(path) => out.file(FileRequest::Open(path)),
            None => {}
        }
    }
}

/// A file's name, for messages.
fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn is_picture(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "png" | "jpg" | "jpeg"))
}

/// The heading, text and answers (with their labels) of a question.
pub(super) fn prompt_text(
    session: &Session,
    prompt: &Prompt,
) -> (String, String, Vec<(&'static str, Answer)>) {
    let name = session.file_name();
    let (heading, text) = match prompt {
        Prompt::Unsaved(pending) => {
            let verb = match pending {
                Pending::Close => "closing",
                _ => "going on",
            };
            (
                format!("Save changes to {name} before {verb}?"),
                "If you don't save, your changes will be lost.".to_owned(),
            )
        }
        Prompt::ChangedOnSave => (
            format!("{name} was changed by another program"),
            "Someone or something changed the file on disk after you opened it. Saving now would replace those changes with yours.".to_owned(),
        ),
        Prompt::ChangedOnDisk { dirty } => (
            format!("{name} changed on disk"),
            if *dirty {
                "The file on disk changed since you opened it. Reloading loses your unsaved changes here."
            } else {
                "The file on disk changed since you opened it."
            }
            .to_owned(),
        ),
        Prompt::Recover(orphan) => {
            let file = orphan.source.as_ref().map_or_else(
                || format!("the untitled project \"{}\"", orphan.title),
                |p| p.display().to_string(),
            );
            (
                "Restore unsaved changes?".to_owned(),
                format!(
                    "Waymark did not close normally. Unsaved changes to {file} from {} were kept.",
                    crate::dates::ago(orphan.written, crate::dates::now_millis())
                ),
            )
        }
    };
    let answers = prompt
        .answers()
        .iter()
        .map(|a| (answer_label(prompt, *a), *a))
        .collect();
    (heading, text, answers)
}

/// What an answer's button says for this question.
fn answer_label(prompt: &Prompt, answer: Answer) -> &'static str {
    match (prompt, answer) {
        (_, Answer::Save) => "Save",
        (Prompt::Recover(_), Answer::Discard) => "Discard",
        (_, Answer::Discard) => "Don't save",
        (_, Answer::Overwrite) => "Overwrite",
        (_, Answer::SaveAs) => "Save As…",
        (Prompt::ChangedOnSave, Answer::Reload) => "Reload from disk",
        (_, Answer::Reload) => "Reload",
        (_, Answer::Restore) => "Restore",
        (_, Answer::Later) => "Not now",
        (Prompt::ChangedOnDisk { .. }, Answer::Cancel) => "Keep this version",
        (_, Answer::Cancel) => "Cancel",
    }
}

/// Shows the session's question, if any, as a modal window; the answer is queued.
pub(super) fn prompt_ui(ctx: &egui::Context, session: &Session, out: &mut Commands) {
    let Some(prompt) = session.prompt() else {
        return;
    };
    let (heading, text, buttons) = prompt_text(session, prompt);
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("waymark-prompt")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(heading);
        ui.add_space(6.0);
        ui.label(text);
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            for (i, (label, choice)) in buttons.iter().enumerate() {
                let button = egui::Button::new(*label);
                let button = if i == 0 {
                    button.fill(ui.visuals().selection.bg_fill)
                } else {
                    button
                };
                if ui.add(button).clicked() {
                    answer = Some(*choice);
                }
            }
        });
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) && answer.is_none() {
            answer = Some(Answer::Cancel);
        }
    });
    if let Some(answer) = answer {
        out.push(crate::ui::command::AppCommand::Answer(answer));
    }
}

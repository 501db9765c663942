//! The window's side of the document session ([`crate::session`]): turning its effects
//! into dialogs and notifications, showing its questions as modal windows, and handing it
//! the answers of file dialogs and files dropped on the window.

use crate::ui::i18n::{arg, tr, tr_args};
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
            Notice::Opened(path) => {
                Notification::info(tr_args("notice-opened", &[("path", arg(path.display()))]))
            }
            Notice::Saved(path) => {
                Notification::until_edit(tr_args("notice-saved", &[("path", arg(path.display()))]))
            }
            Notice::SavedWithoutBackup { path, reason } => {
                self.notifications.show(Notification::until_edit(tr_args(
                    "notice-saved",
                    &[("path", arg(path.display()))],
                )));
                Notification::error(tr_args(
                    "notice-saved-without-backup",
                    &[("error", arg(crate::ui::problems::store_reason(&reason)))],
                ))
            }
            Notice::Reloaded(path) => {
                Notification::info(tr_args("notice-reloaded", &[("path", arg(path.display()))]))
            }
            Notice::NewFromTemplate(template) => Notification::info(tr_args(
                "notice-new-from-template",
                &[("name", arg(crate::ui::words::template_title(template)))],
            )),
            Notice::Imported { path, notes } => {
                if !notes.is_empty() {
                    let notes: Vec<String> =
                        notes.iter().map(crate::ui::problems::import_note).collect();
                    self.notifications
                        .show(Notification::warning(notes.join(" · ")));
                }
                Notification::info(tr_args("notice-imported", &[("path", arg(path.display()))]))
            }
            Notice::Restored => Notification::info(tr("notice-restored")),
            Notice::RestoredUntied(untied) => {
                Notification::warning(crate::ui::problems::untied_reason(&untied))
            }
            Notice::Incoming(incoming) => self.incoming_note(*incoming),
            Notice::FileGone(path) => Notification::warning(tr_args(
                "notice-file-gone",
                &[("path", arg(path.display()))],
            ))
            .with_action(NoteAction::SaveAs),
            Notice::DiskUnreadable { path, reason } => Notification::warning(tr_args(
                "notice-disk-unreadable",
                &[("path", arg(path.display())), ("error", arg(reason))],
            )),
            Notice::NewerOnDisk { version } => Notification::warning(tr_args(
                "notice-newer-on-disk",
                &[("version", arg(version))],
            ))
            .with_action(NoteAction::SaveAs),
            Notice::OfferAutomatic { who } => {
                Notification::info(tr_args("notice-offer-automatic", &[("name", arg(who))]))
                    .with_action(NoteAction::SaveAutomatically)
            }
            Notice::ConflictCopy(copy) => Notification::warning(format!(
                "{}: {}",
                crate::ui::words::copy_offer(&copy),
                file_label(&copy.path)
            ))
            .with_action(NoteAction::MergeCopy(copy.path)),
            Notice::CopyMerged { copy, incoming } => {
                let mut note = self.incoming_note(*incoming);
                note.text = tr_args("notice-copy-merged", &[("what", arg(&note.text))]);
                note.level = crate::ui::notify::Level::Warning;
                note.with_action(NoteAction::PutAwayCopy(copy))
            }
            Notice::CopyGone(copy) => {
                self.notifications.withdraw(|action| {
                    matches!(action, NoteAction::MergeCopy(p) | NoteAction::PutAwayCopy(p) if p == &copy)
                });
                return;
            }
            // Where it went is a path in the data folder; Compare with… lists it.
            Notice::CopyPutAway(_) => Notification::info(tr("notice-copy-put-away")),
            Notice::NoRecoveryCopy(reason) => Notification::warning(tr_args(
                "notice-no-recovery-copy",
                &[("error", arg(crate::ui::problems::store_reason(&reason)))],
            )),
            Notice::Failed(
                e @ crate::session::SessionError::Save(crate::store::SaveProblem::ReadOnly {
                    ..
                }),
            ) => Notification::error(crate::ui::words::session_error(&e))
                .with_action(NoteAction::SaveAs),
            Notice::Failed(e) => Notification::error(crate::ui::words::session_error(&e)),
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
            Some(who) => tr_args("compare-before-whose", &[("name", arg(who))]),
            None => tr("compare-before-disk").to_owned(),
        };
        self.panels.compare.remember_incoming(label, before, cards);
        let mut text = crate::ui::words::incoming_headline(&incoming);
        if merged {
            text = tr_args("notice-merged-with-unsaved", &[("what", arg(text))]);
        }
        if conflicts > 0 {
            self.panels.conflicts.open = true;
            return Notification::warning(tr_args(
                "notice-conflicts-to-settle",
                &[("what", arg(text)), ("count", conflicts.into())],
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
                self.notifications
                    .show(Notification::info(tr("notice-own-file-dialog")));
            }
            Some(DialogResult::Failed { dialog, reason }) => {
                let id = if dialog == "Save" {
                    self.session.save_as_cancelled();
                    "notice-save-dialog-failed"
                } else {
                    "notice-dialog-failed"
                };
                self.show_error(tr_args(id, &[("error", arg(reason))]));
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
            let id = match pending {
                Pending::Close => "prompt-unsaved-closing",
                _ => "prompt-unsaved-going-on",
            };
            (
                tr_args(id, &[("name", arg(&name))]),
                tr("prompt-unsaved-text").to_owned(),
            )
        }
        Prompt::ChangedOnSave => (
            tr_args("prompt-changed-on-save", &[("name", arg(&name))]),
            tr("prompt-changed-on-save-text").to_owned(),
        ),
        Prompt::ChangedOnDisk { dirty } => (
            tr_args("prompt-changed-on-disk", &[("name", arg(&name))]),
            if *dirty {
                tr("prompt-changed-on-disk-dirty-text")
            } else {
                tr("prompt-changed-on-disk-text")
            }
            .to_owned(),
        ),
        Prompt::Recover(orphan) => {
            let file = orphan.source.as_ref().map_or_else(
                || tr_args("prompt-untitled", &[("title", arg(&orphan.title))]),
                |p| p.display().to_string(),
            );
            (
                tr("prompt-recover").to_owned(),
                tr_args(
                    "prompt-recover-text",
                    &[
                        ("file", arg(file)),
                        (
                            "when",
                            arg(crate::ui::i18n::ago(
                                orphan.written,
                                crate::dates::now_millis(),
                            )),
                        ),
                    ],
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
        (_, Answer::Save) => tr("cmd-save"),
        (Prompt::Recover(_), Answer::Discard) => tr("answer-discard"),
        (_, Answer::Discard) => tr("answer-dont-save"),
        (_, Answer::Overwrite) => tr("answer-overwrite"),
        (_, Answer::SaveAs) => tr("cmd-save-as"),
        (Prompt::ChangedOnSave, Answer::Reload) => tr("answer-reload-from-disk"),
        (_, Answer::Reload) => tr("answer-reload"),
        (_, Answer::Restore) => tr("answer-restore"),
        (_, Answer::Later) => tr("answer-later"),
        (Prompt::ChangedOnDisk { .. }, Answer::Cancel) => tr("answer-keep-this-version"),
        (_, Answer::Cancel) => tr("answer-cancel"),
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

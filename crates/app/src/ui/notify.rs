//! Typed notifications and the one place that shows them. A [`Notification`] has a level,
//! its text and an optional action (Undo, Show card, Save As…). Where it appears follows
//! from what it is: errors and warnings across the top of the window (a banner that stays
//! until dismissed or replaced), news with an action in a toast over the canvas (8 s),
//! other news in the status line. Code decides by level and action, never by reading a
//! message's text.

use crate::ui::i18n::tr;
use std::time::{Duration, Instant};

use super::command::{AppCommand, Commands, UICommand};
use super::icon_button;
use super::theme::{self, Message};
use crate::model::CardId;

/// How much a notification matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// News: something happened as asked.
    Info,
    /// Worth reading: something did not go entirely as asked.
    Warning,
    /// Something failed and the user should act.
    Error,
}

/// What a notification offers to do.
#[derive(Clone, Debug, PartialEq)]
pub enum NoteAction {
    /// Undo the change it reports.
    Undo,
    /// Select this card and bring it into view.
    ShowCard(CardId),
    /// Save the document under another name.
    SaveAs,
    /// List what a colleague's save changed (compared with the version before) and
    /// select the changed cards.
    ShowIncoming,
    /// Merge this sync service's conflict copy into the document.
    MergeCopy(std::path::PathBuf),
    /// Move this merged conflict copy into the backups.
    PutAwayCopy(std::path::PathBuf),
    /// Turn on saving by itself for this file.
    SaveAutomatically,
}

/// A message for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Notification {
    /// How much it matters.
    pub level: Level,
    /// What it says (a file's name in it may hold anything: it is shown escaped).
    pub text: String,
    /// What it offers to do.
    pub action: Option<NoteAction>,
    /// It stops being true once the document changes ("Saved …").
    pub until_edit: bool,
}

impl Notification {
    /// News for the status line.
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            level: Level::Info,
            text: text.into(),
            action: None,
            until_edit: false,
        }
    }

    /// News that no longer holds after the next change ("Saved plan.waymark").
    pub fn until_edit(text: impl Into<String>) -> Self {
        Self {
            until_edit: true,
            ..Self::info(text)
        }
    }

    /// A warning across the top of the window.
    pub fn warning(text: impl Into<String>) -> Self {
        Self {
            level: Level::Warning,
            ..Self::info(text)
        }
    }

    /// An error across the top of the window.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            level: Level::Error,
            ..Self::info(text)
        }
    }

    /// The same, offering `action`.
    pub fn with_action(self, action: NoteAction) -> Self {
        Self {
            action: Some(action),
            ..self
        }
    }
}

/// How long a toast stays.
const TOAST_LIFE: Duration = Duration::from_secs(8);

/// What is shown now: one status line, one banner, one toast.
#[derive(Debug, Default)]
pub struct Notifications {
    status: Option<Notification>,
    banner: Option<Notification>,
    toast: Option<(Notification, Instant)>,
}

impl Notifications {
    /// Shows `note` where its kind belongs, replacing what was there.
    pub fn show(&mut self, note: Notification) {
        match (note.level, &note.action) {
            (Level::Warning | Level::Error, _) => self.banner = Some(note),
            (Level::Info, Some(_)) => self.toast = Some((note, Instant::now())),
            (Level::Info, None) => self.status = Some(note),
        }
    }

    /// The document changed: news that no longer holds goes.
    pub fn document_changed(&mut self) {
        if self.status.as_ref().is_some_and(|n| n.until_edit) {
            self.status = None;
        }
    }

    /// Another document is on screen: what was said about the old one goes.
    pub fn document_replaced(&mut self) {
        self.banner = None;
        self.toast = None;
    }

    /// The banner's text, if one is shown.
    pub fn banner(&self) -> Option<&Notification> {
        self.banner.as_ref()
    }

    /// The banner across the top of the window, if any, with × to dismiss it.
    pub fn banner_ui(&mut self, root: &mut egui::Ui, out: &mut Commands) {
        let Some(banner) = &self.banner else { return };
        let mut close = false;
        egui::Panel::top("banner").show(root, |ui| {
            // The × stays at the right; a long message wraps to its left.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                close = icon_button(ui, "×", tr("notice-dismiss-message")).clicked();
                if let Some(action) = &banner.action {
                    action_button(ui, action, out);
                }
                let color = theme::message(
                    ui,
                    match banner.level {
                        Level::Error => Message::Error,
                        Level::Warning => Message::Warning,
                        Level::Info => Message::Ok,
                    },
                );
                ui.with_layout(egui::Layout::left_to_right(egui::Align::TOP), |ui| {
                    let text = crate::printable::escape_controls(&banner.text);
                    ui.add(egui::Label::new(egui::RichText::new(text).color(color)).wrap());
                });
            });
        });
        if close {
            self.banner = None;
        }
    }

    /// The status line's news, for the status bar.
    pub fn status_ui(&self, ui: &mut egui::Ui) {
        if let Some(status) = &self.status {
            ui.separator();
            ui.weak(crate::printable::escape_controls(&status.text));
        }
    }

    /// The toast over the bottom of the canvas, with its action, for 8 seconds.
    pub fn toast_ui(&mut self, ctx: &egui::Context, out: &mut Commands) {
        let Some((toast, shown_at)) = &self.toast else {
            return;
        };
        let age = shown_at.elapsed();
        if age >= TOAST_LIFE {
            self.toast = None;
            return;
        }
        ctx.request_repaint_after(TOAST_LIFE - age);
        let mut close = false;
        egui::Area::new(egui::Id::unique("waymark-toast"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(-150.0, -40.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(crate::printable::escape_controls(&toast.text));
                        if let Some(action) = &toast.action {
                            close |= action_button(ui, action, out);
                        }
                        close |= icon_button(ui, "×", tr("notice-dismiss")).clicked();
                    });
                });
            });
        if close {
            self.toast = None;
        }
    }
}

/// The button of a notification's action; true when clicked (its command is queued).
fn action_button(ui: &mut egui::Ui, action: &NoteAction, out: &mut Commands) -> bool {
    let (label, command) = match action {
        NoteAction::Undo => (tr("cmd-undo"), AppCommand::Run(UICommand::Undo)),
        NoteAction::SaveAs => (tr("cmd-save-as"), AppCommand::Run(UICommand::SaveAs)),
        NoteAction::ShowIncoming => (tr("notice-show"), AppCommand::ShowIncoming),
        NoteAction::MergeCopy(path) => (tr("notice-merge-it"), AppCommand::MergeCopy(path.clone())),
        NoteAction::PutAwayCopy(path) => (
            tr("notice-put-away-copy"),
            AppCommand::PutAwayCopy(path.clone()),
        ),
        NoteAction::SaveAutomatically => (
            tr("cmd-save-automatically"),
            AppCommand::Run(UICommand::SaveAutomatically),
        ),
        NoteAction::ShowCard(card) => (
            tr("notice-show"),
            AppCommand::Select(super::Selection::Cards(vec![card.clone()])),
        ),
    };
    let clicked = ui.button(label).clicked();
    if clicked {
        let reveal = matches!(action, NoteAction::ShowCard(_));
        out.push(command);
        if reveal {
            out.push(AppCommand::View(super::canvas::ViewRequest::Reveal));
        }
    }
    clicked
}

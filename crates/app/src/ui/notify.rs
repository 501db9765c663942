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
    /// Where the banner's and the toast's action buttons were last drawn.
    buttons: ActionButtons,
}

/// Where the action buttons of the banner and the toast were drawn in the last frame
/// (window points), for the test hooks that click them.
#[derive(Clone, Copy, Debug, Default)]
pub struct ActionButtons {
    /// The banner's action button.
    pub banner: Option<egui::Rect>,
    /// The toast's action button.
    pub toast: Option<egui::Rect>,
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

    /// Takes away the banner and the toast whose action `stale` says no longer applies
    /// (a conflict copy that is gone).
    pub fn withdraw(&mut self, stale: impl Fn(&NoteAction) -> bool) {
        if self
            .banner
            .as_ref()
            .and_then(|n| n.action.as_ref())
            .is_some_and(&stale)
        {
            self.banner = None;
        }
        if self
            .toast
            .as_ref()
            .and_then(|(n, _)| n.action.as_ref())
            .is_some_and(&stale)
        {
            self.toast = None;
        }
    }

    /// The banner's text, if one is shown.
    pub fn banner(&self) -> Option<&Notification> {
        self.banner.as_ref()
    }

    /// The toast, if one is shown.
    #[cfg(feature = "test-hooks")]
    pub fn toast(&self) -> Option<&Notification> {
        self.toast.as_ref().map(|(n, _)| n)
    }

    /// Where the action buttons were drawn in the last frame.
    #[cfg(feature = "test-hooks")]
    pub fn buttons(&self) -> ActionButtons {
        self.buttons
    }

    /// The banner across the top of the window, if any, with × to dismiss it.
    pub fn banner_ui(&mut self, root: &mut egui::Ui, out: &mut Commands) {
        self.buttons.banner = None;
        let Some(banner) = &self.banner else { return };
        let mut close = false;
        let mut button = None;
        egui::Panel::top("banner").show(root, |ui| {
            // The × stays at the right; a long message wraps to its left.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                close = icon_button(ui, "×", tr("notice-dismiss-message")).clicked();
                if let Some(action) = &banner.action {
                    button = Some(action_button(ui, action, out).1);
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
        self.buttons.banner = button;
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
        self.buttons.toast = None;
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
        let mut button = None;
        egui::Area::new(egui::Id::unique("waymark-toast"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(-150.0, -40.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(crate::printable::escape_controls(&toast.text));
                        if let Some(action) = &toast.action {
                            let (clicked, rect) = action_button(ui, action, out);
                            close |= clicked;
                            button = Some(rect);
                        }
                        close |= icon_button(ui, "×", tr("notice-dismiss")).clicked();
                    });
                });
            });
        self.buttons.toast = button;
        if close {
            self.toast = None;
        }
    }
}

/// The button of a notification's action: whether it was clicked (its command is then
/// queued), and where it is.
fn action_button(ui: &mut egui::Ui, action: &NoteAction, out: &mut Commands) -> (bool, egui::Rect) {
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
    let response = ui.button(label);
    let clicked = response.clicked();
    if clicked {
        let reveal = matches!(action, NoteAction::ShowCard(_));
        out.push(command);
        if reveal {
            out.push(AppCommand::View(super::canvas::ViewRequest::Reveal));
        }
    }
    (clicked, response.rect)
}

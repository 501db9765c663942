//! A card's review notes in the inspector: each thread (author, date, text, replies) with
//! Reply, Resolve/Reopen and Delete, and a field to start a new thread. Notes are signed
//! with the author name from Settings.

use crate::edit::Action;
use crate::model::{Card, Note, Reply, now_rfc3339};
use crate::ui::Edit;
use crate::ui::command::Commands;
use crate::ui::i18n::{arg, tr, tr_args};

/// `2026-11-24T06:30:00Z` as `2026-11-24 06:30` for the panel, the day written the window
/// language's way (`24.11.2026 06:30`, `2026年11月24日 06:30`); anything else as written.
pub fn short_date(date: &str) -> String {
    match (date.get(..10), date.get(11..16)) {
        (Some(day), Some(time)) if date.len() >= 16 && date.as_bytes().get(10) == Some(&b'T') => {
            let catalogue = crate::i18n::Catalogue::for_language(crate::ui::i18n::language());
            format!("{} {time}", crate::i18n::typography::date(catalogue, day))
        }
        _ => date.to_owned(),
    }
}

/// The card's notes and a field for a new one, signed by `author`.
pub fn notes_ui(ui: &mut egui::Ui, card: &Card, author: &str, out: &mut Commands) {
    let open = card.open_notes();
    ui.label(
        egui::RichText::new(if card.notes.is_empty() {
            tr("inspector-notes").to_owned()
        } else {
            tr_args(
                "inspector-notes-open-of",
                &[("count", open.into()), ("total", card.notes.len().into())],
            )
        })
        .small()
        .strong(),
    );
    // The name colleagues see in "Also open": the author name from Settings, else this
    // computer's account name.
    let author = if author.trim().is_empty() {
        crate::store::presence::Me::current("").name
    } else {
        author.trim().to_owned()
    };
    for (i, note) in card.notes.iter().enumerate() {
        let frame = egui::Frame::group(ui.style()).inner_margin(6.0);
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(&note.author).strong());
                ui.weak(short_date(&note.date));
                if note.resolved {
                    ui.weak(tr("inspector-note-resolved"));
                }
            });
            ui.label(&note.text);
            for reply in &note.replies {
                ui.indent(("reply", &reply.id), |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(egui::RichText::new(&reply.author).strong());
                        ui.weak(short_date(&reply.date));
                    });
                    ui.label(&reply.text);
                });
            }
            let draft_id = egui::Id::unique(("note-reply", &card.id, &note.id));
            let mut draft: String = ui.data(|d| d.get_temp(draft_id)).unwrap_or_default();
            let field = ui.add(
                egui::TextEdit::singleline(&mut draft)
                    .hint_text(tr("inspector-reply-hint"))
                    .desired_width(f32::INFINITY),
            );
            let submit = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let reply = ui.add_enabled(
                    !draft.trim().is_empty(),
                    egui::Button::new(tr("inspector-reply")),
                );
                if (reply.clicked() || submit) && !draft.trim().is_empty() {
                    let mut c = card.clone();
                    let id = crate::edit::ids::new_note_id(&c);
                    c.notes[i].replies.push(Reply {
                        id,
                        author: author.clone(),
                        date: now_rfc3339(),
                        text: draft.trim().to_owned(),
                        extra: Default::default(),
                    });
                    out.edit(Edit::new(Action::UpdateCard(c)));
                    draft.clear();
                }
                let label = if note.resolved {
                    tr("inspector-reopen")
                } else {
                    tr("inspector-resolve")
                };
                if ui.button(label).clicked() {
                    let mut c = card.clone();
                    c.notes[i].resolved = !note.resolved;
                    out.edit(Edit::new(Action::UpdateCard(c)));
                }
                if ui.button(tr("inspector-delete")).clicked() {
                    let mut c = card.clone();
                    c.notes.remove(i);
                    out.edit(Edit::new(Action::UpdateCard(c)));
                }
            });
            ui.data_mut(|d| d.insert_temp(draft_id, draft));
        });
    }
    let draft_id = egui::Id::unique(("note-new", &card.id));
    let mut draft: String = ui.data(|d| d.get_temp(draft_id)).unwrap_or_default();
    let caption = ui.label(
        egui::RichText::new(tr("inspector-new-note"))
            .small()
            .strong(),
    );
    let field = ui
        .add(
            egui::TextEdit::multiline(&mut draft)
                .hint_text(tr_args(
                    "inspector-new-note-hint",
                    &[("name", arg(&author))],
                ))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(caption.id);
    let submit =
        field.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter) && i.modifiers.command);
    let add = ui.add_enabled(
        !draft.trim().is_empty(),
        egui::Button::new(tr("inspector-add-note")),
    );
    if (add.clicked() || submit) && !draft.trim().is_empty() {
        let mut c = card.clone();
        c.notes.push(Note {
            id: crate::edit::ids::new_note_id(card),
            author,
            date: now_rfc3339(),
            text: draft.trim().to_owned(),
            resolved: false,
            replies: Vec::new(),
            extra: Default::default(),
        });
        out.edit(Edit::new(Action::UpdateCard(c)));
        draft.clear();
    }
    ui.data_mut(|d| d.insert_temp(draft_id, draft));
    ui.add_space(6.0);
}

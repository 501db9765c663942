//! Arrows in the inspector: a card's outgoing and incoming links with their labels, a
//! delete button and "Draw an arrow to…"; and a selected arrow on its own.

use crate::edit::Action;
use crate::model::{Card, JourneyMap, Link};
use crate::ui::Edit;
use crate::ui::command::Commands;
use crate::ui::i18n::{arg, tr, tr_args};

/// The arrows from and to `card`: their labels, deleting them, and drawing a new one.
pub fn links_ui(ui: &mut egui::Ui, map: &JourneyMap, card: &Card, out: &mut Commands) {
    let caption = ui.label(egui::RichText::new(tr("inspector-arrows")).small().strong());
    let title_of = |id: &crate::model::CardId| {
        map.card_index(id)
            .map_or_else(|| id.to_string(), |i| short(&map.cards[i].title))
    };
    for link in &map.links {
        let text = if link.from == card.id {
            format!("→ {}", title_of(&link.to))
        } else if link.to == card.id {
            format!("← {}", title_of(&link.from))
        } else {
            continue;
        };
        ui.horizontal(|ui| {
            // The title is cut to the panel (its whole text in the tooltip), leaving room
            // for the button: a long title never widens the inspector.
            let room = egui::vec2((ui.available_width() - 32.0).max(40.0), 0.0);
            ui.allocate_ui(room, |ui| ui.add(egui::Label::new(text).truncate()));
            if crate::ui::icon_button(ui, "×", tr("context-delete-arrow")).clicked() {
                out.edit(Edit::new(Action::DeleteLink {
                    from: link.from.clone(),
                    to: link.to.clone(),
                }));
            }
        });
        label_field(ui, link, out);
    }
    let mut target = None;
    egui::ComboBox::from_id_salt("link-to")
        .selected_text(tr("inspector-draw-arrow-to"))
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for other in map.cards.iter().filter(|c| c.id != card.id) {
                if ui.selectable_label(false, short(&other.title)).clicked() {
                    target = Some(other.id.clone());
                }
            }
        })
        .response
        .labelled_by(caption.id);
    if let Some(to) = target {
        out.edit(Edit::new(Action::AddLink {
            from: card.id.clone(),
            to,
        }));
    }
    ui.add_space(6.0);
}

/// The field that edits an arrow's label (a typing burst is one undo step).
fn label_field(ui: &mut egui::Ui, link: &Link, out: &mut Commands) -> egui::Response {
    let mut label = link.label.clone();
    let response = ui.add(
        egui::TextEdit::singleline(&mut label)
            .hint_text(tr("inspector-arrow-label"))
            .desired_width(f32::INFINITY),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr("inspector-arrow-label"))
    });
    if response.lost_focus() {
        out.end_typing();
    }
    if response.changed() {
        out.edit(Edit::merged(
            Action::UpdateLink(Link {
                label,
                ..link.clone()
            }),
            format!("link/{}/{}/label", link.from, link.to),
        ));
    }
    response
}

/// Where "Edit label" (the arrow's context menu) asks for the label field to take the keys.
pub fn focus_label_id() -> egui::Id {
    egui::Id::unique("waymark-focus-arrow-label")
}

/// The inspector for a selected arrow: where it goes, its label, and deleting it.
pub fn link_ui(ui: &mut egui::Ui, map: &JourneyMap, link: &Link, out: &mut Commands) {
    let title_of = |id: &crate::model::CardId| {
        map.card_index(id)
            .map_or_else(|| id.to_string(), |i| short(&map.cards[i].title))
    };
    ui.heading(tr("inspector-arrow"));
    ui.add_space(6.0);
    ui.label(tr_args(
        "inspector-arrow-from",
        &[("title", arg(title_of(&link.from)))],
    ));
    ui.label(tr_args(
        "inspector-arrow-to",
        &[("title", arg(title_of(&link.to)))],
    ));
    ui.add_space(6.0);
    ui.label(egui::RichText::new(tr("inspector-label")).small().strong());
    let field = label_field(ui, link, out);
    if ui.data_mut(|d| d.remove_temp::<bool>(focus_label_id()).unwrap_or(false)) {
        field.request_focus();
    }
    ui.separator();
    if ui.button(tr("context-delete-arrow")).clicked() {
        out.edit(Edit::new(Action::DeleteLink {
            from: link.from.clone(),
            to: link.to.clone(),
        }));
        out.select(crate::ui::Selection::None);
    }
}

fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > 40 {
        format!("{}…", line.chars().take(39).collect::<String>())
    } else {
        line.to_owned()
    }
}

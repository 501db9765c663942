//! A card's arrows in the inspector: each outgoing and incoming link with its label, a
//! delete button, and "Draw an arrow to…".

use super::InspectorOut;
use crate::edit::Action;
use crate::model::{Card, JourneyMap, Link};
use crate::ui::Edit;

/// The arrows from and to `card`: their labels, deleting them, and drawing a new one.
pub fn links_ui(ui: &mut egui::Ui, map: &JourneyMap, card: &Card, out: &mut InspectorOut) {
    let caption = ui.label(egui::RichText::new("Arrows").small().strong());
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
            ui.label(text);
            if crate::ui::icon_button(ui, "×", "Delete arrow").clicked() {
                out.edits.push(Edit::new(Action::DeleteLink {
                    from: link.from.clone(),
                    to: link.to.clone(),
                }));
            }
        });
        let mut label = link.label.clone();
        let response = ui.add(
            egui::TextEdit::singleline(&mut label)
                .hint_text("Arrow label")
                .desired_width(f32::INFINITY),
        );
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Arrow label"));
        if response.lost_focus() {
            out.end_merge = true;
        }
        if response.changed() {
            out.edits.push(Edit::merged(
                Action::UpdateLink(Link {
                    label,
                    ..link.clone()
                }),
                format!("link/{}/{}/label", link.from, link.to),
            ));
        }
    }
    let mut target = None;
    egui::ComboBox::from_id_salt("link-to")
        .selected_text("Draw an arrow to…")
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
        out.edits.push(Edit::new(Action::AddLink {
            from: card.id.clone(),
            to,
        }));
    }
    ui.add_space(6.0);
}

fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > 40 {
        format!("{}…", line.chars().take(39).collect::<String>())
    } else {
        line.to_owned()
    }
}

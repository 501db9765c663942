//! Icons in the inspector: the project's own channels in the project section, each with
//! its icon (a click opens the icon picker), its name and a delete button (which takes
//! the channel off its cards in the same undo step), and a button that adds one; and a
//! card's own icon, drawn before its title.

use crate::edit::Action;
use crate::model::{Card, Project};
use crate::ui::Edit;
use crate::ui::command::Commands;
use crate::ui::i18n::{tr, tr_args};
use crate::ui::icon_picker::{icon_button, picker};

/// Draws the project's channels.
pub(super) fn channels_ui(ui: &mut egui::Ui, project: &Project, out: &mut Commands) {
    ui.heading(tr("inspector-channels"));
    ui.weak(tr("inspector-channels-hint"));
    ui.add_space(4.0);
    for channel in &project.channels {
        let open_id = ui.make_persistent_id(("channel-picker-open", channel.id.as_str()));
        let mut open: bool = ui.data_mut(|d| d.get_temp(open_id).unwrap_or(false));
        let mut opened = false;
        ui.push_id(channel.id.as_str(), |ui| {
            ui.horizontal(|ui| {
                let label = if channel.icon.is_empty() {
                    tr("inspector-channel-pick-icon").to_owned()
                } else {
                    tr_args(
                        "inspector-channel-icon",
                        &[("icon", channel.icon.clone().into())],
                    )
                };
                if icon_button(ui, &channel.icon, &label, open).clicked() {
                    open = !open;
                    opened = open;
                }
                let mut name = channel.name.clone();
                let field = ui.add(
                    egui::TextEdit::singleline(&mut name)
                        .hint_text(tr("inspector-channel-name"))
                        .desired_width(ui.available_width() - 40.0),
                );
                let field_name = tr("inspector-channel-name");
                field.widget_info(|| {
                    egui::WidgetInfo::text_edit(true, &channel.name, &channel.name, field_name)
                });
                if field.changed() {
                    let mut c = channel.clone();
                    c.name = name;
                    out.edit(Edit::merged(
                        Action::UpdateChannel(c),
                        format!("channel/{}/name", channel.id),
                    ));
                }
                if field.lost_focus() {
                    out.end_typing();
                }
                let delete = ui
                    .button("🗑")
                    .on_hover_text(tr("inspector-delete-channel-tip"));
                let delete_label = tr("inspector-delete-channel");
                delete.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, delete_label)
                });
                if delete.clicked() {
                    out.edit(Edit::new(Action::DeleteChannel(channel.id.clone())));
                }
            });
            if open && let Some(icon) = picker(ui, channel.id.as_str(), &channel.icon, opened) {
                let mut c = channel.clone();
                c.icon = icon.to_owned();
                out.edit(Edit::new(Action::UpdateChannel(c)));
                open = false;
            }
        });
        ui.data_mut(|d| d.insert_temp(open_id, open));
    }
    if ui.button(tr("inspector-add-channel")).clicked() {
        out.edit(Edit::new(Action::AddChannel {
            name: tr("inspector-new-channel").to_owned(),
            icon: String::new(),
        }));
    }
    ui.add_space(6.0);
}

/// A card's icon: a button showing it (a click opens the picker) and one that takes it
/// off. Each change is one undo step.
pub(super) fn card_icon_ui(ui: &mut egui::Ui, card: &Card, out: &mut Commands) {
    let open_id = ui.make_persistent_id(("card-icon-picker-open", card.id.as_str()));
    let mut open: bool = ui.data_mut(|d| d.get_temp(open_id).unwrap_or(false));
    let mut opened = false;
    // One row (caption, icon, No icon), so the notes below keep their place.
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(tr("inspector-card-icon"))
                .small()
                .strong(),
        );
        let label = if card.icon.is_empty() {
            tr("inspector-card-pick-icon").to_owned()
        } else {
            tr_args(
                "inspector-card-icon-named",
                &[("icon", card.icon.clone().into())],
            )
        };
        if icon_button(ui, &card.icon, &label, open).clicked() {
            open = !open;
            opened = open;
        }
        if !card.icon.is_empty() && ui.button(tr("inspector-card-no-icon")).clicked() {
            let mut c = card.clone();
            c.icon.clear();
            out.edit(Edit::new(Action::UpdateCard(c)));
        }
    });
    if open && let Some(icon) = picker(ui, card.id.as_str(), &card.icon, opened) {
        let mut c = card.clone();
        c.icon = icon.to_owned();
        out.edit(Edit::new(Action::UpdateCard(c)));
        open = false;
    }
    ui.data_mut(|d| d.insert_temp(open_id, open));
    ui.add_space(4.0);
}

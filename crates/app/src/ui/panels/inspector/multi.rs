//! The inspector for several selected cards: colour, channel, flags, tags and owner set
//! on all of them at once (one undo step per change; a typing burst is one step), plus
//! duplicate and delete. A field the cards disagree on shows "Mixed".

use super::{swatches_ui, text_field};
use crate::edit::Action;
use crate::model::{Card, CardFlag, CardId, JourneyMap, Project};
use crate::ui::command::Commands;
use crate::ui::i18n::{tr, tr_args};
use crate::ui::words::{Word as _, channel_choices, channel_name};
use crate::ui::{AfterEdit, Edit, Selection};

/// The one value every card has, if they agree.
fn common<T: PartialEq + Clone>(cards: &[&Card], value: impl Fn(&Card) -> T) -> Option<T> {
    let first = value(cards.first()?);
    cards.iter().all(|c| value(c) == first).then_some(first)
}

/// One undo step for a change to every card: `change` makes each card's new value.
fn change_all(out: &mut Commands, cards: &[&Card], key: &str, change: impl Fn(&mut Card)) {
    for card in cards {
        let mut changed = (*card).clone();
        change(&mut changed);
        out.edit(Edit::merged(Action::UpdateCard(changed), key.to_owned()));
    }
}

/// Draws the inspector for the cards `ids` of `map`.
pub(super) fn cards_ui(
    ui: &mut egui::Ui,
    project: &Project,
    map: &JourneyMap,
    ids: &[CardId],
    out: &mut Commands,
) {
    let cards: Vec<&Card> = ids
        .iter()
        .filter_map(|id| map.card_index(id).map(|i| &map.cards[i]))
        .collect();
    ui.heading(tr_args(
        "inspector-n-cards",
        &[("count", cards.len().into())],
    ));
    ui.weak(tr("inspector-applies-to-all"));
    ui.add_space(8.0);
    // Keys unique to this selection and frame: each pick is its own undo step, a typing
    // burst in one field is one.
    let selection = ids.iter().map(CardId::as_str).collect::<Vec<_>>().join(",");
    let key = |field: &str| format!("cards/{selection}/{field}");
    let stamp = ui.ctx().cumulative_frame_nr();

    let colour = common(&cards, |c| c.color);
    if let Some(picked) = swatches_ui(ui, tr("context-colour"), colour.flatten()) {
        change_all(out, &cards, &format!("{}/{stamp}", key("colour")), |c| {
            c.color = picked;
        });
    }

    ui.label(
        egui::RichText::new(tr("inspector-channel"))
            .small()
            .strong(),
    );
    let channel = common(&cards, |c| c.channel.clone());
    let shown = match &channel {
        Some(Some(ch)) => channel_name(ch, &project.channels),
        Some(None) => tr("inspector-none").to_owned(),
        None => tr("inspector-mixed").to_owned(),
    };
    let mut picked = None;
    egui::ComboBox::from_id_salt("cards-channel")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(channel == Some(None), tr("inspector-none"))
                .clicked()
            {
                picked = Some(None);
            }
            for (ch, name) in channel_choices(&project.channels) {
                let current = channel.as_ref().is_some_and(|c| c.as_ref() == Some(&ch));
                let item = ui.selectable_label(current, name);
                if current {
                    crate::ui::scroll_to_current(ui, &item);
                }
                if item.clicked() {
                    picked = Some(Some(ch));
                }
            }
        });
    if let Some(ch) = picked {
        change_all(out, &cards, &format!("{}/{stamp}", key("channel")), |c| {
            c.channel = ch.clone();
        });
    }
    ui.add_space(6.0);

    ui.label(egui::RichText::new(tr("inspector-flags")).small().strong());
    ui.horizontal_wrapped(|ui| {
        for flag in CardFlag::ALL {
            let all = cards.iter().all(|c| c.flags.contains(&flag));
            let some = cards.iter().any(|c| c.flags.contains(&flag));
            let mut on = all;
            let response =
                ui.add(egui::Checkbox::new(&mut on, flag.word()).indeterminate(some && !all));
            if response.changed() {
                change_all(out, &cards, &format!("{}/{stamp}", key("flags")), |c| {
                    c.flags.retain(|f| *f != flag);
                    if on {
                        c.flags.push(flag);
                    }
                });
            }
        }
    });
    ui.add_space(6.0);

    let mut tags = common(&cards, |c| c.tags.join(", ")).unwrap_or_default();
    let mixed_tags = common(&cards, |c| c.tags.clone()).is_none();
    if mixed_tags {
        ui.weak(tr("inspector-tags-differ"));
    }
    if text_field(ui, tr("inspector-tags"), &mut tags, false, out) {
        let list: Vec<String> = tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        change_all(out, &cards, &key("tags"), |c| c.tags = list.clone());
    }
    let mut owner = common(&cards, |c| c.owner.clone()).unwrap_or_default();
    if common(&cards, |c| c.owner.clone()).is_none() {
        ui.weak(tr("inspector-owners-differ"));
    }
    if text_field(ui, tr("inspector-owner"), &mut owner, false, out) {
        change_all(out, &cards, &key("owner"), |c| c.owner = owner.clone());
    }

    ui.separator();
    ui.horizontal(|ui| {
        if ui.button(tr("cmd-duplicate")).clicked() {
            out.edit(Edit::then(
                Action::DuplicateCards(ids.to_vec()),
                AfterEdit::SelectCreated,
            ));
        }
        if ui.button(tr("inspector-delete")).clicked() {
            out.edit(Edit::new(Action::DeleteCards(ids.to_vec())));
            out.select(Selection::None);
        }
    });
}

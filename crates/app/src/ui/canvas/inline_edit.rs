//! Editing a card's title in place: a text field over the card's title lines, at the
//! zoom's size; Enter commits (one undo step), Escape cancels.

use egui::emath::TSTransform;
use egui::{Key, Rect, pos2};

use super::CanvasState;
use crate::edit::Action;
use crate::layout::MapLayout;
use crate::model::{CardId, JourneyMap};
use crate::ui::Edit;

/// A card title being edited in place.
#[derive(Clone, Debug, PartialEq)]
pub struct InlineEdit {
    /// The card.
    pub card: CardId,
    /// The text so far.
    pub text: String,
    focused: bool,
}

impl InlineEdit {
    /// Starts editing `card` whose title is `text`.
    pub fn new(card: CardId, text: String) -> Self {
        Self {
            card,
            text,
            focused: false,
        }
    }
}

/// The text field over a card while its title is edited; Enter commits, Escape cancels.
pub(super) fn inline_edit_ui(
    ui: &mut egui::Ui,
    state: &mut CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
    t: TSTransform,
    edits: &mut Vec<Edit>,
) {
    let Some(editing) = &mut state.editing else {
        return;
    };
    let Some(index) = map.card_index(&editing.card) else {
        state.editing = None;
        return;
    };
    let Some(b) = layout.card_box(index) else {
        return;
    };
    let title_rect = b.title.iter().fold(Rect::NOTHING, |r, l| r.union(l.rect()));
    let rect = if title_rect.is_finite() && title_rect.is_positive() {
        Rect::from_min_max(
            pos2(b.rect.left() + 4.0, title_rect.top() - 4.0),
            pos2(b.rect.right() - 4.0, title_rect.bottom() + 4.0),
        )
    } else {
        b.rect.shrink(4.0)
    };
    let size = crate::layout::metrics::CARD_TITLE.size * t.scaling;
    let edit = egui::TextEdit::multiline(&mut editing.text)
        .id_salt("inline-title")
        .font(egui::FontId::new(
            size,
            crate::ui::font_family(crate::fonts::Weight::SemiBold),
        ))
        .hint_text("Card title")
        .return_key(None)
        .desired_rows(b.title.len().max(1))
        .desired_width((t * rect).width());
    let response = ui.put(t * rect, edit);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Card title"));
    if !editing.focused {
        response.request_focus();
        editing.focused = true;
    }
    let (escape, enter) = ui.input(|i| {
        (
            i.key_pressed(Key::Escape),
            i.key_pressed(Key::Enter) && !i.modifiers.shift,
        )
    });
    if escape {
        state.editing = None;
    } else if response.lost_focus() || (enter && response.has_focus()) {
        let text = editing.text.trim().to_owned();
        if let Some(card) = map.cards.get(index) {
            edits.push(Edit::new(Action::UpdateCard(crate::model::Card {
                title: text,
                ..card.clone()
            })));
        }
        state.editing = None;
    }
}

//! Editing in place: a card's title over its title lines, or a stage's or lane's name over
//! its header, at the zoom's size. The caret starts at the end; Enter commits (one undo
//! step), Escape cancels.

use crate::ui::i18n::tr;
use egui::emath::TSTransform;
use egui::text::{CCursor, CCursorRange};
use egui::{Key, Rect, pos2};

use super::CanvasState;
use crate::edit::Action;
use crate::layout::{MapLayout, metrics};
use crate::model::{CardId, HeaderId, JourneyMap};
use crate::ui::Edit;
use crate::ui::command::Commands;

/// What is being edited in place.
#[derive(Clone, Debug, PartialEq)]
pub enum EditTarget {
    /// A card's title.
    Card(CardId),
    /// A stage's or lane's name.
    Header(HeaderId),
}

/// A title or name being edited in place.
#[derive(Clone, Debug, PartialEq)]
pub struct InlineEdit {
    /// What is edited.
    pub target: EditTarget,
    /// The text so far.
    pub text: String,
    focused: bool,
}

impl InlineEdit {
    /// Starts editing the title of `card`, which is `text`.
    pub fn new(card: CardId, text: String) -> Self {
        Self::of(EditTarget::Card(card), text)
    }

    /// Starts editing `target`, whose text is `text`.
    pub fn of(target: EditTarget, text: String) -> Self {
        Self {
            target,
            text,
            focused: false,
        }
    }

    /// The card whose title is edited, if it is a card.
    pub fn card(&self) -> Option<&CardId> {
        match &self.target {
            EditTarget::Card(id) => Some(id),
            EditTarget::Header(_) => None,
        }
    }
}

/// The text field over what is edited; Enter commits, Escape cancels.
pub(super) fn inline_edit_ui(
    ui: &mut egui::Ui,
    state: &mut CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
    t: TSTransform,
    stick: egui::Vec2,
    out: &mut Commands,
) {
    let Some(editing) = &mut state.editing else {
        return;
    };
    let Some((rect, rows, label)) = place(editing, map, layout, stick) else {
        state.editing = None;
        return;
    };
    let style = match editing.target {
        EditTarget::Card(_) => metrics::CARD_TITLE,
        EditTarget::Header(HeaderId::Stage(_)) => metrics::STAGE_NAME,
        EditTarget::Header(HeaderId::Lane(_)) => metrics::LANE_NAME,
    };
    let size = style.size * t.scaling;
    let id = ui.make_persistent_id("inline-title");
    let edit = egui::TextEdit::multiline(&mut editing.text)
        .id(id)
        .font(egui::FontId::new(
            size,
            crate::ui::font_family(crate::fonts::Weight::SemiBold),
        ))
        .hint_text(label)
        .return_key(None)
        .desired_rows(rows)
        .desired_width((t * rect).width());
    let response = ui.put(t * rect, edit);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    if !editing.focused {
        response.request_focus();
        // A card's caret goes after the last character, as in every text editor; a
        // header's name is selected whole, so typing replaces "New stage".
        if let Some(mut text_state) = egui::TextEdit::load_state(ui.ctx(), id) {
            let end = CCursor::new(editing.text.chars().count());
            let range = match editing.target {
                EditTarget::Card(_) => CCursorRange::one(end),
                EditTarget::Header(_) => CCursorRange::two(CCursor::new(0), end),
            };
            text_state.cursor.set_char_range(Some(range));
            text_state.store(ui.ctx(), id);
        }
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
        if let Some(edit) = commit(editing, map) {
            out.edit(edit);
        }
        state.editing = None;
    }
}

/// Where the field goes (world), how many rows it starts with, and its label; `None` when
/// the target is gone.
fn place(
    editing: &InlineEdit,
    map: &JourneyMap,
    layout: &MapLayout,
    stick: egui::Vec2,
) -> Option<(Rect, usize, &'static str)> {
    match &editing.target {
        EditTarget::Card(id) => {
            let b = layout.card_box(map.card_index(id)?)?;
            let title = b.title.iter().fold(Rect::NOTHING, |r, l| r.union(l.rect()));
            // An emotion point's box is its small marker: edit in a card-wide field.
            let width = b
                .rect
                .width()
                .max(metrics::STAGE_WIDTH - 2.0 * metrics::CELL_PAD);
            // Centred on the card, but kept inside its cell.
            let cell = layout.cells.get(b.cell).map_or(b.rect, |c| c.rect);
            let left = (b.rect.center().x - width / 2.0)
                .min(cell.right() - width)
                .max(cell.left());
            let rect = if title.is_finite() && title.is_positive() {
                Rect::from_min_max(
                    pos2(left + 4.0, title.top() - 4.0),
                    pos2(left + width - 4.0, title.bottom() + 4.0),
                )
            } else {
                Rect::from_min_size(
                    pos2(left + 4.0, b.rect.top() + 4.0),
                    egui::vec2(width - 8.0, 28.0),
                )
            };
            Some((rect, b.title.len().max(1), tr("canvas-card-title")))
        }
        EditTarget::Header(header) => {
            let index = map.header_index(header)?;
            let (rect, label) = match header {
                HeaderId::Stage(_) => (
                    layout
                        .stages
                        .get(index)?
                        .rect
                        .translate(egui::vec2(0.0, stick.y)),
                    tr("canvas-stage-name"),
                ),
                HeaderId::Lane(_) => (
                    layout
                        .lanes
                        .get(index)?
                        .rect
                        .translate(egui::vec2(stick.x, 0.0)),
                    tr("canvas-lane-name"),
                ),
            };
            Some((rect.shrink(6.0), 1, label))
        }
    }
}

/// The edit that saves what was typed, if anything changed.
fn commit(editing: &InlineEdit, map: &JourneyMap) -> Option<Edit> {
    let text = editing.text.trim().to_owned();
    let action = match &editing.target {
        EditTarget::Card(id) => {
            let card = map.cards.get(map.card_index(id)?)?;
            (card.title != text).then(|| {
                Action::UpdateCard(crate::model::Card {
                    title: text,
                    ..card.clone()
                })
            })
        }
        // A stage or lane keeps a name: an emptied field changes nothing.
        EditTarget::Header(id) => {
            let header = map.header(id)?;
            (!text.is_empty() && header.name() != text)
                .then(|| Action::UpdateHeader(header.renamed(text)))
        }
    };
    action.map(Edit::new)
}

//! The canvas for assistive technologies (AccessKit). A card's node is named by its title
//! and described by where it is and what it carries ("Consideration, Customer actions,
//! pain point, 2 notes"); each cell and arrow on screen is a node of its own; the selected
//! thing is marked selected and is the canvas's active descendant, so a screen reader
//! announces what the arrow keys reach while the focus stays on the canvas. Nodes are made
//! only while an assistive technology listens.

use egui::emath::TSTransform;
use egui::{Rect, Sense};

use crate::layout::{ChipIcon, MapLayout};
use crate::model::{Card, ChannelRef, JourneyMap};
use crate::ui::Selection;
use crate::ui::i18n::{arg, tr, tr_args};
use crate::ui::words::Word as _;

/// At most this many cells and arrows on screen get a node each (a fitted large map has
/// thousands; the keyboard's selection always has one).
const NODES_LIMIT: usize = 1_000;

/// Whether an assistive technology listens (egui builds the tree only then).
pub(super) fn listening(ui: &egui::Ui) -> bool {
    ui.ctx()
        .accesskit_node_builder(super::canvas_id(), |_| ())
        .is_some()
}

/// The id of the card widget for `card` (shared by the card's widget and the canvas's
/// active descendant).
pub(super) fn card_id(ui: &egui::Ui, card: &Card) -> egui::Id {
    ui.make_persistent_id(("card", &card.id))
}

fn cell_id(lane: usize, stage: usize) -> egui::Id {
    egui::Id::unique(("waymark-cell", lane, stage))
}

fn link_id(link: usize) -> egui::Id {
    egui::Id::unique(("waymark-arrow", link))
}

/// Describes the card widget `id` of card `index`: its stage and lane, flags, channel,
/// feeling, notes; and whether it is selected.
pub(super) fn describe_card(
    ui: &egui::Ui,
    id: egui::Id,
    (map, layout): (&JourneyMap, &MapLayout),
    index: usize,
    selected: bool,
) {
    let Some(card) = map.cards.get(index) else {
        return;
    };
    let mut parts = Vec::new();
    if let Some(stage) = map.stage_index(&card.stage).map(|s| &map.stages[s]) {
        parts.push(stage.name.clone());
    }
    if let Some(lane) = map.lane_index(&card.lane).map(|l| &map.lanes[l]) {
        parts.push(lane.name.clone());
    }
    parts.extend(card.flags.iter().map(|f| f.word().to_owned()));
    match &card.channel {
        Some(ChannelRef::Builtin(channel)) => parts.push(channel.word().to_owned()),
        // A project channel: the name its chip shows.
        Some(ChannelRef::Custom(id)) => parts.push(
            layout
                .card_box(index)
                .and_then(|b| {
                    b.chips
                        .iter()
                        .find(|c| c.icon.is_some_and(|i| !matches!(i, ChipIcon::Channel(_))))
                })
                .map_or_else(|| id.to_string(), |c| c.label.text.to_string()),
        ),
        None => {}
    }
    let scores: Vec<String> = layout
        .curves
        .iter()
        .filter_map(|c| c.points.iter().find(|p| p.card == index))
        .filter_map(|p| p.score)
        .map(|s| format!("{s:+}"))
        .collect();
    if !scores.is_empty() {
        parts.push(tr_args(
            "a11y-feeling",
            &[("scores", arg(scores.join(", ")))],
        ));
    }
    if !card.notes.is_empty() {
        parts.push(tr_args(
            "a11y-notes",
            &[("count", (card.notes.len() as u64).into())],
        ));
    }
    let description = parts.join(", ");
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_description(description);
        if selected {
            node.set_selected(true);
        }
    });
}

/// A node for each cell on screen ("Pain points, Awareness", described as empty or by its
/// number of cards) and for each arrow ("Arrow from … to …" and its label); none of them
/// takes the pointer from the canvas.
pub(super) fn cells_and_arrows_ui(
    ui: &egui::Ui,
    (map, layout): (&JourneyMap, &MapLayout),
    t: TSTransform,
    visible_world: Rect,
    selection: &Selection,
) {
    let selected_cell = match selection {
        Selection::Cell { lane, stage } => map.lane_index(lane).zip(map.stage_index(stage)),
        _ => None,
    };
    // How many cards each cell holds, in one pass (a scan per cell is cells × cards).
    let mut counts = vec![0_u64; layout.cells.len()];
    for b in &layout.cards {
        if let Some(n) = counts.get_mut(b.cell) {
            *n += 1;
        }
    }
    let cells = layout
        .cells
        .iter()
        .zip(&counts)
        .filter(|(c, _)| map.lanes.get(c.lane).is_some_and(|l| l.kind.shows_cards()))
        .filter(|(c, _)| {
            c.rect.intersects(visible_world) || Some((c.lane, c.stage)) == selected_cell
        })
        .take(NODES_LIMIT);
    for (cell, &count) in cells {
        let (Some(lane), Some(stage)) = (map.lanes.get(cell.lane), map.stages.get(cell.stage))
        else {
            continue;
        };
        let id = cell_id(cell.lane, cell.stage);
        let response = ui.interact(t * cell.rect, id, Sense::hover());
        let name = tr_args(
            "a11y-cell",
            &[("lane", arg(&lane.name)), ("stage", arg(&stage.name))],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, &name));
        let description = tr_args("a11y-cell-cards", &[("count", count.into())]);
        let selected = selected_cell == Some((cell.lane, cell.stage));
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_description(description);
            if selected {
                node.set_selected(true);
            }
        });
    }
    let title = |id: &crate::model::CardId| {
        map.card_index(id)
            .and_then(|i| map.cards.get(i))
            .map_or_else(
                || tr("canvas-untitled-card").to_owned(),
                |c| c.title.clone(),
            )
    };
    let arrows = layout
        .links
        .iter()
        .map(|path| (path, Rect::from_points(&path.bezier)))
        .filter(|(_, rect)| rect.intersects(visible_world))
        .take(NODES_LIMIT);
    for (path, rect) in arrows {
        let Some(link) = map.links.get(path.link) else {
            continue;
        };
        let id = link_id(path.link);
        let response = ui.interact(t * rect, id, Sense::hover());
        let name = tr_args(
            "a11y-arrow",
            &[
                ("from", arg(title(&link.from))),
                ("to", arg(title(&link.to))),
            ],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &name));
        let label = link.label.clone();
        let selected = matches!(selection, Selection::Link { from, to } if *from == link.from && *to == link.to);
        ui.ctx().accesskit_node_builder(id, |node| {
            if !label.is_empty() {
                node.set_description(label);
            }
            if selected {
                node.set_selected(true);
            }
        });
    }
}

/// Names the selected card, cell, header or arrow as the canvas's active descendant.
pub(super) fn active_descendant(
    ui: &egui::Ui,
    (map, layout): (&JourneyMap, &MapLayout),
    selection: &Selection,
    header_id: impl Fn(&crate::model::HeaderId) -> egui::Id,
) {
    let id = match selection {
        Selection::Cards(ids) => ids
            .last()
            .and_then(|id| map.card_index(id))
            .and_then(|i| map.cards.get(i))
            .map(|card| card_id(ui, card)),
        Selection::Cell { lane, stage } => map
            .lane_index(lane)
            .zip(map.stage_index(stage))
            .map(|(l, s)| cell_id(l, s)),
        Selection::Stage(_) | Selection::Lane(_) => selection.header().map(|h| header_id(&h)),
        Selection::Link { from, to } => map
            .links
            .iter()
            .position(|l| &l.from == from && &l.to == to)
            .filter(|i| layout.links.iter().any(|p| p.link == *i))
            .map(link_id),
        Selection::None => None,
    };
    let Some(id) = id else { return };
    // Only a node that exists this frame can be pointed at.
    if ui.ctx().has_accesskit_node(id) {
        ui.ctx().accesskit_node_builder(super::canvas_id(), |node| {
            node.set_active_descendant(id.accesskit_id());
        });
    }
}

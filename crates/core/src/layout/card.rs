//! One card (or one text block of a text lane) laid out in its cell: chips (the map it
//! opens, channel, flags, tags), the storyboard picture, title and body.

use emath::{Rect, pos2, vec2};

use super::chips::{CHIP_HEIGHT, channel_fill, channel_label, chip, flag_fill, tag_fill};
use super::metrics::*;
use super::text::{Shaper, place};
use super::{CardBox, CardLook, ChipIcon};
use crate::model::{Card, CustomChannel, LaneKind};
use crate::palette::{self, Rgba};

/// Lays out one card (or one text block) with its top-left at (`x`, `y`).
#[allow(
    clippy::too_many_arguments,
    reason = "a flat helper reads better than a struct here"
)]
pub(super) fn card_box(
    card: &Card,
    card_index: usize,
    cell: usize,
    kind: LaneKind,
    lane_fill: Rgba,
    x: f32,
    y: f32,
    opens: Option<&str>,
    channels: &[CustomChannel],
    measure: &Shaper<'_>,
) -> CardBox {
    let width = STAGE_WIDTH - 2.0 * CELL_PAD;
    let inner = width - 2.0 * CARD_PAD_X;
    let text_x = x + CARD_PAD_X;
    let look = if kind == LaneKind::Text {
        CardLook::Text
    } else {
        CardLook::Card
    };
    let (title_style, body_style, pad_y) = match look {
        CardLook::Text => (TEXT_TITLE, TEXT_BODY, 2.0),
        _ => (CARD_TITLE, CARD_BODY, CARD_PAD_Y),
    };
    let mut cy = y + pad_y;
    let mut chips = Vec::new();
    let mut labels: Vec<(String, Rgba, Option<ChipIcon>)> = Vec::new();
    // A sub-journey's chip comes first: "↗ Check-in".
    if let Some(name) = opens {
        let name = if name.trim().is_empty() { "…" } else { name };
        labels.push((format!("↗ {name}"), palette::MAP_LINK_FILL, None));
    }
    if let Some((label, icon)) = card
        .channel
        .as_ref()
        .and_then(|c| channel_label(measure, c, channels))
    {
        labels.push((label, channel_fill(), icon));
    }
    for flag in &card.flags {
        labels.push((measure.tr(flag.message_id()), flag_fill(*flag), None));
    }
    for tag in &card.tags {
        labels.push((super::extras::tag_label(measure, tag), tag_fill(), None));
    }
    if !labels.is_empty() {
        let mut chip_x = text_x;
        for (label, fill, icon) in labels {
            let Some(mut chip) = chip(measure, &label, fill, icon, chip_x, cy, inner) else {
                continue;
            };
            if chip_x > text_x && chip_x + chip.rect.width() > text_x + inner {
                chip_x = text_x;
                cy += CHIP_HEIGHT + 4.0;
                chip = chip.moved(pos2(chip_x, cy));
            }
            chip_x += chip.rect.width() + 4.0;
            chips.push(chip);
        }
        cy += CHIP_HEIGHT + 6.0;
    }
    let picture = (kind == LaneKind::Images).then(|| {
        let frame = Rect::from_min_size(pos2(text_x, cy), vec2(inner, PICTURE_HEIGHT));
        cy += PICTURE_HEIGHT + 6.0;
        frame
    });
    // A library icon before the title, as tall as its first line; the title's lines
    // start after it.
    let icon = crate::icons::static_name(&card.icon).map(|name| {
        let side = (title_style.size * 1.15).round();
        let top = cy + ((title_style.size * 1.3 - side) / 2.0).max(0.0);
        (
            Rect::from_min_size(pos2(text_x, top), vec2(side, side)),
            name,
        )
    });
    let indent = icon.map_or(0.0, |(r, _)| r.width() + 5.0);
    let mut title = Vec::new();
    place(
        measure,
        &card.title,
        title_style,
        text_x + indent,
        inner - indent,
        MAX_TITLE_LINES,
        &mut cy,
        &mut title,
    );
    if let Some((r, _)) = icon {
        cy = cy.max(r.bottom());
    }
    let mut body = Vec::new();
    if !card.body.trim().is_empty() {
        cy += 3.0;
        place(
            measure,
            &card.body,
            body_style,
            text_x,
            inner,
            MAX_BODY_LINES,
            &mut cy,
            &mut body,
        );
    }
    let height = (cy - y + pad_y).max(if look == CardLook::Text { 20.0 } else { 38.0 });
    let opens = opens.and_then(|_| chips.first().map(|c: &super::Chip| c.rect));
    CardBox {
        card: card_index,
        cell,
        rect: Rect::from_min_size(pos2(x, y), vec2(width, height.ceil())),
        look,
        fill: card.color.map_or(lane_fill, Rgba::from),
        chips,
        title,
        body,
        picture,
        image: card.image.clone().filter(|_| kind == LaneKind::Images),
        opens,
        icon,
    }
}

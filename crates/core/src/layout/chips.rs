//! Chips: the small rounded labels on cards and in the legend (channel, flag, tag).

use emath::{Rect, pos2, vec2};

use super::metrics::CHIP;
use super::text::Shaper;
use super::{Chip, ChipIcon, TextLine};
use crate::model::{ChannelRef, CustomChannel};
use crate::palette::{self, Rgba};

/// Height of a chip.
pub const CHIP_HEIGHT: f32 = 17.0;
/// Size of a channel icon in a chip.
pub const CHIP_ICON: f32 = 9.0;

/// A chip labelled `label` with its top-left at (`x`, `y`), at most `max_width` wide.
pub fn chip(
    measure: &Shaper<'_>,
    label: &str,
    fill: Rgba,
    icon: Option<ChipIcon>,
    x: f32,
    y: f32,
    max_width: f32,
) -> Option<Chip> {
    let icon_width = if icon.is_some() { CHIP_ICON + 4.0 } else { 0.0 };
    let text = measure.line(label, CHIP, max_width - 14.0 - icon_width);
    if text.text.is_empty() {
        return None;
    }
    let text_width = text.width;
    let ascent = measure.ascent(CHIP);
    Some(Chip {
        rect: Rect::from_min_size(
            pos2(x, y),
            vec2(text_width + 14.0 + icon_width, CHIP_HEIGHT),
        ),
        fill,
        icon,
        label: TextLine::at(
            &text,
            CHIP,
            ascent,
            x + 7.0 + icon_width,
            (y + (CHIP_HEIGHT - CHIP.size) / 2.0 + ascent * 0.92).round(),
        ),
    })
}

/// The label and icon of a card's channel: a built-in one in the map's language, a
/// project channel by its name with its library icon (none if the icon is unknown);
/// `None` for a project channel the project does not have.
pub fn channel_label(
    measure: &Shaper<'_>,
    channel: &ChannelRef,
    channels: &[CustomChannel],
) -> Option<(String, Option<ChipIcon>)> {
    match channel {
        ChannelRef::Builtin(c) => Some((measure.tr(c.message_id()), Some(ChipIcon::Channel(*c)))),
        ChannelRef::Custom(_) => {
            let custom = channel.custom(channels)?;
            let icon = crate::icons::static_name(&custom.icon).map(ChipIcon::Library);
            let name = if custom.name.trim().is_empty() {
                custom.id.to_string()
            } else {
                custom.name.clone()
            };
            Some((name, icon))
        }
    }
}

/// The fill of a tag chip.
pub fn tag_fill() -> Rgba {
    palette::TAG_FILL
}

/// The fill of a channel chip.
pub fn channel_fill() -> Rgba {
    palette::CHANNEL_FILL
}

/// The fill of a flag chip.
pub fn flag_fill(flag: crate::model::CardFlag) -> Rgba {
    palette::flag_fill(flag)
}

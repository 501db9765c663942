//! Chips: the small rounded labels on cards and in the legend (channel, flag, tag).

use emath::{Rect, pos2, vec2};

use super::metrics::CHIP;
use super::text::Shaper;
use super::{Chip, TextLine};
use crate::model::Channel;
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
    icon: Option<Channel>,
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

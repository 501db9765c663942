//! Sizes of the map, in world pixels, and the text styles of each part.

use crate::fonts::FontStyle;

/// Space around the whole map.
pub const MARGIN: f32 = 32.0;
/// Width of the lane-header column.
pub const LANE_HEADER_WIDTH: f32 = 184.0;
/// Width of one stage column.
pub const STAGE_WIDTH: f32 = 232.0;
/// Inner padding of a cell.
pub const CELL_PAD: f32 = 10.0;
/// Vertical gap between cards in a cell.
pub const CARD_GAP: f32 = 8.0;
/// Horizontal padding inside a card.
pub const CARD_PAD_X: f32 = 10.0;
/// Vertical padding inside a card.
pub const CARD_PAD_Y: f32 = 9.0;
/// Corner radius of cards.
pub const CARD_RADIUS: f32 = 6.0;
/// Smallest lane height.
pub const MIN_LANE_HEIGHT: f32 = 84.0;
/// Height of the emotion plot (from +2 to −2).
pub const EMOTION_PLOT: f32 = 116.0;
/// Radius of an emotion face marker.
pub const FACE_RADIUS: f32 = 11.0;
/// Height of a storyboard picture frame.
pub const PICTURE_HEIGHT: f32 = 118.0;
/// Longest card body, in lines.
pub const MAX_BODY_LINES: usize = 8;
/// Longest card title, in lines.
pub const MAX_TITLE_LINES: usize = 6;

/// Project title.
pub const TITLE: FontStyle = FontStyle::semibold(22.0);
/// Map name and persona line.
pub const SUBTITLE: FontStyle = FontStyle::semibold(13.0);
/// Scenario text.
pub const SCENARIO: FontStyle = FontStyle::regular(13.0);
/// Stage names.
pub const STAGE_NAME: FontStyle = FontStyle::semibold(15.0);
/// Stage descriptions.
pub const STAGE_DESC: FontStyle = FontStyle::regular(11.5);
/// Lane names.
pub const LANE_NAME: FontStyle = FontStyle::semibold(13.5);
/// Lane kind hints.
pub const LANE_HINT: FontStyle = FontStyle::regular(11.0);
/// Card titles.
pub const CARD_TITLE: FontStyle = FontStyle::semibold(13.0);
/// Card bodies.
pub const CARD_BODY: FontStyle = FontStyle::regular(11.5);
/// Chips on cards.
pub const CHIP: FontStyle = FontStyle::semibold(10.0);
/// Emotion captions.
pub const CAPTION: FontStyle = FontStyle::regular(11.0);
/// Text-lane titles.
pub const TEXT_TITLE: FontStyle = FontStyle::semibold(12.5);
/// Text-lane bodies.
pub const TEXT_BODY: FontStyle = FontStyle::regular(12.0);

/// Line height for a style.
pub fn line_height(style: FontStyle) -> f32 {
    (style.size * 1.32).round()
}

//! A service blueprint's lines (issue 28): a lane of kind `line` is a thin band with a
//! dashed rule across every stage and its name, smaller, in the lane header. It has no
//! cards, so its cells take none.

use emath::pos2;

use super::metrics::{LANE_HEADER_WIDTH, line_height};
use super::text::{Shaper, place};
use super::{MapLayout, Rule, TextLine};
use crate::fonts::FontStyle;

/// The name of a line lane, in its header.
pub const RULE_NAME: FontStyle = FontStyle::semibold(11.5);
/// The least height of a line lane (a card lane is at least 84).
pub const RULE_LANE_HEIGHT: f32 = 32.0;
/// The most lines a line lane's name takes.
const NAME_LINES: usize = 2;

/// Lays out the line lane `lane` (index into the map's lanes) named `name` from `top`:
/// its rule from `left` (where the first stage begins) to `right` into `out.rules`.
/// Returns the lane's height and its header's name lines, centred in it.
pub(super) fn rule_lane(
    lane: usize,
    name: &str,
    top: f32,
    header_left: f32,
    (left, right): (f32, f32),
    measure: &Shaper<'_>,
    out: &mut MapLayout,
) -> (f32, Vec<TextLine>) {
    let mut lines = Vec::new();
    let mut y = 0.0;
    place(
        measure,
        name,
        RULE_NAME,
        header_left + 16.0,
        LANE_HEADER_WIDTH - 30.0,
        NAME_LINES,
        &mut y,
        &mut lines,
    );
    let text_height = lines.len() as f32 * line_height(RULE_NAME);
    let height = (text_height + 12.0).max(RULE_LANE_HEIGHT).ceil();
    let shift = (top + (height - text_height) / 2.0).round();
    for line in &mut lines {
        line.baseline_left.y += shift;
    }
    let mid = (top + height / 2.0).round() + 0.5;
    out.rules.push(Rule {
        lane,
        from: pos2(left, mid),
        to: pos2(right, mid),
    });
    (height, lines)
}

//! Where a drag would drop: the cell and insertion point under the pointer, and where
//! stages and lanes would be inserted. Pure geometry over a [`MapLayout`].

use emath::{Pos2, pos2};

use super::metrics::{CARD_GAP, CELL_PAD};
use super::{CardLook, MapLayout};

/// Where dragged cards would land.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DropSpot {
    /// Index into [`MapLayout::cells`].
    pub cell: usize,
    /// The card (index in the map) to insert before; `None` = the end of the cell.
    pub before: Option<usize>,
    /// The insertion marker: a line between two cards.
    pub marker: [Pos2; 2],
}

impl MapLayout {
    /// The drop spot under `pos_in_world`, ignoring the cards being dragged; `None` over
    /// a lane that takes no cards (metrics, a blueprint line).
    pub fn drop_spot(&self, pos_in_world: Pos2, dragged: &[usize]) -> Option<DropSpot> {
        let (cell_index, cell) = self
            .cells
            .iter()
            .enumerate()
            .find(|(_, c)| c.takes_cards && c.rect.contains(pos_in_world))?;
        let others: Vec<_> = self
            .cards
            .iter()
            .filter(|c| c.cell == cell_index && !dragged.contains(&c.card))
            .collect();
        let r = cell.rect;
        let horizontal = others
            .first()
            .is_some_and(|c| c.look == CardLook::EmotionPoint)
            || self.curves.iter().any(|c| c.lane == cell.lane);
        if horizontal {
            let next = others.iter().find(|c| c.rect.center().x > pos_in_world.x);
            let x = match (
                next,
                others
                    .iter()
                    .rev()
                    .find(|c| c.rect.center().x <= pos_in_world.x),
            ) {
                (Some(n), Some(p)) => (n.rect.center().x + p.rect.center().x) / 2.0,
                (Some(n), None) => (n.rect.center().x + r.left()) / 2.0,
                (None, Some(p)) => (p.rect.center().x + r.right()) / 2.0,
                (None, None) => r.center().x,
            };
            return Some(DropSpot {
                cell: cell_index,
                before: next.map(|c| c.card),
                marker: [pos2(x, r.top() + CELL_PAD), pos2(x, r.bottom() - CELL_PAD)],
            });
        }
        let next = others.iter().find(|c| c.rect.center().y > pos_in_world.y);
        let y = match (next, others.last()) {
            (Some(n), _) => n.rect.top() - CARD_GAP / 2.0,
            (None, Some(last)) => last.rect.bottom() + CARD_GAP / 2.0,
            (None, None) => r.top() + CELL_PAD / 2.0,
        };
        Some(DropSpot {
            cell: cell_index,
            before: next.map(|c| c.card),
            marker: [pos2(r.left() + CELL_PAD, y), pos2(r.right() - CELL_PAD, y)],
        })
    }

    /// The boundary (0 = before the first stage, n = after the last) nearest to `x`.
    pub fn stage_boundary(&self, x: f32) -> usize {
        self.stages.iter().filter(|h| h.rect.center().x < x).count()
    }

    /// The boundary (0 = above the first lane, n = below the last) nearest to `y`.
    pub fn lane_boundary(&self, y: f32) -> usize {
        self.lanes.iter().filter(|h| h.rect.center().y < y).count()
    }
}

/// The index an item at `from` ends up at when dropped on `boundary`.
pub fn index_for_boundary(from: usize, boundary: usize) -> usize {
    if boundary > from {
        boundary - 1
    } else {
        boundary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::layout_map;

    fn sample_layout() -> (crate::model::Project, MapLayout) {
        let project = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
        let layout = layout_map(
            &project,
            &project.maps[0],
            crate::text::TextEngine::global(),
        );
        (project, layout)
    }

    #[test]
    fn drop_between_two_cards_inserts_before_the_lower_one() {
        let (project, layout) = sample_layout();
        let map = &project.maps[0];
        let a5 = map.card_index(&"c-a5".into()).expect("card");
        let a6 = map.card_index(&"c-a6".into()).expect("card");
        let (r5, r6) = (
            layout.card_box(a5).expect("box").rect,
            layout.card_box(a6).expect("box").rect,
        );
        let gap = pos2(r5.center().x, (r5.bottom() + r6.top()) / 2.0);
        let spot = layout.drop_spot(gap, &[]).expect("a spot");
        assert_eq!(spot.before, Some(a6));
        assert!(spot.marker[0].y > r5.bottom() && spot.marker[0].y < r6.top());
        // Below the last card of the cell: the end.
        let below = pos2(r5.center().x, layout.cells[spot.cell].rect.bottom() - 2.0);
        assert_eq!(layout.drop_spot(below, &[]).expect("spot").before, None);
        // Outside the grid: nowhere.
        assert!(layout.drop_spot(pos2(-5.0, -5.0), &[]).is_none());
    }

    #[test]
    fn boundaries_follow_header_centres() {
        let (_, layout) = sample_layout();
        assert_eq!(layout.stage_boundary(0.0), 0);
        assert_eq!(
            layout.stage_boundary(layout.stages[1].rect.center().x + 1.0),
            2
        );
        assert_eq!(layout.lane_boundary(f32::MAX), layout.lanes.len());
        assert_eq!(index_for_boundary(0, 2), 1);
        assert_eq!(index_for_boundary(3, 1), 1);
    }
}

//! Keyboard navigation over the laid-out map: the card nearest to another in a direction
//! (arrow keys) and the cards in reading order (Tab). Pure geometry on the one layout, so
//! what the keys reach is what the canvas shows.

use emath::Rect;

use super::MapLayout;

/// A direction on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards earlier stages.
    Left,
    /// Towards later stages.
    Right,
    /// Towards the lanes above.
    Up,
    /// Towards the lanes below.
    Down,
}

impl Direction {
    /// How far the box `to` lies past the edge of `from` in this direction (negative when
    /// it is not wholly past it), and how far its centre is off to the side.
    fn split(self, from: Rect, to: Rect) -> (f32, f32) {
        let (c, d) = (from.center(), to.center());
        match self {
            Self::Left => (from.min.x - to.max.x, (d.y - c.y).abs()),
            Self::Right => (to.min.x - from.max.x, (d.y - c.y).abs()),
            Self::Up => (from.min.y - to.max.y, (d.x - c.x).abs()),
            Self::Down => (to.min.y - from.max.y, (d.x - c.x).abs()),
        }
    }

    /// The stage and lane step of this direction.
    pub fn offset(self) -> (i32, i32) {
        match self {
            Self::Left => (-1, 0),
            Self::Right => (1, 0),
            Self::Up => (0, -1),
            Self::Down => (0, 1),
        }
    }
}

/// The card (index into the map's cards) nearest to the box `from` in `direction`: the
/// closest one ahead, preferring cards in line with it over cards off to the side.
pub fn neighbour(layout: &MapLayout, from: Rect, direction: Direction) -> Option<usize> {
    layout
        .cards
        .iter()
        .filter(|b| b.rect != from)
        .filter_map(|b| {
            let (ahead, aside) = direction.split(from, b.rect);
            // Wholly past the edge (a touch of overlap allowed), and not much further to
            // the side than ahead (give or take a card).
            (ahead > -2.0 && aside <= ahead.max(0.0) * 3.0 + from.width().max(from.height()))
                .then_some((ahead.max(0.0) + aside * 2.0, b.card))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, card)| card)
}

/// Every card (indices into the map's cards) in reading order: lane by lane from the top,
/// stage by stage across each lane, and top to bottom within a cell.
pub fn reading_order(layout: &MapLayout) -> Vec<usize> {
    let mut boxes: Vec<_> = layout.cards.iter().collect();
    boxes.sort_by(|a, b| {
        let (ca, cb) = (&layout.cells[a.cell], &layout.cells[b.cell]);
        (ca.lane, ca.stage)
            .cmp(&(cb.lane, cb.stage))
            .then(a.rect.min.y.total_cmp(&b.rect.min.y))
            .then(a.rect.min.x.total_cmp(&b.rect.min.x))
    });
    boxes.into_iter().map(|b| b.card).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (crate::model::Project, MapLayout) {
        let project = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
        let layout = super::super::layout_map(
            &project,
            &project.maps[0],
            crate::text::TextEngine::global(),
        );
        (project, layout)
    }

    fn id_of(project: &crate::model::Project, card: Option<usize>) -> Option<&str> {
        card.map(|i| project.maps[0].cards[i].id.as_str())
    }

    #[test]
    fn arrows_reach_the_nearest_card_in_that_direction() {
        let (project, layout) = sample();
        let map = &project.maps[0];
        let rect = |id: &str| {
            let index = map.card_index(&id.into()).expect("card");
            layout.card_box(index).expect("laid out").rect
        };
        let go = |id: &str, d| id_of(&project, neighbour(&layout, rect(id), d));
        // c-a1 and c-a2 are stacked in Awareness × Customer actions.
        assert_eq!(go("c-a1", Direction::Down), Some("c-a2"));
        assert_eq!(go("c-a2", Direction::Up), Some("c-a1"));
        assert_eq!(go("c-a1", Direction::Up), None);
        assert_eq!(go("c-a1", Direction::Left), None);
        assert_eq!(go("c-a1", Direction::Right), Some("c-a3"));
        assert_eq!(go("c-a3", Direction::Left), Some("c-a1"));
        assert_eq!(go("c-a2", Direction::Down), Some("c-t1"));
    }

    #[test]
    fn reading_order_goes_lane_by_lane_and_stage_by_stage() {
        let (project, layout) = sample();
        let order: Vec<_> = reading_order(&layout)
            .into_iter()
            .map(|i| project.maps[0].cards[i].id.as_str())
            .collect();
        assert_eq!(order.len(), project.maps[0].cards.len());
        assert_eq!(&order[..4], ["c-a1", "c-a2", "c-a3", "c-a4"]);
        assert_eq!(order[10], "c-t1");
    }
}

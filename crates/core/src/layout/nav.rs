//! Keyboard navigation over the laid-out map: one arrow-key step from a card or a cell
//! (the next card in the cell, else the next cell that holds cards, empty or not), the card
//! nearest to another in a direction, and the cards in reading order (Tab). Pure geometry
//! on the one layout, so what the keys reach is what the canvas shows.

use emath::Rect;

use super::{CardBox, MapLayout};
use crate::model::JourneyMap;

/// Where the arrow keys stand: a card, or a cell (empty or not) of a lane that holds cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A card (index into the map's cards).
    Card(usize),
    /// A cell, by lane and stage index.
    Cell {
        /// Index into the map's lanes.
        lane: usize,
        /// Index into the map's stages.
        stage: usize,
    },
}

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
    nearest_ahead(layout.cards.iter(), from, direction)
}

/// Of `boxes`, the card nearest ahead of `from` in `direction` (see [`neighbour`]).
fn nearest_ahead<'a>(
    boxes: impl Iterator<Item = &'a CardBox>,
    from: Rect,
    direction: Direction,
) -> Option<usize> {
    boxes
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

/// One arrow-key step from `from`: the next card that way in the same cell; else the next
/// cell that way (skipping lanes that show no cards), landing on its card nearest to
/// where the step came from, or on the cell itself when it is empty. `None` past the edge
/// of the grid.
pub fn step(
    map: &JourneyMap,
    layout: &MapLayout,
    from: Place,
    direction: Direction,
) -> Option<Place> {
    let (lane, stage, rect) = match from {
        Place::Card(card) => {
            let b = layout.card_box(card)?;
            let cell = layout.cells.get(b.cell)?;
            let in_cell = layout.cards.iter().filter(|c| c.cell == b.cell);
            if let Some(next) = nearest_ahead(in_cell, b.rect, direction) {
                return Some(Place::Card(next));
            }
            (cell.lane, cell.stage, b.rect)
        }
        Place::Cell { lane, stage } => (lane, stage, cell_rect(layout, lane, stage)?),
    };
    let (by_stage, by_lane) = direction.offset();
    let stage = stage.checked_add_signed(by_stage as isize)?;
    let mut lane = lane.checked_add_signed(by_lane as isize)?;
    // Up and down pass over lanes that hold no cards (metrics).
    while by_lane != 0 && !map.lanes.get(lane)?.kind.shows_cards() {
        lane = lane.checked_add_signed(by_lane as isize)?;
    }
    enter(map, layout, lane, stage, rect, direction)
}

/// Entering the cell at `lane` and `stage` from the box `from`, moving in `direction`:
/// its card nearest to `from`, or the cell itself when it is empty. `None` when there is
/// no such cell or its lane holds no cards.
pub fn enter(
    map: &JourneyMap,
    layout: &MapLayout,
    lane: usize,
    stage: usize,
    from: Rect,
    direction: Direction,
) -> Option<Place> {
    if !map.lanes.get(lane)?.kind.shows_cards() {
        return None;
    }
    let index = cell_index(layout, lane, stage)?;
    let nearest = layout
        .cards
        .iter()
        .filter(|b| b.cell == index)
        .map(|b| {
            let (ahead, aside) = direction.split(from, b.rect);
            (ahead.abs() + aside * 2.0, b.card)
        })
        .min_by(|a, b| a.0.total_cmp(&b.0));
    Some(match nearest {
        Some((_, card)) => Place::Card(card),
        None => Place::Cell { lane, stage },
    })
}

/// The box of the cell at `lane` and `stage`.
pub fn cell_rect(layout: &MapLayout, lane: usize, stage: usize) -> Option<Rect> {
    Some(layout.cells[cell_index(layout, lane, stage)?].rect)
}

/// The index in the layout's cells of the cell at `lane` and `stage`.
fn cell_index(layout: &MapLayout, lane: usize, stage: usize) -> Option<usize> {
    layout
        .cells
        .iter()
        .position(|c| c.lane == lane && c.stage == stage)
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

    #[test]
    fn arrows_step_through_cells_and_land_on_empty_ones() {
        let (mut project, _) = sample();
        // A metrics lane between "Emotions" and "Pain points": the keys pass over it.
        let mut metrics = project.maps[0].lanes[0].clone();
        metrics.id = "l-metrics".into();
        metrics.kind = crate::model::LaneKind::Metrics;
        project.maps[0].lanes.insert(4, metrics);
        let map = &project.maps[0];
        let layout = super::super::layout_map(&project, map, crate::text::TextEngine::global());
        let card = |id: &str| Place::Card(map.card_index(&id.into()).expect("card"));
        let lane = |id: &str| map.lane_index(&id.into()).expect("lane");
        let go = |from, d| step(map, &layout, from, d);
        // Within a cell first, then the next cell.
        assert_eq!(go(card("c-a1"), Direction::Down), Some(card("c-a2")));
        let below = go(card("c-a2"), Direction::Down);
        assert!(
            matches!(below, Some(Place::Card(i)) if map.cards[i].lane == "l-touchpoints".into()),
            "{below:?}"
        );
        // Pain points × Awareness is empty: Down from the emotion point above it lands on
        // the cell, past the metrics lane.
        let emotion = map
            .cards
            .iter()
            .position(|c| c.lane == "l-emotions".into() && c.stage == "s-awareness".into())
            .expect("an emotion point in Awareness");
        let empty = Place::Cell {
            lane: lane("l-pain"),
            stage: 0,
        };
        assert_eq!(go(Place::Card(emotion), Direction::Down), Some(empty));
        // From the empty cell: right into the next stage's card, up past the metrics lane,
        // left off the grid.
        let right = go(empty, Direction::Right);
        assert!(
            matches!(right, Some(Place::Card(i)) if map.cards[i].lane == "l-pain".into()
                && map.cards[i].stage == "s-consideration".into()),
            "{right:?}"
        );
        assert_eq!(go(empty, Direction::Up), Some(Place::Card(emotion)));
        assert_eq!(go(empty, Direction::Left), None);
        // Back left from Consideration's pain point lands on the empty cell again.
        assert_eq!(go(right.expect("a card"), Direction::Left), Some(empty));
        // A metrics lane cannot be entered.
        let rect = layout.cells[0].rect;
        assert_eq!(
            enter(map, &layout, lane("l-metrics"), 0, rect, Direction::Down),
            None
        );
    }
}

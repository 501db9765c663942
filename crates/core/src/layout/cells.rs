//! The cards of a map's card lanes, stacked in their cells. Each cell is laid out on its
//! own (a card's place depends only on the cards above it in its cell), so a large map's
//! cells are laid out on every core at once; the lanes are then put one below the other
//! by moving their cards down.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::metrics::*;
use super::text::Shaper;
use super::{CardBox, MapLayout};
use crate::model::{Card, JourneyMap, LaneKind, Project};
use crate::palette;

/// Below this many cards the cells are laid out on the calling thread alone (starting
/// threads costs more than it saves).
const PARALLEL_CARDS: usize = 1_000;

/// The cards of each cell, in the map's order, by lane, then by stage. A card whose lane
/// or stage the map lacks is in none (one pass over the cards, not one per lane).
pub(super) fn cards_by_cell(map: &JourneyMap) -> Vec<Vec<Vec<(usize, &Card)>>> {
    // Reversed, so that of two equal ids (which `check` rejects) the first wins.
    let lanes: hashbrown::HashMap<&str, usize> = map
        .lanes
        .iter()
        .enumerate()
        .rev()
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    let stages: hashbrown::HashMap<&str, usize> = map
        .stages
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut cells = vec![vec![Vec::new(); map.stages.len()]; map.lanes.len()];
    for (card_index, card) in map.cards.iter().enumerate() {
        if let (Some(&l), Some(&s)) = (
            lanes.get(card.lane.as_str()),
            stages.get(card.stage.as_str()),
        ) {
            cells[l][s].push((card_index, card));
        }
    }
    cells
}

/// A card lane laid out with its top at the `top` given to [`card_lanes`].
pub(super) struct CardLane {
    /// The lane's cards, cell by cell.
    pub boxes: Vec<CardBox>,
    /// As tall as its tallest cell (whole pixels).
    pub height: f32,
}

impl CardLane {
    /// Moves the lane's cards down by `dy` (whole pixels, so that every line's baseline
    /// stays on the pixel it was rounded to) and adds them to `out`.
    pub fn place_at(self, dy: f32, out: &mut MapLayout) {
        out.cards
            .extend(self.boxes.into_iter().map(|b| b.moved_down(dy)));
    }
}

thread_local! {
    /// Layouts on this thread leave one core to the window's thread (see
    /// [`sparing_a_core`]).
    static SPARE_A_CORE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, whose layouts (on this thread) leave one core to the window's thread: work
/// done in the background while someone works in the window (a colleague's save taken
/// in) does not slow its frames down on a two-core laptop.
pub fn sparing_a_core<R>(f: impl FnOnce() -> R) -> R {
    let before = SPARE_A_CORE.replace(true);
    let result = f();
    SPARE_A_CORE.set(before);
    result
}

/// The card lanes of `map` (`None` for lanes of other kinds), each laid out with its top
/// at `top`; `stage_left` gives a stage's left edge.
pub(super) fn card_lanes(
    project: &Project,
    map: &JourneyMap,
    cells: &[Vec<Vec<(usize, &Card)>>],
    top: f32,
    stage_left: &(dyn Fn(usize) -> f32 + Sync),
    measure: &Shaper<'_>,
) -> Vec<Option<CardLane>> {
    let workers = if map.cards.len() < PARALLEL_CARDS {
        1
    } else {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8));
        let spare = usize::from(SPARE_A_CORE.get());
        cores.saturating_sub(spare).max(1)
    };
    card_lanes_on(project, map, cells, top, stage_left, measure, workers)
}

/// [`card_lanes`] on `workers` threads.
fn card_lanes_on(
    project: &Project,
    map: &JourneyMap,
    cells: &[Vec<Vec<(usize, &Card)>>],
    top: f32,
    stage_left: &(dyn Fn(usize) -> f32 + Sync),
    measure: &Shaper<'_>,
    workers: usize,
) -> Vec<Option<CardLane>> {
    let stage_count = map.stages.len();
    // Every cell of every card lane, as (lane, stage).
    let jobs: Vec<(usize, usize)> = map
        .lanes
        .iter()
        .enumerate()
        .filter(|(_, lane)| stacks_cards(lane.kind))
        .flat_map(|(l, _)| (0..stage_count).map(move |s| (l, s)))
        .collect();
    let lay_out = |&(l, s): &(usize, usize)| {
        let lane = &map.lanes[l];
        let fill = palette::lane_fill(l, lane.color);
        let mut boxes = Vec::with_capacity(cells[l][s].len());
        let mut cy = top + CELL_PAD;
        for &(card_index, card) in &cells[l][s] {
            let b = super::card::card_box(
                card,
                card_index,
                l * stage_count + s,
                lane.kind,
                fill,
                stage_left(s) + CELL_PAD,
                cy,
                opens_name(project, card),
                &project.channels,
                measure,
            );
            cy = b.rect.bottom() + CARD_GAP;
            boxes.push(b);
        }
        (boxes, cy - CARD_GAP + CELL_PAD - top)
    };
    let done: Vec<(Vec<CardBox>, f32)> = if workers == 1 {
        jobs.iter().map(lay_out).collect()
    } else {
        in_parallel(&jobs, workers, &lay_out)
    };
    let mut lanes: Vec<Option<CardLane>> = map
        .lanes
        .iter()
        .map(|lane| {
            stacks_cards(lane.kind).then(|| CardLane {
                boxes: Vec::new(),
                height: MIN_LANE_HEIGHT,
            })
        })
        .collect();
    for (&(l, _), (boxes, height)) in jobs.iter().zip(done) {
        if let Some(lane) = &mut lanes[l] {
            lane.boxes.extend(boxes);
            lane.height = lane.height.max(height);
        }
    }
    for lane in lanes.iter_mut().flatten() {
        lane.height = lane.height.ceil();
    }
    lanes
}

/// Whether a lane of `kind` stacks its cards in its cells (the emotion lane places them
/// on its curve; metrics and line lanes hold none).
pub(super) fn stacks_cards(kind: LaneKind) -> bool {
    kind.shows_cards() && kind != LaneKind::Emotion
}

/// `f` of every job, in the jobs' order, on `workers` threads taking the next job as
/// they finish one (cells hold very different numbers of cards). A worker's panic is the
/// caller's, as if it had run the jobs itself.
fn in_parallel<J: Sync, T: Send>(
    jobs: &[J],
    workers: usize,
    f: &(dyn Fn(&J) -> T + Sync),
) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let take = || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else {
                return mine;
            };
            mine.push((i, f(job)));
        }
    };
    let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers).map(|_| scope.spawn(take)).collect();
        let mut done = take();
        for helper in helpers {
            done.extend(
                helper
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
        }
        done
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// The name of the map `card` opens, when it names one of `project`'s maps.
fn opens_name<'p>(project: &'p Project, card: &Card) -> Option<&'p str> {
    let id = card.opens.as_ref()?;
    project
        .maps
        .iter()
        .find(|m| &m.id == id)
        .map(|m| m.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The card lanes of a generated map's first map, laid out at `top` on `workers`
    /// threads.
    fn lanes_of(project: &Project, top: f32, workers: usize) -> Vec<Option<CardLane>> {
        let map = &project.maps[0];
        let measure = Shaper::for_project(crate::text::TextEngine::global(), project);
        let stage_left = |i: usize| 200.0 + 300.0 * i as f32;
        card_lanes_on(
            project,
            map,
            &cards_by_cell(map),
            top,
            &stage_left,
            &measure,
            workers,
        )
    }

    #[test]
    fn cells_laid_out_on_several_threads_are_those_of_one() {
        let project = crate::generate::generate(6, 5, 1_500, 1);
        let one = lanes_of(&project, 150.0, 1);
        for workers in [2, 3] {
            let many = lanes_of(&project, 150.0, workers);
            assert_eq!(one.len(), many.len());
            for (a, b) in one.iter().zip(&many) {
                assert_eq!(
                    a.as_ref().map(|l| (&l.boxes, l.height)),
                    b.as_ref().map(|l| (&l.boxes, l.height))
                );
            }
        }
        let laid_out: usize = one.iter().flatten().map(|l| l.boxes.len()).sum();
        assert!(laid_out > 1_000, "{laid_out} cards in card lanes");
    }

    #[test]
    fn a_lane_moved_down_keeps_its_text_on_whole_pixels() {
        let project = crate::generate::generate(3, 3, 30, 1);
        let (high, low) = (lanes_of(&project, 100.5, 1), lanes_of(&project, 340.5, 1));
        for (h, l) in high.into_iter().flatten().zip(low.into_iter().flatten()) {
            let mut moved = MapLayout::default();
            h.place_at(240.0, &mut moved);
            assert_eq!(moved.cards, l.boxes);
        }
    }
}

//! The documented limits of an export, checked on an estimate of its plan before
//! anything is laid out, rendered or written: a map (or, for HTML, a project) too large
//! for them is refused at once with one message naming the limit and how to narrow the
//! export (`--stages`, `--fit`). The estimates are lower bounds from counts alone, so
//! nothing within the limits is refused by them; the paged plan is checked again once
//! it is made.

use emath::vec2;

use super::pages::{self, PAGE_MARGIN, PageSetup, PageSize};
use super::{ExportError, ExportKind, ExportOptions, Format};
use crate::layout::metrics;
use crate::model::{JourneyMap, Project};

/// The most pages of a paged PDF, or slides of a deck.
pub const MAX_PAGES: usize = 500;
/// The most stages an export draws.
pub const MAX_STAGES: usize = 1_000;
/// The most lanes an export draws.
pub const MAX_LANES: usize = 1_000;
/// The most cells (stages × lanes) of a map an export draws; for HTML, of every map of
/// the project together.
pub const MAX_CELLS: usize = 100_000;
/// The most cards an export draws (for HTML, of every map together): twice the largest
/// map the window is measured with, drawn by every exporter within 30 s and 1 GB
/// (`scripts/audit-limits.sh`; 100,000 cards took minutes).
pub const MAX_CARDS: usize = 20_000;

/// How to narrow an export of too many stages or cells.
const FEWER_STAGES: &str = "export fewer stages at a time (--stages, e.g. --stages 1-20)";
/// How to narrow a paged export.
const FEWER_PAGES: &str = "export fewer stages at a time (--stages, e.g. --stages 1-20), or the whole map on one page (--fit)";
/// How to narrow an HTML export.
const SMALLER_PROJECT: &str =
    "export the large maps as PDF with --stages, or split the project into smaller files";

/// `n` with thousands separated by commas.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Which limit an export crossed, as data (the window words it in its language; the
/// command line uses the English of [`ExportError::OverLimit`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Over {
    /// The cells (stages × lanes) of every map of the project together (HTML).
    ProjectCells(usize),
    /// The cards of every map of the project together (HTML).
    ProjectCards(usize),
    /// The stages the export draws.
    Stages(usize),
    /// The lanes of the map.
    Lanes(usize),
    /// The cells (stages × lanes) the export draws.
    Cells(usize),
    /// The cards the export draws.
    Cards(usize),
    /// The pages of a paged PDF (at least this many).
    Pages(usize),
    /// The slides of a deck (at least this many).
    Slides(usize),
}

impl Over {
    /// The limit crossed.
    pub fn limit(self) -> usize {
        match self {
            Over::ProjectCells(_) | Over::Cells(_) => MAX_CELLS,
            Over::ProjectCards(_) | Over::Cards(_) => MAX_CARDS,
            Over::Stages(_) => MAX_STAGES,
            Over::Lanes(_) => MAX_LANES,
            Over::Pages(_) | Over::Slides(_) => MAX_PAGES,
        }
    }
}

fn refuse(over: Over, what: String, how: &'static str) -> ExportError {
    ExportError::OverLimit {
        what,
        limit: grouped(over.limit()),
        how,
        over,
    }
}

/// Checks an export of `map` as `kind` against the limits, from counts alone. CSV and
/// Mermaid (text, one line per card) have no limits of their own.
pub fn check(
    kind: ExportKind,
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    match kind {
        ExportKind::Csv | ExportKind::Mermaid => Ok(()),
        ExportKind::Html => {
            let cells: usize = project
                .maps
                .iter()
                .map(|m| m.stages.len().max(1) * m.lanes.len().max(1))
                .sum();
            let cards: usize = project.maps.iter().map(|m| m.cards.len()).sum();
            if cells > MAX_CELLS {
                return Err(refuse(
                    Over::ProjectCells(cells),
                    format!(
                        "the project's maps have {} cells (stages × lanes) in all",
                        grouped(cells)
                    ),
                    SMALLER_PROJECT,
                ));
            }
            if cards > MAX_CARDS {
                return Err(refuse(
                    Over::ProjectCards(cards),
                    format!("the project's maps have {} cards in all", grouped(cards)),
                    SMALLER_PROJECT,
                ));
            }
            Ok(())
        }
        ExportKind::Pptx => {
            let (stages, lanes) = counts(map, options);
            check_grid(map, options, stages, lanes)?;
            let setup = options.pages.unwrap_or(PageSetup {
                size: PageSize::Slide,
                portrait: false,
                fit: false,
            });
            check_pages(estimate_pages(stages, lanes, setup), true)
        }
        ExportKind::Image(format) => {
            let (stages, lanes) = counts(map, options);
            check_grid(map, options, stages, lanes)?;
            if let (Format::Pdf, Some(setup)) = (format, options.pages) {
                return check_pages(estimate_pages(stages, lanes, setup), false);
            }
            if options.area.is_some() {
                return Ok(());
            }
            // The smallest the single page can be.
            let size = vec2(
                2.0 * metrics::MARGIN
                    + metrics::LANE_HEADER_WIDTH
                    + metrics::STAGE_WIDTH * stages.max(1) as f32,
                2.0 * metrics::MARGIN + 56.0 + metrics::MIN_LANE_HEIGHT * lanes.max(1) as f32,
            );
            match format {
                Format::Png => super::png::check_size(size, options.scale).map(|_| ()),
                Format::Pdf => super::pdf::check_size(size),
                Format::Svg => Ok(()),
            }
        }
    }
}

/// The stages and lanes an export of `map` with `options` draws.
fn counts(map: &JourneyMap, options: &ExportOptions) -> (usize, usize) {
    let stages = match options.stages {
        Some((first, last)) => {
            (last.min(map.stages.len().saturating_sub(1)) + 1).saturating_sub(first.min(last))
        }
        None => map.stages.len(),
    };
    (stages, map.lanes.len())
}

/// Refuses a grid with too many stages, lanes, cells or cards.
fn check_grid(
    map: &JourneyMap,
    options: &ExportOptions,
    stages: usize,
    lanes: usize,
) -> Result<(), ExportError> {
    if stages > MAX_STAGES {
        return Err(refuse(
            Over::Stages(stages),
            format!("the export has {} stages", grouped(stages)),
            FEWER_STAGES,
        ));
    }
    if lanes > MAX_LANES {
        return Err(refuse(
            Over::Lanes(lanes),
            format!("the map has {} lanes", grouped(lanes)),
            "split the map into maps of fewer lanes",
        ));
    }
    let cells = stages.max(1) * lanes.max(1);
    if cells > MAX_CELLS {
        return Err(refuse(
            Over::Cells(cells),
            format!(
                "the export has {} × {} = {} cells",
                grouped(stages),
                grouped(lanes),
                grouped(cells)
            ),
            FEWER_STAGES,
        ));
    }
    let cards = cards_drawn(map, options);
    if cards > MAX_CARDS {
        return Err(refuse(
            Over::Cards(cards),
            format!("the export has {} cards", grouped(cards)),
            FEWER_STAGES,
        ));
    }
    Ok(())
}

/// The cards in the stages an export of `map` with `options` draws (a range of stages
/// draws only its own cards, so `--stages` narrows an export of too many cards).
fn cards_drawn(map: &JourneyMap, options: &ExportOptions) -> usize {
    let Some((first, last)) = options.stages else {
        return map.cards.len();
    };
    let shown: std::collections::HashSet<&str> = map
        .stages
        .iter()
        .skip(first)
        .take((last + 1).saturating_sub(first))
        .map(|s| s.id.as_str())
        .collect();
    map.cards
        .iter()
        .filter(|c| shown.contains(c.stage.as_str()))
        .count()
}

/// Refuses a plan of more than [`MAX_PAGES`] pages (of a deck's slides when `deck`, else
/// of a PDF).
pub(super) fn check_pages(pages: usize, deck: bool) -> Result<(), ExportError> {
    if pages > MAX_PAGES {
        let (what, unit, over) = if deck {
            ("deck", "slides", Over::Slides(pages))
        } else {
            ("PDF", "pages", Over::Pages(pages))
        };
        return Err(refuse(
            over,
            format!("the {what} would have at least {} {unit}", grouped(pages)),
            FEWER_PAGES,
        ));
    }
    Ok(())
}

/// The fewest pages a plan of `stages` × `lanes` can have on `setup` with card text at
/// [`pages::MIN_TEXT_PT`]: stage groups as wide as a page holds, lanes in bands of at
/// least [`metrics::MIN_LANE_HEIGHT`] each.
pub fn estimate_pages(stages: usize, lanes: usize, setup: PageSetup) -> usize {
    if setup.fit || stages == 0 || lanes == 0 {
        return 1;
    }
    let page = setup.page();
    let min_scale = pages::MIN_TEXT_PT / metrics::CARD_BODY.size;
    let width = (page.x - 2.0 * PAGE_MARGIN) / min_scale;
    let height = (page.y - 2.0 * PAGE_MARGIN) / min_scale;
    let per_page =
        (((width - metrics::LANE_HEADER_WIDTH) / metrics::STAGE_WIDTH).floor() as usize).max(1);
    let per_band = ((height / metrics::MIN_LANE_HEIGHT).floor() as usize).max(1);
    stages.div_ceil(per_page) * lanes.div_ceil(per_band)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stage_range_past_the_map_counts_no_stages() {
        let project = crate::generate::generate(3, 2, 0, 1);
        let options = ExportOptions {
            stages: Some((5, 7)),
            ..ExportOptions::default()
        };
        assert_eq!(counts(&project.maps[0], &options), (0, 2));
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(1_000_000), "1,000,000");
    }

    #[test]
    fn a_five_stage_map_is_a_few_pages_and_a_huge_one_many() {
        let a4 = PageSetup::default();
        assert!(estimate_pages(5, 7, a4) <= 4);
        assert!(estimate_pages(10_000, 3, a4) > MAX_PAGES);
        assert_eq!(estimate_pages(10_000, 3, PageSetup { fit: true, ..a4 }), 1);
    }
}

//! The grid's two axes as one: a [`HeaderId`] names a stage (a column header) or a lane (a
//! row header), and a [`Header`] is either one's value. Where stages and lanes behave the
//! same (add, delete, move, rename, recolour, reorder by dragging, the header's widgets),
//! code takes a header instead of being written twice. The file format is unchanged:
//! stages and lanes stay two lists of their own types.

use std::collections::HashMap;

use super::{Card, HexColor, JourneyMap, Lane, LaneId, Stage, StageId};

/// The two axes of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Axis {
    /// Columns: the phases of the journey.
    Stages,
    /// Rows: the aspects of the journey.
    Lanes,
}

/// A stage or a lane, by id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HeaderId {
    /// A stage (column).
    Stage(StageId),
    /// A lane (row).
    Lane(LaneId),
}

/// A stage or a lane.
#[derive(Clone, Debug, PartialEq)]
pub enum Header {
    /// A stage (column).
    Stage(Stage),
    /// A lane (row).
    Lane(Lane),
}

impl HeaderId {
    /// Its axis.
    pub fn axis(&self) -> Axis {
        match self {
            HeaderId::Stage(_) => Axis::Stages,
            HeaderId::Lane(_) => Axis::Lanes,
        }
    }

    /// The id's text.
    pub fn as_str(&self) -> &str {
        match self {
            HeaderId::Stage(id) => id.as_str(),
            HeaderId::Lane(id) => id.as_str(),
        }
    }
}

impl Header {
    /// Its id.
    pub fn id(&self) -> HeaderId {
        match self {
            Header::Stage(s) => HeaderId::Stage(s.id.clone()),
            Header::Lane(l) => HeaderId::Lane(l.id.clone()),
        }
    }

    /// Its axis.
    pub fn axis(&self) -> Axis {
        match self {
            Header::Stage(_) => Axis::Stages,
            Header::Lane(_) => Axis::Lanes,
        }
    }

    /// Its name.
    pub fn name(&self) -> &str {
        match self {
            Header::Stage(s) => &s.name,
            Header::Lane(l) => &l.name,
        }
    }

    /// The same header, renamed.
    pub fn renamed(&self, name: String) -> Header {
        match self {
            Header::Stage(s) => Header::Stage(Stage { name, ..s.clone() }),
            Header::Lane(l) => Header::Lane(Lane { name, ..l.clone() }),
        }
    }

    /// Its colour (a stage's accent, a lane's card colour); `None` on "Auto".
    pub fn color(&self) -> Option<HexColor> {
        match self {
            Header::Stage(s) => s.color,
            Header::Lane(l) => l.color,
        }
    }
}

impl JourneyMap {
    /// How many headers the axis has.
    pub fn header_count(&self, axis: Axis) -> usize {
        match axis {
            Axis::Stages => self.stages.len(),
            Axis::Lanes => self.lanes.len(),
        }
    }

    /// The index of a stage or lane by id.
    pub fn header_index(&self, id: &HeaderId) -> Option<usize> {
        match id {
            HeaderId::Stage(id) => self.stage_index(id),
            HeaderId::Lane(id) => self.lane_index(id),
        }
    }

    /// The header at `index` of `axis`.
    pub fn header_at(&self, axis: Axis, index: usize) -> Option<Header> {
        match axis {
            Axis::Stages => self.stages.get(index).cloned().map(Header::Stage),
            Axis::Lanes => self.lanes.get(index).cloned().map(Header::Lane),
        }
    }

    /// The id of the header at `index` of `axis`.
    pub fn header_id_at(&self, axis: Axis, index: usize) -> Option<HeaderId> {
        match axis {
            Axis::Stages => self
                .stages
                .get(index)
                .map(|s| HeaderId::Stage(s.id.clone())),
            Axis::Lanes => self.lanes.get(index).map(|l| HeaderId::Lane(l.id.clone())),
        }
    }

    /// A stage or lane by id.
    pub fn header(&self, id: &HeaderId) -> Option<Header> {
        self.header_at(id.axis(), self.header_index(id)?)
    }

    /// Whether card `card` sits in the stage or lane `id`.
    pub fn holds(id: &HeaderId, card: &super::Card) -> bool {
        match id {
            HeaderId::Stage(stage) => &card.stage == stage,
            HeaderId::Lane(lane) => &card.lane == lane,
        }
    }

    /// Inserts `header` at `index` of its axis; past the end it is handed back.
    pub fn insert_header(&mut self, index: usize, header: Header) -> Result<(), Header> {
        match header {
            Header::Stage(stage) if index <= self.stages.len() => self.stages.insert(index, stage),
            Header::Lane(lane) if index <= self.lanes.len() => self.lanes.insert(index, lane),
            header => return Err(header),
        }
        Ok(())
    }

    /// Takes the header at `index` of `axis` out.
    pub fn remove_header(&mut self, axis: Axis, index: usize) -> Option<Header> {
        match axis {
            Axis::Stages if index < self.stages.len() => {
                Some(Header::Stage(self.stages.remove(index)))
            }
            Axis::Lanes if index < self.lanes.len() => Some(Header::Lane(self.lanes.remove(index))),
            _ => None,
        }
    }

    /// Puts `header` in place of the one at `index` of its axis and returns that one;
    /// past the end `header` is handed back.
    pub fn replace_header(&mut self, index: usize, header: Header) -> Result<Header, Header> {
        match header {
            Header::Stage(stage) if index < self.stages.len() => Ok(Header::Stage(
                std::mem::replace(&mut self.stages[index], stage),
            )),
            Header::Lane(lane) if index < self.lanes.len() => Ok(Header::Lane(std::mem::replace(
                &mut self.lanes[index],
                lane,
            ))),
            header => Err(header),
        }
    }

    /// Moves the header at `from` of `axis` to `to` (in the list without it); false when
    /// either is past the end.
    pub fn move_header(&mut self, axis: Axis, from: usize, to: usize) -> bool {
        fn shift<T>(list: &mut Vec<T>, from: usize, to: usize) -> bool {
            if from >= list.len() || to >= list.len() {
                return false;
            }
            let item = list.remove(from);
            list.insert(to, item);
            true
        }
        match axis {
            Axis::Stages => shift(&mut self.stages, from, to),
            Axis::Lanes => shift(&mut self.lanes, from, to),
        }
    }

    /// The cards of every cell, keyed by (stage id, lane id), each cell's in the map's
    /// order: one pass over the cards, for writers that visit every cell (a scan of all
    /// cards per cell is cells × cards, minutes for a large map).
    pub fn cards_by_cell(&self) -> HashMap<(&str, &str), Vec<&Card>> {
        let mut cells: HashMap<(&str, &str), Vec<&Card>> = HashMap::new();
        for card in &self.cards {
            cells
                .entry((card.stage.as_str(), card.lane.as_str()))
                .or_default()
                .push(card);
        }
        cells
    }
}

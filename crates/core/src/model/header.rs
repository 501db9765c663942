//! The grid's two axes as one: a [`HeaderId`] names a stage (a column header) or a lane (a
//! row header), and a [`Header`] is either one's value. Where stages and lanes behave the
//! same (add, delete, move, rename, recolour, reorder by dragging, the header's widgets),
//! code takes a header instead of being written twice. The file format is unchanged:
//! stages and lanes stay two lists of their own types.

use super::{HexColor, JourneyMap, Lane, LaneId, Stage, StageId};

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
}

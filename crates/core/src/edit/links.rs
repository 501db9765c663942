//! Actions on the arrows between the cards of the map on screen.

use super::ops::Op;
use super::tx::Tx;
use super::{EditError, Outcome};
use crate::model::{CardId, Link};

/// Draws an arrow from card `from` to card `to`.
pub(super) fn add(tx: &mut Tx<'_>, from: CardId, to: CardId) -> Result<Outcome, EditError> {
    tx.card_index(&from)?;
    tx.card_index(&to)?;
    if from == to {
        return Err(EditError::Refused(
            "a card cannot point to itself".to_owned(),
        ));
    }
    let links = &tx.map()?.links;
    if links.iter().any(|l| l.from == from && l.to == to) {
        return Err(EditError::Refused(
            "those cards are already linked".to_owned(),
        ));
    }
    let index = links.len();
    tx.op(Op::InsertLink {
        map: tx.map_index,
        index,
        link: Link {
            from,
            to,
            ..Link::default()
        },
    })?;
    Ok(Outcome::default())
}

/// Replaces the link from `link.from` to `link.to` by `link` (a new label).
pub(super) fn update(tx: &mut Tx<'_>, link: Link) -> Result<Outcome, EditError> {
    let index = link_index(tx, &link.from, &link.to)?;
    if tx.map()?.links[index] != link {
        tx.op(Op::UpdateLink {
            map: tx.map_index,
            index,
            link,
        })?;
    }
    Ok(Outcome::default())
}

/// Deletes the arrow from card `from` to card `to`.
pub(super) fn delete(tx: &mut Tx<'_>, from: &CardId, to: &CardId) -> Result<Outcome, EditError> {
    let index = link_index(tx, from, to)?;
    tx.op(Op::RemoveLink {
        map: tx.map_index,
        index,
    })?;
    Ok(Outcome::default())
}

/// The position of the arrow from `from` to `to`. [`add`] never makes a second one; should
/// a file hold two, this is the first.
fn link_index(tx: &Tx<'_>, from: &CardId, to: &CardId) -> Result<usize, EditError> {
    tx.map()?
        .links
        .iter()
        .position(|l| &l.from == from && &l.to == to)
        .ok_or_else(|| EditError::Missing(format!("the arrow {from} → {to}")))
}

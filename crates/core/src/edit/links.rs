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
    Ok(Outcome {
        link: Some(index),
        ..Outcome::default()
    })
}

/// Replaces the link at `index` by `link`.
pub(super) fn update(tx: &mut Tx<'_>, index: usize, link: Link) -> Result<Outcome, EditError> {
    let current = tx
        .map()?
        .links
        .get(index)
        .ok_or_else(|| EditError::Missing("the link".to_owned()))?;
    if current != &link {
        tx.op(Op::UpdateLink {
            map: tx.map_index,
            index,
            link,
        })?;
    }
    Ok(Outcome::default())
}

/// Deletes the link at `index`.
pub(super) fn delete(tx: &mut Tx<'_>, index: usize) -> Result<Outcome, EditError> {
    if index >= tx.map()?.links.len() {
        return Err(EditError::Missing("the link".to_owned()));
    }
    tx.op(Op::RemoveLink {
        map: tx.map_index,
        index,
    })?;
    Ok(Outcome::default())
}

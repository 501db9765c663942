//! Edits of the project's own channels: add, change (name, icon) and delete, which also
//! takes the channel off every card that was on it, in the same undo step.

use std::collections::HashSet;

use super::ids::new_id;
use super::ops::Op;
use super::tx::Tx;
use super::{EditError, Outcome};
use crate::model::{ChannelId, ChannelRef, CustomChannel};

/// Adds a channel called `name` with the library icon `icon` (may be empty) at the end of
/// the project's list, under a fresh id.
pub(super) fn add(tx: &mut Tx<'_>, name: String, icon: String) -> Result<Outcome, EditError> {
    let taken: HashSet<String> = tx.project.channels.iter().map(|c| c.id.0.clone()).collect();
    let id = ChannelId(new_id("ch-", |id| taken.contains(id)));
    let mut channels = tx.project.channels.clone();
    channels.push(CustomChannel {
        id,
        name,
        icon,
        ..CustomChannel::default()
    });
    tx.op(Op::SetChannels { channels })?;
    Ok(Outcome::default())
}

/// Replaces the channel with `channel.id` by `channel`.
pub(super) fn update(tx: &mut Tx<'_>, channel: CustomChannel) -> Result<Outcome, EditError> {
    let Some(index) = tx.project.channels.iter().position(|c| c.id == channel.id) else {
        return Err(EditError::Missing(format!("channel {}", channel.id)));
    };
    if tx.project.channels[index] != channel {
        let mut channels = tx.project.channels.clone();
        channels[index] = channel;
        tx.op(Op::SetChannels { channels })?;
    }
    Ok(Outcome::default())
}

/// Deletes channel `id`; every card on it, in every map, is left with no channel.
pub(super) fn delete(tx: &mut Tx<'_>, id: &ChannelId) -> Result<Outcome, EditError> {
    if !tx.project.channels.iter().any(|c| &c.id == id) {
        return Err(EditError::Missing(format!("channel {id}")));
    }
    let on_it = Some(ChannelRef::Custom(id.clone()));
    for map in 0..tx.project.maps.len() {
        for index in 0..tx.project.maps[map].cards.len() {
            let card = &tx.project.maps[map].cards[index];
            if card.channel == on_it {
                let mut card = card.clone();
                card.channel = None;
                tx.op(Op::UpdateCard { map, index, card })?;
            }
        }
    }
    let mut channels = tx.project.channels.clone();
    channels.retain(|c| &c.id != id);
    tx.op(Op::SetChannels { channels })?;
    Ok(Outcome::default())
}

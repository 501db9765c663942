//! The project's own channels, merged as a list of ids like personas: what either side
//! added is kept, a name or icon changed merges field by field, and a channel one side
//! deleted while a merged card is on it is kept with a `deleted` conflict.

use std::collections::HashSet;

use serde_json::Value;

use super::{Ctx, ListOf, id_key};
use crate::model::Thing;

impl Ctx {
    /// The merged channel list from the base, our and their `lists`, given the merged
    /// `maps` (whose cards may keep a channel alive) and the project's `title`.
    pub(super) fn channels(
        &mut self,
        lists: [&[Value]; 3],
        maps: &[Value],
        title: &str,
    ) -> Vec<Value> {
        let on_cards: HashSet<String> = maps
            .iter()
            .filter_map(|m| m.get("cards").and_then(Value::as_array))
            .flatten()
            .filter_map(|c| c.get("channel").and_then(Value::as_str))
            .map(str::to_owned)
            .collect();
        let of = ListOf {
            thing: Thing::Channel,
            field: "channels",
            owner: Thing::Project,
            owner_id: String::new(),
            owner_name: title.to_owned(),
        };
        self.list(
            &of,
            [lists[0], lists[1], lists[2]],
            &id_key,
            &on_cards,
            &mut |ctx, b, o, t| ctx.item(Thing::Channel, b, o, t, &["id"]),
        )
    }
}

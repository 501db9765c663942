//! Emotion scores per persona in the JSON form of a map, for merging, resolving and
//! diffing.
//!
//! In the file a card's score for the map's lead persona (the first of its `personas`)
//! is `emotion` and the others' are in `scores`, so changing the lead moves every score
//! from one key to another. To compare or merge scores by the persona they were given
//! for, a map is first *normalised* (the lead's score moved into `scores` under the lead's
//! id, `emotion` removed) and *denormalised* afterwards with the map's final personas.
//! A map that names no persona keeps its one score in `emotion` throughout.

use std::collections::BTreeMap;

use serde_json::Value;

use super::value::Obj;

/// The ids of a map's personas, in order (the lead first).
pub(crate) fn personas_of(map: &Obj) -> Vec<String> {
    map.get("personas")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(str::to_owned))
        .collect()
}

/// The cards of a map, mutable.
fn cards_mut(map: &mut Obj) -> impl Iterator<Item = &mut Obj> {
    map.get_mut("cards")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object_mut)
}

/// Moves each card's lead score into `scores` (see the module docs).
pub(crate) fn normalize(map: &mut Obj) {
    let Some(lead) = personas_of(map).into_iter().next() else {
        return;
    };
    for card in cards_mut(map) {
        normalize_card(card, &lead);
    }
}

fn normalize_card(card: &mut Obj, lead: &str) {
    let Some(emotion) = card.remove("emotion") else {
        return;
    };
    if emotion.is_null() {
        return;
    }
    let scores = card
        .entry("scores")
        .or_insert_with(|| Value::Object(Obj::new()));
    if let Some(scores) = scores.as_object_mut() {
        scores.insert(lead.to_owned(), emotion);
    }
}

/// Writes each card's scores back in the file's form for the personas `personas`: the
/// lead's score as `emotion`, the others' in `scores`, and scores of personas the map
/// does not name dropped. Does nothing to a card that is already in that form.
pub(crate) fn denormalize(map: &mut Obj, personas: &[String]) {
    for card in cards_mut(map) {
        denormalize_card(card, personas);
    }
}

/// [`denormalize`] for one card.
pub(crate) fn denormalize_card(card: &mut Obj, personas: &[String]) {
    let Some(lead) = personas.first() else {
        return;
    };
    let mut scores = match card.remove("scores") {
        Some(Value::Object(s)) => s,
        _ => Obj::new(),
    };
    if let Some(score) = scores.remove(lead) {
        card.insert("emotion".into(), score);
    }
    scores.retain(|id, _| personas[1..].contains(id));
    if !scores.is_empty() {
        card.insert("scores".into(), Value::Object(scores));
    }
}

/// Gives `map` the personas `new`, moving every card's scores with their persona (a new
/// lead's score becomes `emotion`; scores of personas no longer named go), as the editor
/// does when a map's personas change.
pub(crate) fn set_personas(map: &mut Obj, new: Vec<String>) {
    match new.first() {
        // No persona any more: the old lead's score stays as the map's one score.
        None => {
            for card in cards_mut(map) {
                card.remove("scores");
            }
        }
        // A map with no persona kept its one score in `emotion`; it becomes the new lead's.
        Some(lead) if personas_of(map).is_empty() => {
            let lead = lead.clone();
            for card in cards_mut(map) {
                card.remove("scores");
                normalize_card(card, &lead);
            }
        }
        Some(_) => normalize(map),
    }
    denormalize(map, &new);
    let value = Value::Array(new.into_iter().map(Value::String).collect());
    map.insert("personas".into(), value);
}

/// A card's score per persona of `personas` (the map's list, lead first), by persona id;
/// the key `""` holds the score of a map that names no persona.
pub(crate) fn per_persona(card: &Obj, personas: &[String]) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let emotion = card.get("emotion").filter(|v| !v.is_null());
    match personas.first() {
        Some(lead) => {
            if let Some(e) = emotion {
                out.insert(lead.clone(), e.clone());
            }
        }
        None => {
            if let Some(e) = emotion {
                out.insert(String::new(), e.clone());
            }
        }
    }
    if let Some(scores) = card.get("scores").and_then(Value::as_object) {
        for (k, v) in scores {
            out.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn map(v: Value) -> Obj {
        v.as_object().cloned().expect("object")
    }

    #[test]
    fn normalising_and_back_is_the_same_map() {
        let original = map(json!({
            "personas": ["a", "b"],
            "cards": [{"id": "c", "emotion": 1, "scores": {"b": -1}}, {"id": "d"}]
        }));
        let mut m = original.clone();
        normalize(&mut m);
        assert_eq!(
            m["cards"][0],
            json!({"id": "c", "scores": {"a": 1, "b": -1}})
        );
        denormalize(&mut m, &personas_of(&original));
        assert_eq!(m, original);
    }

    #[test]
    fn a_new_lead_takes_its_score_into_emotion_and_a_persona_taken_off_takes_its_own() {
        let mut m = map(json!({
            "personas": ["a", "b", "c"],
            "cards": [{"id": "x", "emotion": 1, "scores": {"b": -1, "c": 2}}]
        }));
        set_personas(&mut m, vec!["b".into(), "a".into()]);
        assert_eq!(
            m["cards"][0],
            json!({"id": "x", "emotion": -1, "scores": {"a": 1}})
        );
        assert_eq!(m["personas"], json!(["b", "a"]));
        set_personas(&mut m, vec![]);
        assert_eq!(m["cards"][0], json!({"id": "x", "emotion": -1}));
    }

    #[test]
    fn a_first_persona_takes_the_one_score() {
        let mut m = map(json!({"personas": [], "cards": [{"id": "x", "emotion": 2}]}));
        set_personas(&mut m, vec!["a".into()]);
        assert_eq!(m["cards"][0], json!({"id": "x", "emotion": 2}));
        let card = m["cards"][0].as_object().cloned().expect("card");
        assert_eq!(per_persona(&card, &["a".into()]).get("a"), Some(&json!(2)));
    }
}

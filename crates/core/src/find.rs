//! Finding cards by their text: titles, bodies, tags, owners and metrics, compared without
//! case (Unicode lower case, so "ÄRGER" finds "ärger"), in one map or across all of them.

use crate::model::{Card, CardId, JourneyMap, MapId, Project};

/// A card that matches, and the map it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The map.
    pub map: MapId,
    /// The card.
    pub card: CardId,
}

/// Whether `card` contains `needle`, which is already lower case and not empty.
fn matches(card: &Card, needle: &str) -> bool {
    let has = |text: &str| text.to_lowercase().contains(needle);
    has(&card.title)
        || has(&card.body)
        || has(&card.owner)
        || has(&card.metric)
        || card.tags.iter().any(|t| has(t))
}

/// The cards of `map` that contain `query`, in document order; none for a blank query.
pub fn in_map(map: &JourneyMap, query: &str) -> Vec<CardId> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    map.cards
        .iter()
        .filter(|c| matches(c, &needle))
        .map(|c| c.id.clone())
        .collect()
}

/// The cards of every map of `project` that contain `query`, map by map.
pub fn in_project(project: &Project, query: &str) -> Vec<Found> {
    project
        .maps
        .iter()
        .flat_map(|m| {
            in_map(m, query).into_iter().map(|card| Found {
                map: m.id.clone(),
                card,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_in_every_text_field_without_case_in_any_script() {
        let project = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
        let map = &project.maps[0];
        assert_eq!(in_map(map, "  "), Vec::<CardId>::new());
        let basket = in_map(map, "BASKET");
        assert!(basket.contains(&"c-a5".into()), "{basket:?}");
        let mut edited = map.clone();
        edited.cards[0].tags = vec!["Ärger".into()];
        edited.cards[1].owner = "営業チーム".into();
        edited.cards[2].metric = "NPS 42".into();
        assert_eq!(in_map(&edited, "ärger"), [edited.cards[0].id.clone()]);
        assert_eq!(in_map(&edited, "営業"), [edited.cards[1].id.clone()]);
        assert_eq!(in_map(&edited, "nps"), [edited.cards[2].id.clone()]);
        let everywhere = in_project(&project, "basket");
        assert!(everywhere.len() >= basket.len());
        assert!(
            everywhere
                .iter()
                .all(|f| project.maps.iter().any(|m| m.id == f.map))
        );
    }
}

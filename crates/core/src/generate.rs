//! Large, realistic projects for benchmarks and stress tests: N stages × M lanes × K
//! cards with journey-map-like text, the same for the same seed.

use crate::model::{
    Card, CardId, Channel, JourneyMap, Lane, LaneId, LaneKind, MapId, Project, Stage, StageId,
};

/// A small deterministic random generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "customer",
    "checks",
    "delivery",
    "price",
    "app",
    "order",
    "support",
    "waits",
    "compares",
    "reviews",
    "basket",
    "account",
    "email",
    "store",
    "confirms",
    "payment",
    "refund",
    "asks",
    "friend",
    "searches",
    "offer",
    "slot",
    "driver",
    "receipt",
    "loyalty",
    "points",
    "returns",
    "missing",
    "item",
    "fresh",
    "quickly",
    "again",
    "before",
    "after",
    "weekly",
    "late",
    "clear",
    "confusing",
    "helpful",
    "the",
    "a",
    "for",
    "with",
    "on",
    "about",
    "their",
    "new",
    "first",
    "second",
    "cart",
];
const STAGES: &[&str] = &[
    "Awareness",
    "Consideration",
    "Purchase",
    "Onboarding",
    "Usage",
    "Delivery",
    "Support",
    "Retention",
    "Advocacy",
    "Renewal",
];
const LANES: &[&str] = &[
    "Customer actions",
    "Touchpoints",
    "Thoughts",
    "Emotions",
    "Pain points",
    "Opportunities",
    "Backstage",
    "Owners",
    "Metrics",
    "Ideas",
];

fn sentence(rng: &mut Rng, min: usize, max: usize) -> String {
    let count = min + rng.below(max - min + 1);
    let mut text = String::new();
    for i in 0..count {
        let word = rng.pick(WORDS);
        if i == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                text.extend(first.to_uppercase());
                text.push_str(chars.as_str());
            }
        } else {
            text.push(' ');
            text.push_str(word);
        }
    }
    text
}

/// A project with one map of `stages` × `lanes` holding `cards` cards, from `seed`.
pub fn generate(stages: usize, lanes: usize, cards: usize, seed: u64) -> Project {
    let mut rng = Rng(seed);
    let stages: Vec<Stage> = (0..stages.max(1))
        .map(|i| Stage {
            id: StageId(format!("s-{}", i + 1)),
            name: format!("{} {}", STAGES[i % STAGES.len()], i / STAGES.len() + 1),
            description: sentence(&mut rng, 2, 5),
            ..Stage::default()
        })
        .collect();
    let lanes: Vec<Lane> = (0..lanes.max(1))
        .map(|i| Lane {
            id: LaneId(format!("l-{}", i + 1)),
            name: LANES[i % LANES.len()].to_owned(),
            kind: match i % LANES.len() {
                1 => LaneKind::Channels,
                3 => LaneKind::Emotion,
                _ => LaneKind::Cards,
            },
            ..Lane::default()
        })
        .collect();
    let channels = &Channel::ALL[..6];
    let cards: Vec<Card> = (0..cards)
        .map(|i| {
            let lane = &lanes[rng.below(lanes.len())];
            let stage = &stages[rng.below(stages.len())];
            let body = if rng.below(10) < 4 {
                sentence(&mut rng, 6, 24)
            } else {
                String::new()
            };
            Card {
                id: CardId(format!("c-{}", i + 1)),
                lane: lane.id.clone(),
                stage: stage.id.clone(),
                title: sentence(&mut rng, 3, 9),
                body,
                channel: (lane.kind == LaneKind::Channels)
                    .then(|| channels[rng.below(channels.len())].into()),
                emotion: (lane.kind == LaneKind::Emotion).then(|| rng.below(5) as i8 - 2),
                tags: if rng.below(10) < 2 {
                    vec!["observed".to_owned()]
                } else {
                    Vec::new()
                },
                ..Card::default()
            }
        })
        .collect();
    Project {
        title: format!("Generated journey ({} cards)", cards.len()),
        maps: vec![JourneyMap {
            id: MapId("m-1".to_owned()),
            name: "Current state".to_owned(),
            scenario: sentence(&mut rng, 8, 14),
            stages,
            lanes,
            cards,
            ..JourneyMap::default()
        }],
        ..Project::default()
    }
}

/// `project` with the order of the cards reversed inside every `every`-th cell of its
/// first map (counting cells in card-list order from 0), starting at cell `offset`: one
/// person's reordering of a large grid, for merge benchmarks. Two calls with different
/// offsets reorder different cells, so merging them is clean.
pub fn reorder_cells(project: &Project, every: usize, offset: usize) -> Project {
    let mut out = project.clone();
    let Some(map) = out.maps.first_mut() else {
        return out;
    };
    let mut cells: Vec<(LaneId, StageId)> = Vec::new();
    let mut members: std::collections::HashMap<(LaneId, StageId), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, c) in map.cards.iter().enumerate() {
        let cell = (c.lane.clone(), c.stage.clone());
        let slots = members.entry(cell.clone()).or_default();
        if slots.is_empty() {
            cells.push(cell);
        }
        slots.push(i);
    }
    let every = every.max(1);
    for cell in cells.iter().skip(offset).step_by(every) {
        let slots = &members[cell];
        let reversed: Vec<Card> = slots.iter().rev().map(|&i| map.cards[i].clone()).collect();
        for (&slot, card) in slots.iter().zip(reversed) {
            map.cards[slot] = card;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_project_and_it_is_valid() {
        let a = generate(8, 8, 1000, 7);
        assert_eq!(a, generate(8, 8, 1000, 7));
        assert_ne!(a, generate(8, 8, 1000, 8));
        assert_eq!(a.maps[0].cards.len(), 1000);
        assert!(crate::io::validate(&a).is_empty());
        let bytes = crate::io::to_bytes(&a).expect("encodes");
        assert_eq!(crate::io::load_bytes(&bytes).expect("loads"), a);
    }
}

//! Twins told apart, and nothing copied when there are none.

use super::separated;
use crate::model::{Card, Link, Project, Stage};

fn sample() -> Project {
    crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("the sample")
}

/// A card `c-42` in the first cell with `title`, and an arrow to it from the first card.
fn with_card(base: &Project, title: &str) -> Project {
    let mut p = base.clone();
    let map = &mut p.maps[0];
    let first = map.cards[0].clone();
    map.cards.push(Card {
        id: "c-42".into(),
        title: title.to_owned(),
        ..first.clone()
    });
    map.links.push(Link {
        from: first.id,
        to: "c-42".into(),
        label: String::new(),
        extra: Default::default(),
    });
    p
}

#[test]
fn nothing_is_copied_without_twins() {
    let base = sample();
    let mut ours = base.clone();
    ours.maps[0].cards[0].title = "Edited here".into();
    ours.maps[0].cards.remove(3);
    let mut theirs = base.clone();
    theirs.maps[0].cards[1].title = "Edited there".into();
    assert!(separated(&base, &ours, &theirs).is_none(), "edits only");
    // The same card added on both sides, alike: one addition, not twins.
    let same = with_card(&base, "Both wrote this");
    assert!(separated(&base, &same, &same.clone()).is_none(), "alike");
}

#[test]
fn a_card_added_twice_under_one_id_becomes_two_cards_with_their_arrows() {
    let base = sample();
    let (ours, theirs) = (with_card(&base, "Mine"), with_card(&base, "Yours"));
    let Some((o, t)) = separated(&base, &ours, &theirs) else {
        panic!("twins are told apart");
    };
    let id_of = |p: &Project, title: &str| {
        p.maps[0]
            .cards
            .iter()
            .find(|c| c.title == title)
            .map(|c| c.id.to_string())
    };
    // "Yours" sorts after "Mine" in its file form: theirs is renamed.
    assert_eq!(id_of(&o, "Mine").as_deref(), Some("c-42"));
    assert_eq!(id_of(&t, "Yours").as_deref(), Some("c-42-2"));
    assert!(t.maps[0].links.iter().any(|l| l.to.as_str() == "c-42-2"));
    let merged = crate::compare::merge(&base, &ours, &theirs).expect("merges");
    let titles: Vec<&str> = merged.maps[0]
        .cards
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert!(
        titles.contains(&"Mine") && titles.contains(&"Yours"),
        "{titles:?}"
    );
    assert!(merged.conflicts.is_none(), "{:?}", merged.conflicts);
}

#[test]
fn a_stage_added_twice_under_one_id_takes_its_cards_along() {
    let base = sample();
    let add = |name: &str| {
        let mut p = base.clone();
        let map = &mut p.maps[0];
        map.stages.push(Stage {
            id: "s-new".into(),
            name: name.to_owned(),
            ..map.stages[0].clone()
        });
        let mut card = map.cards[0].clone();
        card.id = format!("c-in-{name}").as_str().into();
        card.stage = "s-new".into();
        map.cards.push(card);
        p
    };
    let (ours, theirs) = (add("Onboarding"), add("Returns"));
    let Some((o, t)) = separated(&base, &ours, &theirs) else {
        panic!("twins are told apart");
    };
    let stage_of = |p: &Project, card: &str| {
        p.maps[0]
            .cards
            .iter()
            .find(|c| c.id.as_str() == card)
            .map(|c| c.stage.to_string())
    };
    assert_eq!(stage_of(&o, "c-in-Onboarding").as_deref(), Some("s-new"));
    assert_eq!(stage_of(&t, "c-in-Returns").as_deref(), Some("s-new-2"));
    let merged = crate::compare::merge(&base, &ours, &theirs).expect("merges");
    let names: Vec<&str> = merged.maps[0]
        .stages
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert!(
        names.contains(&"Onboarding") && names.contains(&"Returns"),
        "{names:?}"
    );
}

/// What one side does with one kind of thing in [`looking_first_agrees_with_separating`].
#[derive(Clone, Copy, Debug)]
enum Add {
    Nothing,
    Ours,
    Theirs,
    BothAlike,
    BothDiffering,
}

/// Adds, per kind (persona, picture, stage, lane, metric, card, note), a thing under one
/// id to neither side, one, both alike or both differently.
fn add_all(base: &Project, adds: &[Add; 7]) -> (Project, Project) {
    use crate::model::{ImageAsset, Lane, Metric, Note, Persona};
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for (kind, add) in adds.iter().enumerate() {
        let sides: Vec<(&mut Project, &str)> = match add {
            Add::Nothing => Vec::new(),
            Add::Ours => vec![(&mut ours, "a")],
            Add::Theirs => vec![(&mut theirs, "a")],
            Add::BothAlike => vec![(&mut ours, "a"), (&mut theirs, "a")],
            Add::BothDiffering => vec![(&mut ours, "a"), (&mut theirs, "b")],
        };
        for (p, text) in sides {
            let map = &mut p.maps[0];
            match kind {
                0 => p.personas.push(Persona {
                    id: "p-new".into(),
                    name: text.to_owned(),
                    ..Persona::default()
                }),
                1 => {
                    p.images.insert(
                        "img-new".into(),
                        ImageAsset {
                            mime: "image/png".to_owned(),
                            data: text.to_owned(),
                            ..ImageAsset::default()
                        },
                    );
                }
                2 => map.stages.push(Stage {
                    id: "s-new".into(),
                    name: text.to_owned(),
                    ..map.stages[0].clone()
                }),
                3 => map.lanes.push(Lane {
                    id: "l-new".into(),
                    name: text.to_owned(),
                    ..map.lanes[0].clone()
                }),
                4 => map.lanes[0].metrics.push(Metric {
                    id: "k-new".into(),
                    name: text.to_owned(),
                    ..Metric::default()
                }),
                5 => map.cards.push(Card {
                    id: "c-new".into(),
                    title: text.to_owned(),
                    ..map.cards[0].clone()
                }),
                _ => map.cards[0].notes.push(Note {
                    id: "n-new".into(),
                    text: text.to_owned(),
                    ..Note::default()
                }),
            }
        }
    }
    (ours, theirs)
}

proptest::proptest! {
    /// Looking for twins first says "none" exactly when separating them would change
    /// nothing, whatever each side added.
    #[test]
    fn looking_first_agrees_with_separating(
        adds in proptest::array::uniform7(proptest::prop_oneof![
            proptest::strategy::Just(Add::Nothing),
            proptest::strategy::Just(Add::Ours),
            proptest::strategy::Just(Add::Theirs),
            proptest::strategy::Just(Add::BothAlike),
            proptest::strategy::Just(Add::BothDiffering),
        ])
    ) {
        let base = sample();
        let (ours, theirs) = add_all(&base, &adds);
        let (mut o, mut t) = (ours.clone(), theirs.clone());
        super::separate(&base, &mut o, &mut t);
        let changed = o != ours || t != theirs;
        proptest::prop_assert_eq!(separated(&base, &ours, &theirs).is_some(), changed);
        proptest::prop_assert_eq!(
            changed,
            adds.iter().any(|a| matches!(a, Add::BothDiffering))
        );
    }
}

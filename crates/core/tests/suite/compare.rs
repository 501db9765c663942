//! Diff and three-way merge of projects: the rules for the hard cases, and properties over
//! random edits of the sample by two people.

use crate::support::sample;
use proptest::prelude::*;
use waymark_core::compare::{self, ChangeOp};
use waymark_core::edit::{Action, Editor};
use waymark_core::io;
use waymark_core::model::HeaderId;
use waymark_core::model::{ConflictKind, MapId, Project, Side, Thing};

fn current() -> MapId {
    "m-current".into()
}

/// The sample after `edit` on its current-state map.
fn edited(edit: impl FnOnce(&mut Editor)) -> Project {
    let mut ed = Editor::new(sample(), None);
    edit(&mut ed);
    ed.project().clone()
}

fn act(ed: &mut Editor, action: Action) {
    ed.perform(&current(), action, None)
        .expect("action applies");
}

fn retitle(ed: &mut Editor, card: &str, title: &str) {
    let mut c = ed.project().maps[0]
        .cards
        .iter()
        .find(|c| c.id.as_str() == card)
        .expect("card")
        .clone();
    c.title = title.to_owned();
    act(ed, Action::UpdateCard(c));
}

fn conflicts(p: &Project) -> Vec<&waymark_core::model::Conflict> {
    p.conflicts.iter().flat_map(|c| &c.items).collect()
}

#[test]
fn diff_names_things_and_says_how_they_changed() {
    let a = sample();
    let b = edited(|ed| {
        retitle(ed, "c-a1", "Sees a colleague's post");
        act(
            ed,
            Action::MoveCards {
                cards: vec!["c-a2".into()],
                lane: "l-thoughts".into(),
                stage: "s-awareness".into(),
                before: None,
            },
        );
    });
    let lines: Vec<String> = compare::diff_projects(&a, &b)
        .iter()
        .map(compare::describe)
        .collect();
    assert!(
        lines.iter().any(|l| l.starts_with("~ card \"Sees a friend")
            && l.contains("→ \"Sees a colleague's post\" (Customer actions · Awareness)")),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("→ moved")
            && l.contains("from Customer actions to Thoughts (Awareness)")),
        "{lines:#?}"
    );
    assert!(compare::diff_projects(&a, &a).is_empty());
}

#[test]
fn diff_reports_the_project_and_map_fields_unknown_ones_included_and_nothing_else() {
    let a = sample();
    let mut b = a.clone();
    b.title = "Renamed".to_owned();
    b.extra
        .insert("x-team".to_owned(), serde_json::json!("Tokyo"));
    b.maps[0].scenario = "A new scenario".to_owned();
    b.maps[0]
        .extra
        .insert("x-review".to_owned(), serde_json::json!(true));
    let changes = compare::diff_projects(&a, &b);
    let fields: Vec<(Thing, Option<&str>)> = changes
        .iter()
        .map(|c| (c.thing, c.field.as_deref()))
        .collect();
    for want in [
        (Thing::Project, Some("title")),
        (Thing::Project, Some("x-team")),
        (Thing::Map, Some("scenario")),
        (Thing::Map, Some("x-review")),
    ] {
        assert!(fields.contains(&want), "{want:?} in {fields:?}");
    }
    assert_eq!(fields.len(), 4, "{changes:#?}");
}

#[test]
fn emotion_changes_are_numbers_with_their_delta() {
    let a = sample();
    let b = edited(|ed| {
        let mut c = ed.project().maps[0]
            .cards
            .iter()
            .find(|c| c.emotion == Some(-2))
            .expect("a -2 card")
            .clone();
        c.emotion = Some(1);
        act(ed, Action::UpdateCard(c));
    });
    let changes = compare::diff_projects(&a, &b);
    let line = compare::describe(&changes[0]);
    assert!(line.contains("score for Maya: -2 → +1 (+3)"), "{line}");
}

#[test]
fn edits_to_different_fields_of_one_card_merge_cleanly() {
    let base = sample();
    let x = edited(|ed| retitle(ed, "c-a1", "New title"));
    let y = edited(|ed| {
        let mut c = ed.project().maps[0].cards[0].clone();
        c.body = "New body".to_owned();
        act(ed, Action::UpdateCard(c));
    });
    let merged = compare::merge(&base, &x, &y).expect("merges");
    assert!(conflicts(&merged).is_empty());
    let card = &merged.maps[0].cards[0];
    assert_eq!(
        (card.title.as_str(), card.body.as_str()),
        ("New title", "New body")
    );
}

#[test]
fn two_people_adding_a_card_each_keep_both() {
    let base = sample();
    let add = |title: &'static str| {
        edited(move |ed| {
            act(
                ed,
                Action::AddCard {
                    lane: "l-actions".into(),
                    stage: "s-awareness".into(),
                    title: title.to_owned(),
                    image: None,
                },
            );
        })
    };
    let (x, y) = (add("Mine"), add("Yours"));
    let id_of = |p: &Project, title: &str| {
        p.maps[0]
            .cards
            .iter()
            .find(|c| c.title == title)
            .map(|c| c.id.clone())
    };
    assert_ne!(
        id_of(&x, "Mine"),
        id_of(&y, "Yours"),
        "new ids do not collide between two people"
    );
    let merged = compare::merge(&base, &x, &y).expect("merges");
    assert!(conflicts(&merged).is_empty(), "{:?}", merged.conflicts);
    let titles: Vec<&str> = merged.maps[0]
        .cards
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert!(titles.contains(&"Mine") && titles.contains(&"Yours"));
    assert_eq!(merged, compare::merge(&base, &y, &x).expect("merges"));
}

#[test]
fn one_title_edited_two_ways_is_a_conflict_that_resolves_either_way() {
    let base = sample();
    let x = edited(|ed| retitle(ed, "c-a1", "Ours"));
    let y = edited(|ed| retitle(ed, "c-a1", "Theirs"));
    let merged = compare::merge(&base, &x, &y).expect("merges");
    let found = conflicts(&merged);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].kind, found[0].thing),
        (ConflictKind::Field, Thing::Card)
    );
    assert_eq!(merged.maps[0].cards[0].title, "Ours", "ours is kept");
    let text = compare::describe_conflict(found[0], &merged);
    assert!(text.contains("ours \"Ours\", theirs \"Theirs\""), "{text}");
    // The conflicts survive a save and load.
    let bytes = io::to_bytes(&merged).expect("saves");
    assert_eq!(io::load_bytes(&bytes).expect("loads"), merged);

    let theirs = compare::resolve(&merged, &found[0].id, Side::Theirs).expect("resolves");
    assert_eq!(theirs.maps[0].cards[0].title, "Theirs");
    assert!(
        theirs.conflicts.is_none(),
        "the section goes with the last conflict"
    );
    let ours = compare::resolve(&merged, &found[0].id, Side::Ours).expect("resolves");
    assert_eq!(ours.maps[0].cards[0].title, "Ours");
    assert!(ours.conflicts.is_none());
}

#[test]
fn two_long_titles_that_part_late_are_described_where_they_differ() {
    let base = sample();
    let start = "比較サイトで探す · قارن الأسعار · कीमतें देखें 🛒 and a long shared start";
    let ours = format!("{start} (Ben: cheaper on Tuesdays)");
    let theirs = format!("{start} (Aiko: fees first)");
    let x = edited(|ed| retitle(ed, "c-a1", &ours));
    let y = edited(|ed| retitle(ed, "c-a1", &theirs));
    let merged = compare::merge(&base, &x, &y).expect("merges");
    let text = compare::describe_conflict(conflicts(&merged)[0], &merged);
    assert!(
        text.contains("(Ben: cheaper on Tuesdays)") && text.contains("(Aiko: fees first)"),
        "both differences show: {text}"
    );
}

#[test]
fn a_card_moved_two_ways_is_one_conflict() {
    let base = sample();
    let to = |lane: &'static str| {
        edited(move |ed| {
            act(
                ed,
                Action::MoveCards {
                    cards: vec!["c-a1".into()],
                    lane: lane.into(),
                    stage: "s-purchase".into(),
                    before: None,
                },
            );
        })
    };
    let merged = compare::merge(&base, &to("l-thoughts"), &to("l-pain")).expect("merges");
    let found = conflicts(&merged);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field.as_deref(), Some("cell"));
    let text = compare::describe_conflict(found[0], &merged);
    assert!(
        text.ends_with("place: ours Thoughts · Purchase, theirs Pain points · Purchase"),
        "{text}"
    );
    let resolved = compare::resolve(&merged, &found[0].id, Side::Theirs).expect("resolves");
    let card = resolved.maps[0]
        .cards
        .iter()
        .find(|c| c.id.as_str() == "c-a1")
        .expect("card");
    assert_eq!(card.lane.as_str(), "l-pain");
}

#[test]
fn a_delete_against_an_edit_keeps_the_card_until_someone_decides() {
    let base = sample();
    let x = edited(|ed| act(ed, Action::DeleteCards(vec!["c-a1".into()])));
    let y = edited(|ed| retitle(ed, "c-a1", "Still wanted"));
    let merged = compare::merge(&base, &x, &y).expect("merges");
    let found = conflicts(&merged);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].kind, found[0].deleted_by),
        (ConflictKind::Deleted, Some(Side::Ours))
    );
    assert!(
        merged.maps[0]
            .cards
            .iter()
            .any(|c| c.title == "Still wanted")
    );
    let deleted = compare::resolve(&merged, &found[0].id, Side::Ours).expect("resolves");
    assert!(
        deleted.maps[0]
            .cards
            .iter()
            .all(|c| c.id.as_str() != "c-a1")
    );
    assert!(io::validate(&deleted).is_empty());
}

#[test]
fn a_card_added_to_a_deleted_lane_keeps_the_lane() {
    let base = sample();
    let x = edited(|ed| act(ed, Action::DeleteHeader(HeaderId::Lane("l-pain".into()))));
    let y = edited(|ed| {
        act(
            ed,
            Action::AddCard {
                lane: "l-pain".into(),
                stage: "s-awareness".into(),
                title: "New pain".into(),
                image: None,
            },
        );
    });
    let merged = compare::merge(&base, &x, &y).expect("merges");
    assert!(io::validate(&merged).is_empty());
    let found = conflicts(&merged);
    assert!(
        found
            .iter()
            .any(|c| c.thing == Thing::Lane && c.kind == ConflictKind::Deleted),
        "{found:?}"
    );
    assert!(merged.maps[0].cards.iter().any(|c| c.title == "New pain"));
}

#[test]
fn two_different_reorders_keep_ours_and_theirs_can_be_picked() {
    let base = sample();
    let x = edited(|ed| {
        act(
            ed,
            Action::MoveHeader {
                header: HeaderId::Stage("s-retention".into()),
                before: Some(HeaderId::Stage("s-awareness".into())),
            },
        )
    });
    let y = edited(|ed| {
        act(
            ed,
            Action::MoveHeader {
                header: HeaderId::Stage("s-awareness".into()),
                before: None,
            },
        )
    });
    let merged = compare::merge(&base, &x, &y).expect("merges");
    let found = conflicts(&merged);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, ConflictKind::Order);
    assert_eq!(merged.maps[0].stages, x.maps[0].stages);
    let theirs = compare::resolve(&merged, &found[0].id, Side::Theirs).expect("resolves");
    assert_eq!(theirs.maps[0].stages, y.maps[0].stages);
}

/// One random edit by one person.
#[derive(Clone, Debug)]
enum Edit {
    Act(Box<Action>),
    Retitle(usize, &'static str),
    Emotion(usize, i8),
    Tag(usize, &'static str),
}

fn boxed(action: Action) -> Edit {
    Edit::Act(Box::new(action))
}

fn arb_edit() -> impl Strategy<Value = Edit> {
    let card = (1usize..=8).prop_map(|n| format!("c-a{n}"));
    let lanes = prop::sample::select(vec!["l-actions", "l-thoughts", "l-pain"]);
    let stages = prop::sample::select(vec!["s-awareness", "s-purchase", "s-retention"]);
    prop_oneof![
        (card.clone(), lanes.clone(), stages.clone()).prop_map(|(c, l, s)| boxed(
            Action::MoveCards {
                cards: vec![c.as_str().into()],
                lane: l.into(),
                stage: s.into(),
                before: None,
            }
        )),
        (lanes.clone(), stages.clone()).prop_map(|(l, s)| boxed(Action::AddCard {
            lane: l.into(),
            stage: s.into(),
            title: "Added".into(),
            image: None,
        })),
        card.clone()
            .prop_map(|c| boxed(Action::DeleteCards(vec![c.as_str().into()]))),
        (card.clone(), card.clone()).prop_map(|(a, b)| boxed(Action::AddLink {
            from: a.as_str().into(),
            to: b.as_str().into()
        })),
        (stages.clone(), prop::option::of(stages.clone())).prop_map(|(s, before)| boxed(
            Action::MoveHeader {
                header: HeaderId::Stage(s.into()),
                before: (before.map(Into::into)).map(HeaderId::Stage),
            }
        )),
        stages.prop_map(|s| boxed(Action::DeleteHeader(HeaderId::Stage(s.into())))),
        lanes.prop_map(|l| boxed(Action::DeleteHeader(HeaderId::Lane(l.into())))),
        (0usize..8, prop::sample::select(vec!["One", "Two"]))
            .prop_map(|(n, t)| Edit::Retitle(n, t)),
        (0usize..8, -2i8..=2).prop_map(|(n, e)| Edit::Emotion(n, e)),
        (0usize..8, prop::sample::select(vec!["vip", "web"])).prop_map(|(n, t)| Edit::Tag(n, t)),
    ]
}

fn apply(edits: &[Edit]) -> Project {
    let mut ed = Editor::new(sample(), None);
    for edit in edits {
        let card = |ed: &Editor, n: usize| ed.project().maps[0].cards.get(n).cloned();
        let action = match edit {
            Edit::Act(a) => Some((**a).clone()),
            Edit::Retitle(n, t) => card(&ed, *n).map(|mut c| {
                c.title = (*t).to_owned();
                Action::UpdateCard(c)
            }),
            Edit::Emotion(n, e) => card(&ed, *n).map(|mut c| {
                c.emotion = Some(*e);
                Action::UpdateCard(c)
            }),
            Edit::Tag(n, t) => card(&ed, *n).map(|mut c| {
                c.tags.push((*t).to_owned());
                Action::UpdateCard(c)
            }),
        };
        if let Some(action) = action {
            let _ = ed.perform(&current(), action, None);
        }
    }
    ed.project().clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(edits in prop::collection::vec(arb_edit(), 0..8)) {
        let base = sample();
        let x = apply(&edits);
        prop_assert_eq!(&compare::merge(&base, &x, &base).expect("merges"), &x);
        prop_assert_eq!(&compare::merge(&base, &base, &x).expect("merges"), &x);
        prop_assert!(compare::diff_projects(&x, &x).is_empty());
    }

    #[test]
    fn clean_merges_do_not_depend_on_the_side(
        ours in prop::collection::vec(arb_edit(), 0..6),
        theirs in prop::collection::vec(arb_edit(), 0..6),
    ) {
        let base = sample();
        let (x, y) = (apply(&ours), apply(&theirs));
        let xy = compare::merge(&base, &x, &y).expect("merges");
        prop_assert!(io::validate(&xy).is_empty(), "{:?}", io::validate(&xy));
        let yx = compare::merge(&base, &y, &x).expect("merges");
        prop_assert!(io::validate(&yx).is_empty());
        if xy.conflicts.is_none() {
            prop_assert!(yx.conflicts.is_none());
            prop_assert_eq!(&xy, &yx);
        }
        // Every conflict resolves either way into a valid project.
        for c in conflicts(&xy) {
            for side in [Side::Ours, Side::Theirs] {
                if let Ok(p) = compare::resolve(&xy, &c.id, side) {
                    prop_assert!(io::validate(&p).is_empty());
                }
            }
        }
    }

    #[test]
    fn diff_counts_a_single_retitle_once(n in 0usize..8) {
        let base = sample();
        let x = apply(&[Edit::Retitle(n, "Renamed")]);
        let changes = compare::diff_projects(&base, &x);
        prop_assert_eq!(changes.len(), 1);
        prop_assert_eq!(changes[0].op, ChangeOp::Changed);
    }
}

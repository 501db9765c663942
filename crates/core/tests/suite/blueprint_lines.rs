//! Issue 28's blueprint lines: a lane of kind `line` is a thin band drawn as one labelled
//! dashed rule across every stage, in every output; it takes no cards (edits refuse one,
//! drops find no spot there, keyboard moves pass over it), a lane holding cards cannot
//! become one, and `check` names a card a hand edit left in one. The service-blueprint
//! template draws the three standard lines.

use waymark_core::edit::{Action, EditError, Editor};
use waymark_core::export::{ExportKind, Format};
use waymark_core::layout::{self, metrics, scene::Prim};
use waymark_core::model::{Header, LaneKind, MapId, Project};
use waymark_core::{assets, compare, io};

fn blueprint() -> Project {
    io::load_bytes(
        assets::template("service-blueprint")
            .expect("template")
            .as_bytes(),
    )
    .expect("loads")
}

/// The template with a card in Customer actions (Book) and one in Frontstage (Arrive).
fn with_cards() -> Project {
    let mut ed = Editor::new(blueprint(), None);
    let m = MapId::from("m-current");
    for (lane, stage, title) in [
        (
            "l-customer-actions",
            "s-book",
            "Books online — オンライン予約",
        ),
        ("l-frontstage", "s-arrive", "يرحب موظف الاستقبال"),
    ] {
        ed.perform(
            &m,
            Action::AddCard {
                lane: lane.into(),
                stage: stage.into(),
                title: title.into(),
                image: None,
            },
            None,
        )
        .expect("adds");
    }
    ed.project().clone()
}

fn dashed(prims: &[Prim]) -> Vec<(emath::Pos2, emath::Pos2)> {
    prims
        .iter()
        .filter_map(|p| match p {
            Prim::Line {
                from,
                to,
                dashed: true,
                ..
            } => Some((*from, *to)),
            _ => None,
        })
        .collect()
}

#[test]
fn the_template_draws_three_lines_each_one_dashed_rule_across_every_stage() {
    let project = with_cards();
    let map = &project.maps[0];
    let names: Vec<&str> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Line)
        .map(|l| l.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Line of interaction",
            "Line of visibility",
            "Line of internal interaction"
        ]
    );
    assert!(
        map.lanes
            .iter()
            .all(|l| l.kind != LaneKind::Text || l.name == "Physical evidence"),
        "no text lane fakes a line"
    );
    let engine = waymark_core::text::TextEngine::global();
    let layout = layout::layout_map(&project, map, engine);
    let scene = layout::scene::build(&layout);
    let rules = dashed(&scene.background);
    assert_eq!(rules.len(), 3, "one rule per line");
    let (left, right) = (
        layout.stages.first().expect("stages").rect.left(),
        layout.stages.last().expect("stages").rect.right(),
    );
    for (i, lane) in map.lanes.iter().enumerate() {
        let header = &layout.lanes[i];
        let in_band = |y: f32| header.rect.top() < y && y < header.rect.bottom();
        let here: Vec<_> = rules.iter().filter(|(f, _)| in_band(f.y)).collect();
        if lane.kind == LaneKind::Line {
            assert_eq!(here.len(), 1, "{}", lane.name);
            let (from, to) = here[0];
            assert_eq!((from.x, to.x), (left, right), "spans every stage");
            assert_eq!(from.y, to.y, "level");
            assert!(
                header.rect.height() < metrics::MIN_LANE_HEIGHT / 2.0,
                "{} is thin: {}",
                lane.name,
                header.rect.height()
            );
            // Labelled: its name in its header, on one line, inside the band.
            let label: Vec<&str> = header.lines.iter().map(|l| &*l.text).collect();
            assert_eq!(label, [lane.name.as_str()]);
            assert!(header.rect.contains_rect(header.lines[0].rect()));
            // No cells take cards, and a drop there finds no spot.
            for cell in layout.cells.iter().filter(|c| c.lane == i) {
                assert!(!cell.takes_cards);
                assert_eq!(layout.drop_spot(cell.rect.center(), &[]), None);
            }
            assert!(layout.cards.iter().all(|c| layout.cells[c.cell].lane != i));
        } else {
            assert!(here.is_empty(), "{}", lane.name);
            for cell in layout.cells.iter().filter(|c| c.lane == i) {
                assert!(cell.takes_cards);
                assert!(layout.drop_spot(cell.rect.center(), &[]).is_some());
            }
        }
    }
}

#[test]
fn every_output_draws_the_three_rules() {
    let project = with_cards();
    let map = &project.maps[0];
    let run = |kind: ExportKind, format: Format, paged: bool| {
        crate::support::export_map(&project, map, kind, format, paged)
    };
    let svg =
        String::from_utf8(run(ExportKind::Image(Format::Svg), Format::Svg, false)).expect("utf-8");
    let rule_hex = waymark_core::palette::BLUEPRINT_LINE.hex();
    let rules_in = |text: &str| {
        text.match_indices("stroke-dasharray")
            .filter(|(at, _)| {
                let start = text[..*at].rfind('<').unwrap_or(0);
                text[start..*at].to_uppercase().contains(&rule_hex)
            })
            .count()
    };
    assert_eq!(rules_in(&svg), 3, "SVG");
    let html = String::from_utf8(run(ExportKind::Html, Format::Svg, false)).expect("utf-8");
    assert_eq!(rules_in(&html), 3, "HTML");
    // The PPTX draws each page's scene: a dashed line per line.
    let slides = crate::support::pptx_slides(&run(ExportKind::Pptx, Format::Pdf, false));
    let dashes = slides
        .split("<p:cxnSp>")
        .skip(1)
        .filter(|s| {
            s.split("</p:cxnSp>")
                .next()
                .is_some_and(|l| l.contains("prstDash"))
        })
        .count();
    assert!(dashes >= 3, "PPTX: {dashes} dashed rules");
    // PDF on one page and on paper: the lines' names are there.
    for paged in [false, true] {
        let text =
            crate::support::pdf_text(&run(ExportKind::Image(Format::Pdf), Format::Pdf, paged));
        for name in [
            "Line of interaction",
            "Line of visibility",
            "Line of internal",
        ] {
            assert!(text.contains(name), "paged {paged}: {name}");
        }
    }
}

#[test]
fn a_line_takes_no_cards_and_keyboard_moves_pass_over_it() {
    let project = with_cards();
    let m = MapId::from("m-current");
    let mut ed = Editor::new(project.clone(), None);
    let line = "l-line-of-interaction";
    let refused = ed.perform(
        &m,
        Action::AddCard {
            lane: line.into(),
            stage: "s-book".into(),
            title: "Nope".into(),
            image: None,
        },
        None,
    );
    assert!(
        matches!(refused, Err(EditError::NoCardsHere { .. })),
        "{refused:?}"
    );
    let card = project.maps[0]
        .cards
        .iter()
        .find(|c| c.lane.as_str() == "l-customer-actions")
        .expect("card")
        .id
        .clone();
    let dropped = ed.perform(
        &m,
        Action::MoveCards {
            cards: vec![card.clone()],
            lane: line.into(),
            stage: "s-book".into(),
            before: None,
        },
        None,
    );
    assert!(
        matches!(dropped, Err(EditError::NoCardsHere { .. })),
        "{dropped:?}"
    );
    assert_eq!(ed.project(), &project, "nothing changed");
    // Alt+Down from Customer actions lands in Frontstage, past the line; Alt+Up back.
    ed.perform(
        &m,
        Action::ShiftCards {
            cards: vec![card.clone()],
            lanes: 1,
            stages: 0,
        },
        None,
    )
    .expect("moves");
    let lane_of = |ed: &Editor| {
        let map = &ed.project().maps[0];
        map.cards[map.card_index(&card).expect("card")]
            .lane
            .to_string()
    };
    assert_eq!(lane_of(&ed), "l-frontstage");
    ed.perform(
        &m,
        Action::ShiftCards {
            cards: vec![card.clone()],
            lanes: -1,
            stages: 0,
        },
        None,
    )
    .expect("moves");
    assert_eq!(lane_of(&ed), "l-customer-actions");
    // The arrow keys step over it too: from Customer actions (Discover, empty) down to
    // Frontstage, and from the card in Book down into Frontstage's Book cell.
    use waymark_core::layout::nav::{self, Direction, Place};
    let project = ed.project().clone();
    let map = &project.maps[0];
    let layout = layout::layout_map(&project, map, waymark_core::text::TextEngine::global());
    let lane = |id: &str| {
        map.lanes
            .iter()
            .position(|l| l.id.as_str() == id)
            .expect("lane")
    };
    let down = nav::step(
        map,
        &layout,
        Place::Cell {
            lane: lane("l-customer-actions"),
            stage: 0,
        },
        Direction::Down,
    );
    assert_eq!(
        down,
        Some(Place::Cell {
            lane: lane("l-frontstage"),
            stage: 0
        })
    );
    let from_card = nav::step(
        map,
        &layout,
        Place::Card(map.card_index(&card).expect("card")),
        Direction::Down,
    );
    assert_eq!(
        from_card,
        Some(Place::Cell {
            lane: lane("l-frontstage"),
            stage: 1
        })
    );
    let up = nav::step(
        map,
        &layout,
        Place::Cell {
            lane: lane("l-backstage"),
            stage: 5,
        },
        Direction::Up,
    );
    assert_eq!(
        up,
        Some(Place::Cell {
            lane: lane("l-frontstage"),
            stage: 5
        })
    );
}

#[test]
fn a_lane_with_cards_cannot_become_a_line_and_check_names_cards_in_one() {
    let project = with_cards();
    let m = MapId::from("m-current");
    let mut ed = Editor::new(project.clone(), None);
    let mut lane = project.maps[0].lanes[1].clone();
    assert_eq!(lane.id.as_str(), "l-customer-actions");
    lane.kind = LaneKind::Line;
    let refused = ed.perform(&m, Action::UpdateHeader(Header::Lane(lane)), None);
    assert!(
        matches!(refused, Err(EditError::LaneHoldsCards { cards: 1, .. })),
        "{refused:?}"
    );
    // An empty lane can, and back.
    let mut empty = project.maps[0].lanes[0].clone();
    empty.kind = LaneKind::Line;
    ed.perform(&m, Action::UpdateHeader(Header::Lane(empty)), None)
        .expect("an empty lane becomes a line");
    // A hand edit that leaves a card in a line: it loads, and check names it.
    let mut text = String::from_utf8(io::to_bytes(&project).expect("saves")).expect("utf-8");
    text = text.replacen(
        "\"lane\": \"l-customer-actions\"",
        "\"lane\": \"l-line-of-visibility\"",
        1,
    );
    let hand = io::load_bytes(text.as_bytes()).expect("still loads");
    let hidden = io::hidden_cards(&hand);
    assert_eq!(hidden.len(), 1);
    assert!(
        hidden[0].message.contains("Line of visibility")
            && hidden[0].message.contains("Blueprint line"),
        "{}",
        hidden[0].message
    );
    // The lane kind round-trips through the file and the CSV grid, diffs and merges.
    assert!(text.contains("\"kind\": \"line\""));
    let csv = waymark_core::interop::csv::write_csv(&project.maps[0]).expect("csv");
    assert!(
        csv.text.contains("Line of visibility (line)"),
        "{}",
        csv.text
    );
    let back = waymark_core::interop::csv::read_csv(csv.text.as_bytes(), "b").expect("reads");
    let kinds: Vec<LaneKind> = back.maps[0].lanes.iter().map(|l| l.kind).collect();
    let want: Vec<LaneKind> = project.maps[0].lanes.iter().map(|l| l.kind).collect();
    assert_eq!(kinds, want);
    let mut theirs = project.clone();
    theirs.maps[0].lanes[0].kind = LaneKind::Line;
    let said: Vec<String> = compare::diff_projects(&project, &theirs)
        .iter()
        .map(compare::describe)
        .collect();
    assert!(said.iter().any(|s| s.contains("line")), "{said:?}");
    let mut ours = project.clone();
    ours.maps[0].lanes[2].name = "Line of interaction (customer)".into();
    let merged = compare::merge(&project, &ours, &theirs).expect("merges");
    assert!(merged.conflicts.is_none());
    assert_eq!(merged.maps[0].lanes[0].kind, LaneKind::Line);
    assert_eq!(
        merged.maps[0].lanes[2].name,
        "Line of interaction (customer)"
    );
}

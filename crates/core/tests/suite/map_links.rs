//! Issue 28's maps that open maps: a card's `opens` names another map of the project,
//! shows as a chip with that map's name in every output, round-trips (absent when none),
//! is checked (`check` names a link to a missing map; the file still opens), diffs and
//! merges, and deleting a map
//! clears the links to it in the same undo step.

use waymark_core::edit::{Action, Editor, links_to_map};
use waymark_core::export::{ExportKind, Format};
use waymark_core::layout;
use waymark_core::model::Project;
use waymark_core::{compare, io};

use crate::support::sample;

/// The sample with its first card (on the current map) opening the future map, whose
/// name is given in Japanese to see a non-Latin chip.
fn linked() -> Project {
    let mut p = sample();
    assert!(p.maps.len() >= 2);
    p.maps[1].name = "将来の状態 — future".into();
    let target = p.maps[1].id.clone();
    p.maps[0].cards[0].opens = Some(target);
    assert!(io::validate(&p).is_empty(), "{:?}", io::validate(&p));
    p
}

#[test]
fn a_card_opening_a_map_shows_its_name_on_a_chip_in_every_output() {
    let project = linked();
    let map = &project.maps[0];
    let engine = waymark_core::text::TextEngine::global();
    let layout = layout::layout_map(&project, map, engine);
    let b = layout.card_box(0).expect("laid out");
    let chip = b.opens.expect("the link's chip");
    assert_eq!(&*b.chips[0].label.text, "↗ 将来の状態 — future");
    assert_eq!(b.chips[0].rect, chip);
    assert!(b.rect.contains_rect(chip));
    assert!(layout.card_box(1).expect("laid out").opens.is_none());
    let run = |kind: ExportKind, format: Format, paged: bool| {
        crate::support::export_map(&project, map, kind, format, paged)
    };
    let svg =
        String::from_utf8(run(ExportKind::Image(Format::Svg), Format::Svg, false)).expect("utf-8");
    assert!(svg.contains("将来の状態 — future"), "SVG");
    let html = String::from_utf8(run(ExportKind::Html, Format::Svg, false)).expect("utf-8");
    assert!(html.contains("将来の状態 — future"), "HTML");
    let pptx = run(ExportKind::Pptx, Format::Pdf, false);
    let slides = crate::support::pptx_slides(&pptx);
    assert!(slides.contains("将来の状態"), "PPTX");
    for paged in [false, true] {
        let text =
            crate::support::pdf_text(&run(ExportKind::Image(Format::Pdf), Format::Pdf, paged));
        assert!(text.contains("将来の状態"), "PDF paged {paged}");
    }
}

#[test]
fn the_link_round_trips_is_checked_diffs_and_merges() {
    let project = linked();
    let saved = String::from_utf8(io::to_bytes(&project).expect("saves")).expect("utf-8");
    assert_eq!(saved.matches("\"opens\"").count(), 1, "absent when none");
    assert_eq!(io::load_bytes(saved.as_bytes()).expect("loads"), project);
    // A link to a missing map fails check, naming the card and the map.
    let broken = saved.replacen(
        &format!("\"opens\": \"{}\"", project.maps[1].id),
        "\"opens\": \"m-nowhere\"",
        1,
    );
    assert_ne!(broken, saved);
    let opened = io::load_bytes(broken.as_bytes()).expect("a broken link still opens");
    assert!(io::broken_map_links(&project).is_empty());
    let problems = io::broken_map_links(&opened);
    assert_eq!(problems.len(), 1);
    // The card shows no chip for a map that is not there.
    let engine = waymark_core::text::TextEngine::global();
    let layout = layout::layout_map(&opened, &opened.maps[0], engine);
    assert!(layout.card_box(0).expect("laid out").opens.is_none());
    let all: Vec<String> = problems
        .iter()
        .map(|p| format!("{} {}", p.location, p.message))
        .collect();
    assert!(
        all.iter()
            .any(|p| p.contains("m-nowhere") && p.contains(project.maps[0].cards[0].id.as_str())),
        "{all:?}"
    );
    // Diff says it; two people's changes to different cards merge.
    let base = sample();
    let said: Vec<String> = compare::diff_projects(&base, &project)
        .iter()
        .map(compare::describe)
        .collect();
    assert!(said.iter().any(|s| s.contains("opens")), "{said:?}");
    let mut theirs = base.clone();
    theirs.maps[0].cards[1].title = "Retitled".into();
    let merged = compare::merge(&base, &project, &theirs).expect("merges");
    assert!(merged.conflicts.is_none());
    assert_eq!(
        merged.maps[0].cards[0].opens,
        project.maps[0].cards[0].opens
    );
    assert_eq!(merged.maps[0].cards[1].title, "Retitled");
}

#[test]
fn deleting_a_map_clears_the_links_to_it_in_one_undo_step() {
    let project = linked();
    let target = project.maps[1].id.clone();
    assert_eq!(links_to_map(&project, &target), 1);
    let mut ed = Editor::new(project.clone(), None);
    ed.perform(
        &project.maps[0].id.clone(),
        Action::DeleteMap(target.clone()),
        None,
    )
    .expect("deletes");
    assert_eq!(ed.project().maps.len(), project.maps.len() - 1);
    assert!(ed.project().maps[0].cards[0].opens.is_none());
    assert!(io::validate(ed.project()).is_empty());
    assert!(ed.undo(), "undoes");
    assert_eq!(ed.project(), &project, "one step brings map and link back");
}

//! Issue 28's custom channels and icon library: a project's own channels (id, name, a
//! Lucide icon drawn as strokes) show on their cards' chips and in the legend in every
//! output, round-trip (absent when none, old files unchanged), are checked (a card on a
//! missing channel is a problem, an unknown icon a warning), diff and merge by id, and
//! deleting one takes it off its cards in the same undo step. A card's own library icon
//! is drawn before its title.

use waymark_core::edit::{Action, Editor};
use waymark_core::export::{ExportKind, Format};
use waymark_core::layout::scene::Prim;
use waymark_core::layout::{self, ChipIcon};
use waymark_core::model::{ChannelRef, CustomChannel, Project};
use waymark_core::{compare, icons, io};

use crate::support::sample;

/// The hospital map: "Reception desk" (concierge-bell) and "Check-in kiosk"
/// (monitor-smartphone) on the Arrival touchpoints.
fn hospital() -> Project {
    let p = io::load_bytes(include_bytes!("../fixtures/hospital-channels.waymark"))
        .expect("the fixture loads");
    assert!(io::validate(&p).is_empty(), "{:?}", io::validate(&p));
    p
}

fn bytes(project: &Project, kind: ExportKind, format: Format, paged: bool) -> Vec<u8> {
    crate::support::export_map(project, &project.maps[0], kind, format, paged)
}

/// The line and curve primitives of `prims` that lie inside `rect`.
fn strokes_in(prims: &[Prim], rect: emath::Rect) -> usize {
    prims
        .iter()
        .filter(|p| matches!(p, Prim::Line { .. } | Prim::Bezier { .. }))
        .filter(|p| rect.expand(2.0).contains(p.bounds().center()))
        .count()
}

#[test]
fn the_library_parses_and_searches() {
    let names: Vec<&str> = icons::names().collect();
    assert!(names.len() >= 150, "{} icons", names.len());
    for name in &names {
        let segs = icons::strokes(name).expect("parsed");
        assert!(!segs.is_empty(), "{name} has strokes");
        for s in segs {
            let points: Vec<emath::Pos2> = match *s {
                icons::Seg::Line(a, b) => vec![a, b],
                icons::Seg::Cubic(q) => q.to_vec(),
            };
            // On Lucide's 24 grid (a curve's control points may stray a little).
            assert!(
                points
                    .iter()
                    .all(|p| (-4.0..=28.0).contains(&p.x) && (-4.0..=28.0).contains(&p.y)),
                "{name}: {points:?}"
            );
        }
    }
    assert_eq!(icons::search("hosp")[0], "hospital");
    assert_eq!(
        icons::search("reception"),
        vec!["concierge-bell"],
        "by its tags"
    );
    assert!(icons::search("clinic").contains(&"hospital"), "by its tags");
    assert_eq!(icons::search("HOSP ")[0], "hospital");
    assert!(icons::search("phone").starts_with(&["phone", "phone-call"]));
    assert!(icons::search("no such icon 日本").is_empty());
    assert!(icons::strokes("nope").is_none());
}

#[test]
fn a_custom_channel_shows_its_icon_and_name_on_its_cards_and_in_the_legend() {
    let project = hospital();
    let map = &project.maps[0];
    let engine = waymark_core::text::TextEngine::global();
    let laid = layout::layout_map(&project, map, engine);
    let scene = layout::scene::build(&laid);
    let kiosk = map
        .cards
        .iter()
        .position(|c| c.channel == Some(ChannelRef::Custom("ch-kiosk".into())))
        .expect("a kiosk card");
    let chip = laid
        .card_box(kiosk)
        .expect("laid out")
        .chips
        .iter()
        .find(|c| &*c.label.text == "Check-in kiosk")
        .expect("the kiosk chip")
        .clone();
    assert_eq!(chip.icon, Some(ChipIcon::Library("monitor-smartphone")));
    let want = icons::strokes("monitor-smartphone").expect("icon").len();
    let icon_box = emath::Rect::from_min_max(
        chip.rect.min,
        emath::pos2(chip.label.baseline_left.x, chip.rect.max.y),
    );
    assert_eq!(strokes_in(&scene.content, icon_box), want, "card chip");
    let legend = laid.legend.as_ref().expect("a legend");
    let names: Vec<&str> = legend.chips.iter().map(|c| &*c.label.text).collect();
    assert!(names.contains(&"Reception desk"), "{names:?}");
    assert!(names.contains(&"Check-in kiosk"), "{names:?}");
    assert!(names.contains(&"Store"), "built-in ones stay: {names:?}");
    let in_legend = legend
        .chips
        .iter()
        .find(|c| &*c.label.text == "Reception desk")
        .expect("legend chip");
    assert_eq!(in_legend.icon, Some(ChipIcon::Library("concierge-bell")));
    let all: Vec<Prim> = [
        &scene.background,
        &scene.content,
        &scene.lane_headers,
        &scene.stage_headers,
        &scene.corner,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    let icon_box = emath::Rect::from_min_max(
        in_legend.rect.min,
        emath::pos2(in_legend.label.baseline_left.x, in_legend.rect.max.y),
    );
    assert_eq!(
        strokes_in(&all, icon_box),
        icons::strokes("concierge-bell").expect("icon").len(),
        "legend chip"
    );
}

#[test]
fn every_output_carries_the_channel_and_the_png_its_strokes() {
    let project = hospital();
    let svg = String::from_utf8(bytes(
        &project,
        ExportKind::Image(Format::Svg),
        Format::Svg,
        false,
    ))
    .expect("utf-8");
    assert!(svg.contains("Check-in kiosk"), "SVG");
    assert!(svg.contains("Reception desk"), "SVG");
    let html =
        String::from_utf8(bytes(&project, ExportKind::Html, Format::Svg, false)).expect("utf-8");
    assert!(html.contains("Check-in kiosk"), "HTML");
    let pptx = bytes(&project, ExportKind::Pptx, Format::Pdf, false);
    let slides = crate::support::pptx_slides(&pptx);
    assert!(slides.contains("Check-in kiosk"), "PPTX");
    for paged in [false, true] {
        let text = crate::support::pdf_text(&bytes(
            &project,
            ExportKind::Image(Format::Pdf),
            Format::Pdf,
            paged,
        ));
        assert!(text.contains("Check-in kiosk"), "PDF paged {paged}");
    }
    // The PNG draws the icon's strokes: another icon of the same chip size changes the
    // picture, and only a little of it.
    let png = |p: &Project| {
        image::load_from_memory(&bytes(
            p,
            ExportKind::Image(Format::Png),
            Format::Png,
            false,
        ))
        .expect("png")
        .to_rgba8()
    };
    let mut other = project.clone();
    other.channels[1].icon = "hospital".into();
    let (a, b) = (png(&project), png(&other));
    assert_eq!(a.dimensions(), b.dimensions());
    let differ = a.pixels().zip(b.pixels()).filter(|(x, y)| x != y).count();
    assert!(
        differ > 40 && differ < 4_000,
        "{differ} pixels differ between the two icons"
    );
}

#[test]
fn channels_round_trip_check_diff_and_merge() {
    let project = hospital();
    let saved = io::to_bytes(&project).expect("saves");
    assert_eq!(
        saved,
        include_bytes!("../fixtures/hospital-channels.waymark"),
        "canonical"
    );
    // A file with none writes none.
    let plain = io::to_bytes(&sample()).expect("saves");
    assert!(!String::from_utf8_lossy(&plain).contains("\"channels\": ["));
    // A card on a channel the project lacks: it opens, shows no channel chip, and check
    // names it; an unknown icon is a warning naming it.
    let text = String::from_utf8(saved).expect("utf-8");
    let broken = text.replacen("\"channel\": \"ch-kiosk\"", "\"channel\": \"ch-gone\"", 1);
    let opened = io::load_bytes(broken.as_bytes()).expect("still opens");
    assert!(io::broken_channels(&project).is_empty());
    let problems = io::broken_channels(&opened);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].to_string().contains("ch-gone"), "{problems:?}");
    assert!(io::unknown_icons(&project).is_empty());
    let mut odd = project.clone();
    odd.channels[0].icon = "zeppelin-ツ".into();
    let warnings = io::unknown_icons(&odd);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].to_string().contains("zeppelin-ツ"),
        "{warnings:?}"
    );
    // The id may not be a built-in channel's name, nor twice.
    let mut clash = project.clone();
    clash.channels[0].id = "store".into();
    assert!(!io::validate(&clash).is_empty());
    let mut twice = project.clone();
    twice.channels[1].id = twice.channels[0].id.clone();
    assert!(!io::validate(&twice).is_empty());
    // Diff names an added channel.
    let mut base = project.clone();
    base.channels.clear();
    for c in &mut base.maps[0].cards {
        if matches!(c.channel, Some(ChannelRef::Custom(_))) {
            c.channel = None;
        }
    }
    let said: Vec<String> = compare::diff_projects(&base, &project)
        .iter()
        .map(compare::describe)
        .collect();
    assert!(
        said.iter().any(|s| s.contains("Check-in kiosk")),
        "{said:?}"
    );
}

#[test]
fn two_people_adding_different_channels_keep_both() {
    let base = sample();
    let add = |name: &str, icon: &str, card: usize| {
        let mut p = base.clone();
        let id = format!("ch-{}", name.to_lowercase().replace(' ', "-"));
        p.channels.push(CustomChannel {
            id: id.as_str().into(),
            name: name.into(),
            icon: icon.into(),
            ..CustomChannel::default()
        });
        p.maps[0].cards[card].channel = Some(ChannelRef::Custom(id.as_str().into()));
        p
    };
    let ours = add("Kiosk", "monitor-smartphone", 0);
    let theirs = add("受付 Reception", "concierge-bell", 1);
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let merged = compare::merge(&base, a, b).expect("merges");
        assert!(merged.conflicts.is_none(), "{:?}", merged.conflicts);
        let names: Vec<&str> = merged.channels.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&"Kiosk") && names.contains(&"受付 Reception"));
        assert!(io::validate(&merged).is_empty());
        assert!(io::broken_channels(&merged).is_empty());
        assert_eq!(
            merged.maps[0].cards[0].channel,
            ours.maps[0].cards[0].channel
        );
        assert_eq!(
            merged.maps[0].cards[1].channel,
            theirs.maps[0].cards[1].channel
        );
    }
    // One deletes the channel while the other puts a card on it: the channel stays, with
    // a conflict that resolves either way without leaving a card on a missing channel.
    let mut deleted = ours.clone();
    deleted.channels.clear();
    deleted.maps[0].cards[0].channel = None;
    let mut used = ours.clone();
    used.maps[0].cards[2].channel = Some(ChannelRef::Custom("ch-kiosk".into()));
    let merged = compare::merge(&ours, &deleted, &used).expect("merges");
    assert!(io::broken_channels(&merged).is_empty());
    for c in merged.conflicts.iter().flat_map(|c| &c.items) {
        for side in [
            waymark_core::model::Side::Ours,
            waymark_core::model::Side::Theirs,
        ] {
            let p = compare::resolve(&merged, &c.id, side).expect("resolves");
            assert!(io::broken_channels(&p).is_empty());
        }
    }
}

#[test]
fn deleting_a_channel_clears_its_cards_in_one_undo_step() {
    let project = hospital();
    let map = project.maps[0].id.clone();
    let mut ed = Editor::new(project.clone(), None);
    ed.perform(
        &map,
        Action::AddChannel {
            name: "Wayfinding sign 案内".into(),
            icon: "signpost".into(),
        },
        None,
    )
    .expect("adds");
    assert_eq!(ed.project().channels.len(), 3);
    let added = ed.project().channels[2].clone();
    assert!(added.id.as_str().starts_with("ch-"));
    let mut renamed = added.clone();
    renamed.name = "لافتة".into();
    ed.perform(&map, Action::UpdateChannel(renamed), None)
        .expect("renames");
    assert_eq!(ed.project().channels[2].name, "لافتة");
    assert!(ed.undo() && ed.undo());
    assert_eq!(ed.project(), &project);
    ed.perform(&map, Action::DeleteChannel("ch-kiosk".into()), None)
        .expect("deletes");
    assert_eq!(ed.project().channels.len(), 1);
    assert!(io::broken_channels(ed.project()).is_empty());
    assert!(
        ed.project().maps[0]
            .cards
            .iter()
            .all(|c| c.channel != Some(ChannelRef::Custom("ch-kiosk".into())))
    );
    assert!(ed.undo());
    assert_eq!(
        ed.project(),
        &project,
        "one step brings channel and cards back"
    );
}

#[test]
fn a_card_icon_is_drawn_before_its_title_in_every_output() {
    let project = hospital();
    let map = &project.maps[0];
    let engine = waymark_core::text::TextEngine::global();
    let laid = layout::layout_map(&project, map, engine);
    let scene = layout::scene::build(&laid);
    let index = map
        .cards
        .iter()
        .position(|c| c.icon == "stethoscope")
        .expect("a card with an icon");
    let b = laid.card_box(index).expect("laid out");
    let (frame, name) = b.icon.expect("the icon's place");
    assert_eq!(name, "stethoscope");
    let first = b.title.first().expect("a title line");
    assert!(frame.right() < first.baseline_left.x, "before the title");
    assert!(frame.top() < first.baseline_left.y && frame.bottom() > first.baseline_left.y - 10.0);
    assert_eq!(
        strokes_in(&scene.content, frame),
        icons::strokes("stethoscope").expect("icon").len()
    );
    // A card without one keeps its title at the card's text edge.
    let plain = map
        .cards
        .iter()
        .position(|c| c.icon.is_empty())
        .expect("plain");
    let p = laid.card_box(plain).expect("laid out");
    assert!(p.icon.is_none());
    assert!(p.title[0].baseline_left.x < first.baseline_left.x);
    // Every output draws the icon's strokes: the PNG and SVG change with the icon.
    let mut other = project.clone();
    other.maps[0].cards[index].icon = "hourglass".into();
    let svg = |p: &Project| bytes(p, ExportKind::Image(Format::Svg), Format::Svg, false);
    assert_ne!(svg(&project), svg(&other));
    // An unknown icon: no icon, the title where a plain card has it, and a warning.
    let mut odd = project.clone();
    odd.maps[0].cards[index].icon = "no-such-icon".into();
    let laid = layout::layout_map(&odd, &odd.maps[0], engine);
    assert!(laid.card_box(index).expect("laid out").icon.is_none());
    let warnings = io::unknown_icons(&odd);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].to_string().contains("no-such-icon"));
    // Absent from the file when none.
    let saved = String::from_utf8(io::to_bytes(&sample()).expect("saves")).expect("utf-8");
    assert!(!saved.contains("\"icon\""));
}

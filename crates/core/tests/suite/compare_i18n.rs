//! The compare engine in the window's language: the change lines, their parts and the
//! merge conflicts of the outpatient-visit map, described in Japanese and German, hold
//! none of the English catalogue's words; the catalogues are complete; the languages
//! without compare sentences fall back to English.

use std::collections::BTreeSet;

use serde_json::{Value, json};
use waymark_core::compare;
use waymark_core::i18n::{Catalogue, FluentValue, LANGUAGES};
use waymark_core::io;
use waymark_core::model::{Conflict, Project};

const OUTPATIENT: &str = "tests/fixtures/outpatient-ja.waymark";

fn fixture() -> Value {
    let text = std::fs::read_to_string(OUTPATIENT).expect("the outpatient fixture");
    serde_json::from_str(&text).expect("json")
}

fn project(v: &Value) -> Project {
    io::load_bytes(v.to_string().as_bytes()).expect("loads")
}

fn card<'v>(v: &'v mut Value, id: &str) -> &'v mut Value {
    v["maps"][0]["cards"]
        .as_array_mut()
        .and_then(|cards| cards.iter_mut().find(|c| c["id"] == id))
        .expect("card")
}

/// The outpatient map edited every way the compare panel words: a title, a move, a
/// removal, an addition, a body, an emotion score, a note and a reply, a resolved note,
/// metric values and a target, a stage moved, a renamed lane, a lane colour.
fn edited() -> Value {
    let mut v = fixture();
    card(&mut v, "c-1")["title"] = json!("次回の予約を電話で取る");
    card(&mut v, "c-2")["lane"] = json!("l-pain");
    card(&mut v, "c-4")["body"] = json!("説明は短く");
    card(&mut v, "c-11")["emotion"] = json!(0);
    card(&mut v, "c-4")["notes"] = json!([{"id": "n-9", "author": "鈴木", "date": "2026-12-01",
        "text": "どの調査の結果ですか", "resolved": false, "replies": []}]);
    let note = &mut card(&mut v, "c-15")["notes"][0];
    note["resolved"] = json!(true);
    note["replies"] =
        json!([{"id": "n-10", "author": "", "date": "2026-12-02", "text": "了解です"}]);
    card(&mut v, "c-6")["lane"] = json!("l-opp");
    card(&mut v, "c-6")["stage"] = json!("s-exam");
    let map = &mut v["maps"][0];
    let cards = map["cards"].as_array_mut().expect("cards");
    cards.retain(|c| c["id"] != "c-3");
    cards.push(json!({"id": "c-new", "lane": "l-opp", "stage": "s-exam",
        "title": "検査室まで床に矢印を描く", "body": ""}));
    let stages = map["stages"].as_array_mut().expect("stages");
    stages.swap(3, 4);
    map["lanes"][3]["name"] = json!("困りごと");
    map["lanes"][4]["color"] = json!("#2a9d8f");
    let kpi = &mut map["lanes"][5]["metrics"];
    kpi[0]["values"]["s-wait"] = json!(35.0);
    kpi[0]["targets"]["s-wait"] = json!(20.0);
    kpi[1]["name"] = json!("患者満足度");
    kpi[1]["values"]["s-pay"] = json!(57.5);
    kpi[0]["better"] = json!("lower");
    kpi[1]["chart"] = json!("bars");
    v
}

fn lines(tag: &str) -> Vec<String> {
    let (a, b) = (project(&fixture()), project(&edited()));
    let w = Catalogue::compare(tag);
    compare::diff_maps_worded(&a, &a.maps[0], &b, &b.maps[0], w)
        .iter()
        .map(|c| compare::describe_in(c, w))
        .collect()
}

/// The conflicts of a merge where both sides retitled one card, one side deleted a card
/// the other changed, and the two moved one card to different lanes.
fn conflicts() -> (Project, Vec<Conflict>) {
    let base = fixture();
    let mut ours = fixture();
    card(&mut ours, "c-1")["title"] = json!("アプリで予約する");
    card(&mut ours, "c-2")["lane"] = json!("l-pain");
    ours["maps"][0]["cards"]
        .as_array_mut()
        .expect("cards")
        .retain(|c| c["id"] != "c-5");
    let mut theirs = fixture();
    card(&mut theirs, "c-1")["title"] = json!("電話で予約する");
    card(&mut theirs, "c-2")["lane"] = json!("l-opp");
    card(&mut theirs, "c-5")["body"] = json!("案内板を増やす");
    let merged =
        compare::merge(&project(&base), &project(&ours), &project(&theirs)).expect("merges");
    let found = merged
        .conflicts
        .as_ref()
        .map(|c| c.items.clone())
        .unwrap_or_default();
    (merged, found)
}

fn conflict_lines(tag: &str) -> Vec<String> {
    let (merged, found) = conflicts();
    let w = Catalogue::compare(tag);
    found
        .iter()
        .map(|c| compare::describe_conflict_in(c, &merged, w))
        .collect()
}

/// Words of Latin letters in `text`: in a Japanese line about a Japanese map, any of
/// them is English left over.
fn latin_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1)
        .map(str::to_owned)
        .collect()
}

/// English words of the compare catalogue a German line must not hold.
const ENGLISH: &[&str] = &[
    "added", "deleted", "removed", "moved", "changed", "from", "to", "ours", "theirs", "card",
    "stage", "lane", "note", "reply", "metric", "score", "none", "place", "colour", "target",
    "renamed", "resolved", "body", "but", "still", "used", "its", "cell", "position",
];

#[test]
fn the_english_lines_are_the_command_lines() {
    let (a, b) = (project(&fixture()), project(&edited()));
    let english: Vec<String> = compare::diff_maps_in(&a, &a.maps[0], &b, &b.maps[0])
        .iter()
        .map(compare::describe)
        .collect();
    assert_eq!(english, lines("en"));
    assert!(
        english
            .contains(&"- card \"待合室で名前を呼ばれるのを待つ\" (患者の行動 · 待合)".to_owned()),
        "{english:#?}"
    );
    assert!(
        english.iter().any(|l| l.starts_with(
            "→ moved \"受付で保険証を出して予約を確認する\" from 患者の行動 to 困りごと (受付)"
        )),
        "{english:#?}"
    );
}

#[test]
fn a_diff_in_japanese_has_no_english_left() {
    let lines = lines("ja");
    assert!(lines.len() >= 12, "{lines:#?}");
    let all = lines.join("\n");
    for word in [
        "追加",
        "削除",
        "移動",
        "本文",
        "スコア",
        "解決済み",
        "返信",
        "目標",
        "色",
        "コメント",
    ] {
        assert!(all.contains(word), "no {word} in {all}");
    }
    assert!(
        all.contains("+ カード「検査室まで床に矢印を描く」を追加(改善の機会 · 診察)"),
        "{all}"
    );
    assert!(
        all.contains(
            "→ 「受付で保険証を出して予約を確認する」を 患者の行動 から 困りごと へ移動(受付)"
        ),
        "{all}"
    );
    for line in &lines {
        // The lane colour's values are colour codes the user picked.
        let line = line.replace("#D4F2DF", "").replace("#2A9D8F", "");
        assert!(latin_words(&line).is_empty(), "English in: {line}");
        assert!(
            !line.contains('"') && !line.contains('“'),
            "English quotes in: {line}"
        );
    }
    assert!(all.contains("返信「了解です」を追加"), "{all}");
    assert!(all.contains("の本文: (空) → 「説明は短く」"), "{all}");
    assert!(
        all.contains("の良い方向: 高いほど良い → 低いほど良い"),
        "{all}"
    );
    assert!(all.contains("のグラフ: 折れ線 → 棒グラフ"), "{all}");
}

#[test]
fn a_diff_in_german_has_no_english_left() {
    let lines = lines("de");
    assert!(lines.len() >= 12, "{lines:#?}");
    let all = lines.join("\n");
    assert!(
        all.contains("患者満足度 · 会計: 55\u{A0}% → 57,5\u{A0}%"),
        "{all}"
    );
    for word in [
        "hinzugefügt",
        "entfernt",
        "verschoben",
        "Notiz",
        "Wert für",
        "erledigt",
        "Ziel",
        "Farbe",
    ] {
        assert!(all.contains(word), "no {word} in {all}");
    }
    assert!(
        all.contains("+ Karte „検査室まで床に矢印を描く“ hinzugefügt (改善の機会 · 診察)"),
        "{all}"
    );
    for line in &lines {
        let words: BTreeSet<String> = latin_words(line).into_iter().collect();
        let english: Vec<&&str> = ENGLISH.iter().filter(|w| words.contains(**w)).collect();
        assert!(english.is_empty(), "English {english:?} in: {line}");
        let (open, close) = (line.matches('„').count(), line.matches('“').count());
        assert!(
            !line.contains('"') && open == close,
            "English quotes in: {line}"
        );
    }
}

#[test]
fn conflicts_in_japanese_and_german() {
    let english = conflict_lines("en");
    assert_eq!(english.len(), 3, "{english:#?}");
    let (merged, found) = conflicts();
    let cli: Vec<String> = found
        .iter()
        .map(|c| compare::describe_conflict(c, &merged))
        .collect();
    assert_eq!(cli, english);
    assert!(
        english
            .iter()
            .any(|l| l.contains("ours \"アプリで予約する\", theirs \"電話で予約する\"")),
        "{english:#?}"
    );

    let ja = conflict_lines("ja");
    let all = ja.join("\n");
    assert!(
        all.contains("こちらは「アプリで予約する」、相手は「電話で予約する」"),
        "{all}"
    );
    assert!(all.contains("削除されましたが"), "{all}");
    for line in &ja {
        assert!(latin_words(line).is_empty(), "English in: {line}");
    }
    let de = conflict_lines("de");
    let all = de.join("\n");
    assert!(
        all.contains("unsere: „アプリで予約する“, ihre: „電話で予約する“"),
        "{all}"
    );
    assert!(all.contains("gelöscht"), "{all}");
    for line in &de {
        let words: BTreeSet<String> = latin_words(line).into_iter().collect();
        assert!(
            !ENGLISH.iter().any(|w| words.contains(*w)),
            "English in: {line}"
        );
    }
}

#[test]
fn japanese_and_german_have_every_compare_sentence_and_others_fall_back() {
    let english: BTreeSet<String> = Catalogue::compare("en").ids().into_iter().collect();
    assert!(english.len() > 80, "{}", english.len());
    for tag in ["ja", "de"] {
        let c = Catalogue::compare(tag);
        assert_eq!(c.tag(), tag);
        let ids: BTreeSet<String> = c.ids().into_iter().collect();
        assert_eq!(ids, english, "{tag}");
    }
    for language in LANGUAGES
        .iter()
        .filter(|l| !["en", "ja", "de"].contains(&l.tag))
    {
        let c = Catalogue::compare(language.tag);
        assert_eq!(c.tag(), "en", "{} falls back to English", language.tag);
        assert_eq!(c.tr("thing-card"), "card");
    }
    let args: Vec<(&str, FluentValue<'_>)> = [
        "text",
        "lane",
        "stage",
        "delta",
        "what",
        "name",
        "place",
        "from",
        "to",
        "within",
        "before",
        "after",
        "detail",
        "field",
        "author",
        "words",
        "note",
        "reply",
        "metric",
        "thing",
        "ours",
        "theirs",
        "map",
        "deleter",
        "ours_by",
        "theirs_by",
    ]
    .iter()
    .map(|k| (*k, FluentValue::from("x")))
    .chain([("count", FluentValue::from(2))])
    .collect();
    for tag in ["en", "ja", "de"] {
        let c = Catalogue::compare(tag);
        for id in c.ids() {
            let text = c.tr_args(&id, &args);
            assert!(!text.is_empty() && text != id, "{tag}: {id}");
            assert!(!text.contains('{'), "{tag}: {id} left a placeable: {text}");
        }
    }
    let ja = Catalogue::compare("ja");
    assert_eq!(
        ja.tr_args("value-entries", &[("count", 1.into())]),
        "1 項目"
    );
    let de = Catalogue::compare("de");
    assert_eq!(
        de.tr_args("value-entries", &[("count", 1.into())]),
        "1 Eintrag"
    );
    assert_eq!(
        de.tr_args("value-entries", &[("count", 3.into())]),
        "3 Einträge"
    );
}

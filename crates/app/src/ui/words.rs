//! The window's names for the core's kinds of things (lane kinds, channels, flags, metric
//! units, directions and charts, page sizes), from the window catalogue: the core's `label()`s are
//! English, for the command line.

use crate::export::pages::PageSize;
use crate::model::{
    Better, CardFlag, Channel, ChannelRef, CustomChannel, LaneKind, MetricChart, MetricUnit,
};
use crate::ui::i18n::tr;

/// A thing's name in the window's language.
pub trait Word {
    /// The name, for menus and the inspector.
    fn word(self) -> &'static str;
}

impl Word for LaneKind {
    fn word(self) -> &'static str {
        match self {
            LaneKind::Cards => tr("lane-kind-cards"),
            LaneKind::Emotion => tr("lane-kind-emotion"),
            LaneKind::Channels => tr("lane-kind-channels"),
            LaneKind::Images => tr("lane-kind-images"),
            LaneKind::Text => tr("lane-kind-text"),
            LaneKind::Metrics => tr("lane-kind-metrics"),
            LaneKind::Line => tr("lane-kind-line"),
        }
    }
}

/// A card's channel in the window's language: a built-in one's word, a project channel's
/// name (its id when it has no name, "?" and the id when the project lacks it).
pub fn channel_name(channel: &ChannelRef, channels: &[CustomChannel]) -> String {
    match channel {
        ChannelRef::Builtin(c) => c.word().to_owned(),
        ChannelRef::Custom(id) => match channel.custom(channels) {
            Some(c) if !c.name.trim().is_empty() => c.name.clone(),
            Some(_) => id.to_string(),
            None => format!("? {id}"),
        },
    }
}

/// Every channel a card can take, with its name: the built-in ones, then the project's.
pub fn channel_choices(channels: &[CustomChannel]) -> Vec<(ChannelRef, String)> {
    Channel::ALL
        .into_iter()
        .map(ChannelRef::Builtin)
        .chain(channels.iter().map(|c| ChannelRef::Custom(c.id.clone())))
        .map(|r| {
            let name = channel_name(&r, channels);
            (r, name)
        })
        .collect()
}

impl Word for Channel {
    fn word(self) -> &'static str {
        match self {
            Channel::Web => tr("channel-web"),
            Channel::App => tr("channel-app"),
            Channel::Email => tr("channel-email"),
            Channel::Store => tr("channel-store"),
            Channel::Phone => tr("channel-phone"),
            Channel::Social => tr("channel-social"),
            Channel::Ads => tr("channel-ads"),
            Channel::WordOfMouth => tr("channel-word-of-mouth"),
            Channel::Chat => tr("channel-chat"),
            Channel::Other => tr("channel-other"),
        }
    }
}

impl Word for CardFlag {
    fn word(self) -> &'static str {
        match self {
            CardFlag::PainPoint => tr("flag-pain-point"),
            CardFlag::Opportunity => tr("flag-opportunity"),
            CardFlag::MomentOfTruth => tr("flag-moment-of-truth"),
        }
    }
}

impl Word for MetricUnit {
    fn word(self) -> &'static str {
        match self {
            MetricUnit::Percent => tr("unit-percent"),
            MetricUnit::Number => tr("unit-number"),
            MetricUnit::Currency => tr("unit-currency"),
            MetricUnit::Score => tr("unit-score"),
            MetricUnit::Seconds => tr("unit-seconds"),
            MetricUnit::Minutes => tr("unit-minutes"),
            MetricUnit::Hours => tr("unit-hours"),
            MetricUnit::Days => tr("unit-days"),
            MetricUnit::Custom => tr("unit-custom"),
        }
    }
}

impl Word for Better {
    fn word(self) -> &'static str {
        match self {
            Better::Higher => tr("better-higher"),
            Better::Lower => tr("better-lower"),
        }
    }
}

impl Word for MetricChart {
    fn word(self) -> &'static str {
        match self {
            MetricChart::Bars => tr("chart-bars"),
            MetricChart::Line => tr("chart-line"),
            MetricChart::Funnel => tr("chart-funnel"),
        }
    }
}

impl Word for PageSize {
    fn word(self) -> &'static str {
        match self {
            PageSize::A4 => "A4",
            PageSize::A3 => "A3",
            PageSize::Letter => tr("page-letter"),
            PageSize::Tabloid => tr("page-tabloid"),
            PageSize::Slide => tr("page-slide"),
        }
    }
}

/// A bundled template's title in the window's language (the core's is English); a name
/// Waymark does not know as it is.
pub fn template_title(name: &str) -> &str {
    match name {
        "standard" => tr("template-standard"),
        "blank" => tr("template-blank"),
        "b2b" => tr("template-b2b"),
        "service-blueprint" => tr("template-service-blueprint"),
        "ecommerce" => tr("template-ecommerce"),
        "day-in-the-life" => tr("template-day-in-the-life"),
        "healthcare" => tr("template-healthcare"),
        "saas-onboarding" => tr("template-saas-onboarding"),
        "public-service" => tr("template-public-service"),
        "hotel-stay" => tr("template-hotel-stay"),
        "employee-onboarding" => tr("template-employee-onboarding"),
        other => other,
    }
}

/// What a bundled template is for, one sentence for the gallery (empty for one the window
/// does not know).
pub fn template_about(name: &str) -> &str {
    match name {
        "standard" => tr("template-standard-about"),
        "blank" => tr("template-blank-about"),
        "b2b" => tr("template-b2b-about"),
        "service-blueprint" => tr("template-service-blueprint-about"),
        "ecommerce" => tr("template-ecommerce-about"),
        "day-in-the-life" => tr("template-day-in-the-life-about"),
        "healthcare" => tr("template-healthcare-about"),
        "saas-onboarding" => tr("template-saas-onboarding-about"),
        "public-service" => tr("template-public-service-about"),
        "hotel-stay" => tr("template-hotel-stay-about"),
        "employee-onboarding" => tr("template-employee-onboarding-about"),
        _ => "",
    }
}

/// A card colour's name (the core's palette names it in English).
pub fn swatch_name(name: &str) -> &str {
    match name {
        "Blue" => tr("colour-blue"),
        "Yellow" => tr("colour-yellow"),
        "Purple" => tr("colour-purple"),
        "Red" => tr("colour-red"),
        "Green" => tr("colour-green"),
        "Orange" => tr("colour-orange"),
        "Grey" => tr("colour-grey"),
        "White" => tr("colour-white"),
        other => other,
    }
}

/// The name of an undo step (the core's English label of an edit, "Move card") in the
/// window's language, for Edit → Undo and Redo; a label Waymark does not know as it is.
pub fn undo_step(label: &str) -> String {
    if let Some(who) = label.strip_prefix("Changes from ")
        && label != "Changes from the file on disk"
    {
        return crate::ui::i18n::tr_args(
            "undo-changes-from",
            &[("name", crate::ui::i18n::arg(who))],
        );
    }
    match label {
        "Move cards" => tr("undo-move-cards"),
        "Move card" => tr("undo-move-card"),
        "Add picture" => tr("undo-add-picture"),
        "Add card" => tr("undo-add-card"),
        "Edit card" => tr("undo-edit-card"),
        "Delete" => tr("undo-delete"),
        "Duplicate" => tr("undo-duplicate"),
        "Paste" => tr("undo-paste"),
        "Move stage" => tr("undo-move-stage"),
        "Move lane" => tr("undo-move-lane"),
        "Add stage" => tr("undo-add-stage"),
        "Add lane" => tr("undo-add-lane"),
        "Edit stage" => tr("undo-edit-stage"),
        "Edit lane" => tr("undo-edit-lane"),
        "Delete stage" => tr("undo-delete-stage"),
        "Delete lane" => tr("undo-delete-lane"),
        "Edit map" => tr("undo-edit-map"),
        "Add map" => tr("undo-add-map"),
        "Start future state" => tr("undo-start-future-state"),
        "Duplicate map" => tr("undo-duplicate-map"),
        "Delete map" => tr("undo-delete-map"),
        "Add persona" => tr("undo-add-persona"),
        "Edit persona" => tr("undo-edit-persona"),
        "Delete persona" => tr("undo-delete-persona"),
        "Set photo" => tr("undo-set-photo"),
        "Add channel" => tr("undo-add-channel"),
        "Edit channel" => tr("undo-edit-channel"),
        "Delete channel" => tr("undo-delete-channel"),
        "Set picture" => tr("undo-set-picture"),
        "Link cards" => tr("undo-link-cards"),
        "Edit link" => tr("undo-edit-link"),
        "Delete link" => tr("undo-delete-link"),
        "Rename project" => tr("undo-rename-project"),
        "Change font" => tr("undo-change-font"),
        "Change language" => tr("undo-change-language"),
        "Resolve conflict" => tr("undo-resolve-conflict"),
        "Restore card" => tr("undo-restore-card"),
        "Merge before saving" => tr("undo-merge-before-saving"),
        "Merge conflicted copy" => tr("undo-merge-conflicted-copy"),
        "Changes from the file on disk" => tr("undo-changes-from-the-file-on-disk"),
        other => other,
    }
    .to_owned()
}

/// What a colleague's save (or a reload) brought in, in one line for a notice, in the
/// window's language: "Aiko: 3 cards changed, 1 card added, the project's title changed".
/// The window's version of the core's English [`crate::compare::Incoming::headline`].
pub fn incoming_headline(incoming: &crate::compare::Incoming) -> String {
    use crate::compare::ChangeOp;
    use crate::model::Thing;
    let mut parts: Vec<String> = Vec::new();
    for c in &incoming.counts {
        let op = match c.op {
            ChangeOp::Added => "added",
            ChangeOp::Removed => "removed",
            ChangeOp::Moved | ChangeOp::Reordered => "moved",
            ChangeOp::Changed => "changed",
        };
        if c.thing == Thing::Project {
            let fields: std::collections::BTreeSet<&str> = incoming
                .changes
                .iter()
                .filter(|ch| ch.thing == Thing::Project && ch.op == c.op)
                .filter_map(|ch| ch.field.as_deref())
                .map(|f| match f {
                    "title" => tr("incoming-field-title"),
                    "font" => tr("incoming-field-font"),
                    "language" => tr("incoming-field-language"),
                    other => other,
                })
                .collect();
            let fields: Vec<&str> = fields.into_iter().collect();
            parts.push(crate::ui::i18n::tr_args(
                "incoming-project",
                &[(
                    "fields",
                    crate::ui::i18n::arg(fields.join(tr("incoming-and"))),
                )],
            ));
            continue;
        }
        let thing = match c.thing {
            Thing::Card => "card",
            Thing::Link => "link",
            Thing::Stage => "stage",
            Thing::Lane => "lane",
            Thing::Map => "map",
            Thing::Persona => "persona",
            Thing::Channel => "channel",
            Thing::Image | Thing::Project => "image",
        };
        parts.push(crate::ui::i18n::tr_args(
            "incoming-part",
            &[
                ("thing", thing.into()),
                ("op", op.into()),
                ("count", c.n.into()),
            ],
        ));
    }
    let text = if parts.is_empty() {
        tr("incoming-nothing").to_owned()
    } else {
        parts.join(tr("list-separator"))
    };
    match &incoming.who {
        Some(who) => crate::ui::i18n::tr_args(
            "incoming-who",
            &[
                ("name", crate::ui::i18n::arg(who)),
                ("what", crate::ui::i18n::arg(text)),
            ],
        ),
        None => text,
    }
}

/// What merging a sync service's conflict copy is called in the notice that offers it
/// ("Merge Aiko's conflicted copy"): the window's version of the core's `offer()`.
pub fn copy_offer(copy: &crate::store::copies::ConflictCopy) -> String {
    use crate::store::copies::Service;
    use crate::ui::i18n::{arg, tr_args};
    let service = arg(copy.service.label());
    match (&copy.who, copy.service, &copy.when) {
        (Some(who), Service::Dropbox, _) => tr_args("copy-offer-whose", &[("name", arg(who))]),
        (Some(who), Service::OneDrive, _) => tr_args("copy-offer-from", &[("name", arg(who))]),
        (_, _, Some(when)) => tr_args(
            "copy-offer-service-when",
            &[("service", service), ("when", arg(when))],
        ),
        _ => tr_args("copy-offer-service", &[("service", service)]),
    }
}

/// Why something about the file failed, in the window's language (the reason the system
/// or a parser gives stays as it is): the window's version of the core's English
/// `SessionError` text.
pub fn session_error(error: &crate::session::SessionError) -> String {
    use crate::session::SessionError as E;
    use crate::store::SaveProblem as S;
    use crate::ui::i18n::{arg, tr_args};
    let path = |p: &std::path::Path| arg(p.display());
    match error {
        E::Open { path: p, error } => tr_args(
            "error-open",
            &[
                ("path", path(p)),
                ("error", arg(super::file_errors::load_reason(error))),
            ],
        ),
        E::Bundled { name, reason } => tr_args(
            "error-bundled",
            &[("name", arg(name)), ("error", arg(reason))],
        ),
        E::Import { path: p, error } => tr_args(
            "error-import",
            &[
                ("path", path(p)),
                ("error", arg(super::problems::import_reason(error))),
            ],
        ),
        E::Reload { path: p, error } => tr_args(
            "error-reload",
            &[
                ("path", path(p)),
                ("error", arg(super::file_errors::load_reason(error))),
            ],
        ),
        E::Restore(e) => tr_args(
            "error-restore",
            &[("error", arg(super::file_errors::load_reason(e)))],
        ),
        E::Merge(e) => tr_args(
            "error-merge",
            &[("error", arg(super::problems::merge_reason(e)))],
        ),
        E::Copy(e) => tr_args(
            "error-copy",
            &[("error", arg(super::problems::copy_reason(e)))],
        ),
        E::PutAway(e) => tr_args(
            "error-put-away",
            &[("error", arg(super::problems::store_reason(e)))],
        ),
        E::Save(S::ReadOnly { path: p, version }) => tr_args(
            "error-save-newer",
            &[("path", path(p)), ("version", arg(version))],
        ),
        E::Save(S::ReadOnlyFile { path: p }) => {
            tr_args("error-save-read-only", &[("path", path(p))])
        }
        E::Save(S::ChangedOnDisk { path: p }) => {
            tr_args("error-save-changed-on-disk", &[("path", path(p))])
        }
        E::Save(S::Write(e)) => tr_args(
            "error-save-write",
            &[("error", arg(super::file_errors::save_reason(e)))],
        ),
        E::Save(S::ReadBack { path: p, reason }) => tr_args(
            "error-save-read-back",
            &[("path", path(p)), ("error", arg(reason))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::set_thread_language;

    #[test]
    fn a_colleagues_changes_in_the_windows_language() {
        let before = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
        let mut after = before.clone();
        let map = &mut after.maps[0];
        for c in map.cards.iter_mut().take(3) {
            c.title.push('!');
        }
        let mut added = map.cards[0].clone();
        added.id = "c-new".into();
        map.cards.push(added);
        map.stages[0].name = "Aware".into();
        after.title.push('!');
        let got = crate::compare::incoming(&before, &after, Some("Aiko"));
        set_thread_language("en");
        assert_eq!(
            incoming_headline(&got),
            "Aiko: 3 cards changed, 1 card added, 1 stage changed, the project's title changed"
        );
        set_thread_language("de");
        assert_eq!(
            incoming_headline(&got),
            "Aiko: 3 Karten geändert, 1 Karte hinzugefügt, 1 Phase geändert, Titel des Projekts geändert"
        );
        set_thread_language("ja");
        assert_eq!(
            incoming_headline(&got),
            "Aiko: カード 3 枚を変更、カード 1 枚を追加、ステージ 1 個を変更、プロジェクトの名前を変更"
        );
        assert_eq!(undo_step("Move card"), "カードの移動");
        assert_eq!(undo_step("Changes from Aiko"), "Aiko さんの変更");
        set_thread_language("en");
        assert_eq!(undo_step("Something new"), "Something new");
    }

    #[test]
    fn file_errors_in_the_windows_language_with_the_same_english_as_the_core() {
        // (A reason the window words its own way, like a missing file, may differ.)
        use crate::session::SessionError;
        let error = SessionError::Open {
            path: "map.waymark".into(),
            error: crate::io::LoadError::Truncated { line: 3, column: 9 },
        };
        set_thread_language("en");
        assert_eq!(session_error(&error), error.to_string());
        let read_only = SessionError::Save(crate::store::SaveProblem::ReadOnlyFile {
            path: "map.waymark".into(),
        });
        assert_eq!(session_error(&read_only), read_only.to_string());
        set_thread_language("de");
        assert_eq!(
            session_error(&error),
            "map.waymark kann nicht geöffnet werden: Die Datei endet vorzeitig in Zeile 3, Spalte 9; sie ist vielleicht unvollständig (läuft noch eine Synchronisierung?). Die angezeigte Map ist unverändert."
        );
        set_thread_language("en");
    }

    #[test]
    fn note_dates_in_the_windows_language() {
        use crate::ui::panels::inspector::short_date;
        set_thread_language("en");
        assert_eq!(short_date("2026-11-24T06:30:00Z"), "2026-11-24 06:30");
        set_thread_language("de");
        assert_eq!(short_date("2026-11-24T06:30:00Z"), "24.11.2026 06:30");
        set_thread_language("ja");
        assert_eq!(short_date("2026-11-24T06:30:00Z"), "2026年11月24日 06:30");
        assert_eq!(short_date("yesterday"), "yesterday");
        set_thread_language("en");
    }
}

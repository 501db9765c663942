//! The window's names for the core's kinds of things (lane kinds, channels, flags, metric
//! units and charts, page sizes), from the window catalogue: the core's `label()`s are
//! English, for the command line.

use crate::export::pages::PageSize;
use crate::model::{CardFlag, Channel, LaneKind, MetricChart, MetricUnit};
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
        }
    }
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
        other => other,
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

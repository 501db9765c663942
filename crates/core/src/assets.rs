//! Project files bundled into the binary: templates for `waymark new` and the sample map.

/// The sample project "Online grocery order", opened when Waymark starts without a file.
pub const SAMPLE: &str = include_str!("../assets/samples/online-grocery.waymark");

/// Bundled templates as (name, file text), in menu order.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "standard",
        include_str!("../assets/templates/standard.waymark"),
    ),
    ("blank", include_str!("../assets/templates/blank.waymark")),
    ("b2b", include_str!("../assets/templates/b2b.waymark")),
    (
        "service-blueprint",
        include_str!("../assets/templates/service-blueprint.waymark"),
    ),
    (
        "ecommerce",
        include_str!("../assets/templates/ecommerce.waymark"),
    ),
    (
        "day-in-the-life",
        include_str!("../assets/templates/day-in-the-life.waymark"),
    ),
    (
        "healthcare",
        include_str!("../assets/templates/healthcare.waymark"),
    ),
    (
        "saas-onboarding",
        include_str!("../assets/templates/saas-onboarding.waymark"),
    ),
    (
        "public-service",
        include_str!("../assets/templates/public-service.waymark"),
    ),
    (
        "hotel-stay",
        include_str!("../assets/templates/hotel-stay.waymark"),
    ),
    (
        "employee-onboarding",
        include_str!("../assets/templates/employee-onboarding.waymark"),
    ),
];

/// Bundled templates written in another language than English, as (language, name, file
/// text): File → New takes one of these when the window speaks its language.
pub const TEMPLATES_IN: &[(&str, &str, &str)] = &[
    (
        "ja",
        "standard",
        include_str!("../assets/templates/ja/standard.waymark"),
    ),
    (
        "ja",
        "healthcare",
        include_str!("../assets/templates/ja/healthcare.waymark"),
    ),
    (
        "ja",
        "blank",
        include_str!("../assets/templates/ja/blank.waymark"),
    ),
    (
        "ja",
        "b2b",
        include_str!("../assets/templates/ja/b2b.waymark"),
    ),
    (
        "ja",
        "service-blueprint",
        include_str!("../assets/templates/ja/service-blueprint.waymark"),
    ),
    (
        "ja",
        "ecommerce",
        include_str!("../assets/templates/ja/ecommerce.waymark"),
    ),
    (
        "ja",
        "day-in-the-life",
        include_str!("../assets/templates/ja/day-in-the-life.waymark"),
    ),
    (
        "ja",
        "saas-onboarding",
        include_str!("../assets/templates/ja/saas-onboarding.waymark"),
    ),
    (
        "ja",
        "public-service",
        include_str!("../assets/templates/ja/public-service.waymark"),
    ),
    (
        "ja",
        "hotel-stay",
        include_str!("../assets/templates/ja/hotel-stay.waymark"),
    ),
    (
        "ja",
        "employee-onboarding",
        include_str!("../assets/templates/ja/employee-onboarding.waymark"),
    ),
    (
        "de",
        "standard",
        include_str!("../assets/templates/de/standard.waymark"),
    ),
    (
        "de",
        "healthcare",
        include_str!("../assets/templates/de/healthcare.waymark"),
    ),
    (
        "de",
        "blank",
        include_str!("../assets/templates/de/blank.waymark"),
    ),
    (
        "de",
        "b2b",
        include_str!("../assets/templates/de/b2b.waymark"),
    ),
    (
        "de",
        "service-blueprint",
        include_str!("../assets/templates/de/service-blueprint.waymark"),
    ),
    (
        "de",
        "ecommerce",
        include_str!("../assets/templates/de/ecommerce.waymark"),
    ),
    (
        "de",
        "day-in-the-life",
        include_str!("../assets/templates/de/day-in-the-life.waymark"),
    ),
    (
        "de",
        "saas-onboarding",
        include_str!("../assets/templates/de/saas-onboarding.waymark"),
    ),
    (
        "de",
        "public-service",
        include_str!("../assets/templates/de/public-service.waymark"),
    ),
    (
        "de",
        "hotel-stay",
        include_str!("../assets/templates/de/hotel-stay.waymark"),
    ),
    (
        "de",
        "employee-onboarding",
        include_str!("../assets/templates/de/employee-onboarding.waymark"),
    ),
];

/// The text of template `name` written in `language` (a BCP 47 tag; its primary subtag
/// counts) when Waymark has it so, else the English one.
pub fn template_in(name: &str, language: Option<&str>) -> Option<&'static str> {
    let primary = language.and_then(|l| l.split(['-', '_']).next());
    TEMPLATES_IN
        .iter()
        .find(|(lang, n, _)| Some(*lang) == primary && n.eq_ignore_ascii_case(name))
        .map(|(_, _, text)| *text)
        .or_else(|| template(name))
}

/// What the File → New from template menu calls each template.
pub fn template_title(name: &str) -> &str {
    match name {
        "standard" => "Standard five-stage journey",
        "blank" => "Blank map",
        "b2b" => "B2B purchase",
        "service-blueprint" => "Service blueprint",
        "ecommerce" => "E-commerce",
        "day-in-the-life" => "A day in the life",
        "healthcare" => "Patient journey (first outpatient visit)",
        "saas-onboarding" => "SaaS onboarding",
        "public-service" => "Public service (applying for a benefit)",
        "hotel-stay" => "Hotel stay",
        "employee-onboarding" => "Employee onboarding",
        other => other,
    }
}

/// The text of a template by name.
pub fn template(name: &str) -> Option<&'static str> {
    TEMPLATES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, text)| *text)
}

/// The names of every bundled template, comma-separated.
pub fn template_names() -> String {
    TEMPLATES
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

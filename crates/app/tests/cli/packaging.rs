//! The desktop package's files agree with the code: the launcher, the window's app id, the
//! MIME type and extension, the AppStream metainfo and the package version, and every file
//! the Debian package lists exists. (Building and installing the package, and the
//! validators, are `scripts/package.sh`.)

use std::path::{Path, PathBuf};

use waymark::io::{EXTENSION, MIME_TYPE};
use waymark::ui::APP_ID;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_launcher_names_the_app_id_the_mime_type_and_the_binary() {
    let desktop = read(&format!("packaging/linux/{APP_ID}.desktop"));
    for line in [
        "Exec=waymark %f".to_owned(),
        format!("Icon={APP_ID}"),
        format!("StartupWMClass={APP_ID}"),
        format!("MimeType={MIME_TYPE};"),
    ] {
        assert!(desktop.lines().any(|l| l == line), "missing {line}");
    }
}

#[test]
fn the_mime_type_and_the_metainfo_match_the_code() {
    let text = read("packaging/linux/waymark.xml");
    let mime = roxmltree::Document::parse(&text).expect("well-formed MIME XML");
    let kind = mime
        .descendants()
        .find(|n| n.has_tag_name("mime-type"))
        .expect("a mime-type");
    assert_eq!(kind.attribute("type"), Some(MIME_TYPE));
    let glob = format!("*.{EXTENSION}");
    assert!(
        kind.children()
            .any(|n| n.has_tag_name("glob") && n.attribute("pattern") == Some(glob.as_str()))
    );
    assert!(
        kind.children()
            .any(|n| n.has_tag_name("icon") && n.attribute("name") == Some(APP_ID))
    );

    let text = read(&format!("packaging/linux/{APP_ID}.metainfo.xml"));
    let info = roxmltree::Document::parse(&text).expect("well-formed metainfo");
    let text_of = |tag: &str| {
        info.descendants()
            .find(|n| n.has_tag_name(tag))
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(text_of("id"), APP_ID);
    assert_eq!(text_of("launchable"), format!("{APP_ID}.desktop"));
    assert_eq!(text_of("mediatype"), MIME_TYPE);
    let newest = info
        .descendants()
        .find(|n| n.has_tag_name("release"))
        .and_then(|n| n.attribute("version"));
    assert_eq!(
        newest,
        Some(env!("CARGO_PKG_VERSION")),
        "the metainfo's newest release is this version"
    );
}

#[test]
fn every_file_the_debian_package_lists_exists() {
    let manifest = read("crates/app/Cargo.toml");
    let sources: Vec<&str> = manifest
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[\""))
        .filter_map(|l| l.split('"').next())
        .filter(|s| !s.starts_with("target/"))
        .collect();
    assert!(sources.len() >= 12, "{sources:?}");
    for source in sources {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(source);
        assert!(path.exists(), "{source} is listed but missing");
    }
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let icon = format!("icons/hicolor/{size}x{size}/waymark.png");
        assert!(
            manifest.contains(&format!("../../{icon}")),
            "{icon} not packaged"
        );
        let png = image::open(repo().join(&icon)).expect("icon decodes");
        assert_eq!((png.width(), png.height()), (size, size), "{icon}");
    }
}

/// Every `crates/…` path the README and the docs name exists, so the documentation cannot
/// keep pointing at files that moved.
#[test]
fn every_path_the_docs_name_exists() {
    let mut docs = vec!["README.md".to_owned()];
    for entry in std::fs::read_dir(repo().join("docs")).expect("docs folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            let name = path.file_name().expect("name").to_string_lossy();
            docs.push(format!("docs/{name}"));
        }
    }
    let mut missing = Vec::new();
    for doc in &docs {
        let text = read(doc);
        for (at, _) in text.match_indices("crates/") {
            let path: String = text[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "_./-".contains(*c))
                .collect();
            let path = path.trim_end_matches(['.', '-']);
            if !repo().join(path).exists() {
                missing.push(format!("{doc}: {path}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the docs name paths that do not exist:\n{}",
        missing.join("\n")
    );
}

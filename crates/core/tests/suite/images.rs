//! Pictures brought into a project: refused when hostile or not pictures, downscaled when
//! large, and drawn in the export.

use std::io::Cursor;

use waymark_core::images::{self, ImageError};

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 80, 40, 255]));
    let mut out = Cursor::new(Vec::new());
    picture
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("encode");
    out.into_inner()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A valid PNG whose header claims `width` × `height` pixels (a decompression bomb: a few
/// bytes on disk, gigabytes when decoded).
fn bomb(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = png(1, 1);
    // IHDR data starts after the 8-byte signature, 4-byte length and 4-byte type.
    bytes[16..20].copy_from_slice(&width.to_be_bytes());
    bytes[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

#[test]
fn a_decompression_bomb_is_refused_with_a_clear_message() {
    let error = images::prepare(&bomb(60_000, 60_000)).expect_err("bomb");
    assert!(
        matches!(
            error,
            ImageError::TooManyPixels {
                width: 60_000,
                height: 60_000
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "the picture is 60000 × 60000 pixels, over the 12000 × 12000 limit"
    );
}

#[test]
fn a_file_that_is_not_a_picture_is_refused() {
    let error = images::prepare(b"%PDF-1.7 not a picture").expect_err("pdf");
    assert_eq!(error.to_string(), "it is not a PNG or JPEG picture");
    let gif = images::prepare(b"GIF89a\x01\x00\x01\x00").expect_err("gif");
    assert!(matches!(gif, ImageError::NotAnImage));
    let mut truncated = png(40, 40);
    truncated.truncate(60);
    assert!(matches!(
        images::prepare(&truncated),
        Err(ImageError::Damaged(_))
    ));
}

#[test]
fn a_large_picture_is_downscaled_to_2048_pixels() {
    let asset = images::prepare(&png(3000, 1000)).expect("prepare");
    assert_eq!(asset.mime, "image/png");
    let decoded = images::decode_rgba(&asset).expect("decode");
    assert_eq!(decoded.dimensions(), (2048, 683));
    let small = images::prepare(&png(300, 200)).expect("small");
    assert_eq!(
        images::file_bytes(&small).expect("bytes"),
        png(300, 200),
        "kept as is"
    );
}

#[test]
fn a_storyboard_picture_is_embedded_in_the_svg_and_drawn_in_the_png() {
    use waymark_core::export::{ExportOptions, ExportRequest, Format, export};
    use waymark_core::model::{Card, ImageId, Lane, LaneId, LaneKind};
    let mut project =
        waymark_core::io::load_bytes(waymark_core::assets::SAMPLE.as_bytes()).expect("sample");
    let asset = images::prepare(&png(64, 48)).expect("picture");
    project.images.insert(ImageId::from("img-1"), asset);
    let map = &mut project.maps[0];
    let stage = map.stages[0].id.clone();
    map.lanes.insert(
        0,
        Lane {
            id: LaneId::from("l-story"),
            name: "Storyboard".to_owned(),
            kind: LaneKind::Images,
            ..Lane::default()
        },
    );
    map.cards.push(Card {
        id: "c-story".into(),
        lane: LaneId::from("l-story"),
        stage,
        title: "At the bus stop".to_owned(),
        image: Some(ImageId::from("img-1")),
        ..Card::default()
    });
    assert!(waymark_core::io::validate(&project).is_empty());
    let map = &project.maps[0];
    let svg = export(
        &project,
        &ExportRequest::image(
            map,
            &ExportOptions {
                format: Format::Svg,
                ..ExportOptions::default()
            },
        ),
    )
    .map(|e| e.bytes)
    .expect("svg");
    let svg = String::from_utf8(svg).expect("utf-8");
    assert!(
        svg.contains("xlink:href=\"data:image/png;base64,"),
        "embedded as a data URI"
    );
    assert!(!svg.contains("file:"), "nothing from outside");

    let layout =
        waymark_core::layout::layout_map(&project, map, waymark_core::text::TextEngine::global());
    let card = layout
        .cards
        .iter()
        .find(|b| b.image.is_some())
        .expect("the storyboard card");
    let frame = card.picture.expect("a frame");
    let png_bytes = export(
        &project,
        &ExportRequest::image(map, &ExportOptions::default()),
    )
    .map(|e| e.bytes)
    .expect("png");
    let rendered = image::load_from_memory(&png_bytes)
        .expect("decode")
        .to_rgba8();
    let center = frame.center();
    let pixel = rendered.get_pixel(center.x as u32, center.y as u32);
    assert_eq!(
        pixel.0,
        [200, 80, 40, 255],
        "the picture is drawn in its frame"
    );
}

#[test]
fn a_picture_shared_by_many_cards_is_embedded_once_and_scaled_to_its_frames() {
    use waymark_core::export::{ExportOptions, ExportRequest, Format, export};
    use waymark_core::model::{Card, ImageAsset, ImageId, LaneKind};
    // Noise does not compress: 1600 × 1600 RGB is a 7.7 MB PNG.
    let mut seed = 7u32;
    let noise = image::RgbImage::from_fn(1600, 1600, |_, _| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let [a, b, c, _] = seed.to_le_bytes();
        image::Rgb([a, b, c])
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    noise
        .write_to(&mut bytes, image::ImageFormat::Png)
        .expect("encode");
    let bytes = bytes.into_inner();
    assert!(bytes.len() > 7_000_000);
    use base64::Engine as _;
    let mut project = waymark_core::generate::generate(4, 2, 40, 5);
    project.images.insert(
        ImageId::from("img-big"),
        ImageAsset {
            mime: "image/png".to_owned(),
            data: base64::engine::general_purpose::STANDARD.encode(&bytes),
            ..ImageAsset::default()
        },
    );
    let map = &mut project.maps[0];
    map.lanes[0].kind = LaneKind::Images;
    let lane = map.lanes[0].id.clone();
    for card in map.cards.iter_mut().filter(|c: &&mut Card| c.lane == lane) {
        card.image = Some(ImageId::from("img-big"));
    }
    let frames = map.cards.iter().filter(|c| c.image.is_some()).count();
    assert!(frames >= 10, "{frames} frames");
    let pdf = export(
        &project,
        &ExportRequest::image(
            &project.maps[0],
            &ExportOptions {
                format: Format::Pdf,
                ..ExportOptions::default()
            },
        ),
    )
    .map(|e| e.bytes)
    .expect("pdf");
    // Less than one copy of the original: it was scaled down (to three pixels per point
    // of its largest frame) before krilla embedded it.
    assert!(pdf.len() < 3_000_000, "{} bytes", pdf.len());
}

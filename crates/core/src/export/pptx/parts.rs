//! The XML parts of a PPTX package: fixed ones (master, layout, theme, properties) and
//! those made per deck (content types, presentation, slides, notes). User text reaches
//! them only through [`super::text`] (XML-escaped).

use std::fmt::Write as _;

use super::runs::{self, RunStyle, ThemeFonts};
use super::{SLIDE_HEIGHT_EMU, SLIDE_WIDTH_EMU, text};
use crate::fonts::Weight;
use crate::model::{JourneyMap, Project};
use crate::palette::{self, Rgba};

/// The relationship type prefix of the presentation parts.
pub const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#;
const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const CT: &str = "application/vnd.openxmlformats-officedocument.presentationml";

/// `[Content_Types].xml` for `slides` slides.
pub fn content_types(slides: usize) -> String {
    let mut s = format!(
        r#"{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/ppt/presentation.xml" ContentType="{CT}.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="{CT}.slideMaster+xml"/><Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="{CT}.slideLayout+xml"/><Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="{CT}.notesMaster+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/ppt/presProps.xml" ContentType="{CT}.presProps+xml"/><Override PartName="/ppt/viewProps.xml" ContentType="{CT}.viewProps+xml"/><Override PartName="/ppt/tableStyles.xml" ContentType="{CT}.tableStyles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
    );
    for k in 1..=slides {
        let _ = write!(
            s,
            r#"<Override PartName="/ppt/slides/slide{k}.xml" ContentType="{CT}.slide+xml"/><Override PartName="/ppt/notesSlides/notesSlide{k}.xml" ContentType="{CT}.notesSlide+xml"/>"#
        );
    }
    s.push_str("</Types>");
    s
}

/// A relationships part holding `inner`.
pub fn rels(inner: &str) -> String {
    format!(
        r#"{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{inner}</Relationships>"#
    )
}

/// `_rels/.rels`.
pub const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

/// `docProps/core.xml`: the deck's title.
pub fn core(title: &str) -> String {
    format!(
        r#"{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>Waymark</dc:creator></cp:coreProperties>"#,
        text(title)
    )
}

/// `docProps/app.xml`.
pub fn app(slides: usize) -> String {
    format!(
        r#"{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Waymark</Application><Slides>{slides}</Slides><Notes>{slides}</Notes><PresentationFormat>Widescreen</PresentationFormat></Properties>"#
    )
}

/// `ppt/presentation.xml`: the slide list, the notes master and the 16:9 size.
pub fn presentation(slides: usize) -> String {
    let mut list = String::new();
    for k in 1..=slides {
        let _ = write!(list, r#"<p:sldId id="{}" r:id="rId{}"/>"#, 255 + k, 10 + k);
    }
    format!(
        r#"{DECL}<p:presentation {NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>{list}</p:sldIdLst><p:sldSz cx="{SLIDE_WIDTH_EMU}" cy="{SLIDE_HEIGHT_EMU}"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:defaultTextStyle></p:presentation>"#
    )
}

/// `ppt/_rels/presentation.xml.rels`.
pub fn presentation_rels(slides: usize) -> String {
    let mut s = format!(
        r#"<Relationship Id="rId1" Type="{REL}/slideMaster" Target="slideMasters/slideMaster1.xml"/><Relationship Id="rId2" Type="{REL}/notesMaster" Target="notesMasters/notesMaster1.xml"/><Relationship Id="rId3" Type="{REL}/theme" Target="theme/theme1.xml"/><Relationship Id="rId4" Type="{REL}/presProps" Target="presProps.xml"/><Relationship Id="rId5" Type="{REL}/viewProps" Target="viewProps.xml"/><Relationship Id="rId6" Type="{REL}/tableStyles" Target="tableStyles.xml"/>"#
    );
    for k in 1..=slides {
        let _ = write!(
            s,
            r#"<Relationship Id="rId{}" Type="{REL}/slide" Target="slides/slide{k}.xml"/>"#,
            10 + k
        );
    }
    rels(&s)
}

/// `ppt/presProps.xml`.
pub const PRES_PROPS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:presentationPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>"#;

/// `ppt/viewProps.xml`.
pub const VIEW_PROPS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:viewPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="80000"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>"#;

/// `ppt/tableStyles.xml`.
pub const TABLE_STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>"#;

/// An empty group-shape header every shape tree starts with.
const TREE_START: &str = r#"<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;

/// The slide master: no placeholders of its own beyond title and body, white background.
pub const MASTER: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sldMaster xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr></p:spTree></p:cSld>"#,
    r#"<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>"#,
    r#"<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz="3200" b="1"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>"#
);

/// The master's relationships: its one layout and the theme.
pub const MASTER_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>"#;

/// The one layout: blank.
pub const LAYOUT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sldLayout xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" type="blank" preserve="1"><p:cSld name="Blank"><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"#;

/// The layout's relationship to the master.
pub const LAYOUT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>"#;

/// The notes master: a slide picture and a body placeholder.
pub const NOTES_MASTER: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:notesMaster xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#,
    r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="381000" y="685800"/><a:ext cx="6096000" cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>"#,
    r#"<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4343400"/><a:ext cx="5486400" cy="4114800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>"#,
    r#"</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:notesStyle><a:lvl1pPr><a:defRPr sz="1200"><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>"#
);

/// The notes master's relationship to its theme.
pub const NOTES_MASTER_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme2.xml"/></Relationships>"#;

/// The theme's colours, by scheme name: Waymark's ink and page, the lane header grey,
/// the persona curve colours, metrics and arrows. Shapes of these colours refer to the
/// theme (`tx1`, `accent1` …), so a designer recolours the deck there.
fn scheme() -> [(&'static str, &'static str, Rgba); 10] {
    [
        ("dk1", "tx1", palette::INK),
        ("lt1", "bg1", palette::PAGE),
        ("dk2", "tx2", palette::INK_MUTED),
        ("lt2", "bg2", palette::LANE_HEADER),
        ("accent1", "accent1", palette::persona(0, None)),
        ("accent2", "accent2", palette::persona(1, None)),
        ("accent3", "accent3", palette::persona(2, None)),
        ("accent4", "accent4", palette::persona(3, None)),
        ("accent5", "accent5", palette::METRIC),
        ("accent6", "accent6", palette::LINK),
    ]
}

/// The scheme colour a shape names for `color`, if it is one of the theme's.
pub fn scheme_name(color: Rgba) -> Option<&'static str> {
    scheme()
        .into_iter()
        .find(|(_, _, c)| *c == color)
        .map(|(_, name, _)| name)
}

fn hex(c: Rgba) -> String {
    format!("{:02X}{:02X}{:02X}", c.r, c.g, c.b)
}

/// The theme: Waymark's colours, and the deck's fonts for Latin, East Asian and complex
/// scripts (with a family per script PowerPoint picks for text in that script).
pub fn theme(name: &str, fonts: &ThemeFonts) -> String {
    let fill = r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#;
    let line = r#"<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#;
    let effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
    let mut colors = String::new();
    for (slot, _, c) in scheme() {
        let _ = write!(
            colors,
            r#"<a:{slot}><a:srgbClr val="{}"/></a:{slot}>"#,
            hex(c)
        );
    }
    let _ = write!(
        colors,
        r#"<a:hlink><a:srgbClr val="{}"/></a:hlink><a:folHlink><a:srgbClr val="{}"/></a:folHlink>"#,
        hex(palette::persona(0, None)),
        hex(palette::persona(2, None))
    );
    let font = |f: &str| text(f);
    let per_script = format!(
        r#"<a:font script="Jpan" typeface="{}"/><a:font script="Hang" typeface="Noto Sans CJK KR"/><a:font script="Hans" typeface="Noto Sans CJK SC"/><a:font script="Hant" typeface="Noto Sans CJK TC"/><a:font script="Arab" typeface="Noto Sans Arabic"/><a:font script="Hebr" typeface="Noto Sans Hebrew"/><a:font script="Deva" typeface="Noto Sans Devanagari"/><a:font script="Thai" typeface="Noto Sans Thai"/>"#,
        if fonts.east_asian.contains("CJK") && !fonts.east_asian.ends_with("JP") {
            "Noto Sans CJK JP".to_owned()
        } else {
            font(&fonts.east_asian)
        }
    );
    let faces = format!(
        r#"<a:latin typeface="{}"/><a:ea typeface="{}"/><a:cs typeface="{}"/>{per_script}"#,
        font(&fonts.latin),
        font(&fonts.east_asian),
        font(&fonts.complex)
    );
    format!(
        r#"{DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="{name}"><a:themeElements><a:clrScheme name="Waymark">{colors}</a:clrScheme><a:fontScheme name="Waymark"><a:majorFont>{faces}</a:majorFont><a:minorFont>{faces}</a:minorFont></a:fontScheme><a:fmtScheme name="Waymark"><a:fillStyleLst>{fill}{fill}{fill}</a:fillStyleLst><a:lnStyleLst>{line}{line}{line}</a:lnStyleLst><a:effectStyleLst>{effect}{effect}{effect}</a:effectStyleLst><a:bgFillStyleLst>{fill}{fill}{fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"#
    )
}

/// One paragraph of a title or divider slide: text, size in points, weight, colour.
type Para = (String, f32, Weight, Rgba);

/// A text box at (`x`, `y`) EMU of `cx` × `cy`, one paragraph per [`Para`].
fn text_box(
    id: u32,
    name: &str,
    (x, y, cx, cy): (u64, u64, u64, u64),
    paras: &[Para],
    style: &RunStyle,
) -> String {
    let mut s = format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" rIns="0" anchor="t"><a:normAutofit/></a:bodyPr><a:lstStyle/>"#
    );
    for (t, size, weight, color) in paras {
        let rtl = t.chars().find(|c| c.is_alphabetic()).is_some_and(|c| {
            matches!(
                runs::Script::of(c),
                runs::Script::Arabic | runs::Script::Hebrew
            )
        });
        let _ = write!(
            s,
            r#"<a:p><a:pPr{}><a:spcAft><a:spcPts val="600"/></a:spcAft></a:pPr>"#,
            if rtl { r#" algn="r" rtl="1""# } else { "" }
        );
        let fill = runs::fill_xml(*color);
        for run in runs::text_runs(t) {
            runs::run_xml(&mut s, &run, *size, *weight, &fill, style);
        }
        s.push_str("</a:p>");
    }
    s.push_str("</p:txBody></p:sp>");
    s
}

fn slide(shapes: &str) -> String {
    format!(
        r#"{DECL}<p:sld {NS}><p:cSld><p:spTree>{TREE_START}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"#
    )
}

/// The left edge and width of a title or divider slide's text, in EMU.
const LEFT: u64 = 914_400;
/// Where a title or divider slide's personas start, in points from the top.
const PEOPLE_TOP: f32 = 216.0;
/// How far down a title or divider slide's text may reach, in points.
const BOTTOM: f32 = 504.0;
/// The room kept below the personas for a map's scenario and stages, in points.
const ABOUT_ROOM: f32 = 72.0;
/// EMU per point.
const EMU: f32 = 12_700.0;

/// The personas a title or divider slide shows, as the persona strip draws them.
pub struct CoverPersonas {
    /// Photos (or initials), names, roles and quotes, in slide points.
    pub scene: crate::layout::scene::Scene,
    /// How many personas found no room.
    pub left_out: usize,
}

/// Lays out `ids` (each once) for a title or divider slide, leaving room below for a
/// map's scenario and stages when `about` (one map); `None` when there is none.
pub fn cover_personas(
    project: &Project,
    ids: &[crate::model::PersonaId],
    about: bool,
) -> Option<CoverPersonas> {
    let left = LEFT as f32 / EMU;
    let bottom = if about { BOTTOM - ABOUT_ROOM } else { BOTTOM };
    let (strip, left_out) = crate::layout::layout_personas(
        project,
        ids,
        crate::text::TextEngine::global(),
        (left, PEOPLE_TOP),
        SLIDE_WIDTH_EMU as f32 / EMU - 2.0 * left,
        bottom,
    )?;
    let scene = crate::layout::scene::Scene {
        size: emath::vec2(SLIDE_WIDTH_EMU as f32 / EMU, SLIDE_HEIGHT_EMU as f32 / EMU),
        content: crate::layout::scene::persona_faces_prims(&strip),
        ..Default::default()
    };
    Some(CoverPersonas { scene, left_out })
}

/// The personas of `maps`, each once, in the order the maps name them.
pub fn persona_ids(maps: &[&JourneyMap]) -> Vec<crate::model::PersonaId> {
    let mut ids: Vec<crate::model::PersonaId> = Vec::new();
    for id in maps.iter().flat_map(|m| &m.personas) {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}

/// A title or divider slide: `head` at the top, the personas below it (photos or
/// initials as shapes and pictures, names, roles and quotes as text), then `about`.
/// Returns the slide and the pictures it shows (in relationship order).
fn cover(
    project: &Project,
    head: &[Para],
    people: Option<&CoverPersonas>,
    mut about: Vec<Para>,
    style: &RunStyle,
    sizes: &super::shapes::PictureSizes,
) -> (String, Vec<crate::model::ImageId>) {
    let width = SLIDE_WIDTH_EMU - 2 * LEFT;
    let mut shapes = text_box(2, "Title", (LEFT, 914_400, width, 1_600_200), head, style);
    let mut top = PEOPLE_TOP;
    let mut pictures = Vec::new();
    if let Some(people) = people {
        let drawn = super::shapes::scene_shapes_from(&people.scene, style, sizes, 10);
        shapes.push_str(&drawn.xml);
        pictures = drawn.pictures;
        let end = people
            .scene
            .content
            .iter()
            .map(|p| p.bounds().bottom())
            .fold(top, f32::max);
        top = end + 16.0;
        if people.left_out > 0 {
            let more = project
                .catalogue()
                .tr_args("strip-more", &[("count", people.left_out.into())]);
            about.insert(0, (more, 14.0, Weight::Regular, palette::INK_MUTED));
        }
    }
    if !about.is_empty() {
        let y = (top * EMU) as u64;
        let bottom = (BOTTOM * EMU) as u64;
        shapes.push_str(&text_box(
            3,
            "About",
            (LEFT, y, width, bottom.saturating_sub(y).max(914_400)),
            &about,
            style,
        ));
    }
    (slide(&shapes), pictures)
}

/// The title slide: the project and its maps, every persona of those maps (`people`:
/// photo or initials, name, role, quote); with one map, its scenario and stages too.
pub fn title_slide(
    project: &Project,
    maps: &[&JourneyMap],
    people: Option<&CoverPersonas>,
    style: &RunStyle,
    sizes: &super::shapes::PictureSizes,
) -> (String, Vec<crate::model::ImageId>) {
    let names: Vec<&str> = maps.iter().map(|m| m.name.as_str()).collect();
    let head = [
        (project.title.clone(), 40.0, Weight::SemiBold, palette::INK),
        (
            names.join("  ·  "),
            24.0,
            Weight::Regular,
            palette::INK_MUTED,
        ),
    ];
    let about = match maps {
        [map] => about_map(map),
        _ => Vec::new(),
    };
    cover(project, &head, people, about, style, sizes)
}

/// A map's scenario and its stages.
fn about_map(map: &JourneyMap) -> Vec<Para> {
    let mut about = Vec::new();
    if !map.scenario.trim().is_empty() {
        about.push((
            map.scenario.clone(),
            16.0,
            Weight::Regular,
            palette::INK_MUTED,
        ));
    }
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    if !stages.is_empty() {
        about.push((
            stages.join("  →  "),
            14.0,
            Weight::Regular,
            palette::INK_MUTED,
        ));
    }
    about
}

/// The slide that opens a map in a deck of several: its name, its personas (`people`,
/// as on the title slide), scenario and stages.
pub fn divider_slide(
    project: &Project,
    map: &JourneyMap,
    people: Option<&CoverPersonas>,
    style: &RunStyle,
    sizes: &super::shapes::PictureSizes,
) -> (String, Vec<crate::model::ImageId>) {
    let head = [(map.name.clone(), 36.0, Weight::SemiBold, palette::INK)];
    cover(project, &head, people, about_map(map), style, sizes)
}

/// A map slide: the page's shapes (`name`, the stages it shows, is the slide's name).
pub fn map_slide(name: &str, shapes: &str) -> String {
    format!(
        r#"{DECL}<p:sld {NS}><p:cSld name="{}"><p:spTree>{TREE_START}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"#,
        text(name)
    )
}

/// A notes slide: the slide's picture and the notes, one paragraph per line.
pub fn notes_slide(lines: &[String], style: &RunStyle) -> String {
    let mut paras = String::new();
    let ink = runs::fill_xml(palette::INK);
    for line in lines {
        paras.push_str("<a:p>");
        for run in runs::text_runs(line) {
            runs::run_xml(&mut paras, &run, 12.0, Weight::Regular, &ink, style);
        }
        paras.push_str("</a:p>");
    }
    if lines.is_empty() {
        paras.push_str(r#"<a:p><a:endParaRPr lang="en-US"/></a:p>"#);
    }
    format!(
        r#"{DECL}<p:notes {NS}><p:cSld><p:spTree>{TREE_START}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"#
    )
}

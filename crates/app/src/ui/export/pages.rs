//! The Export dialog's preview of paged output: every page of the plan rendered small
//! and laid side by side (three to a row) on one picture, in reading order.

use crate::export::{self, PageSetup};
use crate::model::{JourneyMap, Project};

/// The most pages a preview draws.
const MAX_PAGES: usize = 12;
/// Gap between pages and around them, in pixels.
const GAP: u32 = 12;

/// The pages of `map` on `setup`, carrying what `layout` asks for, as one picture
/// `width` pixels wide.
pub fn contact_sheet(
    project: &Project,
    map: &JourneyMap,
    setup: PageSetup,
    layout: &crate::layout::LayoutOptions,
    width: f32,
) -> Option<egui::ColorImage> {
    let plan = export::plan_pages_with(project, map, setup, layout);
    let count = plan.pages.len().min(MAX_PAGES);
    let columns = count.clamp(1, 3) as u32;
    let cell = ((width as u32).saturating_sub(GAP * (columns + 1)) / columns).max(40);
    let scale = cell as f32 / plan.page.x.max(1.0);
    let page_h = (plan.page.y * scale).ceil() as u32;
    let rows = (count as u32).div_ceil(columns);
    let sheet_w = GAP + columns * (cell + GAP);
    let sheet_h = GAP + rows * (page_h + GAP);
    let mut sheet =
        image::RgbaImage::from_pixel(sheet_w, sheet_h, image::Rgba([226, 229, 234, 255]));
    for i in 0..count {
        let bytes = export::page_png(project, map, &plan, i, scale).ok()?;
        let page = image::load_from_memory(&bytes).ok()?.to_rgba8();
        let (col, row) = (i as u32 % columns, i as u32 / columns);
        let x = GAP + col * (cell + GAP);
        let y = GAP + row * (page_h + GAP);
        // A one-pixel shadow under the page.
        for dx in 0..page.width() {
            let (px, py) = (x + dx + 1, y + page.height());
            if px < sheet_w && py < sheet_h {
                sheet.put_pixel(px, py, image::Rgba([190, 194, 202, 255]));
            }
        }
        image::imageops::overlay(&mut sheet, &page, i64::from(x), i64::from(y));
    }
    Some(egui::ColorImage::from_rgba_unmultiplied(
        [sheet.width() as usize, sheet.height() as usize],
        sheet.as_raw(),
    ))
}

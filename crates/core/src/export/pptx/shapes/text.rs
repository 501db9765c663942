//! Text on a slide: a text box for lines that sit on nothing, and the text body a shape
//! holds (a card's title and body as paragraphs that rewrap when edited), each run with
//! its language and fonts, the first baseline where the layout put it.

use super::*;

impl Writer<'_> {
    pub(super) fn text_box(&mut self, block: &[(&TextLine, Rgba)]) {
        let Some(first) = block.first() else {
            return;
        };
        let mut rect = first.0.rect();
        for (line, _) in block {
            rect = rect.union(line.rect());
        }
        // Room above the first line for the viewer's line box (the inset places it).
        rect.min.y -= first.0.style.size * 0.5;
        let body = self.text_body(rect, block, false);
        let id = self.id();
        let _ = write!(
            self.out,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="Text: {}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>{body}</p:sp>"#,
            escape(&clip(&first.0.text, 40)),
            xfrm(rect, "")
        );
    }

    /// The descent below an exact-spaced line's baseline, as a share of the size: the
    /// deck's Latin font's (Inter), which Impress keeps below the baseline whatever
    /// script the line is in (measured: an Arabic header sits where the layout put it).
    pub(super) fn descent(&mut self, line: &TextLine) -> f32 {
        *self.descents.entry(line.style.weight).or_insert_with(|| {
            skrifa::FontRef::new(line.style.weight.bytes()).map_or(0.24, |f| {
                let m = f.metrics(
                    skrifa::instance::Size::unscaled(),
                    skrifa::instance::LocationRef::default(),
                );
                -m.descent / f32::from(m.units_per_em.max(1))
            })
        })
    }

    /// A `p:txBody` placing `lines` inside `rect`: one paragraph per line, or, when `wrap`,
    /// one per run of lines of one style (rewrapped by the viewer within the same margins).
    pub(super) fn text_body(
        &mut self,
        rect: Rect,
        lines: &[(&TextLine, Rgba)],
        wrap: bool,
    ) -> String {
        let mut paras: Vec<Vec<(&TextLine, Rgba)>> = Vec::new();
        for &(line, color) in lines {
            match paras.last_mut() {
                Some(p)
                    if wrap
                        && p.last().is_some_and(|&(l, c)| {
                            c == color
                                && l.style == line.style
                                && l.rtl == line.rtl
                                && line.baseline_left.y > l.baseline_left.y
                                && line.baseline_left.y - l.baseline_left.y <= l.style.size * 1.8
                        }) =>
                {
                    p.push((line, color));
                }
                _ => paras.push(vec![(line, color)]),
            }
        }
        let mut s = String::with_capacity(256 * paras.len());
        let mut top_inset = 0.0;
        let mut previous: Option<(f32, f32)> = None; // last baseline, descent below it
        let mut xml = String::new();
        for para in &paras {
            let (first, _) = para[0];
            let size = first.style.size;
            let pitch = if para.len() > 1 {
                (para[para.len() - 1].0.baseline_left.y - first.baseline_left.y)
                    / (para.len() - 1) as f32
            } else {
                crate::layout::metrics::line_height(first.style)
            };
            let descent = self.descent(first) * size;
            let above = pitch - descent;
            let before = match previous {
                None => {
                    top_inset = (first.baseline_left.y - rect.top() - above).max(0.0);
                    0.0
                }
                Some((baseline, below)) => {
                    (first.baseline_left.y - baseline - below - above).max(0.0)
                }
            };
            let last = para[para.len() - 1].0;
            previous = Some((last.baseline_left.y, pitch - above));
            let widest = para
                .iter()
                .map(|(l, _)| l.baseline_left.x + l.width)
                .fold(f32::MIN, f32::max);
            let left = (first.baseline_left.x - rect.left()).max(0.0);
            let right = (rect.right() - widest).max(0.0);
            let centred = wrap
                && para.iter().all(|(l, _)| {
                    (l.baseline_left.x + l.width / 2.0 - rect.center().x).abs() < 1.0
                });
            // Right-to-left paragraphs get the same margin on both sides: Impress (and
            // PowerPoint) put `marL` on the paragraph's starting side.
            let (mar_l, mar_r, align) = match (first.rtl, wrap) {
                // A caption's lines, centred: the whole halo to wrap in.
                _ if centred => (0.0, 0.0, "ctr"),
                (false, false) => (left, 0.0, "l"),
                (true, false) => (right, right, "r"),
                // The layout wraps within symmetric margins.
                (false, true) => (left, left, "l"),
                (true, true) => (right, right, "r"),
            };
            let _ = write!(
                xml,
                r#"<a:p><a:pPr marL="{}" marR="{}" indent="0" algn="{align}" rtl="{}"><a:lnSpc><a:spcPts val="{}"/></a:lnSpc>"#,
                emu(mar_l),
                emu(mar_r),
                u8::from(first.rtl),
                ((pitch * 100.0).round() as i64).clamp(0, 158_400),
            );
            if before > 0.0 {
                let _ = write!(
                    xml,
                    r#"<a:spcBef><a:spcPts val="{}"/></a:spcBef>"#,
                    ((before * 100.0).round() as i64).min(158_400)
                );
            }
            xml.push_str(r#"<a:buNone/></a:pPr>"#);
            for (k, (line, color)) in para.iter().enumerate() {
                let color = fill_xml(*color);
                if k > 0 {
                    let prev = &para[k - 1].0.text;
                    if joins_with_space(prev, &line.text) {
                        let space = runs::Run {
                            text: " ".to_owned(),
                            script: runs::Script::Latin,
                            family: None,
                        };
                        runs::run_xml(
                            &mut xml,
                            &space,
                            size,
                            line.style.weight,
                            &color,
                            self.style,
                        );
                    }
                }
                for run in runs::line_runs(line) {
                    runs::run_xml(&mut xml, &run, size, line.style.weight, &color, self.style);
                }
            }
            xml.push_str("</a:p>");
        }
        let _ = write!(
            s,
            r#"<p:txBody><a:bodyPr wrap="{}" lIns="0" tIns="{}" rIns="0" bIns="0" anchor="t" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{xml}</p:txBody>"#,
            if wrap { "square" } else { "none" },
            emu(top_inset),
        );
        s
    }
}

/// Two wrapped lines of one paragraph are joined with a space unless either side is
/// East Asian text (which breaks between characters).
pub(super) fn joins_with_space(before: &str, after: &str) -> bool {
    let east =
        |c: Option<char>| c.is_some_and(|c| runs::Script::of(c).slot() == runs::Slot::EastAsian);
    !(east(before.chars().last()) || east(after.chars().next()))
}

pub(super) fn clip(text: &str, chars: usize) -> String {
    let mut s: String = text.chars().take(chars).collect();
    if text.chars().nth(chars).is_some() {
        s.push('…');
    }
    s
}

//! LIST's report, laid out as ScarletDME lays it out on a display that is
//! wide and tall enough for one page (no terminal here):
//!
//! * the page starts with the clear-screen code (`ESC[H ESC[2J`), then the
//!   HEADING text (its options expanded by the host), or else the default
//!   heading (the sentence and `Page 1` at the right margin) unless
//!   `HDR.SUP` or `COL.HDR.SUPP`;
//! * the column heading lines (each heading padded with dots to the column
//!   width, columns three blanks apart; `COL.HDG` replaces a heading,
//!   `FMT` the format, whose width is that of `1` formatted with it,
//!   `CONV` the conversion) unless `COL.HDR.SUPP`;
//! * one line per record (the id column first unless `ID.SUP` or
//!   `DET.SUP`), left- or right-justified to the dictionary format, each
//!   further value of a multivalued column on a continuation line; the
//!   control breaks and totals of `BREAK.ON` / `TOTAL` ([`super::breaks`]);
//! * a blank line and `n record(s) listed`;
//! * with FOOTING, blank lines to the end of the page (its last line is
//!   the page prompt's) and the footing.
//!
//! When nothing is listed the page holds only `0 record(s) listed`: no
//! heading, no column headings, no totals.

use super::agg::{self, Agg};
use super::breaks::Breaks;
use super::dict::{self, Item, Source};
use super::sentence::{Modifier, Query};
use crate::builtins::num::Num;

/// Clear screen (and cursor home) on the display.
pub(super) const CLEAR: &str = "\x1b[H\x1b[2J";
/// Blanks between columns.
const GAP: usize = 3;

/// A column of the report (or a BREAK.SUP field, which is not shown).
pub struct Column {
    /// Dictionary name (or `@ID`).
    pub name: String,
    /// The dictionary item.
    pub item: Item,
    /// False for a BREAK.SUP field.
    pub shown: bool,
    /// How the column accumulates (TOTAL, AVG, ...), if it does.
    pub agg: Option<Agg>,
    /// The control break (index into the sentence's breaks) on this field.
    pub brk: Option<usize>,
}

impl Column {
    /// `v` output-converted by the column's conversion (each value on its
    /// own for a multivalued item, as OCONVS does).
    pub fn oconv(&self, v: &[u8]) -> Result<Vec<u8>, String> {
        if self.item.conv.is_empty() {
            return Ok(v.to_vec());
        }
        check_conv(&self.item.conv)?;
        let conv = |x: &[u8]| crate::builtins::conv::oconv(x, &self.item.conv).value;
        if !self.item.multi {
            return Ok(conv(v));
        }
        let mut out = Vec::with_capacity(v.len());
        let mut start = 0;
        for (k, &ch) in v.iter().enumerate() {
            if (0xF8..=0xFE).contains(&ch) {
                out.extend(conv(&v[start..k]));
                out.push(ch);
                start = k + 1;
            }
        }
        out.extend(conv(&v[start..]));
        Ok(out)
    }

    /// `v` formatted by the column's format code, one string per display
    /// line: FMT folds text longer than the width onto more lines.
    pub fn fmt(&self, v: &[u8]) -> Vec<String> {
        use crate::builtins::fmt::{fmt, FmtInput};
        fmt(FmtInput::Str(v), &self.item.format, 4)
            .split(|&c| c == 0xFB)
            .map(|x| String::from_utf8_lossy(x).into_owned())
            .collect()
    }
}

/// Refuses the conversions LIST cannot run outside the VM (user-defined
/// `U...` and file translations `Tfile;...`) by name.
fn check_conv(code: &[u8]) -> Result<(), String> {
    for part in code.split(|&c| c == 0xFD) {
        let p = part.trim_ascii_start();
        let user = matches!(p.first(), Some(b'U' | b'u'));
        let trans = matches!(p.first(), Some(b'T' | b't')) && p.contains(&b';');
        if user || trans {
            return Err(format!(
                "Conversion {} in a dictionary item is not supported by mvbasic's LIST",
                String::from_utf8_lossy(p)
            ));
        }
    }
    Ok(())
}

/// Lays out one or more display lines: `cells[i]` holds column i's text
/// for each line; each text is placed at its column's position (over what
/// is there), columns [`GAP`] blanks apart; `lead` goes at the start of the
/// first line. Trailing blanks are dropped.
pub fn compose(cols: &[Column], cells: &[Vec<String>], lead: Option<&str>) -> Vec<String> {
    let depth = cells.iter().map(|c| c.len()).max().unwrap_or(0).max(1);
    let mut out = Vec::with_capacity(depth);
    for line in 0..depth {
        let mut buf: Vec<char> = Vec::new();
        let mut put = |at: usize, s: &str| {
            for (k, ch) in s.chars().enumerate() {
                if buf.len() <= at + k {
                    buf.resize(at + k + 1, ' ');
                }
                buf[at + k] = ch;
            }
        };
        let mut c = 0;
        for (col, cell) in cols.iter().zip(cells) {
            if !col.shown {
                continue;
            }
            if let Some(s) = cell.get(line) {
                put(c, s);
            }
            c += col.item.width;
            if col.item.width > 0 {
                c += GAP;
            }
        }
        if let (0, Some(t)) = (line, lead) {
            put(0, t);
        }
        let s: String = buf.into_iter().collect();
        out.push(s.trim_end().to_string());
    }
    out
}

/// A column is at least as wide as its heading: ScarletDME widens the
/// format code to the heading's length.
fn fit_heading(mut item: Item) -> Item {
    let n = item
        .heading
        .split('\u{FD}')
        .map(|h| h.chars().count())
        .max()
        .unwrap_or(0);
    if n > item.width {
        let digits = item
            .format
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        item.format = [n.to_string().as_bytes(), &item.format[digits..]].concat();
        item.width = n;
    }
    item
}

/// Gives `item` the format code `code`: its width is that of the code
/// applied to `1` (ScarletDME's rule), its justification the letter after
/// the width.
fn set_format(item: &mut Item, code: String) {
    use crate::builtins::fmt::{fmt, FmtInput};
    item.width = fmt(FmtInput::Str(b"1"), code.as_bytes(), 4).len();
    let rest = code.trim_start_matches(|c: char| c.is_ascii_digit());
    item.right = rest.starts_with(['R', 'r']);
    item.format = code.into_bytes();
}

/// The report's columns for `q`; `fit`: each column at least as wide as
/// its heading (a tabular report's columns).
pub(super) fn columns(q: &Query, src: &dyn Source, fit: bool) -> Result<Vec<Column>, String> {
    let fit_heading = |item: Item| if fit { fit_heading(item) } else { item };
    let has = |o: &str| q.options.iter().any(|x| x == o);
    let mut cols = Vec::new();
    if !has("ID.SUP") && !has("DET.SUP") {
        let mut item = dict::item(src, "@ID")?;
        // the id column is headed by the file's name
        item.heading = src.file_name().to_string();
        cols.push(Column {
            name: "@ID".into(),
            item: fit_heading(item),
            shown: true,
            agg: None,
            brk: None,
        });
    }
    for (k, n) in q.columns.iter().enumerate() {
        let brk = q.breaks.iter().position(|b| b.column == k);
        let agg = q.aggs.iter().find(|a| a.0 == k).map(|a| a.1);
        let mut item = dict::item(src, n)?;
        if let Some(Agg::Pct(dp)) = agg {
            // ScarletDME's PCT: width 3 + decimals (+ the point), MDn0
            let dp = dp as usize;
            set_format(&mut item, format!("{}R", 3 + dp + usize::from(dp != 0)));
            item.conv = format!("MD{dp}0").into_bytes();
        }
        for (_, m) in q.mods.iter().filter(|m| m.0 == k) {
            match m {
                Modifier::ColHdg(h) => {
                    item.heading = h.replace("'L'", "\u{FD}").replace("\"L\"", "\u{FD}")
                }
                Modifier::Fmt(f) => set_format(&mut item, f.clone()),
                Modifier::Conv(c) => item.conv = c.clone().into_bytes(),
                Modifier::Like(other) => {
                    // ScarletDME takes the other item's heading, format,
                    // conversion and single/multivalued flag
                    let like = dict::item(src, other).map_err(|_| {
                        "Field name or synonym required after DISPLAY.LIKE".to_string()
                    })?;
                    item.heading = like.heading;
                    item.width = like.width;
                    item.right = like.right;
                    item.format = like.format;
                    item.conv = like.conv;
                    item.multi = like.multi;
                }
            }
        }
        cols.push(Column {
            name: n.clone(),
            item: fit_heading(item),
            shown: brk.is_none_or(|b| q.breaks[b].shown),
            agg,
            brk,
        });
    }
    Ok(cols)
}

/// The page's heading and footing lines (HEADING / FOOTING text with its
/// options expanded for page 1), and the lines a page holds.
#[derive(Debug, Clone, Default)]
pub struct PageText {
    /// The HEADING lines, None without HEADING.
    pub heading: Option<Vec<String>>,
    /// The FOOTING lines, None without FOOTING.
    pub footing: Option<Vec<String>>,
    /// Lines of the display's page.
    pub page_lines: usize,
    /// Columns of the display.
    pub width: usize,
    /// SAMPLE or SAMPLED: the count line starts `Sample of`.
    pub sample: bool,
}

/// The column heading lines: each column's heading (its lines split at
/// value marks) padded with dots to the column's width; a column whose
/// heading has fewer lines is blank on the others. ScarletDME keeps the
/// blanks at the end of these lines.
fn heading_lines(cols: &[Column]) -> Vec<String> {
    let shown: Vec<&Column> = cols.iter().filter(|c| c.shown).collect();
    let heads: Vec<Vec<&str>> = shown
        .iter()
        .map(|c| c.item.heading.split('\u{FD}').collect())
        .collect();
    let depth = heads.iter().map(|h| h.len()).max().unwrap_or(1);
    (0..depth)
        .map(|line| {
            let cells: Vec<String> = shown
                .iter()
                .zip(&heads)
                .map(|(c, h)| {
                    let (text, fill) = match h.get(line) {
                        Some(t) => (t.to_string(), '.'),
                        None => (String::new(), ' '),
                    };
                    let n = c.item.width.saturating_sub(text.chars().count());
                    text + &fill.to_string().repeat(n)
                })
                .collect();
            cells.join(&" ".repeat(GAP))
        })
        .collect()
}

/// The values of one record, one per column; a PCT column's value becomes
/// its percentage of `pct_totals`, a CUMULATIVE column's the running total
/// (from `breaks`, which the record has been added to).
fn shown_values(
    cols: &[Column],
    data: &[Vec<u8>],
    pct_totals: &[Num],
    breaks: &Breaks,
) -> Result<Vec<Vec<u8>>, String> {
    let mut out = data.to_vec();
    for (ci, c) in cols.iter().enumerate() {
        match c.agg {
            Some(Agg::Pct(_)) => {
                // ScarletDME replaces the field by each value's percentage
                // in turn: a multivalued field shows its last value's
                let mut last = Vec::new();
                let values: Vec<&[u8]> = if c.item.multi {
                    data[ci].split(|&ch| (0xF8..=0xFE).contains(&ch)).collect()
                } else {
                    vec![data[ci].as_slice()]
                };
                for z in values {
                    last = agg::percent_of(z, pct_totals[ci])?;
                }
                out[ci] = last;
            }
            Some(Agg::Cumulative) => out[ci] = breaks.running(ci),
            _ => {}
        }
    }
    Ok(out)
}

/// The page heading lines: HEADING's, or else ScarletDME's default
/// heading (the sentence, cut to leave room, then the page number ending
/// one column before the right margin, as a G gap spreads it) unless
/// HDR.SUP or COL.HDR.SUPP (which suppresses the page heading too when
/// there is no HEADING).
pub(super) fn page_heading(q: &Query, page: &PageText, sentence: &str) -> Vec<String> {
    let has = |o: &str| q.options.iter().any(|x| x == o);
    match &page.heading {
        Some(h) => h.clone(),
        None if !has("HDR.SUP") && !has("COL.HDR.SUPP") => {
            let w = page.width.max(16);
            let text: String = sentence.trim().chars().take(w - 10).collect();
            vec![format!("{:<pad$}Page 1", text, pad = w - 7)]
        }
        None => Vec::new(),
    }
}

/// The report for `rows` (id, record) as lines of bytes: tabular,
/// vertical (`VERTICALLY`) or delimited (`CSV`, `DELIMITER`).
pub fn report(
    q: &Query,
    src: &dyn Source,
    rows: &[(Vec<u8>, Vec<u8>)],
    sentence: &str,
    page: &PageText,
) -> Result<Vec<Vec<u8>>, String> {
    if q.delimited.is_some() || q.vertical {
        let what = if q.vertical {
            "VERTICALLY"
        } else {
            "CSV or DELIMITER"
        };
        if !q.breaks.is_empty() || !q.aggs.is_empty() || q.grand_total.is_some() {
            return Err(format!(
                "{what} with BREAK.ON, TOTAL or other accumulations is not supported by mvbasic's query processor"
            ));
        }
        if q.options.iter().any(|o| o == "DET.SUP") {
            return Err(format!(
                "{what} with DET.SUP is not supported by mvbasic's query processor"
            ));
        }
        let cols = columns(q, src, false)?;
        return match &q.delimited {
            Some(d) => super::layouts::delimited(q, &cols, src, rows, d, page.sample),
            None => {
                let heading = page_heading(q, page, sentence);
                super::layouts::vertical(&cols, src, rows, heading, page.sample)
            }
        };
    }
    Ok(list(q, src, rows, sentence, page)?
        .into_iter()
        .map(String::into_bytes)
        .collect())
}

/// The report for `rows` (id, record) as display lines.
pub fn list(
    q: &Query,
    src: &dyn Source,
    rows: &[(Vec<u8>, Vec<u8>)],
    sentence: &str,
    page: &PageText,
) -> Result<Vec<String>, String> {
    let has = |o: &str| q.options.iter().any(|x| x == o);
    let cols = columns(q, src, true)?;
    if rows.is_empty() {
        let count = super::layouts::count_line(0, page.sample);
        return Ok(vec![format!("{CLEAR}{count}")]);
    }
    let det_sup = has("DET.SUP");
    let mut lines = page_heading(q, page, sentence);
    if !has("COL.HDR.SUPP") {
        lines.extend(heading_lines(&cols));
    }
    let mut data_rows = Vec::with_capacity(rows.len());
    for (id, rec) in rows {
        let mut data = Vec::with_capacity(cols.len());
        for c in &cols {
            data.push(dict::value(src, &c.name, id, rec)?);
        }
        data_rows.push(data);
    }
    // PCT needs the column's total over the whole report first
    let mut pct_totals = vec![Num::Int(0); cols.len()];
    for (ci, c) in cols.iter().enumerate() {
        if let Some(Agg::Pct(_)) = c.agg {
            for data in &data_rows {
                pct_totals[ci] = agg::add_number(pct_totals[ci], &data[ci]);
            }
        }
    }
    let mut breaks = Breaks::new(&cols, &q.breaks, det_sup, pct_totals.clone());
    for data in &data_rows {
        lines.extend(breaks.record(data)?);
        if det_sup {
            continue;
        }
        let shown = shown_values(&cols, data, &pct_totals, &breaks)?;
        let mut cells = Vec::with_capacity(cols.len());
        for (c, v) in cols.iter().zip(&shown) {
            let v = c.oconv(v)?;
            cells.push(v.split(|&ch| ch == 0xFD).flat_map(|x| c.fmt(x)).collect());
        }
        lines.extend(compose(&cols, &cells, None));
    }
    lines.extend(breaks.finish(q.grand_total.as_deref())?);
    lines.push(String::new());
    lines.push(super::layouts::count_line(rows.len(), page.sample));
    if let Some(f) = &page.footing {
        // the footing ends the page: the display's last line is kept for
        // the page prompt
        let at = page.page_lines.saturating_sub(1 + f.len());
        if lines.len() > at {
            return Err("A LIST report longer than one page with FOOTING is not supported by mvbasic's query processor".into());
        }
        lines.resize(at, String::new());
        lines.extend(f.iter().cloned());
    }
    lines[0] = format!("{CLEAR}{}", lines[0]);
    Ok(lines)
}

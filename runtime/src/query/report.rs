//! LIST's report, laid out as ScarletDME lays it out on a display that is
//! wide and tall enough for one page (no terminal here):
//!
//! * the page starts with the clear-screen code (`ESC[H ESC[2J`), then the
//!   heading (the sentence and the page number) unless `HDR.SUP` or
//!   `COL.HDR.SUPP`;
//! * a column heading line (each heading padded with dots to the column
//!   width, columns three blanks apart) unless `COL.HDR.SUPP`;
//! * one line per record (the id column first unless `ID.SUP` or
//!   `DET.SUP`), left- or right-justified to the dictionary format, each
//!   further value of a multivalued column on a continuation line; the
//!   control breaks and totals of `BREAK.ON` / `TOTAL` ([`super::breaks`]);
//! * a blank line and `n record(s) listed`.
//!
//! When nothing is listed the page holds only `0 record(s) listed`: no
//! heading, no column headings, no totals.

use super::breaks::Breaks;
use super::dict::{self, Item, Source};
use super::sentence::Query;

/// Clear screen (and cursor home) on the display.
const CLEAR: &str = "\x1b[H\x1b[2J";
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
    /// A TOTAL column.
    pub total: bool,
    /// The control break (index into the sentence's breaks) on this field.
    pub brk: Option<usize>,
}

impl Column {
    /// `v` output-converted by the column's conversion.
    pub fn oconv(&self, v: &[u8]) -> Result<Vec<u8>, String> {
        if self.item.conv.is_empty() {
            return Ok(v.to_vec());
        }
        check_conv(&self.item.conv)?;
        Ok(crate::builtins::conv::oconv(v, &self.item.conv).value)
    }

    /// `v` justified to the column's width.
    pub fn fmt(&self, v: &[u8]) -> String {
        let v = String::from_utf8_lossy(v);
        let w = self.item.width;
        if self.item.right {
            format!("{v:>w$}")
        } else {
            format!("{v:<w$}")
        }
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

/// The report's columns for `q`.
fn columns(q: &Query, src: &dyn Source) -> Result<Vec<Column>, String> {
    let has = |o: &str| q.options.iter().any(|x| x == o);
    let mut cols = Vec::new();
    if !has("ID.SUP") && !has("DET.SUP") {
        let mut item = dict::item(src, "@ID")?;
        // the id column is headed by the file's name
        item.heading = src.file_name().to_string();
        cols.push(Column {
            name: "@ID".into(),
            item,
            shown: true,
            total: false,
            brk: None,
        });
    }
    for (k, n) in q.columns.iter().enumerate() {
        let brk = q.breaks.iter().position(|b| b.column == k);
        cols.push(Column {
            name: n.clone(),
            item: dict::item(src, n)?,
            shown: brk.is_none_or(|b| q.breaks[b].shown),
            total: q.totals.contains(&k),
            brk,
        });
    }
    Ok(cols)
}

/// The report for `rows` (id, record) as display lines.
pub fn list(
    q: &Query,
    src: &dyn Source,
    rows: &[(Vec<u8>, Vec<u8>)],
    sentence: &str,
) -> Result<Vec<String>, String> {
    let has = |o: &str| q.options.iter().any(|x| x == o);
    let cols = columns(q, src)?;
    if rows.is_empty() {
        return Ok(vec![format!("{CLEAR}0 record(s) listed")]);
    }
    let det_sup = has("DET.SUP");
    let mut lines: Vec<String> = Vec::new();
    // COL.HDR.SUPP suppresses the page heading too (there is no HEADING)
    if !has("HDR.SUP") && !has("COL.HDR.SUPP") {
        lines.push(format!("{}    Page   1", sentence.trim()));
    }
    if !has("COL.HDR.SUPP") {
        let heads: Vec<String> = cols
            .iter()
            .filter(|c| c.shown)
            .map(|c| {
                let mut h = c.item.heading.clone();
                while h.chars().count() < c.item.width {
                    h.push('.');
                }
                h
            })
            .collect();
        lines.push(heads.join(&" ".repeat(GAP)).trim_end().to_string());
    }
    let mut breaks = Breaks::new(&cols, &q.breaks, det_sup);
    for (id, rec) in rows {
        let mut data = Vec::with_capacity(cols.len());
        for c in &cols {
            data.push(dict::value(src, &c.name, id, rec)?);
        }
        lines.extend(breaks.record(&data)?);
        if det_sup {
            continue;
        }
        let mut cells = Vec::with_capacity(cols.len());
        for (c, v) in cols.iter().zip(&data) {
            let v = c.oconv(v)?;
            cells.push(v.split(|&ch| ch == 0xFD).map(|x| c.fmt(x)).collect());
        }
        lines.extend(compose(&cols, &cells, None));
    }
    lines.extend(breaks.finish(q.grand_total.as_deref())?);
    lines.push(String::new());
    lines.push(format!("{} record(s) listed", rows.len()));
    lines[0] = format!("{CLEAR}{}", lines[0]);
    Ok(lines)
}

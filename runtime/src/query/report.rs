//! LIST's report, laid out as ScarletDME lays it out on a display that is
//! wide and tall enough for one page (no terminal here):
//!
//! * the page starts with the clear-screen code (`ESC[H ESC[2J`), then the
//!   heading (the sentence and the page number) unless `HDR.SUP`;
//! * a column heading line (each heading padded with dots to the column
//!   width, columns three blanks apart) unless `COL.HDR.SUPP` or nothing
//!   was listed;
//! * one line per record (the id column first unless `ID.SUP`), left- or
//!   right-justified to the dictionary format, each further value of a
//!   multivalued column on a continuation line;
//! * a blank line (when anything was listed) and `n record(s) listed`.

use super::dict::{self, Source};
use super::sentence::Query;

/// Clear screen (and cursor home) on the display.
const CLEAR: &str = "\x1b[H\x1b[2J";
/// Blanks between columns.
const GAP: &str = "   ";

/// The report for `rows` (id, record) as display lines.
pub fn list(
    q: &Query,
    src: &dyn Source,
    rows: &[(Vec<u8>, Vec<u8>)],
    sentence: &str,
) -> Result<Vec<String>, String> {
    let has = |o: &str| q.options.iter().any(|x| x == o);
    let mut names: Vec<String> = Vec::new();
    if !has("ID.SUP") {
        names.push("@ID".into());
    }
    names.extend(q.columns.iter().cloned());
    let mut items = Vec::new();
    for n in &names {
        let mut it = dict::item(src, n)?;
        if n == "@ID" && !has("ID.SUP") && items.is_empty() {
            // the id column is headed by the file's name
            it.heading = src.file_name().to_string();
        }
        items.push(it);
    }
    let mut lines: Vec<String> = Vec::new();
    if !has("HDR.SUP") {
        lines.push(format!("{}    Page   1", sentence.trim()));
    }
    if !rows.is_empty() && !has("COL.HDR.SUPP") {
        let cols: Vec<String> = items
            .iter()
            .map(|it| {
                let mut h = it.heading.clone();
                while h.chars().count() < it.width {
                    h.push('.');
                }
                h
            })
            .collect();
        lines.push(cols.join(GAP).trim_end().to_string());
    }
    for (id, rec) in rows {
        let mut cells: Vec<Vec<String>> = Vec::new();
        for (n, it) in names.iter().zip(&items) {
            let mut v = dict::value(src, n, id, rec)?;
            if !it.conv.is_empty() {
                v = crate::builtins::conv::oconv(&v, &it.conv).value;
            }
            cells.push(
                v.split(|&c| c == 0xFD)
                    .map(|x| String::from_utf8_lossy(x).into_owned())
                    .collect(),
            );
        }
        let depth = cells.iter().map(|c| c.len()).max().unwrap_or(1);
        for line in 0..depth {
            let parts: Vec<String> = cells
                .iter()
                .zip(&items)
                .map(|(c, it)| {
                    let v = c.get(line).map(|s| s.as_str()).unwrap_or("");
                    if it.right {
                        format!("{:>w$}", v, w = it.width)
                    } else {
                        format!("{:<w$}", v, w = it.width)
                    }
                })
                .collect();
            lines.push(parts.join(GAP).trim_end().to_string());
        }
    }
    if !rows.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!("{} record(s) listed", rows.len()));
    lines[0] = format!("{CLEAR}{}", lines[0]);
    Ok(lines)
}

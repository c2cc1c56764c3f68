//! LIST's two other report layouts, as ScarletDME lays them out:
//!
//! * **delimited** (`CSV [1|2] ['d']`, `DELIMITER 'd'`): a line of the
//!   column headings joined by the delimiter (unless `COL.HDR.SUPP`), then
//!   one line per record: each column's value after its conversion, not
//!   formatted, marks kept, quoted by the CSV rule; the first record's line
//!   starts with the clear-screen code; the count line follows with no
//!   blank line before it. HEADING and HDR.SUP change nothing.
//! * **vertical** (`VERTICALLY`): the page heading, then for each record
//!   one line per column, `label : value`, the label being the column
//!   heading cut to 12 characters and padded with dots; the further lines
//!   of a value (the values of a multivalued item, the folds of a format)
//!   have blanks in place of the label and the colon; a blank line after
//!   each record, then a blank line and the count.

use super::dict::{self, Source};
use super::report::{Column, CLEAR};
use super::sentence::{Delimited, Query};

/// The count line (`n record(s) listed`, `Sample of` first with SAMPLE).
pub fn count_line(n: usize, sample: bool) -> String {
    let s = if sample { "Sample of " } else { "" };
    format!("{s}{n} record(s) listed")
}

/// `v` quoted by CSV rule `csv` (1: when it holds a double quote or the
/// delimiter; 2: unless it is made of digits, `.` and `-` only).
fn quoted(v: Vec<u8>, d: &Delimited) -> Vec<u8> {
    let quote = match d.csv {
        1 => {
            v.contains(&b'"')
                || (!d.delimiter.is_empty()
                    && v.windows(d.delimiter.len())
                        .any(|w| w == d.delimiter.as_slice()))
        }
        2 => v.iter().any(|c| !b"0123456789.-".contains(c)),
        _ => false,
    };
    if !quote {
        return v;
    }
    let mut out = Vec::with_capacity(v.len() + 2);
    out.push(b'"');
    for c in v {
        if c == b'"' {
            out.push(b'"');
        }
        out.push(c);
    }
    out.push(b'"');
    out
}

/// The delimited report (`CSV`, `DELIMITER`).
pub fn delimited(
    q: &Query,
    cols: &[Column],
    src: &dyn Source,
    rows: &[(Vec<u8>, Vec<u8>)],
    d: &Delimited,
    sample: bool,
) -> Result<Vec<Vec<u8>>, String> {
    let shown: Vec<&Column> = cols.iter().filter(|c| c.shown).collect();
    let mut out = Vec::new();
    if !q.options.iter().any(|o| o == "COL.HDR.SUPP") {
        let mut line = Vec::new();
        for (k, c) in shown.iter().enumerate() {
            if c.item.heading.contains('\u{FD}') {
                return Err("A column heading of more than one line in a CSV or DELIMITER report is not supported by mvbasic's query processor".into());
            }
            if k > 0 {
                line.extend_from_slice(&d.delimiter);
            }
            line.extend_from_slice(c.item.heading.as_bytes());
        }
        out.push(line);
    }
    for (r, (id, rec)) in rows.iter().enumerate() {
        let mut line = if r == 0 {
            CLEAR.as_bytes().to_vec()
        } else {
            Vec::new()
        };
        for (k, c) in shown.iter().enumerate() {
            if k > 0 {
                line.extend_from_slice(&d.delimiter);
            }
            let v = c.oconv(&dict::value(src, &c.name, id, rec)?)?;
            line.extend(quoted(v, d));
        }
        out.push(line);
    }
    let count = count_line(rows.len(), sample);
    out.push(
        if rows.is_empty() {
            format!("{CLEAR}{count}")
        } else {
            count
        }
        .into_bytes(),
    );
    Ok(out)
}

/// `v` formatted by `c`'s format code, split at the folds (text marks).
fn folds(c: &Column, v: &[u8]) -> Vec<Vec<u8>> {
    use crate::builtins::fmt::{fmt, FmtInput};
    fmt(FmtInput::Str(v), &c.item.format, 4)
        .split(|&ch| ch == 0xFB)
        .map(<[u8]>::to_vec)
        .collect()
}

/// The vertical report (`VERTICALLY`); `heading` is the page heading.
pub fn vertical(
    cols: &[Column],
    src: &dyn Source,
    rows: &[(Vec<u8>, Vec<u8>)],
    heading: Vec<String>,
    sample: bool,
) -> Result<Vec<Vec<u8>>, String> {
    let count = count_line(rows.len(), sample);
    if rows.is_empty() {
        return Ok(vec![format!("{CLEAR}{count}").into_bytes()]);
    }
    let mut out: Vec<Vec<u8>> = heading.into_iter().map(String::into_bytes).collect();
    for (id, rec) in rows {
        for c in cols.iter().filter(|c| c.shown) {
            let mut label: String = c
                .item
                .heading
                .replace('\u{FD}', " ")
                .chars()
                .take(12)
                .collect();
            while label.chars().count() < 12 {
                label.push('.');
            }
            let v = c.oconv(&dict::value(src, &c.name, id, rec)?)?;
            // a multivalued item shows each value and subvalue on its own
            // line; a single-valued one keeps its marks
            let lines: Vec<Vec<u8>> = if c.item.multi {
                v.split(|ch| (0xF8..=0xFE).contains(ch))
                    .flat_map(|x| folds(c, x))
                    .collect()
            } else {
                folds(c, &v)
            };
            for (k, l) in lines.into_iter().enumerate() {
                let mut line = if k == 0 {
                    format!("{label} : ").into_bytes()
                } else {
                    vec![b' '; 15]
                };
                line.extend(l);
                while line.last() == Some(&b' ') {
                    line.pop();
                }
                out.push(line);
            }
        }
        out.push(Vec::new());
    }
    out.push(Vec::new());
    out.push(count.into_bytes());
    out[0] = [CLEAR.as_bytes(), &out[0]].concat();
    Ok(out)
}

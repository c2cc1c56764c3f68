//! LIST's control breaks (`BREAK.ON`, `BREAK.SUP`) and totals (`TOTAL`),
//! as ScarletDME's query processor shows them:
//!
//! * a break trips when its field's value (before conversion) differs from
//!   the previous record's; it trips every inner break too, innermost
//!   first;
//! * a break shows two lines: the first has `**` (or the BREAK.ON text) in
//!   the break's column and a row of `-` the width of each TOTAL column;
//!   the second the previous record's value of this break's field and of
//!   every outer break's field, and each TOTAL column's subtotal since
//!   this break last tripped (converted and justified as the column is).
//!   Without TOTAL columns only the first line is shown, the outer breaks'
//!   values on a second line where there are some;
//! * after the outermost break that tripped comes a blank line;
//! * at the end every break trips, and the grand total follows: a row of
//!   `=` over each TOTAL column (the GRAND.TOTAL text at the start of it)
//!   and the totals;
//! * DET.SUP shows no record lines and each break as one line: the
//!   break's value(s) and subtotals, with no `**`, no `-` and no blank
//!   lines;
//! * a total adds up the values that are numbers (each value of a
//!   multivalued item) and skips the others.

use super::report::{compose, Column};
use super::sentence::BreakOn;
use crate::builtins::num::{self, is_numeric, parse_num, Num};
use crate::builtins::num_format::format_num;

/// The state of the breaks and totals while the records are listed.
pub struct Breaks<'a> {
    cols: &'a [Column],
    breaks: &'a [BreakOn],
    det_sup: bool,
    /// Some TOTAL column.
    accumulating: bool,
    /// The previous record's values, one per column.
    prev: Option<Vec<Vec<u8>>>,
    /// The column index of each break's field.
    break_col: Vec<usize>,
    /// The grand total of each column.
    grand: Vec<Num>,
    /// The subtotal of each column since each break last tripped.
    local: Vec<Vec<Num>>,
}

impl<'a> Breaks<'a> {
    /// The breaks and totals of `cols`.
    pub fn new(cols: &'a [Column], breaks: &'a [BreakOn], det_sup: bool) -> Self {
        let break_col = (0..breaks.len())
            .map(|b| cols.iter().position(|c| c.brk == Some(b)).unwrap_or(0))
            .collect();
        Breaks {
            cols,
            breaks,
            det_sup,
            accumulating: cols.iter().any(|c| c.total),
            prev: None,
            break_col,
            grand: vec![Num::Int(0); cols.len()],
            local: vec![vec![Num::Int(0); cols.len()]; breaks.len()],
        }
    }

    /// The lines to show before the record whose column values are `data`
    /// (the breaks it trips); adds it to the totals.
    pub fn record(&mut self, data: &[Vec<u8>]) -> Result<Vec<String>, String> {
        let mut lines = Vec::new();
        if let Some(prev) = &self.prev {
            let tripped = (0..self.breaks.len())
                .find(|&b| data[self.break_col[b]] != prev[self.break_col[b]]);
            if let Some(scan) = tripped {
                for b in (scan..self.breaks.len()).rev() {
                    lines.extend(self.show(b, b == scan)?);
                }
            }
        }
        self.prev = Some(data.to_vec());
        for (ci, c) in self.cols.iter().enumerate() {
            if !c.total {
                continue;
            }
            let v = &data[ci];
            let parts: Vec<&[u8]> = if c.item.multi {
                v.split(|&ch| (0xF8..=0xFE).contains(&ch)).collect()
            } else {
                vec![v.as_slice()]
            };
            for z in parts {
                if !is_numeric(z) {
                    continue;
                }
                let n = parse_num(z).unwrap_or(Num::Int(0));
                self.grand[ci] = num::add(self.grand[ci], n);
                for l in &mut self.local {
                    l[ci] = num::add(l[ci], n);
                }
            }
        }
        Ok(lines)
    }

    /// A total as the column shows it.
    fn total_text(&self, c: &Column, n: Num) -> Result<String, String> {
        Ok(c.fmt(&c.oconv(&format_num(n, 4))?))
    }

    /// The lines of break `b` (0 the outermost); `last`: the outermost
    /// break that tripped, followed by a blank line.
    fn show(&mut self, b: usize, last: bool) -> Result<Vec<String>, String> {
        let prev = self.prev.as_ref().expect("a break follows a record");
        let mut cells: Vec<Vec<String>> = vec![Vec::new(); self.cols.len()];
        for (ci, c) in self.cols.iter().enumerate() {
            if c.total {
                let s = self.total_text(c, self.local[b][ci])?;
                cells[ci] = if self.det_sup {
                    vec![s]
                } else {
                    vec!["-".repeat(c.item.width), s]
                };
            } else if let Some(bpi) = c.brk.filter(|&x| x <= b) {
                let value = c.fmt(&c.oconv(&prev[ci])?);
                cells[ci] = if self.det_sup {
                    vec![value]
                } else if bpi < b {
                    vec![String::new(), value]
                } else {
                    let text = self.breaks[b].text.as_deref().unwrap_or("**").to_string();
                    if self.accumulating {
                        vec![text, value]
                    } else {
                        vec![text]
                    }
                };
            }
        }
        let mut lines = compose(self.cols, &cells, None);
        if !self.det_sup && last {
            lines.push(String::new());
        }
        for l in &mut self.local[b..] {
            l.fill(Num::Int(0));
        }
        Ok(lines)
    }

    /// The lines after the last record: every break, then the grand total
    /// (with `grand_text` at its start) when there are TOTAL columns.
    pub fn finish(&mut self, grand_text: Option<&str>) -> Result<Vec<String>, String> {
        let mut lines = Vec::new();
        if self.prev.is_some() {
            for b in (0..self.breaks.len()).rev() {
                lines.extend(self.show(b, b == 0)?);
            }
        }
        if self.accumulating {
            let mut cells: Vec<Vec<String>> = vec![Vec::new(); self.cols.len()];
            for (ci, c) in self.cols.iter().enumerate() {
                if c.total {
                    cells[ci] = vec![
                        "=".repeat(c.item.width),
                        self.total_text(c, self.grand[ci])?,
                    ];
                }
            }
            lines.extend(compose(self.cols, &cells, grand_text));
        }
        Ok(lines)
    }
}

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
//! * the accumulating columns (TOTAL, AVG, MAX, ...) show what
//!   [`super::agg`] computes for them.

use super::agg::{self, Acc, Agg, Shown};
use super::dict::{self, Source, Totals};
use super::report::{compose, Column};
use super::sentence::BreakOn;
use crate::builtins::num::Num;

/// The state of the breaks and totals while the records are listed.
pub struct Breaks<'a> {
    cols: &'a [Column],
    breaks: &'a [BreakOn],
    det_sup: bool,
    /// Some accumulating column.
    accumulating: bool,
    /// The previous record's values, one per column.
    prev: Option<Vec<Vec<u8>>>,
    /// The column index of each break's field.
    break_col: Vec<usize>,
    /// The grand accumulation of each column.
    grand: Vec<Acc>,
    /// The accumulation of each column since each break last tripped.
    local: Vec<Vec<Acc>>,
    /// Each PCT column's total over the whole report.
    pct_totals: Vec<Num>,
    /// Each CUMULATIVE column's running totals for the last record.
    running: Vec<Vec<u8>>,
    /// Where CALC columns' I-types are evaluated again.
    src: &'a dyn Source,
    /// Each CALC column's sums of its TOTAL() calls over the report...
    calc_grand: Vec<Vec<Num>>,
    /// ...and since each break last tripped.
    calc_local: Vec<Vec<Vec<Num>>>,
    /// The last record (id, record): a CALC total line evaluates its
    /// other names for it.
    last: Option<(Vec<u8>, Vec<u8>)>,
}

impl<'a> Breaks<'a> {
    /// The breaks and totals of `cols`.
    /// `pct_totals`: each PCT column's total over the whole report.
    pub fn new(
        cols: &'a [Column],
        breaks: &'a [BreakOn],
        det_sup: bool,
        pct_totals: Vec<Num>,
        src: &'a dyn Source,
    ) -> Self {
        let break_col = (0..breaks.len())
            .map(|b| cols.iter().position(|c| c.brk == Some(b)).unwrap_or(0))
            .collect();
        Breaks {
            cols,
            breaks,
            det_sup,
            accumulating: cols.iter().any(|c| c.agg.is_some()),
            prev: None,
            break_col,
            grand: vec![Acc::default(); cols.len()],
            local: vec![vec![Acc::default(); cols.len()]; breaks.len()],
            pct_totals,
            running: vec![Vec::new(); cols.len()],
            src,
            calc_grand: vec![Vec::new(); cols.len()],
            calc_local: vec![vec![Vec::new(); cols.len()]; breaks.len()],
            last: None,
        }
    }

    /// Adds record `id` / `rec` (listed after [`Breaks::record`]) to the
    /// sums of the CALC columns' TOTAL() calls.
    pub fn calc_add(&mut self, id: &[u8], rec: &[u8]) -> Result<(), String> {
        fn add(sums: &mut Vec<Num>, seen: &[Vec<u8>]) {
            if sums.len() < seen.len() {
                sums.resize(seen.len(), Num::Int(0));
            }
            for (s, v) in sums.iter_mut().zip(seen) {
                *s = agg::add_number(*s, v);
            }
        }
        for (ci, c) in self.cols.iter().enumerate() {
            if c.agg != Some(Agg::Calc) {
                continue;
            }
            let note = Totals::Note(Default::default());
            dict::calc_value(self.src, &c.name, id, rec, &note)?;
            let Totals::Note(seen) = note else {
                unreachable!("made above")
            };
            let seen = seen.into_inner();
            add(&mut self.calc_grand[ci], &seen);
            for l in &mut self.calc_local {
                add(&mut l[ci], &seen);
            }
        }
        self.last = Some((id.to_vec(), rec.to_vec()));
        Ok(())
    }

    /// What CUMULATIVE column `ci` shows for the last record: after each
    /// of its values, the running total since the innermost break.
    pub fn running(&self, ci: usize) -> Vec<u8> {
        self.running[ci].clone()
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
            let Some(agg) = c.agg.filter(|&a| a != Agg::Calc) else {
                continue;
            };
            let v = &data[ci];
            // each value, with the mark after it (none after the last)
            let parts: Vec<(&[u8], Option<u8>)> = if c.item.multi {
                let mut out = Vec::new();
                let mut start = 0;
                for (k, &ch) in v.iter().enumerate() {
                    if (0xF8..=0xFE).contains(&ch) {
                        out.push((&v[start..k], Some(ch)));
                        start = k + 1;
                    }
                }
                out.push((&v[start..], None));
                out
            } else {
                vec![(v.as_slice(), None)]
            };
            let mut cumulative = Vec::new();
            for (z, mark) in parts {
                self.grand[ci].add(agg, z);
                for l in &mut self.local {
                    l[ci].add(agg, z);
                }
                if agg == Agg::Cumulative {
                    let acc = match self.local.last() {
                        Some(l) => &l[ci],
                        None => &self.grand[ci],
                    };
                    cumulative.extend(acc.sum_text());
                    cumulative.extend(mark);
                }
            }
            self.running[ci] = cumulative;
        }
        Ok(lines)
    }

    /// An accumulation as the column shows it (its display lines).
    /// `break_no`: the break's accumulation (None: the grand total's).
    fn total_text(
        &self,
        ci: usize,
        acc: &Acc,
        break_no: Option<usize>,
    ) -> Result<Vec<String>, String> {
        let c = &self.cols[ci];
        let agg = c.agg.expect("an accumulating column");
        let grand = break_no.is_none();
        if agg == Agg::Calc {
            let sums = match break_no {
                Some(b) => &self.calc_local[b][ci],
                None => &self.calc_grand[ci],
            };
            let texts: Vec<Vec<u8>> = sums.iter().map(|n| agg::number_text(*n)).collect();
            let (id, rec) = self.last.clone().unwrap_or_default();
            let totals = Totals::Sums(&texts, std::cell::Cell::new(0));
            let v = dict::calc_value(self.src, &c.name, &id, &rec, &totals)?;
            return Ok(c.fmt(&c.oconv(&v)?));
        }
        Ok(match acc.shown(agg, self.pct_totals[ci], grand) {
            Shown::Convert(v) => c.fmt(&c.oconv(&v)?),
            Shown::Raw(v) => c.fmt(&v),
        })
    }

    /// The lines of break `b` (0 the outermost); `last`: the outermost
    /// break that tripped, followed by a blank line.
    fn show(&mut self, b: usize, last: bool) -> Result<Vec<String>, String> {
        let prev = self.prev.as_ref().expect("a break follows a record");
        let mut cells: Vec<Vec<String>> = vec![Vec::new(); self.cols.len()];
        for (ci, c) in self.cols.iter().enumerate() {
            if c.agg.is_some() {
                let s = self.total_text(ci, &self.local[b][ci], Some(b))?;
                cells[ci] = if self.det_sup {
                    s
                } else {
                    [vec!["-".repeat(c.item.width)], s].concat()
                };
            } else if let Some(bpi) = c.brk.filter(|&x| x <= b) {
                let value = c.fmt(&c.oconv(&prev[ci])?);
                cells[ci] = if self.det_sup {
                    value
                } else if bpi < b {
                    [vec![String::new()], value].concat()
                } else {
                    let text = self.breaks[b].text.as_deref().unwrap_or("**").to_string();
                    if self.accumulating {
                        [vec![text], value].concat()
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
            l.fill(Acc::default());
        }
        for l in &mut self.calc_local[b..] {
            l.fill(Vec::new());
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
                if c.agg.is_some() {
                    let s = self.total_text(ci, &self.grand[ci], None)?;
                    cells[ci] = [vec!["=".repeat(c.item.width)], s].concat();
                }
            }
            lines.extend(compose(self.cols, &cells, grand_text));
        }
        Ok(lines)
    }
}

//! LIST's accumulating columns (`TOTAL`, `AVG`, `MAX`, `MIN`, `ENUM`,
//! `PCT`, `CUMULATIVE`), as ScarletDME's query processor computes them:
//!
//! * each value counts (each value of a multivalued item, empty ones too
//!   unless `NO.NULLS` follows `AVG` / `MIN`);
//! * TOTAL, AVG, CUMULATIVE and PCT add up the values that are numbers;
//!   AVG shows the sum divided by the count (non-numbers count);
//! * MAX keeps the greatest value (starting from 0), MIN the least (from the
//!   first value); both compare as BASIC does (numbers as numbers, else as
//!   text);
//! * ENUM shows the count, not converted;
//! * PCT shows each value as a percentage of the column's total over the
//!   whole report (converted `MDn0`, formatted `(3+n+1)R`); its grand total
//!   is not converted;
//! * CUMULATIVE shows on each record the running total since the innermost
//!   break.

use crate::builtins::compare::compare_values;
use crate::builtins::num::{self, is_numeric, parse_num, Num};
use crate::builtins::num_format::format_num;
use std::cmp::Ordering;

/// How a column accumulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agg {
    /// `TOTAL`.
    Total,
    /// `AVG` (`AVERAGE`); `no_nulls`: empty values are not counted.
    Avg {
        /// `NO.NULLS` followed the field.
        no_nulls: bool,
    },
    /// `MAX`.
    Max,
    /// `MIN`; `no_nulls`: empty values are skipped.
    Min {
        /// `NO.NULLS` followed the field.
        no_nulls: bool,
    },
    /// `ENUM` (`ENUMERATE`).
    Enum,
    /// `PCT [n]` (`PERCENT`, `PERCENTAGE`): n decimals (default 2).
    Pct(u8),
    /// `CUMULATIVE`.
    Cumulative,
    /// `CALC`: an I-type whose `TOTAL(x)` calls accumulate; the total
    /// lines evaluate it again with each TOTAL() giving its sum (and the
    /// other names the last record's values) ([`super::breaks`]).
    Calc,
}

impl Agg {
    /// The keyword (in upper case) as an accumulation, None for another
    /// word. `NO.NULLS` is set later.
    pub fn from_word(w: &str) -> Option<Agg> {
        Some(match w {
            "TOTAL" => Agg::Total,
            "AVG" | "AVERAGE" => Agg::Avg { no_nulls: false },
            "MAX" => Agg::Max,
            "MIN" => Agg::Min { no_nulls: false },
            "ENUM" | "ENUMERATE" => Agg::Enum,
            "PCT" | "PERCENT" | "PERCENTAGE" => Agg::Pct(2),
            "CUMULATIVE" => Agg::Cumulative,
            "CALC" | "CALCULATE" => Agg::Calc,
            _ => return None,
        })
    }

    fn skips_nulls(self) -> bool {
        matches!(
            self,
            Agg::Avg { no_nulls: true } | Agg::Min { no_nulls: true }
        )
    }
}

/// An accumulator: the value (a sum, or the greatest / least value) and
/// the count of values.
#[derive(Debug, Clone)]
pub struct Acc {
    sum: Num,
    best: Vec<u8>,
    count: i64,
}

impl Default for Acc {
    fn default() -> Acc {
        Acc {
            sum: Num::Int(0),
            best: b"0".to_vec(),
            count: 0,
        }
    }
}

/// What a break or grand total line shows for an accumulation: the text to
/// convert with the column's conversion, or to show as it is.
pub enum Shown {
    /// Convert with the column's conversion, then format.
    Convert(Vec<u8>),
    /// Format only.
    Raw(Vec<u8>),
}

fn text(n: Num) -> Vec<u8> {
    format_num(n, 4)
}

/// A sum as text (as TOTAL() gives it to a CALC total line).
pub fn number_text(n: Num) -> Vec<u8> {
    text(n)
}

impl Acc {
    /// Adds value `z` for accumulation `agg`.
    pub fn add(&mut self, agg: Agg, z: &[u8]) {
        if agg.skips_nulls() && z.is_empty() {
            return;
        }
        match agg {
            Agg::Max => {
                if compare_values(z, &self.best) == Ordering::Greater {
                    self.best = z.to_vec();
                }
            }
            Agg::Min { .. } => {
                if self.count == 0 || compare_values(z, &self.best) == Ordering::Less {
                    self.best = z.to_vec();
                }
            }
            Agg::Enum => {}
            _ => {
                if is_numeric(z) {
                    let n = parse_num(z).unwrap_or(Num::Int(0));
                    self.sum = num::add(self.sum, n);
                }
            }
        }
        self.count += 1;
    }

    /// The running sum (CUMULATIVE) as text.
    pub fn sum_text(&self) -> Vec<u8> {
        text(self.sum)
    }

    /// What a total line shows; `pct_total`: the column's total over the
    /// whole report (PCT); `grand`: the grand total line (PCT's is not
    /// converted there).
    pub fn shown(&self, agg: Agg, pct_total: Num, grand: bool) -> Shown {
        match agg {
            Agg::Max | Agg::Min { .. } => Shown::Convert(self.best.clone()),
            Agg::Enum => Shown::Raw(self.count.to_string().into_bytes()),
            Agg::Avg { .. } => {
                let v = if self.count == 0 {
                    self.sum
                } else {
                    num::div(self.sum, Num::Int(self.count)).unwrap_or(Num::Int(0))
                };
                Shown::Convert(text(v))
            }
            Agg::Pct(_) => {
                let v = percent(self.sum, pct_total);
                if grand {
                    Shown::Raw(text(v))
                } else {
                    Shown::Convert(text(v))
                }
            }
            // a CALC column's total lines are its I-type's
            // (`Breaks::total_text`): never asked here
            Agg::Total | Agg::Cumulative | Agg::Calc => Shown::Convert(text(self.sum)),
        }
    }
}

/// `v` as a percentage of `total` (0 when the total is 0).
pub fn percent(v: Num, total: Num) -> Num {
    if total.is_zero() {
        return Num::Int(0);
    }
    num::div(num::mul(v, Num::Int(100)), total).unwrap_or(Num::Int(0))
}

/// A record's value `z` of a PCT column as its percentage of `total`.
/// ScarletDME's query processor multiplies the value without checking
/// it: text that is not a number ends the whole process with a run-time
/// error, which mvbasic reports as an error of the sentence.
pub fn percent_of(z: &[u8], total: Num) -> Result<Vec<u8>, String> {
    if !is_numeric(z) {
        return Err(format!(
            "Non-numeric where numeric required in PCT column ('{}')",
            String::from_utf8_lossy(z)
        ));
    }
    let n = parse_num(z).unwrap_or(Num::Int(0));
    Ok(text(percent(n, total)))
}

/// The total of a PCT column's values over the records (numbers only,
/// the field as a whole).
pub fn add_number(total: Num, v: &[u8]) -> Num {
    if is_numeric(v) {
        num::add(total, parse_num(v).unwrap_or(Num::Int(0)))
    } else {
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(s: Shown) -> Vec<u8> {
        match s {
            Shown::Convert(v) | Shown::Raw(v) => v,
        }
    }

    #[test]
    fn accumulations() {
        let vals: [&[u8]; 5] = [b"3", b"1", b"2", b"10", b""];
        let mut acc = [Acc::default(), Acc::default(), Acc::default()];
        let aggs = [
            Agg::Avg { no_nulls: false },
            Agg::Max,
            Agg::Min { no_nulls: true },
        ];
        for v in vals {
            for (a, g) in acc.iter_mut().zip(aggs) {
                a.add(g, v);
            }
        }
        assert_eq!(raw(acc[0].shown(aggs[0], Num::Int(0), true)), b"3.2");
        assert_eq!(raw(acc[1].shown(aggs[1], Num::Int(0), true)), b"10");
        assert_eq!(raw(acc[2].shown(aggs[2], Num::Int(0), true)), b"1");
        assert_eq!(percent_of(b"3", Num::Int(16)).unwrap(), b"18.75");
        assert_eq!(percent_of(b"", Num::Int(0)).unwrap(), b"0");
        assert!(percent_of(b"x", Num::Int(5)).is_err());
    }
}

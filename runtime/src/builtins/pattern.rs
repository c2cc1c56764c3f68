//! Pattern matching: the MATCHES / MATCH operator and MATCHFIELD(), with
//! ScarletDME's template rules.
//!
//! Template elements: `nA` / `nN` / `nX` (exactly n letters / digits /
//! characters), `0A` / `0N` (as many as possible, backtracking), `0X` and
//! `...` (as few as possible), `n-mA` / `n-mN` (n, then up to m-n more,
//! as many as possible) and `n-mX` (n, then as few as possible of the next
//! m-n positions), quoted literals `'...'` / `"..."`, digits not followed by
//! a code (literal digits), any other character as a one-character literal,
//! and `~` before an element to negate it. Value marks separate alternative
//! templates. Letters and digits are ASCII only (a byte above 127 is
//! neither).
//!
//! ScarletDME's details that decide results (learnt by running it):
//! * the counts of a template are C `int16_t`: `65536X` is `0X`, `40000X`
//!   needs 40000 characters, `0-40000X` is an empty range (the upper bound
//!   wraps negative) and so never matches;
//! * `n-mX` followed by more template tries only the m-n positions after
//!   the first n characters (`1-3X1X` does not match "abcd");
//! * MATCHFIELD's component bounds are remembered by every attempt, failed
//!   ones and earlier alternatives included; a component that a later
//!   attempt did not reach keeps what an earlier one recorded, and an end
//!   before the start means "to the end of the string";
//! * MATCHFIELD's component number is an `int16_t` (65537 is 1), below 1
//!   it is 1;
//! * a template over 256 bytes is the run-time error "MATCHES template too
//!   long" ([`template_too_long`]); a NUL ends the subject and the template.
//!
//! Where ScarletDME reads beyond the end of the subject (an `n-mX` range
//! whose m-n tries pass the end, a negated literal at the end) its result
//! depends on leftover heap bytes and changes from run to run; here the
//! bytes past the end read as NUL, so those tries fail.

use super::dynarray::VM;

/// Longest template ScarletDME accepts (bytes, marks included).
pub const MAX_TEMPLATE: usize = 256;

/// ScarletDME's run-time error for a longer template.
pub const TOO_LONG: &str = "MATCHES template too long";

/// Character classes of the template codes.
#[derive(Clone, Copy)]
enum Class {
    Alpha,
    Digit,
}

impl Class {
    fn of(code: u8) -> Class {
        if code == b'A' {
            Class::Alpha
        } else {
            Class::Digit
        }
    }

    fn has(self, c: u8) -> bool {
        match self {
            Class::Alpha => c.is_ascii_alphabetic(),
            Class::Digit => c.is_ascii_digit(),
        }
    }
}

/// One MATCHES / MATCHFIELD evaluation: the subject and the bounds of the
/// wanted component, shared by every attempt (C globals in ScarletDME).
struct Search<'a> {
    s: &'a [u8],
    want: i16,
    start: Option<usize>,
    end: Option<usize>,
}

/// A template byte; everything past the buffer reads as NUL.
fn tb(t: &[u8], i: usize) -> u8 {
    t.get(i).copied().unwrap_or(0)
}

/// A decimal count as ScarletDME reads it into an `int16_t` (wrapping).
fn number(t: &[u8], ti: &mut usize) -> i16 {
    let mut n: i16 = 0;
    while tb(t, *ti).is_ascii_digit() {
        n = n.wrapping_mul(10).wrapping_add((t[*ti] - b'0') as i16);
        *ti += 1;
    }
    n
}

impl Search<'_> {
    /// A subject byte; the end and everything past it read as NUL.
    fn at(&self, i: usize) -> u8 {
        self.s.get(i).copied().unwrap_or(0)
    }

    /// Does `lit` stand at `si`? (A literal holds no NUL, so a short
    /// subject never matches.)
    fn lit_at(&self, si: usize, lit: &[u8]) -> bool {
        lit.iter().enumerate().all(|(k, &c)| self.at(si + k) == c)
    }

    /// Is `c` a character that an element of `class` (negated by `not`)
    /// accepts? The end of the string never is.
    fn accepts(class: Class, not: bool, c: u8) -> bool {
        c != 0 && class.has(c) != not
    }

    /// Takes exactly `n` characters of the class (an `int16_t` loop count:
    /// a negative count runs as its unsigned value).
    fn take(&self, si: &mut usize, class: Class, not: bool, n: i16) -> bool {
        for _ in 0..n as u16 {
            if !Self::accepts(class, not, self.at(*si)) {
                return false;
            }
            *si += 1;
        }
        true
    }

    /// How many characters of the class follow `si`, at most `limit`.
    fn run_of(&self, si: usize, class: Class, not: bool, limit: usize) -> usize {
        (0..limit)
            .take_while(|&k| Self::accepts(class, not, self.at(si + k)))
            .count()
    }

    /// Tries the rest of the template at `si + z`, `si + z - 1`, ... `si`.
    fn backtrack(&mut self, si: usize, z: usize, t: &[u8], ti: usize, comp: i16) -> bool {
        (0..=z).rev().any(|k| self.from(si + k, t, ti, comp))
    }

    /// Matches the template `t` from `ti` against the subject from `si`;
    /// `comp` counts the elements before this one.
    fn from(&mut self, mut si: usize, t: &[u8], mut ti: usize, mut comp: i16) -> bool {
        while tb(t, ti) != 0 {
            comp = comp.wrapping_add(1);
            if comp == self.want {
                self.start = Some(si);
            } else if comp == self.want.wrapping_add(1) {
                self.end = Some(si);
            }
            let start = ti;
            let not = t[ti] == b'~';
            if not {
                ti += 1;
            }
            let c = tb(t, ti);
            if c.is_ascii_digit() {
                let n = number(t, &mut ti);
                let code = tb(t, ti).to_ascii_uppercase();
                ti += 1;
                match code {
                    b'A' | b'N' => {
                        let class = Class::of(code);
                        if n != 0 {
                            if !self.take(&mut si, class, not, n) {
                                return false;
                            }
                        } else if tb(t, ti) != 0 {
                            // as many as possible, then fewer; the count is
                            // an int16_t too (a negative one tries nothing)
                            let z = self.run_of(si, class, not, usize::MAX) as u16 as i16;
                            return z >= 0 && self.backtrack(si, z as usize, t, ti, comp);
                        } else {
                            si += self.run_of(si, class, not, usize::MAX);
                        }
                    }
                    b'X' => {
                        if n != 0 {
                            for _ in 0..n as u16 {
                                if self.at(si) == 0 {
                                    return false;
                                }
                                si += 1;
                            }
                        } else if tb(t, ti) != 0 {
                            // as few as possible, the end of the string included
                            loop {
                                if self.from(si, t, ti, comp) {
                                    return true;
                                }
                                if self.at(si) == 0 {
                                    return false;
                                }
                                si += 1;
                            }
                        } else {
                            return true;
                        }
                    }
                    b'-' => {
                        if !tb(t, ti).is_ascii_digit() {
                            return false;
                        }
                        let m = number(t, &mut ti).wrapping_sub(n);
                        if m < 0 {
                            return false;
                        }
                        let code2 = tb(t, ti).to_ascii_uppercase();
                        ti += 1;
                        match code2 {
                            0 => {
                                // "1-2" at the end: a literal that, when it
                                // stands here, matches whatever follows
                                ti -= 1;
                                return self.lit_at(si, &t[start..ti]) != not;
                            }
                            b'A' | b'N' => {
                                let class = Class::of(code2);
                                if !self.take(&mut si, class, not, n) {
                                    return false;
                                }
                                let z = self.run_of(si, class, not, m as usize);
                                if tb(t, ti) != 0 {
                                    return self.backtrack(si, z, t, ti, comp);
                                }
                                si += z;
                            }
                            b'X' => {
                                for _ in 0..n as u16 {
                                    if self.at(si) == 0 {
                                        return false;
                                    }
                                    si += 1;
                                }
                                if tb(t, ti) != 0 {
                                    // the next m positions only
                                    return (0..m as usize).any(|k| self.from(si + k, t, ti, comp));
                                }
                                return self.s.len().saturating_sub(si) <= m as usize;
                            }
                            _ => {
                                // "1-2B": the literal "1-2", then "B"
                                ti -= 1;
                                if !self.literal(&mut si, &t[start..ti], not) {
                                    return false;
                                }
                            }
                        }
                    }
                    _ => {
                        // digits not followed by a code: a literal (with its
                        // "~", as ScarletDME compares from the element start)
                        ti -= 1;
                        if !self.literal(&mut si, &t[start..ti], not) {
                            return false;
                        }
                    }
                }
            } else if t[ti..].starts_with(b"...") {
                ti += 3;
                if not {
                    return false;
                }
                if tb(t, ti) == 0 {
                    return true;
                }
                // as few as possible, the end of the string excluded
                while self.at(si) != 0 {
                    if self.from(si, t, ti, comp) {
                        return true;
                    }
                    si += 1;
                }
                return false;
            } else if c == b'\'' || c == b'"' {
                ti += 1;
                let Some(len) = t[ti..].iter().position(|&b| b == c || b == 0) else {
                    return false;
                };
                if t[ti + len] != c {
                    return false;
                }
                if len > 0 && !self.literal(&mut si, &t[ti..ti + len], not) {
                    return false;
                }
                ti += len + 1;
            } else {
                // one character; after a "~" at the end of an alternative
                // this compares the NUL and goes on past it, as
                // ScarletDME does (into the next alternative's text)
                let same = c == self.at(si);
                ti += 1;
                si += 1;
                if same == not {
                    return false;
                }
            }
        }
        self.at(si) == 0
    }

    /// A literal element: `lit` must (or with `not`, must not) stand at
    /// `si`; the position moves on by its length either way.
    fn literal(&self, si: &mut usize, lit: &[u8], not: bool) -> bool {
        if self.lit_at(*si, lit) == not {
            return false;
        }
        *si += lit.len();
        true
    }
}

/// True when `pattern` is longer than ScarletDME's template buffer: MATCHES
/// and MATCHFIELD then stop with "MATCHES template too long".
pub fn template_too_long(pattern: &[u8]) -> bool {
    pattern.len() > MAX_TEMPLATE
}

/// Tries each value-mark separated template in turn. As in ScarletDME the
/// templates stay in one buffer, each one's value mark turned into a NUL
/// when it is tried (what a negated element at an alternative's end reads
/// on into).
fn run<'a>(s: &'a [u8], pattern: &[u8], want: i16) -> (bool, Search<'a>) {
    // C strings: the subject and the template end at their first NUL
    let s = &s[..s.iter().position(|&c| c == 0).unwrap_or(s.len())];
    let mut t = pattern[..pattern.len().min(MAX_TEMPLATE)].to_vec();
    let mut cx = Search {
        s,
        want,
        start: None,
        end: None,
    };
    let mut p = 0;
    loop {
        let q = t[p..]
            .iter()
            .position(|&c| c == VM || c == 0)
            .map(|k| p + k);
        let more = q.is_some_and(|q| t[q] == VM);
        if let (true, Some(q)) = (more, q) {
            t[q] = 0;
        }
        if cx.from(0, &t, p, 0) {
            return (true, cx);
        }
        match q {
            Some(q) if more => p = q + 1,
            _ => return (false, cx),
        }
    }
}

/// `s MATCHES pattern`: true when `s` matches one of the value-mark
/// separated templates (the caller checks [`template_too_long`] first).
pub fn matches(s: &[u8], pattern: &[u8]) -> bool {
    run(s, pattern, -1).0
}

/// MATCHFIELD(s, pattern, n): the part of `s` matched by the n-th template
/// element (n is a 16-bit count, below 1 it is 1), or `""` when `s` does
/// not match (the caller checks [`template_too_long`] first).
pub fn matchfield(s: &[u8], pattern: &[u8], n: i64) -> Vec<u8> {
    let want = (n as i16).max(1);
    let (ok, cx) = run(s, pattern, want);
    let (true, Some(a)) = (ok, cx.start) else {
        return Vec::new();
    };
    let s = cx.s;
    if a > s.len() {
        return Vec::new();
    }
    match cx.end {
        // ScarletDME writes a NUL at the end: one before the start changes nothing
        Some(b) if b >= a => s[a..b.min(s.len())].to_vec(),
        _ => s[a..].to_vec(),
    }
}

#[cfg(test)]
#[path = "pattern_tests.rs"]
mod tests;

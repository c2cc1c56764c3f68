//! HEADING / FOOTING text expansion, ScarletDME's rules: text with options
//! between single quotes (`''` is a quote): `P[n]` page number right
//! aligned in n (default 4) columns, `S[n]` left aligned (default 1), `L`
//! a new line, `N` no pagination, `D` date, `T` time and date, `C` centre
//! the line, `G` a gap (the line's spare width shared out), `H n` pad or
//! cut to column n, `W n` the width used for C and G, `O` reverse the
//! G-separated parts on even pages; `B`, `F`, `I`, `R` are query
//! values (empty in a program).

const GAP: u8 = 17;

fn number(ctrl: &mut &[u8], one_digit: bool) -> Option<i64> {
    let n = ctrl.iter().take_while(|c| c.is_ascii_digit()).count();
    let n = if one_digit { n.min(1) } else { n };
    if n == 0 {
        return None;
    }
    let v = std::str::from_utf8(&ctrl[..n]).ok()?.parse().ok();
    *ctrl = &ctrl[n..];
    v
}

fn pad(s: &[u8], width: usize, right: bool) -> Vec<u8> {
    if s.len() >= width {
        return s.to_vec();
    }
    let sp = vec![b' '; width - s.len()];
    if right {
        [sp, s.to_vec()].concat()
    } else {
        [s.to_vec(), sp].concat()
    }
}

struct Lines {
    out: Vec<Vec<u8>>,
    line: Vec<u8>,
    centre: usize,
    reverse: bool,
    width: i64,
    page: i64,
}

fn spread(s: &[u8], w: i64) -> Vec<u8> {
    // the G codes of s share out the spaces that fill w columns: the first
    // n-1 get (x+n-1)/n each, the last what is left
    let n = s.iter().filter(|&&c| c == GAP).count() as i64;
    if n == 0 {
        return s.to_vec();
    }
    let x = (w - 1) - (s.len() as i64 - n);
    let each = (x + n - 1).div_euclid(n).max(0) as usize;
    let mut t = Vec::new();
    let mut seen = 0;
    for &c in s {
        if c == GAP && seen < n - 1 {
            seen += 1;
            t.extend(std::iter::repeat_n(b' ', each));
        } else {
            t.push(c);
        }
    }
    let last = (w - t.len() as i64).max(0) as usize;
    let mut out = Vec::new();
    for c in t {
        if c == GAP {
            out.extend(std::iter::repeat_n(b' ', last));
        } else {
            out.push(c);
        }
    }
    out
}

impl Lines {
    fn align(&mut self) {
        let mut line = std::mem::take(&mut self.line);
        if self.reverse && self.page % 2 == 0 {
            let parts: Vec<&[u8]> = line.split(|&c| c == GAP).collect();
            if parts.len() > 1 {
                line = parts.into_iter().rev().collect::<Vec<_>>().join(&GAP);
            }
        }
        let parts: Vec<&[u8]> = line.split(|&c| c == GAP).collect();
        let mut hfl = line.clone();
        let w1;
        if self.centre > 0 {
            let s = parts.get(self.centre - 1).copied().unwrap_or(b"");
            let left = (self.width - s.len() as i64).div_euclid(2).max(0) as usize;
            hfl = [vec![b' '; left], s.to_vec()].concat();
            w1 = left as i64;
            let w2 = self.width - hfl.len() as i64;
            if parts.len() > self.centre {
                let mut s = vec![GAP];
                s.extend(parts[self.centre..].join(&GAP));
                hfl.extend(spread(&s, w2));
            }
        } else {
            w1 = self.width;
        }
        if self.centre != 1 {
            let s: Vec<u8> = if self.centre > 0 {
                let mut s = parts[..self.centre - 1].join(&GAP);
                s.push(GAP);
                s
            } else {
                line.clone()
            };
            if s.contains(&GAP) {
                let s = spread(&s, w1);
                if (hfl.len() as i64) < w1 {
                    hfl = s;
                } else {
                    let w = (w1.max(0) as usize).min(hfl.len());
                    hfl.splice(..w, s);
                }
            }
        }
        self.out.push(hfl);
        self.centre = 0;
        self.reverse = false;
    }
}

/// Expands a heading or footing for page `page` on a unit `width` columns
/// wide, `now` = (day number, seconds past midnight): the lines joined by
/// field marks, and true when the `N` option turns off pagination.
pub fn expand(text: &[u8], page: i64, width: i64, now: (i64, i64)) -> (Vec<u8>, bool) {
    let mut st = Lines {
        out: Vec::new(),
        line: Vec::new(),
        centre: 0,
        reverse: false,
        width,
        page,
    };
    let mut no_paginate = false;
    let pg = page.to_string().into_bytes();
    let date = || crate::builtins::conv_date::oconv_date(now.0, b"").unwrap_or_default();
    let mut rest = text;
    loop {
        let q = rest.iter().position(|&c| c == b'\'');
        let Some(q) = q else {
            st.line.extend_from_slice(rest);
            break;
        };
        st.line.extend_from_slice(&rest[..q]);
        rest = &rest[q + 1..];
        if rest.is_empty() {
            break;
        }
        if rest[0] == b'\'' {
            st.line.push(b'\'');
            rest = &rest[1..];
            continue;
        }
        let e = rest.iter().position(|&c| c == b'\'').unwrap_or(rest.len());
        let mut ctrl = &rest[..e];
        rest = if e < rest.len() { &rest[e + 1..] } else { &[] };
        while let Some((&c, tail)) = ctrl.split_first() {
            ctrl = tail;
            match c {
                b'B' => {
                    number(&mut ctrl, true);
                }
                b'C' => st.centre = st.line.iter().filter(|&&c| c == GAP).count() + 1,
                b'D' => st.line.extend(date()),
                // the query processor's file name and current record id:
                // ScarletDME keeps them in a COMMON that starts as 0, which
                // is what a program's own heading shows (mvbasic does not
                // track what an EXECUTEd query left there)
                b'F' | b'I' | b'R' => {
                    let n = number(&mut ctrl, false).unwrap_or(0);
                    if n <= 0 {
                        st.line.push(b'0');
                    } else {
                        st.line.extend(pad(b"0", n as usize, false));
                    }
                }
                b'G' => st.line.push(GAP),
                b'H' => {
                    let n = number(&mut ctrl, false).unwrap_or(0).max(0) as usize;
                    st.line.resize(n, b' ');
                }
                b'L' => st.align(),
                b'N' => no_paginate = true,
                b'O' => st.reverse = true,
                b'P' | b'S' => {
                    let right = c == b'P';
                    let w = number(&mut ctrl, true).unwrap_or(if right { 4 } else { 1 });
                    st.line.extend(pad(&pg, w as usize, right));
                }
                b'T' => {
                    let t = crate::builtins::conv_time::oconv_time(now.1 as i32, b"MTS");
                    st.line.extend(t);
                    st.line.extend_from_slice(b"  ");
                    st.line.extend(date());
                }
                // only when the rest of the option group is the number
                b'W' if !ctrl.is_empty() && ctrl.iter().all(|c| c.is_ascii_digit()) => {
                    st.width = number(&mut ctrl, false).unwrap_or(st.width);
                }
                _ => {}
            }
        }
    }
    st.align();
    (st.out.join(&0xFE), no_paginate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_and_lines() {
        let (t, n) = expand(b"List  Page 'PL'", 1, 80, (0, 0));
        assert_eq!(t, b"List  Page    1\xFE");
        assert!(!n);
        assert_eq!(expand(b"a''b'S'", 12, 80, (0, 0)).0, b"a'b12");
        assert_eq!(expand(b"x'N'", 1, 80, (0, 0)), (b"x".to_vec(), true));
    }
}

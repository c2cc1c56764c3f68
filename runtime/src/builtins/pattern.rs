//! Pattern matching: the MATCHES / MATCH operator and MATCHFIELD(), with
//! ScarletDME's template rules (`match_template`).
//!
//! Template elements: `nA` / `nN` / `nX` (exactly n letters / digits /
//! characters), `0A` / `0N` (as many as possible, backtracking), `0X` and
//! `...` (as few as possible), `n-mA` / `n-mN` / `n-mX` (ranges), quoted
//! literals `'...'` / `"..."`, digits not followed by a code (literal
//! digits), any other character as a one-character literal, and `~` before
//! an element to negate it. Value marks separate alternative templates.

use super::dynarray::VM;

/// Component tracking for MATCHFIELD.
struct Ctx {
    want: i64,
    start: Option<usize>,
    end: Option<usize>,
}

fn is_class(code: u8, c: u8) -> bool {
    match code {
        b'A' => c.is_ascii_alphabetic(),
        b'N' => c.is_ascii_digit(),
        _ => true,
    }
}

/// Does `lit` match at `s[si..]`? (C `memcmp` against a NUL-terminated
/// string: a short subject never matches.)
fn lit_at(s: &[u8], si: usize, lit: &[u8]) -> bool {
    s.get(si..).is_some_and(|r| r.starts_with(lit))
}

fn read_num(t: &[u8], ti: &mut usize) -> usize {
    let mut n = 0usize;
    while *ti < t.len() && t[*ti].is_ascii_digit() {
        n = n
            .saturating_mul(10)
            .saturating_add((t[*ti] - b'0') as usize)
            .min(1 << 20);
        *ti += 1;
    }
    n
}

fn match_template(
    s: &[u8],
    mut si: usize,
    t: &[u8],
    mut ti: usize,
    mut comp: i64,
    cx: &mut Ctx,
) -> bool {
    while ti < t.len() {
        comp += 1;
        if comp == cx.want {
            cx.start = Some(si);
        } else if comp == cx.want.saturating_add(1) {
            cx.end = Some(si);
        }
        let start = ti;
        let not = t[ti] == b'~';
        if not {
            ti += 1;
        }
        if ti < t.len() && t[ti].is_ascii_digit() {
            let n = read_num(t, &mut ti);
            let code = t.get(ti).map_or(0, u8::to_ascii_uppercase);
            ti += 1;
            match code {
                b'A' | b'N' => {
                    if n > 0 {
                        for _ in 0..n {
                            if si >= s.len() || is_class(code, s[si]) == not {
                                return false;
                            }
                            si += 1;
                        }
                    } else if ti < t.len() {
                        let z = s[si..]
                            .iter()
                            .take_while(|&&c| is_class(code, c) != not)
                            .count();
                        return (0..=z)
                            .rev()
                            .any(|k| match_template(s, si + k, t, ti, comp, cx));
                    } else {
                        si += s[si..]
                            .iter()
                            .take_while(|&&c| is_class(code, c) != not)
                            .count();
                    }
                }
                b'X' => {
                    if n > 0 {
                        if s.len() - si < n {
                            return false;
                        }
                        si += n;
                    } else if ti < t.len() {
                        return (si..=s.len()).any(|k| match_template(s, k, t, ti, comp, cx));
                    } else {
                        return true;
                    }
                }
                b'-' => {
                    if ti >= t.len() || !t[ti].is_ascii_digit() {
                        return false;
                    }
                    let hi = read_num(t, &mut ti);
                    if hi < n {
                        return false;
                    }
                    let m = hi - n;
                    let code2 = t.get(ti).map_or(0, u8::to_ascii_uppercase);
                    ti += 1;
                    match code2 {
                        0 => {
                            // trailing unquoted literal such as "1-2"
                            let lit = &t[start..t.len()];
                            return !lit.is_empty() && lit_at(s, si, lit) != not;
                        }
                        b'A' | b'N' => {
                            for _ in 0..n {
                                if si >= s.len() || is_class(code2, s[si]) == not {
                                    return false;
                                }
                                si += 1;
                            }
                            let z = s[si..]
                                .iter()
                                .take(m)
                                .take_while(|&&c| is_class(code2, c) != not)
                                .count();
                            if ti < t.len() {
                                return (0..=z)
                                    .rev()
                                    .any(|k| match_template(s, si + k, t, ti, comp, cx));
                            }
                            si += z;
                        }
                        b'X' => {
                            if s.len() - si < n {
                                return false;
                            }
                            si += n;
                            if ti < t.len() {
                                return (0..m).any(|k| {
                                    si + k <= s.len() && match_template(s, si + k, t, ti, comp, cx)
                                });
                            }
                            return s.len() - si <= m;
                        }
                        _ => {
                            ti -= 1;
                            let lit = &t[start..ti];
                            if lit_at(s, si, lit) == not {
                                return false;
                            }
                            si = (si + lit.len()).min(s.len());
                        }
                    }
                }
                _ => {
                    // digits not followed by a code: an unquoted literal
                    ti -= 1;
                    let lit = &t[start..ti.min(t.len())];
                    if lit.is_empty() || lit_at(s, si, lit) == not {
                        return false;
                    }
                    si = (si + lit.len()).min(s.len());
                }
            }
        } else if t[ti..].starts_with(b"...") {
            ti += 3;
            if not {
                return false;
            }
            if ti < t.len() {
                return (si..s.len()).any(|k| match_template(s, k, t, ti, comp, cx));
            }
            return true;
        } else if ti < t.len() && (t[ti] == b'\'' || t[ti] == b'"') {
            let q = t[ti];
            ti += 1;
            let Some(len) = t[ti..].iter().position(|&c| c == q) else {
                return false;
            };
            let lit = &t[ti..ti + len];
            if !lit.is_empty() {
                if lit_at(s, si, lit) == not {
                    return false;
                }
                si = (si + lit.len()).min(s.len());
            }
            ti += len + 1;
        } else if ti < t.len() {
            let same = si < s.len() && s[si] == t[ti];
            ti += 1;
            if same == not {
                return false;
            }
            si = (si + 1).min(s.len());
        }
    }
    si >= s.len()
}

fn run(s: &[u8], pattern: &[u8], want: i64) -> Option<Ctx> {
    // C strings: the subject ends at its first NUL.
    let s = &s[..s.iter().position(|&c| c == 0).unwrap_or(s.len())];
    for alt in pattern.split(|&c| c == VM) {
        let mut cx = Ctx {
            want,
            start: None,
            end: None,
        };
        if match_template(s, 0, alt, 0, 0, &mut cx) {
            return Some(cx);
        }
    }
    None
}

/// `s MATCHES pattern`: true when `s` matches one of the value-mark
/// separated templates.
pub fn matches(s: &[u8], pattern: &[u8]) -> bool {
    run(s, pattern, -1).is_some()
}

/// MATCHFIELD(s, pattern, n): the part of `s` matched by the n-th template
/// element (n < 1 acts as 1), or `""` when `s` does not match.
pub fn matchfield(s: &[u8], pattern: &[u8], n: i64) -> Vec<u8> {
    let s = &s[..s.iter().position(|&c| c == 0).unwrap_or(s.len())];
    match run(s, pattern, n.max(1)) {
        Some(Ctx {
            start: Some(a),
            end,
            ..
        }) => {
            let b = end.unwrap_or(s.len()).clamp(a, s.len());
            s[a.min(s.len())..b].to_vec()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_patterns() {
        assert!(matches(b"abc", b"3A"));
        assert!(!matches(b"abc", b"3N"));
        assert!(matches(b"123", b"3N"));
        assert!(matches(b"a", b"1A"));
        assert!(matches(b"7", b"1N"));
        assert!(!matches(b"%", b"1A"));
        assert!(!matches(b"%", b"1N"));
        assert!(matches(b"", b"0N"));
        assert!(matches(b"12345", b"0N"));
        assert!(matches(b"123-45-6789", b"3N'-'2N'-'4N"));
        assert!(matches(b"123-45-6789", b"3N-2N-4N"));
        assert!(matches(b"abc.txt", b"0X'.txt'"));
        assert!(matches(b"abc.txt", b"...'.txt'"));
        assert!(!matches(b"abc.txx", b"0X'.txt'"));
        assert!(matches(b"AB12", b"2A2N"));
        assert!(matches(b"x", &[b'1', b'N', VM, b'1', b'A']));
        assert!(matches(b"ab", b"1-3A"));
        assert!(!matches(b"abcd", b"1-3A"));
        assert!(matches(b"12ab", b"0N0A"));
        assert!(matches(b"x1", b"~1N1N"));
        assert!(!matches(b"11", b"~1N1N"));
        assert!(matches(b"anything", b"0X"));
        assert!(matches(b"A1", b"A1N"));
        assert!(!matches(b"abc", b"2A"));
    }

    #[test]
    fn matchfield_parts() {
        assert_eq!(matchfield(b"AB123", b"2A0N", 2), b"123");
        assert_eq!(matchfield(b"AB123", b"2A0N", 1), b"AB");
        assert_eq!(matchfield(b"x", b"1N", 1), b"");
        assert_eq!(matchfield(b"a.b.c", b"0X'.'0X", 1), b"a");
        assert_eq!(matchfield(b"a.b.c", b"0X'.'0X", 3), b"b.c");
    }
}

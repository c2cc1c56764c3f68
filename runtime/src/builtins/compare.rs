//! ScarletDME comparison of values (`compare_values` in op_logic.c), and
//! the COMPARE() function.
//!
//! Two strings compare as numbers only when both pass NUM() and neither is
//! empty; the empty string equals only the empty string and sorts first;
//! otherwise bytes are compared (unsigned, a prefix sorts first). A number
//! against a non-empty string compares numerically when the string converts
//! with the arithmetic rules ([`super::num::parse_num`], blanks allowed),
//! otherwise the number's display form is compared as bytes.

use super::num::{is_numeric, num_cmp, parse_num, Num};
use std::cmp::Ordering;

/// Compare two string values with ScarletDME's rules
/// (`"10" > "9"`, `"1.0" = "1"`, `"" < "a"`, `"" # 0`, `" 1" # "1"`).
pub fn compare_values(a: &[u8], b: &[u8]) -> Ordering {
    if !a.is_empty() && !b.is_empty() && is_numeric(a) && is_numeric(b) {
        if let (Some(x), Some(y)) = (parse_num(a), parse_num(b)) {
            return num_cmp(x, y);
        }
    }
    a.cmp(b)
}

/// Equality with ScarletDME's rules (see [`compare_values`]).
pub fn values_equal(a: &[u8], b: &[u8]) -> bool {
    compare_values(a, b) == Ordering::Equal
}

/// Compare a number (left) with a string value (right): any number is
/// greater than `""`; numeric when the string converts (`5 = " 5"` is
/// true); else the number's display form (`num_text`) is compared as bytes
/// (so `10 < "A"`). For string-vs-number use `.reverse()` of this.
pub fn compare_num_str(n: Num, num_text: &[u8], s: &[u8]) -> Ordering {
    if s.is_empty() {
        return Ordering::Greater;
    }
    if let Some(y) = parse_num(s) {
        return num_cmp(n, y);
    }
    num_text.cmp(s)
}

/// COMPARE(s1, s2 [, justification]): -1, 0 or 1. By default the strings
/// are compared as bytes from the left (a prefix sorts first). With `"R"`
/// they are compared right-justified: the shorter one is treated as padded
/// with blanks on the left (ScarletDME compares the longer string's extra
/// leading bytes against a blank as signed C chars), so `"9" < "10"`.
pub fn compare_fn(a: &[u8], b: &[u8], justification: &[u8]) -> i64 {
    let sign = |d: i16| -> i64 {
        match d {
            d if d > 0 => 1,
            d if d < 0 => -1,
            _ => 0,
        }
    };
    let (mut a, mut b) = (a, b);
    if justification.first() == Some(&b'R') && a.len() != b.len() {
        if a.len() > b.len() {
            let n = a.len() - b.len();
            for &c in &a[..n] {
                let d = (c as i8 as i16) - (b' ' as i16);
                if d != 0 {
                    return sign(d);
                }
            }
            a = &a[n..];
        } else {
            let n = b.len() - a.len();
            for &c in &b[..n] {
                let d = (b' ' as i16) - (c as i8 as i16);
                if d != 0 {
                    return sign(d);
                }
            }
            b = &b[n..];
        }
    }
    match a.cmp(b) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lt(a: &str, b: &str) -> bool {
        compare_values(a.as_bytes(), b.as_bytes()) == Ordering::Less
    }
    fn eq(a: &str, b: &str) -> bool {
        values_equal(a.as_bytes(), b.as_bytes())
    }

    #[test]
    fn corpus_004() {
        assert!(lt("9", "10"));
        assert!(!lt("10", "9"));
        assert!(lt("abc", "abd"));
        assert!(!lt("abc", "ab"));
        assert!(lt("", "a"));
        assert!(eq("1.0", "1"));
        assert!(eq("01", "1"));
        assert!(!eq("1e0", "1"));
        assert!(!eq(" 1", "1"));
        assert!(!eq("", "0"));
        assert!(lt("Z", "a"));
        assert!(!eq("abc", "ABC"));
        assert!(lt("10", "A"));
        assert!(lt("-5", "-3"));
        assert!(eq("2.50", "2.5"));
        assert!(eq("+3", "3"));
        assert!(eq("", ""));
        assert_eq!(compare_num_str(Num::Int(10), b"10", b"A"), Ordering::Less);
        assert_eq!(compare_num_str(Num::Int(0), b"0", b""), Ordering::Greater);
        assert_eq!(compare_num_str(Num::Int(3), b"3", b"+3"), Ordering::Equal);
        assert_eq!(compare_num_str(Num::Int(5), b"5", b" 5"), Ordering::Equal);
        assert!(!eq(" 5", "5"));
        assert!(lt("", "-1"));
    }

    #[test]
    fn compare_function() {
        assert_eq!(compare_fn(b"abc", b"abd", b""), -1);
        assert_eq!(compare_fn(b"b", b"a", b""), 1);
        assert_eq!(compare_fn(b"x", b"x", b""), 0);
        assert_eq!(compare_fn(b"9", b"10", b"R"), -1);
        assert_eq!(compare_fn(b"9", b"10", b"L"), 1);
        assert_eq!(compare_fn(b"  9", b"10", b"R"), -1);
        assert_eq!(compare_fn(b" 10", b"10", b"R"), 0);
        assert_eq!(compare_fn(b"abc", b"ab", b""), 1);
    }
}

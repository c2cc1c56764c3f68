//! Unit tests of MATCHES / MATCHFIELD; the expected values are what real
//! ScarletDME printed (difftest probes, fuzz/FZ_MATCHES_*).

use super::*;

#[test]
fn basic_patterns() {
    assert!(matches(b"abc", b"3A"));
    assert!(!matches(b"abc", b"3N"));
    assert!(matches(b"123", b"3N"));
    assert!(!matches(b"%", b"1A"));
    assert!(matches(b"", b"0N"));
    assert!(matches(b"12345", b"0N"));
    assert!(matches(b"123-45-6789", b"3N'-'2N'-'4N"));
    assert!(matches(b"123-45-6789", b"3N-2N-4N"));
    assert!(matches(b"abc.txt", b"0X'.txt'"));
    assert!(matches(b"abc.txt", b"...'.txt'"));
    assert!(!matches(b"abc.txx", b"0X'.txt'"));
    assert!(matches(b"x", &[b'1', b'N', VM, b'1', b'A']));
    assert!(matches(b"ab", b"1-3A"));
    assert!(!matches(b"abcd", b"1-3A"));
    assert!(matches(b"12ab", b"0N0A"));
    assert!(matches(b"x1", b"~1N1N"));
    assert!(!matches(b"11", b"~1N1N"));
    assert!(matches(b"A1", b"A1N"));
    assert!(!matches(b"abc", b"2A"));
    // high bytes are neither letters nor digits
    assert!(!matches(b"\xe9", b"1A"));
    assert!(matches(b"\xe9", b"~1A"));
}

#[test]
fn range_x_tries_only_its_positions() {
    // 1-3X then 1X: the rest is tried after 1 and 2 more characters only
    assert!(!matches(b"abcd", b"1-3X1X"));
    assert!(matches(b"abc", b"1-3X1X"));
    assert!(!matches(b"ab", b"2-2X0X"));
    assert!(matches(b"ab", b"0-9X1X"));
    // "1-2" at the end is a literal that ignores what follows it
    assert!(matches(b"1-2xyz", b"1-2"));
}

#[test]
fn counts_are_16_bit() {
    // 65536X is 0X; an upper bound beyond 32767 wraps negative
    assert!(matches(b"\xe9z0' ", b"65536X"));
    assert!(matches(b"", b"65536A"));
    assert!(!matches(b"QQB0", b"0-32768x"));
    assert!(!matches(b"'zz", b"0-40000X"));
    assert!(matches(b"1BQ-", b"65536X65536A"));
    assert!(!matches(b"abc", b"40000X"));
    // component 65537 is component 1
    assert_eq!(matchfield(b"0", b"0N0N", 65537), b"0");
    assert_eq!(matchfield(b".Baz", b"0X2A", 65537), b".B");
}

#[test]
fn matchfield_parts() {
    assert_eq!(matchfield(b"AB123", b"2A0N", 2), b"123");
    assert_eq!(matchfield(b"AB123", b"2A0N", 1), b"AB");
    assert_eq!(matchfield(b"AB123", b"2A0N", -2), b"AB");
    assert_eq!(matchfield(b"x", b"1N", 1), b"");
    assert_eq!(matchfield(b"a.b.c", b"0X'.'0X", 1), b"a");
    assert_eq!(matchfield(b"a.b.c", b"0X'.'0X", 3), b"b.c");
}

#[test]
fn matchfield_keeps_bounds_of_failed_attempts() {
    // alternative 1 sets component 1's end (0) before failing;
    // alternative 2 matches without reaching component 2
    assert_eq!(matchfield(b"9", b"''5-9X1A\xfd1N", 1), b"");
    // an end before the start: to the end of the string
    assert_eq!(
        matchfield(b"595 5.\xc8", b"3-70000'4X\xfd~\"a\"0N65536a\xfd1N0X", 2),
        b""
    );
}

#[test]
fn long_templates() {
    assert!(!template_too_long(&[b'X'; 256]));
    assert!(template_too_long(&[b'X'; 257]));
}

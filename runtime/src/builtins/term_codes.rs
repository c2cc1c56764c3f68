//! The `@(x, y)` and `@(-n, m)` cursor and attribute codes for the terminal
//! type xterm, as ScarletDME builds them from its terminfo entry (the
//! dialect corpus pins `TERM=xterm`; the strings were read off real
//! ScarletDME, `runtime/tests/dialect/intr/AT_01`).

/// A colour number for xterm: ScarletDME's colours 0-7 (black, blue,
/// green, cyan, red, magenta, brown, white) in ANSI order; others as given.
fn colour(n: i64) -> i64 {
    const MAP: [i64; 8] = [0, 4, 2, 6, 1, 5, 3, 7];
    if (0..8).contains(&n) {
        MAP[n as usize]
    } else {
        n
    }
}

/// The string for `@(at1, at2)` on a display `width` columns by `lines`
/// lines. A one-argument `@(n)` passes `at2 = -1`. Codes xterm lacks (or
/// unknown codes) give an empty string.
pub fn at_code(at1: i64, at2: i64, width: i64, lines: i64) -> Vec<u8> {
    let rep = |s: &[u8], n: i64| s.repeat(n.max(0) as usize);
    if at1 >= 0 {
        if at1 >= width {
            return Vec::new();
        }
        if at2 >= 0 && at2 < lines {
            return format!("\x1b[{};{}H", at2 + 1, at1 + 1).into_bytes();
        }
        // column only: CR for column 0, else xterm's hpa
        if at1 == 0 {
            return b"\r".to_vec();
        }
        return format!("\x1b[{}G", at1 + 1).into_bytes();
    }
    let sgr0: &[u8] = b"\x1b[m\x0f";
    let s: &[u8] = match at1 {
        -1 => b"\x1b[H\x1b[2J",
        -2 => b"\x1b[H",
        -3 => b"\x1b[J",
        -4 => b"\x1b[K",
        -5 => b"\x1b[5m",
        -6 | -12 | -14 | -59 => sgr0,
        -9 => return rep(b"\x08", at2.clamp(1, width)),
        -10 => return rep(b"\x1b[A", at2.clamp(1, lines)),
        -13 => b"\x1b[7m",
        -15 => b"\x1b[4m",
        -16 => b"\x1b[24m",
        -17 if at2 < 1 => b"\x1b[L",
        -17 => return format!("\x1b[{}L", at2).into_bytes(),
        -18 if at2 < 1 => b"\x1b[M",
        -18 => return format!("\x1b[{}M", at2).into_bytes(),
        -22 => return rep(b"\x1b[P", at2.max(1)),
        -23 => b"\x1b[5i",
        -24 => b"\x1b[4i",
        -31 => b"\x1b[?25h",
        -32 => b"\x1b[?25l",
        -33 => return rep(b"\n", at2.clamp(1, lines)),
        -34 => return rep(b"\x1b[C", at2.clamp(1, width)),
        -37 => return format!("\x1b[3{}m", colour(at2)).into_bytes(),
        -38 => return format!("\x1b[4{}m", colour(at2)).into_bytes(),
        -58 => b"\x1b[1m",
        // xterm's user strings u6 and u7, unexpanded as ScarletDME gives them
        -106 => b"\x1b[%i%d;%dR",
        -107 => b"\x1b[6n",
        _ => b"",
    };
    s.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_forms() {
        assert_eq!(at_code(0, 0, 80, 24), b"\x1b[1;1H");
        assert_eq!(at_code(10, -1, 80, 24), b"\x1b[11G");
        assert_eq!(at_code(0, -1, 80, 24), b"\r");
        assert_eq!(at_code(80, 1, 80, 24), b"");
        assert_eq!(at_code(3, 24, 80, 24), b"\x1b[4G");
        assert_eq!(at_code(-9, 3, 80, 24), b"\x08\x08\x08");
        assert_eq!(at_code(-37, 2, 80, 24), b"\x1b[32m");
    }
}

//! SYSMSG(n [, arg1 ... arg4]): ScarletDME's system messages. ScarletDME
//! keeps them as records of the directory file `MESSAGES` in its system
//! account; mvbasic ships the few it needs, written here from what
//! ScarletDME prints, and refuses by name the others ScarletDME has.
//!
//! A message's text has its line ends as @FM (a multi-line record) and
//! `\n` / `\t` as line end and tab bytes. Then `%1`..`%4` are the
//! arguments, `%S` STATUS(), `%E` the operating-system error, `%%` a `%`;
//! any other `%x` (ScarletDME's `%s`, `%d`) is removed. After each
//! replacement the byte that follows it is not looked at (real ScarletDME:
//! `"%1%2"` with `%1` = `a` is `a%2`).

/// The messages mvbasic ships: number, text (as SYSMSG returns it before
/// the arguments are put in).
const MESSAGES: &[(i64, &str)] = &[
    (1000, "User limit reached"),
    (1002, "Unable to load '%s' object code"),
    (1027, "Force logout initiated for user %d\n"),
    (1104, "Non-numeric where numeric required|in %s"),
    (1108, "Divide by zero error|, variable %s"),
    (1121, " at line %d of %s"),
    (
        1425,
        "Rolling back uncommitted transactions at this command level\n",
    ),
    (
        1500,
        "January,February,March,April,May,June,July,August,September,October,November,December",
    ),
    (
        1501,
        "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    ),
    (1620, "Cannot open ERRMSG while reporting error %1"),
    (1621, "Cannot locate message in ERRMSG"),
    (5241, "Error %S (o/s %E) executing program"),
    (6162, "Converting to multifile named \"%1,%1\""),
    (6197, "Error %1.%2 moving %3"),
    (6554, "Copy lines %1-%2 to under line %3? "),
];

/// The numbers (inclusive ranges) of the messages in ScarletDME's
/// `MESSAGES` file (commit 38cc96b): a number outside them is "not found"
/// there too.
const SCARLETDME_NUMBERS: &[(i64, i64)] = &[
    (1000, 1027),
    (1100, 1141),
    (1200, 1203),
    (1220, 1224),
    (1230, 1236),
    (1250, 1250),
    (1300, 1306),
    (1400, 1436),
    (1450, 1452),
    (1470, 1471),
    (1480, 1491),
    (1500, 1502),
    (1600, 1605),
    (1620, 1621),
    (1700, 1718),
    (1750, 1758),
    (1760, 1761),
    (1780, 1780),
    (1800, 1800),
    (2000, 2008),
    (2010, 2030),
    (2050, 2061),
    (2100, 2102),
    (2105, 2111),
    (2200, 2214),
    (2230, 2231),
    (2400, 2400),
    (2500, 2503),
    (2600, 2641),
    (2700, 2700),
    (2801, 3007),
    (3010, 3010),
    (3020, 3050),
    (3060, 3076),
    (3080, 3087),
    (3100, 3133),
    (3200, 3202),
    (3210, 3215),
    (3217, 3217),
    (3220, 3222),
    (3230, 3235),
    (3240, 3273),
    (3280, 3291),
    (3300, 3321),
    (3340, 3342),
    (3350, 3354),
    (3400, 3428),
    (3439, 3461),
    (3500, 3516),
    (3520, 3526),
    (5000, 5075),
    (5080, 5083),
    (5090, 5090),
    (5100, 5103),
    (5110, 5112),
    (5120, 5121),
    (5130, 5130),
    (5140, 5140),
    (5160, 5163),
    (5170, 5174),
    (5180, 5180),
    (5190, 5200),
    (5210, 5213),
    (5220, 5223),
    (5230, 5230),
    (5240, 5241),
    (5250, 5250),
    (5260, 5271),
    (6000, 6006),
    (6008, 6034),
    (6050, 6078),
    (6090, 6091),
    (6100, 6203),
    (6400, 6403),
    (6410, 6415),
    (6420, 6427),
    (6440, 6440),
    (6450, 6453),
    (6460, 6464),
    (6470, 6476),
    (6480, 6484),
    (6490, 6490),
    (6500, 6727),
    (6800, 6813),
    (6830, 6863),
    (6870, 6876),
    (6880, 6885),
    (6900, 6903),
    (6910, 6958),
    (6969, 6984),
    (7000, 7024),
    (7100, 7172),
    (7200, 7312),
    (7500, 7553),
    (7600, 7613),
    (7700, 7701),
    (7750, 7753),
    (7800, 7809),
    (7900, 7905),
    (8000, 8038),
];

/// What SYSMSG finds for a message number.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// The message's text.
    Text(Vec<u8>),
    /// ScarletDME has the message but mvbasic does not ship it.
    NotShipped,
}

/// The text of message `n` (`[n] Message not found` when ScarletDME has
/// no such message).
pub fn message(n: i64) -> Found {
    if let Some((_, t)) = MESSAGES.iter().find(|(k, _)| *k == n) {
        return Found::Text(t.as_bytes().to_vec());
    }
    if SCARLETDME_NUMBERS
        .iter()
        .any(|&(a, b)| (a..=b).contains(&n))
    {
        return Found::NotShipped;
    }
    Found::Text(format!("[{n}] Message not found").into_bytes())
}

/// Puts the arguments (`args`, at most four; missing ones are empty),
/// STATUS() (`status`) and the operating-system error (`os_error`) into
/// a message's text.
pub fn substitute(text: &[u8], args: &[&[u8]], status: &[u8], os_error: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] != b'%' {
            out.push(text[i]);
            i += 1;
            continue;
        }
        let subst: &[u8] = match text.get(i + 1) {
            Some(&c @ b'1'..=b'4') => args.get((c - b'1') as usize).copied().unwrap_or(b""),
            Some(b'S') => status,
            Some(b'E') => os_error,
            Some(b'%') => b"%",
            _ => b"",
        };
        out.extend_from_slice(subst);
        // ScarletDME resumes one byte past the replacement's end
        if let Some(&c) = text.get(i + 2) {
            out.push(c);
        }
        i += 3;
    }
    out
}

/// ScarletDME's message number of a SYSMSG key: its 32-bit integer, and
/// for a floating-point number the low 32 bits of the double (ScarletDME
/// reads the number's integer slot without converting it: SYSMSG(1104.9)
/// looks up message -1717986918).
pub fn key_number(n: super::num::Num) -> i64 {
    match n {
        super::num::Num::Int(i) => i as i32 as i64,
        super::num::Num::Float(f) => f.to_bits() as u32 as i32 as i64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup() {
        assert_eq!(
            message(1621),
            Found::Text(b"Cannot locate message in ERRMSG".to_vec())
        );
        assert_eq!(
            message(999999),
            Found::Text(b"[999999] Message not found".to_vec())
        );
        assert_eq!(message(0), Found::Text(b"[0] Message not found".to_vec()));
        assert_eq!(message(3007), Found::NotShipped);
    }

    #[test]
    fn substitution() {
        let s = |t: &str, a: &[&str]| {
            let a: Vec<&[u8]> = a.iter().map(|x| x.as_bytes()).collect();
            String::from_utf8(substitute(t.as_bytes(), &a, b"7", b"0")).unwrap()
        };
        assert_eq!(s("x %1,%1 y", &["ab"]), "x ab,ab y");
        assert_eq!(s("%1%2", &["a", "b"]), "a%2");
        assert_eq!(s("%1%2", &["", "b"]), "%2");
        assert_eq!(s("at %d of %s", &[]), "at  of ");
        assert_eq!(s("E %S/%E %%", &[]), "E 7/0 %");
        assert_eq!(s("end %", &[]), "end ");
    }

    #[test]
    fn keys() {
        use crate::builtins::num::Num;
        assert_eq!(key_number(Num::Int(1104)), 1104);
        assert_eq!(key_number(Num::Float(1104.9)), -1717986918);
        assert_eq!(key_number(Num::Float(1104.0)), 0);
    }
}

//! The national conventions number conversions use (ScarletDME's
//! `national` settings): currency sign, thousands separator and decimal
//! separator. GETNLS reads them, SETNLS changes them for the rest of the
//! process (every program level alike, as in ScarletDME); MD/ML/MR
//! conversions and FMT use them.

use std::cell::RefCell;

/// The settings.
#[derive(Clone, Debug)]
struct Nls {
    currency: Vec<u8>,
    thousands: u8,
    /// 0: set to "" (ScarletDME then ends a number at its decimal point).
    decimal: u8,
}

impl Default for Nls {
    fn default() -> Nls {
        Nls {
            currency: b"$".to_vec(),
            thousands: b',',
            decimal: b'.',
        }
    }
}

thread_local! {
    static NLS: RefCell<Nls> = RefCell::new(Nls::default());
}

/// Longest currency sign ScarletDME keeps.
const MAX_CURRENCY: usize = 8;

/// GETNLS(key): currency sign (1), thousands separator (2), decimal
/// separator (3); "" for other keys.
pub fn get(key: i64) -> Vec<u8> {
    NLS.with(|n| {
        let n = n.borrow();
        match key {
            1 => n.currency.clone(),
            2 => vec![n.thousands],
            3 if n.decimal != 0 => vec![n.decimal],
            _ => Vec::new(),
        }
    })
}

/// SETNLS key, value: an empty thousands separator is ignored, an empty
/// decimal separator is kept as none; only the first byte of a separator
/// counts. Other keys are ignored.
pub fn set(key: i64, value: &[u8]) {
    NLS.with(|n| {
        let mut n = n.borrow_mut();
        match key {
            1 => n.currency = value[..value.len().min(MAX_CURRENCY)].to_vec(),
            2 => {
                if let Some(&c) = value.first() {
                    n.thousands = c;
                }
            }
            3 => n.decimal = value.first().copied().unwrap_or(0),
            _ => {}
        }
    })
}

/// The currency sign.
pub fn currency() -> Vec<u8> {
    NLS.with(|n| n.borrow().currency.clone())
}

/// The thousands separator.
pub fn thousands() -> u8 {
    NLS.with(|n| n.borrow().thousands)
}

/// A formatted number (digits with `.` as its decimal point) with the
/// decimal separator in force; with none the number ends at the point.
pub fn localise_point(body: &mut Vec<u8>) {
    let d = NLS.with(|n| n.borrow().decimal);
    if d == b'.' {
        return;
    }
    if let Some(at) = body.iter().position(|&c| c == b'.') {
        if d == 0 {
            body.truncate(at);
        } else {
            body[at] = d;
        }
    }
}

/// The decimal separator (0 when there is none).
pub fn decimal() -> u8 {
    NLS.with(|n| n.borrow().decimal)
}

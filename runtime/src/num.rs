//! Thin numeric helpers for the VM over `crate::builtins::num`.

pub use crate::builtins::num::{format_num, is_numeric, num_cmp, parse_num, Num, NumError};

/// Formats a double for display with PRECISION `prec`.
pub fn format_float(f: f64, prec: u8) -> Vec<u8> {
    crate::builtins::num::format_float(f, prec as usize)
}

//! Pure library functions of mvbasic (ScarletDME dialect), independent of
//! the VM's value type: byte strings in (`&[u8]`), `Vec<u8>` / numbers out.
//!
//! # Overview for the VM
//!
//! Status: READY = implemented and unit-tested against the corpus.
//!
//! * [`num`] (READY) — numbers. [`num::Num`] (`Int` / `Float`),
//!   [`num::is_numeric`] (NUM(); strict: no blanks), [`num::parse_num`]
//!   (string -> number for arithmetic; blanks around the number allowed;
//!   `None` when non-numeric: a fatal error in arithmetic), [`num::format_num`] /
//!   [`num::format_float`] (display with PRECISION, default
//!   [`num::DEFAULT_PRECISION`]), [`num::is_true`] (truthiness of a
//!   string: IF/WHILE/NOT/AND/OR on strings), arithmetic [`num::add`] `sub` `mul` `div` `neg` `pwr` `rem`
//!   `modulo` (MOD) `idiv` (DIV) `int_part` (INT) `abs` `sqrt`
//!   (32-bit ints overflow to doubles; errors as [`num::NumError`]),
//!   [`num::num_cmp`] / [`num::num_eq`] (float tolerance 2.91e-11),
//!   [`num::Num::to_i64`] (for positions/counts), [`num::ftoa`]
//!   (ScarletDME's fixed-decimal rounding used by display, FMT and MD).
//! * [`compare`] (READY) — [`compare::compare_values`] /
//!   [`compare::values_equal`] for `= # < > <= >=` (and MAX/MIN) on two
//!   strings, [`compare::compare_num_str`] for number vs string (use
//!   `.reverse()` for string vs number), and [`compare::compare_fn`]
//!   (COMPARE()). Two numbers: `num::num_cmp`.
//! * [`dynarray`] (READY) — marks ([`dynarray::FM`], `VM`, `SM`, `TM`,
//!   `IM`), [`dynarray::extract`] (`X<f,v,s>`, returns a sub-slice),
//!   [`dynarray::replace`] / [`dynarray::replace_in_place`] (`X<f,v,s> = y`,
//!   `<-1>` appends; in-place has an O(1) path for `X<-1> = y`),
//!   [`dynarray::insert`] (INSERT / INS), [`dynarray::delete`] (DELETE / DEL),
//!   [`dynarray::count`] (COUNT), [`dynarray::dcount`] (DCOUNT),
//!   [`dynarray::raise`], [`dynarray::lower`], [`sum::sum`],
//!   [`dynarray::item_range`] (byte range of an item, for in-place work),
//!   [`dynarray::extract_hinted`] with a per-string [`dynarray::FieldHint`]
//!   (makes `FOR I = 1 TO N ... X<I>` linear; reset the hint when the
//!   string changes).
//! * [`locate`] (READY) — [`locate::locate`] (both LOCATE syntaxes and
//!   LOCATE(): start position semantics, AL/AR/DL/DR; LOCATE() returns
//!   `pos` when found else 0), [`locate::find`], [`locate::findstr`].
//!   Mapping: `LOCATE x IN A<f> ...` -> `locate(x, A, f, 0, 0, by)`;
//!   `IN A<f,v>` -> `(f, v, 0)`; `IN A<f,v,s>` -> `(f, v, s)`;
//!   Pick `LOCATE(x, A; p)` -> `(1, 0, 0)`, `LOCATE(x, A, f; p)` ->
//!   `(f, 1, 0)`, `LOCATE(x, A, f, v; p)` -> `(f, v, 1)`;
//!   function `LOCATE(x, A, f)` -> `(f, 0, 0)`, `LOCATE(x, A, f, v)` ->
//!   `(f, v, 0)`, `LOCATE(x, A, f, v, s)` -> `(f, v, s)`.
//! * [`field`] (READY) — [`field::field`] (FIELD + COL1/COL2),
//!   [`field::fieldstore`], [`field::index`] (INDEX), [`field::substr`]
//!   (`X[s,l]`), [`field::substr_last`] (`X[n]`), [`field::substr_assign`]
//!   (`X[s,l] = y`).
//! * [`remove`] (READY) — [`remove::remove`] (REMOVE statement/function
//!   with a byte-offset remove pointer = GETREM), delimiter codes.
//! * [`strings`] (READY) — [`strings::change`] (CHANGE/SWAP with
//!   occurrences/start), [`strings::convert`] (CONVERT function and
//!   statement: `convert(from, to, s)`), [`strings::trim`],
//!   [`strings::trim_with`] (TRIM(s, ch, mode)), [`strings::trimf`],
//!   [`strings::trimb`], [`strings::upcase`], [`strings::downcase`],
//!   [`strings::swapcase`], [`strings::space`], [`strings::str_repeat`]
//!   (STR), [`strings::dquote`] (QUOTE/DQUOTE), [`strings::squote`],
//!   [`strings::alpha`], [`strings::seq`], [`strings::char_of`] (CHAR),
//!   [`strings::dtx`], [`strings::xtd`], [`strings::soundex`],
//!   [`strings::ascii`], [`strings::ebcdic`], [`strings::substitute`],
//!   [`strings::crc32`], [`strings::fold`].
//! * [`pattern`] (READY) — [`pattern::matches`] (MATCHES/MATCH operator),
//!   [`pattern::matchfield`] (MATCHFIELD).
//! * [`mv`] (READY) — multivalued helpers: [`mv::pairwise`] (CATS, EQS,
//!   MODS, ... with REUSE flags) and [`mv::each`] (NUMS, OCONVS, ...).
//! * [`ifs`] — [`ifs::ifs`]: IFS(), whose three strings ScarletDME walks
//!   as streams rather than pairing them.
//! * [`fmt`] (READY) — [`fmt::fmt`]`(FmtInput, format, precision)` for FMT()
//!   and format expressions (`X "R2#8"`); pass `FmtInput::Num` for numeric
//!   values (keeps full precision), `FmtInput::Str` for strings.
//! * [`conv`] (READY) — [`conv::oconv`] / [`conv::iconv`] return a
//!   [`conv::ConvResult`] `{ value, status }`; set STATUS() from `status`
//!   (0 ok, 1 bad data, 2 bad code, 3 wrapped date). Codes: D (all
//!   variants, via [`conv_date`]), MT (via [`conv_time`]), MD/ML/MR (via
//!   [`conv_md`]), MC*, MX/MO/MB (`MX0C` character mode) and B64 (via
//!   [`conv_radix`]), B, L, G, T, R, `<f,v,s>`; value-mark separated chains.
//!   OCONVS/ICONVS: `mv::each(value, |e| conv::oconv(e, code).value)`.
//!   A multivalued string given to MD is returned unchanged (status 1).
//! * [`matrix`] (READY) — [`matrix::matparse`] (MATPARSE: new values for
//!   elements 1..n and 0, and INMAT()), [`matrix::matbuild`] (MATBUILD,
//!   taking element 0 too).
//!
//! Conventions: positions and counts are `i64` (convert numbers with
//! `Num::to_i64`); numbers are displayed with `num::format_num(n,
//! precision)`; ICONV results are returned as text (e.g. `b"20448"`), to be
//! stored as strings or parsed with `num::parse_num`. No function panics on
//! any input (see the `stress` test).

// The VM uses a subset of this library; unused items are not an error.
#![allow(dead_code)]
pub mod compare;
pub mod conv;
pub mod conv_date;
pub mod conv_int;
pub mod conv_md;
pub mod conv_radix;
pub mod conv_time;
pub mod dynarray;
pub mod ebcdic;
pub mod field;
pub mod find_byte;
pub mod fmt;
pub mod ifs;
pub mod locate;
pub mod mark_cursor;
pub mod matrix;
pub mod mv;
pub mod mvtext;
pub mod nls;
pub mod num;
pub mod num_format;
pub mod num_sd;
pub mod pattern;
pub mod pick_msg;
pub mod random;
pub mod remove;
pub mod strings;
pub mod sum;
pub mod sysmsg;
pub mod term_codes;

#[cfg(test)]
mod stress;

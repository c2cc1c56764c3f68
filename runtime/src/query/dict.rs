//! Dictionary items and the value of an item for one record.
//!
//! A dictionary record is `D`/`I` (or Pick `A`/`S`) and fields: for `D`,
//! 2 the field number (0 is the id), 3 the conversion, 4 the column
//! heading, 5 the format (`10L`, `8R`), 6 `S` single- or `M` multivalued;
//! for `I`, 2 the expression; for `A`/`S`, 2 the field number and 3 the
//! heading.

use super::itype;

/// Where the records and dictionary of a file come from.
pub trait Source {
    /// The data record `id`, None when there is none.
    fn record(&self, id: &[u8]) -> Option<Vec<u8>>;
    /// Dictionary record `name`.
    fn dict_record(&self, name: &str) -> Option<Vec<u8>>;
    /// The file's name (the heading of the id column).
    fn file_name(&self) -> &str;
    /// TRANS()/XLATE() of an I-type expression (see [`itype::Env::trans`]);
    /// a source without access to other files refuses it by name.
    fn trans(
        &self,
        _file: &[u8],
        _ids: &[u8],
        _field: &[u8],
        _code: &[u8],
    ) -> Result<Vec<u8>, String> {
        Err("TRANS() is not supported in this I-type expression".into())
    }
}

/// How an item gets its value.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Field n of the record (0: the id).
    Field(i64),
    /// An I-type expression.
    Expr(String),
}

/// A dictionary item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// How the value is found.
    pub kind: Kind,
    /// Output conversion (LIST).
    pub conv: Vec<u8>,
    /// Column heading.
    pub heading: String,
    /// Column width.
    pub width: usize,
    /// Right-justified (sorts and compares as numbers).
    pub right: bool,
    /// The format code LIST formats values with (`10L`, `8R`, `6T`).
    pub format: Vec<u8>,
    /// Multivalued (`M` in the single/multi field): WITH tests look at
    /// each value; a single-valued item is tested as a whole.
    pub multi: bool,
}

fn fields(rec: &[u8]) -> Vec<String> {
    rec.split(|&c| c == 0xFE)
        .map(|x| String::from_utf8_lossy(x).into_owned())
        .collect()
}

/// Parses a format (`10L`, `8R`, `5T`): width, right justification and
/// the code to format with (the width made explicit where it is missing).
fn format(f: &str) -> (usize, bool, Vec<u8>) {
    let digits: String = f.chars().take_while(|c| c.is_ascii_digit()).collect();
    let width = digits.parse().unwrap_or(10);
    let right = f[digits.len()..].starts_with(['R', 'r']);
    let code = if digits.is_empty() {
        format!("{width}{}", if right { 'R' } else { 'L' })
    } else {
        f.to_string()
    };
    (width, right, code.into_bytes())
}

/// The dictionary item `name` of `src`. `@ID` without a dictionary record
/// is the id.
pub fn item(src: &dyn Source, name: &str) -> Result<Item, String> {
    let rec = src
        .dict_record(name)
        .or_else(|| src.dict_record(&name.to_ascii_uppercase()));
    let Some(rec) = rec else {
        if name.eq_ignore_ascii_case("@ID") {
            return Ok(Item {
                kind: Kind::Field(0),
                conv: Vec::new(),
                heading: src.file_name().to_string(),
                width: 10,
                right: false,
                format: b"10L".to_vec(),
                multi: false,
            });
        }
        return Err(format!("{name} is not a field of {}", src.file_name()));
    };
    let f = fields(&rec);
    let g = |i: usize| f.get(i).cloned().unwrap_or_default();
    let kind_code = g(0).to_ascii_uppercase();
    let kind_code = kind_code.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
    match kind_code.chars().next() {
        Some('D') | Some('I') => {
            let (width, right, format) = format(&g(4));
            let kind = if kind_code.starts_with('D') {
                Kind::Field(g(1).trim().parse().unwrap_or(0))
            } else {
                Kind::Expr(g(1))
            };
            let heading = if g(3).is_empty() {
                name.to_string()
            } else {
                g(3)
            };
            let heading = if matches!(kind, Kind::Field(0)) && g(3).is_empty() {
                src.file_name().to_string()
            } else {
                heading
            };
            Ok(Item {
                kind,
                conv: g(2).into_bytes(),
                heading,
                width,
                right,
                format,
                multi: g(5).starts_with('M'),
            })
        }
        Some('A') | Some('S') => {
            let (width, right) = (g(9).parse().unwrap_or(10), g(8).starts_with('R'));
            let format = format!("{width}{}", if right { 'R' } else { 'L' }).into_bytes();
            Ok(Item {
                kind: Kind::Field(g(1).trim().parse().unwrap_or(0)),
                conv: g(6).into_bytes(),
                heading: if g(2).is_empty() {
                    name.to_string()
                } else {
                    g(2)
                },
                width,
                right,
                format,
                multi: true,
            })
        }
        _ => Err(format!("{name} is not a valid dictionary item")),
    }
}

/// The value of item `name` for record `id` / `rec`.
pub fn value(src: &dyn Source, name: &str, id: &[u8], rec: &[u8]) -> Result<Vec<u8>, String> {
    value_at(src, name, id, rec, 0, None)
}

/// What the TOTAL() calls of a CALC column's I-type do.
pub enum Totals<'a> {
    /// Give their argument and note it (a record's line).
    Note(std::cell::RefCell<Vec<Vec<u8>>>),
    /// Give the sums, in the order of the calls (a total line).
    Sums(&'a [Vec<u8>], std::cell::Cell<usize>),
}

/// The value of CALC item `name` for record `id` / `rec`, with its
/// TOTAL() calls doing what `totals` says.
pub fn calc_value(
    src: &dyn Source,
    name: &str,
    id: &[u8],
    rec: &[u8],
    totals: &Totals,
) -> Result<Vec<u8>, String> {
    value_at(src, name, id, rec, 0, Some(totals))
}

fn value_at(
    src: &dyn Source,
    name: &str,
    id: &[u8],
    rec: &[u8],
    depth: u8,
    totals: Option<&Totals>,
) -> Result<Vec<u8>, String> {
    if depth > 20 {
        return Err(format!("I-type {name} refers to itself"));
    }
    let upper = name.to_ascii_uppercase();
    if upper == "@RECORD" {
        return Ok(rec.to_vec());
    }
    let it = match item(src, name) {
        Ok(i) => i,
        Err(e) if upper == "@ID" => return Err(e),
        Err(e) => return Err(e),
    };
    Ok(match it.kind {
        Kind::Field(0) => id.to_vec(),
        Kind::Field(n) => crate::builtins::dynarray::extract(rec, n, 0, 0).to_vec(),
        Kind::Expr(e) => itype::eval(
            &e,
            &Record {
                src,
                id,
                rec,
                depth,
                totals,
            },
        )?,
    })
}

/// An I-type's view of the record it is evaluated for.
struct Record<'a> {
    src: &'a dyn Source,
    id: &'a [u8],
    rec: &'a [u8],
    depth: u8,
    totals: Option<&'a Totals<'a>>,
}

impl itype::Env for Record<'_> {
    fn lookup(&self, name: &str) -> Result<Vec<u8>, String> {
        value_at(
            self.src,
            name,
            self.id,
            self.rec,
            self.depth + 1,
            self.totals,
        )
    }
    fn total(&self, v: Vec<u8>) -> Vec<u8> {
        match self.totals {
            None => v,
            Some(Totals::Note(seen)) => {
                seen.borrow_mut().push(v.clone());
                v
            }
            Some(Totals::Sums(sums, next)) => {
                let k = next.get();
                next.set(k + 1);
                sums.get(k).cloned().unwrap_or_else(|| b"0".to_vec())
            }
        }
    }
    fn trans(&self, file: &[u8], ids: &[u8], field: &[u8], code: &[u8]) -> Result<Vec<u8>, String> {
        self.src.trans(file, ids, field, code)
    }
}

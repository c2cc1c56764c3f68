//! The FILE statement's view of dictionaries: a program compiled with
//! `FILE NAME` names the fields of NAME's records by dictionary item
//! (`NAME(TOWN)` is `NAME<2>` when item TOWN says field 2). The compiler
//! reads the dictionaries through [`FileDicts`], which the host supplies;
//! the rules for turning an item into a field number are ScarletDME's
//! (learnt on real ScarletDME and its compiler's messages).

/// Dictionaries the compiler may read.
pub trait FileDicts {
    /// Whether the dictionary of file `file` can be opened.
    fn exists(&self, file: &str) -> bool;
    /// Item `item` of the dictionary of `file`.
    fn record(&self, file: &str, item: &str) -> Option<Vec<u8>>;
}

/// No dictionaries (a front end with no account).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoDicts;

impl FileDicts for NoDicts {
    fn exists(&self, _: &str) -> bool {
        false
    }
    fn record(&self, _: &str, _: &str) -> Option<Vec<u8>> {
        None
    }
}

/// The field number dictionary item `field` of `file` names, or
/// ScarletDME's compile error: the item as written, else in upper case;
/// a D-type item's field 2, or an A- or S-type's without a correlative
/// (field 8); the position must be a positive integer.
pub fn field_number(dicts: &dyn FileDicts, file: &str, field: &str) -> Result<i64, String> {
    let rec = dicts
        .record(file, field)
        .or_else(|| dicts.record(file, &field.to_ascii_uppercase()))
        .ok_or_else(|| format!("Field name {field} is not in the dictionary"))?;
    let fields: Vec<&[u8]> = rec.split(|&c| c == 0xFE).collect();
    let get = |i: usize| fields.get(i - 1).copied().unwrap_or(b"");
    match get(1).first().map(u8::to_ascii_uppercase) {
        Some(b'D') => {}
        Some(b'A' | b'S') if get(8).is_empty() => {}
        Some(b'A' | b'S') => return Err(format!("{field} has a correlative expression")),
        _ => return Err(format!("{field} is not a D, A or S-type dictionary item")),
    }
    let pos = get(2);
    if pos.is_empty() || !pos.iter().all(u8::is_ascii_digit) {
        return Err(format!(
            "Dictionary item {field} has a non-numeric field position"
        ));
    }
    let n: i64 = std::str::from_utf8(pos)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(i64::MAX);
    if n == 0 {
        return Err(format!("Dictionary item {field} is a record id reference"));
    }
    Ok(n)
}

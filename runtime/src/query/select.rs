//! Running a query's selection: candidate ids, WITH, BY / BY.DSND and
//! SAVING, with ScarletDME's rules:
//!
//! * a WITH test on a multivalued field holds when any value passes;
//!   `WITH field` alone holds when it is not empty, `WITH NO field` when
//!   it is; values compare as numbers when both are numeric;
//! * `LIKE` patterns use `...` for any text (case matters);
//! * a right-justified field (`8R`) sorts as numbers, a left-justified one
//!   by bytes; SSELECT (and any BY) ends with the id as the last key;
//! * once records are read (a WITH, a sort or SAVING), ids whose record
//!   cannot be read are dropped; ids named in the sentence must exist.

use std::cmp::Ordering;

use super::dict::{self, Source};
use super::sentence::{Cond, Op, Query};
use crate::builtins::compare::{compare_fn, compare_values};
use crate::builtins::num::{is_numeric, num_cmp, parse_num};

/// A record: id and data.
type Row = (Vec<u8>, Vec<u8>);

/// Selects from `candidates` (the file's ids, or an active list) as `q`
/// asks; `sorted` for SSELECT-style verbs. Returns the list: ids, or the
/// SAVING values.
pub fn run(
    q: &Query,
    src: &dyn Source,
    candidates: Vec<Vec<u8>>,
    sorted: bool,
) -> Result<Vec<Vec<u8>>, String> {
    let named = !q.ids.is_empty();
    let ids: Vec<Vec<u8>> = if named {
        q.ids.iter().map(|s| s.as_bytes().to_vec()).collect()
    } else {
        candidates
    };
    let must_read = named || q.cond.is_some() || !q.sort.is_empty() || q.saving.is_some() || sorted;
    let mut rows: Vec<Row> = Vec::with_capacity(ids.len());
    for id in ids {
        if !must_read {
            rows.push((id, Vec::new()));
            continue;
        }
        let Some(rec) = src.record(&id) else { continue };
        if let Some(c) = &q.cond {
            if !test(c, src, &id, &rec)? {
                continue;
            }
        }
        rows.push((id, rec));
    }
    let mut keys = q.sort.clone();
    if sorted || !keys.is_empty() {
        keys.push(("@ID".into(), false));
    }
    if !keys.is_empty() {
        let mut items = Vec::new();
        for (f, desc) in &keys {
            items.push((dict::item(src, f)?.right, *desc, f.clone()));
        }
        let mut keyed: Vec<(Vec<Vec<u8>>, Row)> = Vec::with_capacity(rows.len());
        for r in rows {
            let mut k = Vec::new();
            for (_, _, f) in &items {
                k.push(dict::value(src, f, &r.0, &r.1)?);
            }
            keyed.push((k, r));
        }
        keyed.sort_by(|a, b| {
            for (i, (right, desc, _)) in items.iter().enumerate() {
                let o = compare_key(&a.0[i], &b.0[i], *right);
                let o = if *desc { o.reverse() } else { o };
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        });
        rows = keyed.into_iter().map(|(_, r)| r).collect();
    }
    let Some((field, unique)) = &q.saving else {
        return Ok(rows.into_iter().map(|(id, _)| id).collect());
    };
    let mut out: Vec<Vec<u8>> = Vec::new();
    for (id, rec) in rows {
        let v = dict::value(src, field, &id, &rec)?;
        for part in v.split(|&c| c == 0xFD) {
            if *unique && out.iter().any(|o| o == part) {
                continue;
            }
            out.push(part.to_vec());
        }
    }
    Ok(out)
}

/// Sort order of two key values: right-justified keys as numbers (or
/// right-aligned text), left-justified ones by bytes.
fn compare_key(a: &[u8], b: &[u8], right: bool) -> Ordering {
    if right {
        if !a.is_empty() && !b.is_empty() && is_numeric(a) && is_numeric(b) {
            if let (Some(x), Some(y)) = (parse_num(a), parse_num(b)) {
                return num_cmp(x, y);
            }
        }
        return compare_fn(a, b, b"R").cmp(&0);
    }
    a.cmp(b)
}

/// Whether record `id` passes condition `c`.
pub fn test(c: &Cond, src: &dyn Source, id: &[u8], rec: &[u8]) -> Result<bool, String> {
    Ok(match c {
        Cond::And(a, b) => test(a, src, id, rec)? && test(b, src, id, rec)?,
        Cond::Or(a, b) => test(a, src, id, rec)? || test(b, src, id, rec)?,
        Cond::Test { field, op, negated } => {
            let v = dict::value(src, field, id, rec)?;
            let r = match op {
                None => !v.is_empty(),
                Some((op, values)) => v
                    .split(|&c| c == 0xFD || c == 0xFC)
                    .any(|part| values.iter().any(|x| matches(*op, part, x.as_bytes()))),
            };
            r != *negated
        }
    })
}

fn matches(op: Op, v: &[u8], x: &[u8]) -> bool {
    let o = compare_values(v, x);
    match op {
        Op::Eq => o == Ordering::Equal,
        Op::Ne => o != Ordering::Equal,
        Op::Lt => o == Ordering::Less,
        Op::Gt => o == Ordering::Greater,
        Op::Le => o != Ordering::Greater,
        Op::Ge => o != Ordering::Less,
        Op::Like => like(v, x),
        Op::Unlike => !like(v, x),
    }
}

/// `LIKE` with `...` as any text.
pub fn like(v: &[u8], pattern: &[u8]) -> bool {
    let parts: Vec<&[u8]> = split_dots(pattern);
    if parts.len() == 1 {
        return v == parts[0];
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !v.starts_with(first) || v.len() < first.len() + last.len() || !v.ends_with(last) {
        return false;
    }
    let mut pos = first.len();
    let end = v.len() - last.len();
    for mid in &parts[1..parts.len() - 1] {
        match v[pos..end]
            .windows(mid.len().max(1))
            .position(|w| w == *mid)
        {
            Some(i) if !mid.is_empty() => pos += i + mid.len(),
            _ if mid.is_empty() => {}
            _ => return false,
        }
    }
    true
}

fn split_dots(p: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut st = 0;
    let mut i = 0;
    while i + 3 <= p.len() {
        if &p[i..i + 3] == b"..." {
            out.push(&p[st..i]);
            i += 3;
            st = i;
        } else {
            i += 1;
        }
    }
    out.push(&p[st..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns() {
        assert!(like(b"C10", b"C..."));
        assert!(!like(b"X1", b"C..."));
        assert!(like(b"Brown", b"...o..."));
        assert!(!like(b"Black", b"...o..."));
        assert!(like(b"abc", b"abc"));
        assert!(like(b"abXc", b"a...c"));
        assert!(!like(b"ac", b"a...bc"));
    }
}

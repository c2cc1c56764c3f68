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
use super::sentence::{Cond, Op, Query, Saving, SortKey};
use crate::builtins::compare::{compare_fn, compare_values};
use crate::builtins::conv::{iconv, oconv};
use crate::builtins::num::{is_numeric, num_cmp, parse_num};
use crate::builtins::pattern;

/// A record: id and data.
type Row = (Vec<u8>, Vec<u8>);

/// A list entry before sorting: the sort keys, the record and, for an
/// exploded sort, the value and subvalue position of the exploded value.
struct Entry {
    keys: Vec<Vec<u8>>,
    row: Row,
    pos: Option<(usize, usize)>,
}

/// Selects from `candidates` (the file's ids, or an active list) as `q`
/// asks; `sorted` for SSELECT-style verbs. Returns the list: ids (an
/// exploded sort's items are `id]value]subvalue]field`), or the SAVING
/// values.
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
    // SAMPLED n takes every nth record read, from the first, before the
    // selection; SAMPLE n the first n that pass it, before the sort
    let ids: Vec<Vec<u8>> = match q.sampled {
        Some(n) => ids.into_iter().step_by(n).collect(),
        None => ids,
    };
    let must_read = named || q.cond.is_some() || !q.sort.is_empty() || q.saving.is_some() || sorted;
    let mut rows: Vec<Row> = Vec::with_capacity(ids.len());
    for id in ids {
        if q.sample.is_some_and(|n| rows.len() >= n) {
            break;
        }
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
    if !sorted && !keys.is_empty() {
        // Without SSELECT's implicit sort by id, ScarletDME's sort puts
        // records with equal keys in the reverse of the order it read
        // them in: the stable sort below keeps this reversed order.
        rows.reverse();
    }
    if sorted {
        keys.push(SortKey {
            field: "@ID".into(),
            desc: false,
            exploded: false,
        });
    }
    let mut entries: Vec<Entry> = Vec::with_capacity(rows.len());
    if keys.is_empty() {
        entries.extend(rows.into_iter().map(|row| Entry {
            keys: Vec::new(),
            row,
            pos: None,
        }));
    } else {
        let mut rights = Vec::new();
        for k in &keys {
            rights.push(dict::item(src, &k.field)?.right);
        }
        let exploded = keys.iter().position(|k| k.exploded);
        for row in rows {
            let mut k = Vec::new();
            for key in &keys {
                k.push(dict::value(src, &key.field, &row.0, &row.1)?);
            }
            let Some(x) = exploded else {
                entries.push(Entry {
                    keys: k,
                    row,
                    pos: None,
                });
                continue;
            };
            // one entry per value (per subvalue where there are some);
            // an empty field still gives one entry
            let whole = k[x].clone();
            for (vi, v) in whole.split(|&c| c == 0xFD).enumerate() {
                let svs: Vec<&[u8]> = v.split(|&c| c == 0xFC).collect();
                for (si, sv) in svs.iter().enumerate() {
                    let mut kk = k.clone();
                    kk[x] = sv.to_vec();
                    let spos = if svs.len() == 1 { 0 } else { si + 1 };
                    entries.push(Entry {
                        keys: kk,
                        row: row.clone(),
                        pos: Some((vi + 1, spos)),
                    });
                }
            }
        }
        entries.sort_by(|a, b| {
            for (i, key) in keys.iter().enumerate() {
                let o = compare_key(&a.keys[i], &b.keys[i], rights[i]);
                let o = if key.desc { o.reverse() } else { o };
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        });
    }
    let exp_field = match keys.iter().find(|k| k.exploded) {
        Some(k) => match dict::item(src, &k.field)?.kind {
            dict::Kind::Field(n) => n,
            dict::Kind::Expr(_) => -1,
        },
        None => 0,
    };
    let Some(sv) = &q.saving else {
        return Ok(entries
            .into_iter()
            .map(|e| match e.pos {
                None => e.row.0,
                Some((v, s)) => {
                    let mut id = e.row.0;
                    for part in [v as i64, s as i64, exp_field] {
                        id.push(0xFD);
                        id.extend_from_slice(part.to_string().as_bytes());
                    }
                    id
                }
            })
            .collect());
    };
    saving(sv, src, entries, sorted || !q.sort.is_empty())
}

/// The list a SAVING clause makes, as ScarletDME builds it: without
/// MULTI.VALUE the whole field (marks and all) is one item; UNIQUE drops
/// items already in the list; NO.NULLS drops empty ones. A sorted list
/// never holds empty items, and in an unsorted one an empty first item is
/// lost (it is appended to an empty list as `<-1>` would).
fn saving(
    sv: &Saving,
    src: &dyn Source,
    entries: Vec<Entry>,
    sorted: bool,
) -> Result<Vec<Vec<u8>>, String> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let keep_null = |out: &Vec<Vec<u8>>| !sv.no_nulls && !sorted && !out.is_empty();
    for e in entries {
        let v = dict::value(src, &sv.field, &e.row.0, &e.row.1)?;
        if !sv.multi {
            if (v.is_empty() && !keep_null(&out)) || (sv.unique && out.contains(&v)) {
                continue;
            }
            out.push(v);
            continue;
        }
        // MULTI.VALUE: each value and subvalue (none for an empty field).
        // ScarletDME's loop over them uses its index as LOCATE's SETTING
        // variable when UNIQUE: the index jumps to where LOCATE stopped
        // (the match, or the end of the list), skipping values; kept so
        // that the lists are the same.
        if v.is_empty() {
            continue;
        }
        let parts: Vec<&[u8]> = v.split(|&c| c == 0xFD || c == 0xFC).collect();
        let mut i = 1usize;
        while i <= parts.len() {
            let x = parts[i - 1];
            if x.is_empty() && !keep_null(&out) {
                i += 1;
                continue;
            }
            if sv.unique {
                match out.iter().position(|o| o.as_slice() == x) {
                    Some(at) => {
                        i = at + 2;
                        continue;
                    }
                    None => i = out.len() + 1,
                }
            }
            out.push(x.to_vec());
            i += 1;
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

/// Whether record `id` passes condition `c`. As in ScarletDME, a literal
/// compared with an item that has a conversion is first converted to the
/// internal form (`ICONV`), while LIKE / UNLIKE match the external form
/// of the data (`OCONV`); a multivalued item passes when any value (or
/// subvalue) does, a single-valued one is compared as a whole.
pub fn test(c: &Cond, src: &dyn Source, id: &[u8], rec: &[u8]) -> Result<bool, String> {
    Ok(match c {
        Cond::And(a, b) => test(a, src, id, rec)? && test(b, src, id, rec)?,
        Cond::Or(a, b) => test(a, src, id, rec)? || test(b, src, id, rec)?,
        Cond::Test { field, op, negated } => {
            let v = dict::value(src, field, id, rec)?;
            let r = match op {
                None => !v.is_empty(),
                Some((op, values)) => {
                    let it = dict::item(src, field)?;
                    values.iter().any(|x| holds(*op, &it, &v, x.as_bytes()))
                }
            };
            r != *negated
        }
    })
}

/// One relational test of item `it`'s value `v` against literal `x`.
fn holds(op: Op, it: &dict::Item, v: &[u8], x: &[u8]) -> bool {
    let conv = &it.conv;
    if matches!(op, Op::Like | Op::Unlike) {
        let want = op == Op::Like;
        if !it.multi {
            let ext = if conv.is_empty() {
                v.to_vec()
            } else {
                oconv(v, conv).value
            };
            return pattern::matches(&ext, x) == want;
        }
        return values(v).any(|part| {
            let ext = if conv.is_empty() {
                part.to_vec()
            } else {
                oconv(part, conv).value
            };
            pattern::matches(&ext, x) == want
        });
    }
    let lit = if conv.is_empty() {
        x.to_vec()
    } else {
        iconv(x, conv).value
    };
    if !it.multi {
        return compare(op, v, &lit);
    }
    if op == Op::Eq && v.is_empty() && lit.is_empty() {
        return true;
    }
    values(v).any(|part| compare(op, part, &lit))
}

/// The values and subvalues of `v` (one empty one when `v` is empty).
fn values(v: &[u8]) -> impl Iterator<Item = &[u8]> {
    v.split(|&c| c == 0xFD || c == 0xFC)
}

fn compare(op: Op, v: &[u8], x: &[u8]) -> bool {
    let o = compare_values(v, x);
    match op {
        Op::Eq => o == Ordering::Equal,
        Op::Ne => o != Ordering::Equal,
        Op::Lt => o == Ordering::Less,
        Op::Gt => o == Ordering::Greater,
        Op::Le => o != Ordering::Greater,
        Op::Ge => o != Ordering::Less,
        Op::Like => pattern::matches(v, x),
        Op::Unlike => !pattern::matches(v, x),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(conv: &str, multi: bool) -> dict::Item {
        dict::Item {
            kind: dict::Kind::Field(1),
            conv: conv.as_bytes().to_vec(),
            heading: String::new(),
            width: 10,
            right: false,
            format: b"10L".to_vec(),
            multi,
        }
    }

    #[test]
    fn like_is_a_match_template_on_the_external_form() {
        let plain = item("", false);
        assert!(holds(Op::Like, &plain, b"C10", b"C..."));
        assert!(!holds(Op::Like, &plain, b"X1", b"C..."));
        assert!(holds(Op::Like, &plain, b"Brown", b"...o..."));
        assert!(holds(Op::Like, &plain, b"A12", b"1A2N"));
        let upper = item("MCU", false);
        assert!(holds(Op::Like, &upper, b"open", b"OP..."));
        assert!(!holds(Op::Like, &upper, b"open", b"op..."));
    }

    #[test]
    fn literals_take_the_internal_form() {
        let money = item("MD2", false);
        // 100 means 100.00: 10000 in the record
        assert!(!holds(Op::Gt, &money, b"6250", b"100"));
        assert!(holds(Op::Gt, &money, b"150000", b"100"));
        let upper = item("MCU", false);
        assert!(!holds(Op::Eq, &upper, b"open", b"open"));
    }

    #[test]
    fn single_valued_items_compare_whole() {
        assert!(!holds(Op::Eq, &item("", false), b"a\xFDb", b"a"));
        assert!(holds(Op::Eq, &item("", true), b"a\xFDb", b"b"));
        assert!(holds(Op::Eq, &item("", true), b"", b""));
    }
}

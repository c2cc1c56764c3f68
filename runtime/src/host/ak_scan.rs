//! Where a file variable's SELECTLEFT / SELECTRIGHT walk of an index
//! stands, and how a step moves it, as ScarletDME's scan does.
//!
//! ScarletDME remembers, per file variable and index, the last key it
//! reached and three flags: the key was found, the scan stands off the
//! left edge, off the right edge. SETLEFT/SETRIGHT put it on an edge,
//! SELECTINDEX with a value puts it at that value (found or not), and each
//! SELECTLEFT/SELECTRIGHT steps from there. When the index changed since
//! (by this process or another) the key is looked up again, so a walk
//! carries on past keys added or deleted meanwhile.

use std::cell::RefCell;

use super::ak_store::Index;

/// The last key was found in the index.
const FOUND: u8 = 1;
/// The scan stands off the left edge.
const LEFT: u8 = 2;
/// The scan stands off the right edge.
const RIGHT: u8 = 4;

/// One scan position.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    key: Vec<u8>,
    flags: u8,
    gen: u64,
}

/// The scans of an open file, by internal index number.
pub type Scans = RefCell<Vec<(usize, Scan)>>;

/// The scan of index `slot` (a fresh one: the start of the index).
pub fn get(scans: &Scans, slot: usize) -> Scan {
    scans
        .borrow()
        .iter()
        .find(|(s, _)| *s == slot)
        .map(|(_, x)| x.clone())
        .unwrap_or_default()
}

/// Stores the scan of index `slot`.
pub fn put(scans: &Scans, slot: usize, scan: Scan) {
    let mut v = scans.borrow_mut();
    match v.iter_mut().find(|(s, _)| *s == slot) {
        Some(e) => e.1 = scan,
        None => v.push((slot, scan)),
    }
}

/// Looks `key` up as ScarletDME's index read does: whether it is there,
/// the edge flags, and the position of the key or of the first greater.
fn read_pos(ix: &Index, key: &[u8]) -> (bool, u8, usize) {
    if ix.entries.is_empty() {
        return (false, LEFT | RIGHT, 0);
    }
    match ix.search(key) {
        Ok(i) => (true, FOUND, i),
        Err(i) if i == ix.entries.len() => (false, RIGHT, i),
        Err(0) => (false, LEFT, 0),
        Err(i) => (false, 0, i),
    }
}

/// SETLEFT / SETRIGHT: the scan at an edge.
pub fn at_edge(ix: &Index, right: bool) -> Scan {
    let key = if right {
        ix.entries.last()
    } else {
        ix.entries.first()
    };
    match key {
        None => Scan {
            key: Vec::new(),
            flags: LEFT | RIGHT,
            gen: ix.gen,
        },
        Some((k, _)) => Scan {
            key: k.clone(),
            flags: if right { RIGHT } else { LEFT },
            gen: ix.gen,
        },
    }
}

/// SELECTINDEX with a value: the scan at that value.
pub fn at_value(ix: &Index, value: &[u8]) -> Scan {
    let (_, flags, _) = read_pos(ix, value);
    Scan {
        key: value.to_vec(),
        flags,
        gen: ix.gen,
    }
}

/// SELECTLEFT / SELECTRIGHT: the next key's position to the right (or
/// left), None past the edge; `scan` moves.
pub fn step(ix: &Index, scan: &mut Scan, right: bool) -> Option<usize> {
    let old = scan.flags;
    let len = ix.entries.len();
    let (mut found, akf, mut cur) = match ix.search(&scan.key) {
        // unchanged since the last step: the position is still good
        Ok(i) if old & FOUND != 0 && scan.gen == ix.gen => (true, old, i),
        _ => read_pos(ix, &scan.key),
    };
    let edge = if right { RIGHT } else { LEFT };
    if akf & edge != 0 {
        scan.flags = akf & !FOUND;
        return None;
    }
    if old & (LEFT | RIGHT) != 0 {
        // the key was an edge's, not one reached by a step
        found = false;
    }
    if found || (right && old & RIGHT != 0) || (!right && old & RIGHT == 0) {
        // one step across
        if right {
            if cur + 1 >= len {
                scan.flags = RIGHT;
                return None;
            }
            cur += 1;
        } else {
            if cur == 0 {
                scan.flags = if found { LEFT } else { akf | LEFT };
                return None;
            }
            cur -= 1;
        }
    } else if cur >= len {
        // the key that would follow is past the end
        if right {
            scan.flags = RIGHT;
            return None;
        }
        cur = len - 1;
    }
    scan.key = ix.entries[cur].0.clone();
    scan.flags = FOUND;
    scan.gen = ix.gen;
    Some(cur)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(keys: &[&str]) -> Index {
        let mut ix = Index::default();
        for k in keys {
            ix.add(k.as_bytes(), b"1");
        }
        ix
    }

    fn walk(ix: &Index, scan: &mut Scan, right: bool, n: usize) -> Vec<String> {
        (0..n)
            .map(|_| match step(ix, scan, right) {
                Some(i) => String::from_utf8_lossy(&ix.entries[i].0).into_owned(),
                None => "-".into(),
            })
            .collect()
    }

    /// The walks real ScarletDME makes (stmt/SELECTLEFT_01, SELECTRIGHT_01).
    #[test]
    fn walks_as_scarletdme() {
        let ix = index(&["HR", "IT", "SALES"]);
        let mut s = Scan::default();
        assert_eq!(walk(&ix, &mut s, true, 2), ["HR", "IT"]);
        let mut s = at_edge(&ix, false);
        assert_eq!(walk(&ix, &mut s, true, 5), ["HR", "IT", "SALES", "-", "-"]);
        assert_eq!(walk(&ix, &mut s, false, 2), ["SALES", "IT"]);
        let mut s = at_edge(&ix, true);
        assert_eq!(walk(&ix, &mut s, false, 5), ["SALES", "IT", "HR", "-", "-"]);
        assert_eq!(walk(&ix, &mut s, true, 1), ["HR"]);
        let mut s = at_edge(&ix, false);
        assert_eq!(walk(&ix, &mut s, false, 1), ["-"]);
        assert_eq!(walk(&ix, &mut s, true, 1), ["HR"]);
        let mut s = at_edge(&ix, true);
        assert_eq!(walk(&ix, &mut s, true, 1), ["-"]);
        assert_eq!(walk(&ix, &mut s, false, 1), ["SALES"]);
        let mut s = at_value(&ix, b"J");
        assert_eq!(walk(&ix, &mut s, true, 1), ["SALES"]);
        let mut s = at_value(&ix, b"J");
        assert_eq!(walk(&ix, &mut s, false, 1), ["IT"]);
        let mut s = at_value(&ix, b"A");
        assert_eq!(walk(&ix, &mut s, false, 1), ["-"]);
        let mut s = at_value(&ix, b"A");
        assert_eq!(walk(&ix, &mut s, true, 1), ["HR"]);
        let mut s = at_value(&ix, b"Z");
        assert_eq!(walk(&ix, &mut s, true, 1), ["-"]);
        let mut s = at_value(&ix, b"Z");
        assert_eq!(walk(&ix, &mut s, false, 1), ["SALES"]);
        let empty = index(&[]);
        let mut s = at_edge(&empty, false);
        assert_eq!(walk(&empty, &mut s, true, 1), ["-"]);
    }
}

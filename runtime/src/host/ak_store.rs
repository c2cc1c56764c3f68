//! Alternate key indices of a file, kept as ScarletDME keeps them: for
//! each index, its keys in ScarletDME's order, each with the ids of the
//! records that have that key (sorted as the file's `@ID` sorts).
//!
//! ScarletDME holds an index as a B-tree subfile of a hashed file;
//! mvbasic's files are directories, so an index is a file of the data
//! directory's `.mvak` subdirectory (`.mvak/N`, N ScarletDME's internal
//! index number), rewritten whole through a temporary file renamed over it.
//! A subdirectory is never a record, so the index is invisible to READ and
//! SELECT.
//!
//! Every update of a record of a file with indices ([`apply`], called by
//! [`super::dir_file::DirFile`]'s write, delete and clear) holds the
//! exclusive `flock` of `.mvak/lock` across the record's write and the
//! indices' update, and readers hold it shared: another process of the
//! account (a PHANTOM worker) sees a record and its index entries change
//! together.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{Error, ErrorKind};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use crate::builtins::compare::compare_fn;
use crate::builtins::num::parse_int_strict;

/// The index directory of a data directory.
pub const AK_DIR: &str = ".mvak";
/// Most indices a file may have (ScarletDME's `MAX$INDICES`).
pub const MAX_INDICES: usize = 32;
/// Longest key kept: ScarletDME truncates longer ones to this.
pub const MAX_KEY: usize = 255;

/// Updates and use enabled (set by BUILD.INDEX).
pub const ENABLED: u32 = 1;
/// Keys right-justified (the item's format is `R`).
pub const RIGHT: u32 = 2;
/// Empty values are indexed (no NO.NULLS).
pub const NULLS: u32 = 4;
/// Every value of the field is a key.
pub const MV: u32 = 8;
/// Ids of a key sorted left-justified (`@ID`'s format is `L`).
pub const LSORT: u32 = 16;
/// Ids of a key sorted right-justified.
pub const RSORT: u32 = 32;

/// The keys a record leaves and the keys it joins.
pub type Change = (Vec<Vec<u8>>, Vec<Vec<u8>>);

/// One key and the ids that have it.
pub type Entry = (Vec<u8>, Vec<Vec<u8>>);

/// One index.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// Internal index number (ScarletDME's akno, from 0).
    pub slot: usize,
    /// The dictionary item it was made from.
    pub name: Vec<u8>,
    /// Flag bits ([`ENABLED`], [`RIGHT`], ...).
    pub flags: u32,
    /// Field number; -1 for an I-type.
    pub fno: i64,
    /// The dictionary record as it was when the index was made.
    pub dict_rec: Vec<u8>,
    /// The dictionary directory (for the names an I-type uses).
    pub dict_path: PathBuf,
    /// Counts updates, so that a scan knows its position may have moved.
    pub gen: u64,
    /// Keys in ScarletDME's order.
    pub entries: Vec<Entry>,
}

/// ScarletDME's comparison of two keys: right-justified keys compare as
/// integers when both are (an empty string is 0), else as strings padded
/// on the left with blanks; left-justified ones byte by byte.
pub fn compare_keys(a: &[u8], b: &[u8], right: bool) -> std::cmp::Ordering {
    if right {
        if let (Some(x), Some(y)) = (parse_int_strict(a), parse_int_strict(b)) {
            return x.cmp(&y);
        }
        return compare_fn(a, b, b"R").cmp(&0);
    }
    a.cmp(b)
}

impl Index {
    /// True when keys are right-justified.
    pub fn right(&self) -> bool {
        self.flags & RIGHT != 0
    }

    /// Where `key` is or would go: Ok(i) found at i, Err(i) would be
    /// inserted at i.
    pub fn search(&self, key: &[u8]) -> Result<usize, usize> {
        let r = self.right();
        self.entries
            .binary_search_by(|(k, _)| compare_keys(k, key, r))
    }

    fn id_order(&self, a: &[u8], b: &[u8]) -> std::cmp::Ordering {
        let j: &[u8] = if self.flags & RSORT != 0 { b"R" } else { b"L" };
        compare_fn(a, b, j).cmp(&0)
    }

    /// Adds `id` under `key`.
    pub fn add(&mut self, key: &[u8], id: &[u8]) {
        let key = &key[..key.len().min(MAX_KEY)];
        match self.search(key) {
            Ok(i) => {
                let ids = std::mem::take(&mut self.entries[i].1);
                let at = ids.binary_search_by(|x| self.id_order(x, id));
                let mut ids = ids;
                if let Err(p) = at {
                    ids.insert(p, id.to_vec());
                }
                self.entries[i].1 = ids;
            }
            Err(i) => self.entries.insert(i, (key.to_vec(), vec![id.to_vec()])),
        }
    }

    /// The indexed data of record `id` / `rec`: the field, the id, or the
    /// I-type's value.
    fn data_of(&self, id: &[u8], rec: &[u8]) -> Result<Vec<u8>, String> {
        Ok(match self.fno {
            0 => id.to_vec(),
            n if n > 0 => crate::builtins::dynarray::extract(rec, n, 0, 0).to_vec(),
            _ => self.itype_value(id, rec)?,
        })
    }

    /// The keys of indexed data as a new (or deleted) record has them:
    /// the data; for a multivalued index each distinct value (split at
    /// every mark), empty ones only when nulls are indexed.
    fn split_keys(&self, data: Vec<u8>) -> Vec<Vec<u8>> {
        let nulls = self.flags & NULLS != 0;
        let mut keys: Vec<Vec<u8>> = Vec::new();
        if self.flags & MV != 0 {
            for k in data.split(|&c| c >= 0xFB) {
                if (k.is_empty() && nulls) || (!k.is_empty() && !keys.iter().any(|x| x == k)) {
                    keys.push(k.to_vec());
                }
            }
        } else if !data.is_empty() || nulls {
            keys.push(data);
        }
        keys
    }

    /// The keys record `id` / `rec` has in this index (BUILD.INDEX, a
    /// new record).
    pub fn keys_of(&self, id: &[u8], rec: &[u8]) -> Result<Vec<Vec<u8>>, String> {
        Ok(self.split_keys(self.data_of(id, rec)?))
    }

    /// The keys to take `id` from and to add it to when record `id`
    /// changes from `old` to `new` (None: no record), as ScarletDME's
    /// index update works them out. A rewritten record of a multivalued
    /// index gains or loses the empty key only through an empty value
    /// among others (FIND of an empty string in an empty one fails).
    pub fn changes(
        &self,
        id: &[u8],
        old: Option<&[u8]>,
        new: Option<&[u8]>,
    ) -> Result<Change, String> {
        use crate::builtins::locate::find;
        let (od, nd) = match (old, new) {
            (None, None) => return Ok((Vec::new(), Vec::new())),
            (None, Some(n)) => return Ok((Vec::new(), self.keys_of(id, n)?)),
            (Some(o), None) => return Ok((self.keys_of(id, o)?, Vec::new())),
            (Some(_), Some(_)) if self.fno == 0 => return Ok((Vec::new(), Vec::new())),
            (Some(o), Some(n)) => (self.data_of(id, o)?, self.data_of(id, n)?),
        };
        if od == nd {
            return Ok((Vec::new(), Vec::new()));
        }
        let nulls = self.flags & NULLS != 0;
        if self.flags & MV == 0 {
            let del = if !od.is_empty() || nulls {
                vec![od]
            } else {
                Vec::new()
            };
            let add = if !nd.is_empty() || nulls {
                vec![nd]
            } else {
                Vec::new()
            };
            return Ok((del, add));
        }
        let (mut del, mut add) = (Vec::new(), Vec::new());
        if nulls {
            match (find(b"", &nd, 1).is_some(), find(b"", &od, 1).is_some()) {
                (true, false) => add.push(Vec::new()),
                (false, true) => del.push(Vec::new()),
                _ => {}
            }
        }
        let distinct = |d: &[u8]| {
            let mut v: Vec<Vec<u8>> = Vec::new();
            for k in d.split(|&c| c >= 0xFB).filter(|k| !k.is_empty()) {
                if !v.iter().any(|x| x == k) {
                    v.push(k.to_vec());
                }
            }
            v
        };
        del.extend(
            distinct(&od)
                .into_iter()
                .filter(|k| find(k, &nd, 1).is_none()),
        );
        add.extend(
            distinct(&nd)
                .into_iter()
                .filter(|k| find(k, &od, 1).is_none()),
        );
        Ok((del, add))
    }

    /// Takes `id` from `key` (a key left with no id goes).
    pub fn del(&mut self, key: &[u8], id: &[u8]) {
        let key = &key[..key.len().min(MAX_KEY)];
        if let Ok(i) = self.search(key) {
            self.entries[i].1.retain(|x| x != id);
            if self.entries[i].1.is_empty() {
                self.entries.remove(i);
            }
        }
    }

    fn itype_value(&self, id: &[u8], rec: &[u8]) -> Result<Vec<u8>, String> {
        let src = ItypeSource {
            index: self,
            dict: super::dir_file::DirFile::new("", self.dict_path.clone()),
        };
        let name = String::from_utf8_lossy(&self.name).into_owned();
        crate::query::dict::value(&src, &name, id, rec)
    }
}

/// The dictionary an I-type index is evaluated with: its own item as it
/// was when the index was made, the others as they are now.
struct ItypeSource<'a> {
    index: &'a Index,
    dict: super::dir_file::DirFile,
}

impl crate::query::dict::Source for ItypeSource<'_> {
    fn record(&self, _id: &[u8]) -> Option<Vec<u8>> {
        None
    }
    fn dict_record(&self, name: &str) -> Option<Vec<u8>> {
        if name.as_bytes() == self.index.name.as_slice() {
            return Some(self.index.dict_rec.clone());
        }
        self.dict.read(name.as_bytes())
    }
    fn file_name(&self) -> &str {
        ""
    }
}

/// The exclusive or shared hold on a file's indices (released on drop).
pub struct Hold {
    _file: File,
}

fn flock(dir: &Path, exclusive: bool) -> std::io::Result<Option<Hold>> {
    let ak = dir.join(AK_DIR);
    if !ak.is_dir() {
        return Ok(None);
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(ak.join("lock"))?;
    let op = if exclusive {
        libc::LOCK_EX
    } else {
        libc::LOCK_SH
    };
    // SAFETY: flock on a descriptor this function owns
    loop {
        let r = unsafe { libc::flock(file.as_raw_fd(), op) };
        if r == 0 {
            break;
        }
        let e = Error::last_os_error();
        if e.kind() != ErrorKind::Interrupted {
            return Err(e);
        }
    }
    Ok(Some(Hold { _file: file }))
}

/// Holds the indices of data directory `dir` shared (None: no indices).
pub fn hold_shared(dir: &Path) -> std::io::Result<Option<Hold>> {
    flock(dir, false)
}

/// Holds the indices of data directory `dir` exclusively, making the
/// index directory first when `create`.
pub fn hold_exclusive(dir: &Path, create: bool) -> std::io::Result<Option<Hold>> {
    if create {
        std::fs::create_dir_all(dir.join(AK_DIR))?;
    }
    flock(dir, true)
}

/// Runs `update` (the write or deletion of record `id` of data directory
/// `dir`; `new` is the record written, None for a deletion; `old` reads
/// the record as it was) and brings the file's enabled indices up to
/// date, all under the indices' exclusive hold. The changes are worked out
/// first: an I-type that fails stops the write before anything changes.
pub fn apply<R>(
    dir: &Path,
    id: &[u8],
    new: Option<&[u8]>,
    old: impl FnOnce() -> Option<Vec<u8>>,
    update: impl FnOnce() -> std::io::Result<R>,
) -> std::io::Result<R> {
    let Some(_hold) = flock(dir, true)? else {
        return update();
    };
    let mut indices: Vec<Index> = load_all(dir)
        .into_iter()
        .filter(|i| i.flags & ENABLED != 0)
        .collect();
    if indices.is_empty() {
        return update();
    }
    let old = old();
    let mut changes = Vec::with_capacity(indices.len());
    for ix in &indices {
        changes.push(ix.changes(id, old.as_deref(), new).map_err(Error::other)?);
    }
    let r = update()?;
    for (ix, (del, add)) in indices.iter_mut().zip(changes) {
        if del.is_empty() && add.is_empty() {
            continue;
        }
        for k in del {
            ix.del(&k, id);
        }
        for k in add {
            ix.add(&k, id);
        }
        ix.gen += 1;
        ix.save(dir)?;
    }
    Ok(r)
}

/// Empties every index of `dir` after `clear` (CLEARFILE, CLEAR.FILE).
pub fn apply_clear(dir: &Path, clear: impl FnOnce()) -> std::io::Result<()> {
    let Some(_hold) = flock(dir, true)? else {
        clear();
        return Ok(());
    };
    clear();
    for mut ix in load_all(dir) {
        ix.entries.clear();
        ix.gen += 1;
        ix.save(dir)?;
    }
    Ok(())
}

fn slot_path(dir: &Path, slot: usize) -> PathBuf {
    dir.join(AK_DIR).join(slot.to_string())
}

/// Every index of data directory `dir`, by internal number.
pub fn load_all(dir: &Path) -> Vec<Index> {
    (0..MAX_INDICES).filter_map(|s| load_slot(dir, s)).collect()
}

/// The index named `name` (exactly: index names are case-sensitive).
pub fn load(dir: &Path, name: &[u8]) -> Option<Index> {
    load_all(dir).into_iter().find(|i| i.name == name)
}

/// The lowest free internal number.
pub fn free_slot(dir: &Path) -> Option<usize> {
    (0..MAX_INDICES).find(|&s| !slot_path(dir, s).exists())
}

/// Deletes index `slot`.
pub fn delete_slot(dir: &Path, slot: usize) -> std::io::Result<()> {
    std::fs::remove_file(slot_path(dir, slot))
}

fn put(out: &mut Vec<u8>, b: &[u8]) {
    out.extend_from_slice(&(b.len() as u32).to_le_bytes());
    out.extend_from_slice(b);
}

fn take<'a>(b: &mut &'a [u8]) -> Option<&'a [u8]> {
    let n = u32::from_le_bytes(b.get(..4)?.try_into().ok()?) as usize;
    let v = b.get(4..4 + n)?;
    *b = &b[4 + n..];
    Some(v)
}

const MAGIC: &[u8] = b"MVAK1";

fn load_slot(dir: &Path, slot: usize) -> Option<Index> {
    let data = std::fs::read(slot_path(dir, slot)).ok()?;
    let mut b = data.as_slice();
    if take(&mut b)? != MAGIC {
        return None;
    }
    let num = |x: &[u8]| String::from_utf8_lossy(x).parse::<i64>().ok();
    let name = take(&mut b)?.to_vec();
    let flags = num(take(&mut b)?)? as u32;
    let fno = num(take(&mut b)?)?;
    let gen = num(take(&mut b)?)? as u64;
    let dict_rec = take(&mut b)?.to_vec();
    let dict_path = PathBuf::from(OsStr::from_bytes(take(&mut b)?));
    let mut entries = Vec::new();
    while !b.is_empty() {
        let k = take(&mut b)?.to_vec();
        let ids = take(&mut b)?
            .split(|&c| c == 0xFE)
            .map(|x| x.to_vec())
            .collect();
        entries.push((k, ids));
    }
    Some(Index {
        slot,
        name,
        flags,
        fno,
        dict_rec,
        dict_path,
        gen,
        entries,
    })
}

impl Index {
    /// Writes the index (through a temporary file renamed over it).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let mut out = Vec::new();
        put(&mut out, MAGIC);
        put(&mut out, &self.name);
        put(&mut out, self.flags.to_string().as_bytes());
        put(&mut out, self.fno.to_string().as_bytes());
        put(&mut out, self.gen.to_string().as_bytes());
        put(&mut out, &self.dict_rec);
        put(&mut out, self.dict_path.as_os_str().as_bytes());
        for (k, ids) in &self.entries {
            put(&mut out, k);
            put(&mut out, &ids.join(&0xFEu8));
        }
        let path = slot_path(dir, self.slot);
        let tmp = dir
            .join(AK_DIR)
            .join(format!(".tmp.{}.{}", std::process::id(), self.slot));
        std::fs::write(&tmp, out)?;
        std::fs::rename(&tmp, &path).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }
}

/// INDICES(file, name): the index's dictionary record as ScarletDME
/// reports it: field 1 the type with values 2 "needs a build", 3
/// NO.NULLS, 4 "updates enabled", 5 the internal number, 6 the ids' sort
/// (L or R), 7 the collation map (none); field 5 L/R and 6 S/M for the
/// keys.
pub fn indices_info(ix: &Index) -> Vec<u8> {
    use crate::builtins::dynarray::replace;
    let mut r = ix.dict_rec.clone();
    if r.is_empty() {
        r = b"D".to_vec();
    }
    if ix.fno >= 0 {
        r = replace(&r, 2, 0, 0, ix.fno.to_string().as_bytes());
    }
    if ix.flags & NULLS == 0 {
        r = replace(&r, 1, 3, 0, b"1");
    }
    if ix.flags & ENABLED != 0 {
        r = replace(&r, 1, 4, 0, b"1");
    } else {
        r = replace(&r, 1, 2, 0, b"1");
    }
    r = replace(&r, 1, 5, 0, ix.slot.to_string().as_bytes());
    if ix.flags & LSORT != 0 {
        r = replace(&r, 1, 6, 0, b"L");
    } else if ix.flags & RSORT != 0 {
        r = replace(&r, 1, 6, 0, b"R");
    }
    r = replace(&r, 1, 7, 0, b"");
    r = replace(&r, 5, 0, 0, if ix.right() { b"R" } else { b"L" });
    r = replace(&r, 6, 0, 0, if ix.flags & MV != 0 { b"M" } else { b"S" });
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Right-justified keys sort as integers (an empty key is 0), others
    /// byte by byte; a multivalued index keys every distinct value.
    #[test]
    fn key_order_and_multivalued_keys() {
        use std::cmp::Ordering::*;
        assert_eq!(compare_keys(b"9", b"10", true), Less);
        assert_eq!(compare_keys(b"-5", b"0", true), Less);
        assert_eq!(compare_keys(b"", b"0", true), Equal);
        assert_eq!(compare_keys(b"9", b"10", false), Greater);
        let mut ix = Index {
            flags: MV | NULLS | LSORT | ENABLED,
            fno: 2,
            ..Index::default()
        };
        let ks = ix.keys_of(b"S1", b"x\xfeB\xfdA\xfc\xfdB").unwrap();
        assert_eq!(ks, vec![b"B".to_vec(), b"A".to_vec(), Vec::new()]);
        for k in &ks {
            ix.add(k, b"S1");
        }
        ix.add(b"A", b"S0");
        assert_eq!(
            ix.entries[1],
            (b"A".to_vec(), vec![b"S0".to_vec(), b"S1".to_vec()])
        );
        for k in &ks {
            ix.del(k, b"S1");
        }
        assert_eq!(ix.entries.len(), 1);
        // a rewrite: only an empty value among others brings the empty key
        let (del, add) = ix.changes(b"S1", Some(b"x\xfeA"), Some(b"x\xfe")).unwrap();
        assert_eq!((del, add), (vec![b"A".to_vec()], vec![]));
        ix.flags &= !NULLS;
        assert_eq!(ix.keys_of(b"S1", b"x").unwrap(), Vec::<Vec<u8>>::new());
    }
}

//! The account's VOC: a directory file of verbs, keywords, file pointers,
//! sentences and paragraphs, as ScarletDME keeps them (its VOC is a hashed
//! file; mvbasic's is a directory file with the same records).
//!
//! | type | fields | meaning |
//! |---|---|---|
//! | `V` | `V`, `IN`/`CA`/`CS`, code or path | a verb: built in (`IN`, `CA`) or a catalogued program (`CS`, path of its source) |
//! | `K` | `K`, number | a query keyword (`WITH`, `BY`, ...) |
//! | `F` | `F`, data path, dictionary path | a file |
//! | `Q` | `Q`, account (empty: this one), VOC name there | a pointer to a file |
//! | `S` | `S`, sentence | a command line run by name |
//! | `PA` | `PA`, one command per field | a paragraph (`<<I2,prompt>>` is word 2 of the sentence) |
//!
//! The VOC is created, with ScarletDME's records for the verbs and
//! keywords mvbasic implements, the first time it is needed.

use std::path::{Path, PathBuf};

use super::dir_file::DirFile;

/// Records of a new VOC: ScarletDME's records (name, fields separated by
/// `|`) for the verbs and keywords mvbasic implements.
const DEFAULT_RECORDS: &[(&str, &str)] = &[
    ("VOC", "F|VOC|VOC.DIC"),
    ("$SAVEDLISTS", "F|$SVLISTS"),
    ("RUN", "V|IN|4"),
    ("RAID", "V|IN|4"),
    ("BASIC", "V|CA|$BASIC"),
    ("COMPILE", "V|CA|$BASIC"),
    ("CATALOG", "V|CA|$CATALOG"),
    ("CATALOGUE", "V|CA|$CATALOG"),
    ("DELETE.CATALOG", "V|CA|$DELCAT"),
    ("CREATE.FILE", "V|CA|$CREATEF"),
    ("DELETE.FILE", "V|CA|$DELETEF"),
    ("CLEAR.FILE", "V|CA|$CLEARFL"),
    ("CREATE.INDEX", "V|CA|$CREATEI"),
    ("BUILD.INDEX", "V|CA|$BUILDI"),
    ("DELETE.INDEX", "V|CA|$DELETEI"),
    ("LIST.INDEX", "V|CA|$LISTI"),
    ("CLEARSELECT", "V|IN|6"),
    ("SELECT", "V|CA|$QPROC|1"),
    ("LIST", "V|CA|$QPROC|2"),
    ("SSELECT", "V|CA|$QPROC|3"),
    ("COUNT", "K|120|V|CA|$QPROC|5"),
    ("SAVE.LIST", "V|CA|$SAVELST"),
    ("GET.LIST", "V|CA|$GETLIST"),
    ("DELETE.LIST", "V|CA|$DELLIST"),
    ("DISPLAY", "K|115|V|IN|3"),
    ("SET.EXIT.STATUS", "V|IN|39"),
    ("PHANTOM", "V|CA|$PHANTOM"),
    ("SETPTR", "V|CA|$SETPTR"),
    ("$HOLD", "F|$HOLD|$HOLD.DIC"),
    ("AND", "K|23"),
    ("BY", "K|56"),
    ("BY.DSND", "K|67|"),
    ("DICT", "K|1"),
    ("EQ", "K|25"),
    ("GE", "K|29"),
    ("GT", "K|30"),
    ("LE", "K|28"),
    ("LIKE", "K|31"),
    ("LT", "K|27"),
    ("MATCHING", "K|31"),
    ("NE", "K|26"),
    ("NO", "K|68"),
    ("NOT", "K|26"),
    ("OR", "K|24"),
    ("SAVING", "K|88"),
    ("TO", "K|11"),
    ("UNIQUE", "K|90"),
    ("UNLIKE", "K|32"),
    ("WITH", "K|21"),
    ("HDR.SUP", "K|81"),
    ("COL.HDR.SUPP", "K|75"),
    ("ID.SUP", "K|61"),
];

/// Records of the VOC's dictionary (`DICT VOC`, which ScarletDME keeps
/// in the system account and every account's VOC points to): the fields
/// of a VOC record, as D-type items, and TYPE (the record's type: the
/// first letter of field 1, two for `PA`/`PQ`; a keyword that is also a
/// verb, like `COUNT`, adds the verb's type as a second value).
const DICT_RECORDS: &[(&str, &str)] = &[
    ("@ID", "D|0||@ID|12L|S|"),
    ("NAME", "D|0||NAME|16L|S"),
    ("F1", "D|1||F1|5L|S"),
    ("F2", "D|2||F2|5L|S"),
    ("F3", "D|3||F3|5L|S"),
    ("F4", "D|4||F4|5L|S"),
    ("F5", "D|5||F5|5L|S"),
    ("DATA.NAME", "D|2||DATA Pathname|18L|M"),
    ("DICT.NAME", "D|3||DICT Pathname|18L|S"),
    (
        "TYPE",
        "I|F1[1, 1]; IF @1 = 'P' THEN F1[1, 2] ELSE @1; IF F3[1, 1] = 'P' THEN F3[1, 2] ELSE F3[1, 1]; IF F1[1, 1] = 'K' AND F3 # '' THEN @2 : @VM : @3 ELSE @2||Type|2L|M",
    ),
];

/// Returns the VOC's dictionary directory (`VOC.DIC`), creating it with
/// its items when missing: ScarletDME's accounts all have a `DICT VOC`.
pub fn ensure_voc_dict(account: &Path) -> Option<PathBuf> {
    let dict = account.join("VOC.DIC");
    if dict.is_dir() {
        return Some(dict);
    }
    std::fs::create_dir_all(&dict).ok()?;
    let _ = super::hashed_file::mark(&dict, super::hashed_file::DhParams::DICT);
    let f = DirFile::new("DICT VOC", dict.clone());
    for (name, rec) in DICT_RECORDS {
        let rec: Vec<&[u8]> = rec.split('|').map(str::as_bytes).collect();
        let _ = f.write(name.as_bytes(), &rec.join(&0xFEu8));
    }
    Some(dict)
}

/// Returns the account's VOC directory, creating it (with its default
/// records) when missing.
pub fn ensure_voc(account: &Path) -> Option<PathBuf> {
    let voc = account.join("VOC");
    if voc.is_dir() {
        return Some(voc);
    }
    ensure_voc_dict(account);
    std::fs::create_dir_all(&voc).ok()?;
    // ScarletDME's VOC is a hashed file (group size 1)
    let _ = super::hashed_file::mark(&voc, super::hashed_file::DhParams::DICT);
    for (name, rec) in DEFAULT_RECORDS {
        let _ = std::fs::write(voc.join(name), format!("{}\n", rec.replace('|', "\n")));
    }
    Some(voc)
}

/// The VOC as a directory file (created when missing).
pub fn voc_file(account: &Path) -> Option<DirFile> {
    let path = ensure_voc(account)?;
    Some(DirFile::new("VOC", path))
}

/// Reads VOC record `name` (exactly as given) without creating the VOC:
/// its fields.
pub fn lookup(account: &Path, name: &str) -> Option<Vec<String>> {
    let dir = account.join("VOC");
    if !dir.is_dir() || name.is_empty() {
        return None;
    }
    let f = DirFile::new("VOC", dir);
    let rec = f.read(name.as_bytes())?;
    Some(
        rec.split(|&c| c == 0xFE)
            .map(|x| String::from_utf8_lossy(x).into_owned())
            .collect(),
    )
}

/// Writes VOC record `name` (fields joined by @FM).
pub fn write(account: &Path, name: &str, fields: &[&str]) -> std::io::Result<()> {
    let f = voc_file(account).ok_or_else(|| std::io::Error::other("no VOC"))?;
    let mut b = Vec::new();
    for (i, x) in fields.iter().enumerate() {
        if i > 0 {
            b.push(0xFE);
        }
        b.extend_from_slice(x.as_bytes());
    }
    f.write(name.as_bytes(), &b)
}

/// Deletes VOC record `name`.
pub fn delete(account: &Path, name: &str) {
    if let Some(f) = voc_file(account) {
        let _ = f.delete(name.as_bytes());
    }
}

/// How OPEN resolves a file name through the VOC.
#[derive(Debug, PartialEq, Eq)]
pub enum FileRef {
    /// A directory (data or dictionary part).
    Path(PathBuf),
    /// The VOC record exists but is not a file pointer (STATUS() 3009).
    NotAFile,
    /// No VOC record (STATUS() 3007).
    Missing,
}

/// Resolves `name` (with `dict` for its dictionary part) through F and Q
/// records; a name without a VOC record is a directory of the account.
pub fn file_ref(account: &Path, name: &str, dict: bool) -> FileRef {
    resolve_file(account, name, dict, 0)
}

fn resolve_file(account: &Path, name: &str, dict: bool, depth: u8) -> FileRef {
    let rel = |p: &str| {
        if p.starts_with('/') {
            PathBuf::from(p)
        } else {
            account.join(p)
        }
    };
    match lookup(account, name) {
        Some(f) => match f.first().map(|s| s.to_ascii_uppercase()).as_deref() {
            Some("F") => {
                let part = if dict { f.get(2) } else { f.get(1) };
                match part {
                    Some(p) if !p.is_empty() => FileRef::Path(rel(p)),
                    _ => FileRef::Missing,
                }
            }
            Some("Q") if depth < 8 => {
                let target = f.get(2).cloned().unwrap_or_default();
                match f.get(1).map(|s| s.as_str()).unwrap_or("") {
                    "" => resolve_file(account, &target, dict, depth + 1),
                    other => {
                        // another account by path (account names need the
                        // system's register, which mvbasic does not keep)
                        let acct = rel(other);
                        if acct.is_dir() {
                            resolve_file(&acct, &target, dict, depth + 1)
                        } else {
                            FileRef::Missing
                        }
                    }
                }
            }
            _ => FileRef::NotAFile,
        },
        None => {
            let p = if dict {
                rel(&format!("{}.DIC", name))
            } else {
                rel(name)
            };
            if p.is_dir() {
                FileRef::Path(p)
            } else {
                FileRef::Missing
            }
        }
    }
}

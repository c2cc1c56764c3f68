//! Directory files: a directory whose records are OS files.
//!
//! Record ids are stored under ScarletDME's OS name encoding
//! ([`super::os_names`]: `*` is `%A`, a leading `.` is `%d`, ...), so a
//! directory file written by ScarletDME is read here and the other way
//! round. Records are kept as ScarletDME keeps them: each field followed
//! by a line feed (READ maps LF to @FM and drops the last one). A write
//! goes to a temporary file that is renamed over the record, so a reader
//! sees the old record or the new one, never half of one.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use super::dir_reader::DirReader;
use super::os_names::{map_id, unmap_name};

/// An open directory file.
#[derive(Debug)]
pub struct DirFile {
    /// The VOC name it was opened by.
    pub name: String,
    /// Its directory.
    pub path: PathBuf,
    /// Reads records through a descriptor of the directory.
    reader: DirReader,
    /// The file variable's hold on its locks, for a file OPENed by a
    /// program (none for the files the host opens for itself).
    pub fvar: Option<super::locks::FileVar>,
    /// Where SELECTLEFT/SELECTRIGHT scans of each index stand.
    pub ak_scans: super::ak_scan::Scans,
    /// Opened READONLY: WRITE, DELETE and their kin fail with STATUS()
    /// 3018 and CLEARFILE stops the program (FILEINFO key 1001 is 1).
    pub read_only: bool,
    /// Created as a hashed file (`super::hashed_file`): record ids follow
    /// a hashed file's rules (`vm::record_ids`).
    pub hashed: bool,
}

/// Names of the temporary files of writes in progress start with this;
/// they are never listed as records.
const TEMP_PREFIX: &[u8] = b".mvtmp.";

/// Maps a record id to an OS file name. An id that has no name (a byte
/// outside printable ASCII) is kept as it stands: callers that must refuse
/// such ids use [`super::os_names::map_id`].
pub fn id_to_filename(id: &[u8]) -> String {
    match map_id(id) {
        Some(n) => String::from_utf8_lossy(&n).into_owned(),
        None => String::from_utf8_lossy(id).into_owned(),
    }
}

/// Turns every line feed into a field mark, in place. Written without a
/// branch so that the compiler vectorises it (a READ's whole record
/// passes through here).
fn lf_to_fm(b: &mut [u8]) {
    for c in b.iter_mut() {
        *c = if *c == b'\n' { 0xFE } else { *c };
    }
}

/// Maps an OS file name back to a record id, as ScarletDME lists it.
pub fn filename_to_id(name: &[u8]) -> Vec<u8> {
    unmap_name(name)
}

/// Opens a directory file by VOC name: an F record, a Q pointer, or a
/// directory of the account without one (or an absolute path); `VOC` is
/// the account's VOC, created when missing. `DICT name` (one string) is
/// the dictionary.
pub fn open(account: &Path, name: &[u8]) -> Option<DirFile> {
    open_part(account, name, false).ok()
}

/// Opens the data or dictionary part of a file by VOC name; the error is
/// OPEN's STATUS(): 3002 an empty name, 3007 no such file (a name of
/// blanks included), 3009 a VOC record that is not a file.
pub fn open_part(account: &Path, name: &[u8], dict: bool) -> Result<DirFile, i32> {
    if name.is_empty() {
        return Err(crate::status_codes::ER_NAM);
    }
    let mut name = String::from_utf8_lossy(name).trim().to_string();
    let mut dict = dict;
    if !dict && name.len() > 5 && name[..5].eq_ignore_ascii_case("DICT ") {
        name = name[5..].trim_start().to_string();
        dict = true;
    }
    if name.is_empty() || name.contains('\0') {
        return Err(crate::status_codes::ER_NVR);
    }
    if name.starts_with('/') {
        let path = PathBuf::from(&name);
        return if path.is_dir() {
            Ok(DirFile::new(name, path))
        } else {
            Err(crate::status_codes::ER_NVR)
        };
    }
    if name.eq_ignore_ascii_case("VOC") {
        super::voc::ensure_voc(account).ok_or(crate::status_codes::ER_NVR)?;
        if dict {
            // accounts made before mvbasic kept a DICT VOC get one
            super::voc::ensure_voc_dict(account).ok_or(crate::status_codes::ER_NVR)?;
        }
    }
    match super::voc::file_ref(account, &name, dict) {
        super::voc::FileRef::Path(path) if path.is_dir() => Ok(DirFile::new(name, path)),
        super::voc::FileRef::NotAFile => Err(crate::status_codes::ER_NOT_FILE),
        _ => Err(crate::status_codes::ER_NVR),
    }
}

/// Opens a directory by operating-system path (OPENPATH).
pub fn open_path(account: &Path, path: &[u8]) -> Option<DirFile> {
    let name = String::from_utf8_lossy(path).to_string();
    if name.is_empty() {
        return None;
    }
    let p = if name.starts_with('/') {
        PathBuf::from(&name)
    } else {
        account.join(&name)
    };
    p.is_dir().then(|| DirFile::new(name, p))
}

impl crate::value::Resource for DirFile {
    fn display(&self) -> &[u8] {
        self.name.as_bytes()
    }
}

impl DirFile {
    /// A directory file opened by `name` for directory `path`.
    pub fn new(name: impl Into<String>, path: PathBuf) -> DirFile {
        DirFile {
            name: name.into(),
            path,
            fvar: None,
            reader: DirReader::default(),
            ak_scans: Default::default(),
            read_only: false,
            hashed: false,
        }
    }

    /// Path of a record; None for the empty id and for ids with no OS name.
    pub fn record_path(&self, id: &[u8]) -> Option<PathBuf> {
        if id.is_empty() {
            return None;
        }
        map_id(id).map(|n| self.path.join(OsStr::from_bytes(&n)))
    }

    /// Reads a record (LF -> @FM, the final LF dropped); None when missing
    /// or when the id has no OS name.
    pub fn read(&self, id: &[u8]) -> Option<Vec<u8>> {
        self.read_checked(id).ok().flatten()
    }

    /// Reads a record; `Err` carries the operating-system error of a record
    /// that could not be read (no such file: ENOENT; too many open files:
    /// EMFILE...), which ScarletDME reports through OS.ERROR(); `Ok(None)`
    /// for an id with no OS name or a directory (not a record).
    pub fn read_checked(&self, id: &[u8]) -> std::io::Result<Option<Vec<u8>>> {
        if id.is_empty() {
            return Ok(None);
        }
        let Some(name) = map_id(id) else {
            return Ok(None);
        };
        let mut b = match self.reader.read(&self.path, &name) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(e),
            // a directory (or anything else that is not a plain file) is
            // not a record
            Err(_) if self.path.join(OsStr::from_bytes(&name)).is_dir() => return Ok(None),
            Err(e) => return Err(e),
        };
        if b.last() == Some(&b'\n') {
            b.pop();
        }
        lf_to_fm(&mut b);
        Ok(Some(b))
    }

    /// Writes a record (@FM -> LF, a final LF after the last field) through
    /// a temporary file renamed over the record, updating the file's
    /// alternate key indices with it.
    pub fn write(&self, id: &[u8], data: &[u8]) -> std::io::Result<()> {
        super::ak_store::apply(
            &self.path,
            id,
            Some(data),
            || self.read(id),
            || self.write_raw(id, data),
        )
    }

    fn write_raw(&self, id: &[u8], data: &[u8]) -> std::io::Result<()> {
        let path = self.record_path(id).ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "invalid record id")
        })?;
        let mut b: Vec<u8> = data
            .iter()
            .map(|&c| if c == 0xFE { b'\n' } else { c })
            .collect();
        if !b.is_empty() {
            b.push(b'\n');
        }
        let mut tmp_name = TEMP_PREFIX.to_vec();
        tmp_name.extend_from_slice(format!("{}.", std::process::id()).as_bytes());
        tmp_name.extend_from_slice(path.file_name().map(|n| n.as_bytes()).unwrap_or(b""));
        let tmp = self.path.join(OsStr::from_bytes(&tmp_name));
        if let Err(e) = std::fs::write(&tmp, b) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        std::fs::rename(&tmp, &path).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }

    /// Deletes a record (and its index entries); Ok(false) when it did not
    /// exist.
    pub fn delete(&self, id: &[u8]) -> std::io::Result<bool> {
        super::ak_store::apply(
            &self.path,
            id,
            None,
            || self.read(id),
            || self.delete_raw(id),
        )
    }

    fn delete_raw(&self, id: &[u8]) -> std::io::Result<bool> {
        let p = match self.record_path(id) {
            Some(p) => p,
            None => return Ok(false),
        };
        if !p.is_file() {
            return Ok(false);
        }
        std::fs::remove_file(p).map(|_| true)
    }

    /// Deletes every record (CLEARFILE, CLEAR.FILE) and empties the
    /// file's indices.
    pub fn clear(&self) {
        let _ = super::ak_store::apply_clear(&self.path, || self.clear_raw());
    }

    fn clear_raw(&self) {
        if let Ok(rd) = std::fs::read_dir(&self.path) {
            for e in rd.flatten() {
                if e.path().is_file() {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
    }

    /// All record ids (sorted).
    pub fn ids(&self) -> Vec<Vec<u8>> {
        list_ids(&self.path)
    }
}

/// Record ids of a directory (sorted by bytes).
pub fn list_ids(dir: &Path) -> Vec<Vec<u8>> {
    let mut v = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            if e.path().is_file() {
                let n = e.file_name();
                if n.as_bytes().starts_with(TEMP_PREFIX) {
                    continue;
                }
                v.push(filename_to_id(n.as_bytes()));
            }
        }
    }
    v.sort();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory file whose OS files carry the names real ScarletDME gave
    /// them is read back by id, and a write lands under the same name.
    #[test]
    fn records_named_by_scarletdme_are_read_back() {
        let dir = std::env::temp_dir().join(format!("mvbasic-dirfile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("A%AB"), "one\ntwo\n").unwrap();
        std::fs::write(dir.join("%dlead"), "x\n").unwrap();
        std::fs::write(dir.join("a%Cb%Sc"), "y\n\n").unwrap();
        let f = DirFile::new("T", dir.clone());
        assert_eq!(f.read(b"A*B").unwrap(), b"one\xfetwo");
        assert_eq!(f.read(b".lead").unwrap(), b"x");
        assert_eq!(f.read(b"a,b/c").unwrap(), b"y\xfe");
        f.write(b"p%q", b"1\xfe2").unwrap();
        assert_eq!(std::fs::read(dir.join("p%Pq")).unwrap(), b"1\n2\n");
        f.write(b"e", b"").unwrap();
        assert_eq!(std::fs::read(dir.join("e")).unwrap(), b"");
        assert!(f.write(b"t\tb", b"z").is_err());
        assert!(f.write(b"", b"z").is_err());
        // listed as ScarletDME lists them; no temporary files left behind
        let ids: Vec<String> = f
            .ids()
            .iter()
            .map(|i| String::from_utf8_lossy(i).into_owned())
            .collect();
        assert_eq!(ids, ["A*B", "a,b/c", "e", "lead", "p%q"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

//! Directory files: a directory whose records are OS files.
//!
//! Record ids map to file names the way ScarletDME does for the characters
//! that cannot appear in a file name: `%` is written `%%`, `/` is `%S`
//! (so `dir/sub.item` is stored as `dir%Ssub.item`), NUL is `%0`.
//! READ maps LF to @FM; WRITE maps @FM back to LF.

use std::path::{Path, PathBuf};

/// An open directory file.
#[derive(Debug)]
pub struct DirFile {
    /// The VOC name it was opened by.
    pub name: String,
    /// Its directory.
    pub path: PathBuf,
}

/// Maps a record id to an OS file name.
pub fn id_to_filename(id: &[u8]) -> String {
    let mut out = Vec::with_capacity(id.len());
    for &c in id {
        match c {
            b'%' => out.extend_from_slice(b"%%"),
            b'/' => out.extend_from_slice(b"%S"),
            0 => out.extend_from_slice(b"%0"),
            _ => out.push(c),
        }
    }
    if out == b"." || out == b".." {
        let mut v = b"%".to_vec();
        v.extend_from_slice(&out);
        out = v;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Maps an OS file name back to a record id.
pub fn filename_to_id(name: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len());
    let mut i = 0;
    while i < name.len() {
        if name[i] == b'%' && i + 1 < name.len() {
            match name[i + 1] {
                b'%' => out.push(b'%'),
                b'S' => out.push(b'/'),
                b'0' => out.push(0),
                b'.' => {
                    i += 1;
                    continue;
                }
                other => {
                    out.push(b'%');
                    out.push(other);
                }
            }
            i += 2;
        } else {
            out.push(name[i]);
            i += 1;
        }
    }
    out
}

/// Opens a directory file by VOC name: a directory of the account (or an
/// absolute path); `VOC` is the account's VOC, created when missing.
pub fn open(account: &Path, name: &[u8]) -> Option<DirFile> {
    let name = String::from_utf8_lossy(name).to_string();
    if name.is_empty() || name.contains('\0') {
        return None;
    }
    let path = if name.starts_with('/') {
        PathBuf::from(&name)
    } else {
        account.join(&name)
    };
    if name.eq_ignore_ascii_case("VOC") && !path.is_dir() {
        let voc = super::voc::ensure_voc(account)?;
        return Some(DirFile { name, path: voc });
    }
    if path.is_dir() {
        return Some(DirFile { name, path });
    }
    None
}

impl crate::value::Resource for DirFile {
    fn display(&self) -> &[u8] {
        self.name.as_bytes()
    }
}

impl DirFile {
    /// Path of a record.
    pub fn record_path(&self, id: &[u8]) -> PathBuf {
        self.path.join(id_to_filename(id))
    }

    /// Reads a record (LF -> @FM); None when missing.
    pub fn read(&self, id: &[u8]) -> Option<Vec<u8>> {
        self.read_checked(id).ok().flatten()
    }

    /// Reads a record; `Err` carries the operating-system error of a record
    /// that could not be read (no such file: ENOENT; too many open files:
    /// EMFILE...), which ScarletDME reports through OS.ERROR(); `Ok(None)`
    /// for an empty id or a directory (not a record).
    pub fn read_checked(&self, id: &[u8]) -> std::io::Result<Option<Vec<u8>>> {
        if id.is_empty() {
            return Ok(None);
        }
        let path = self.record_path(id);
        let mut b = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(e),
            // a directory (or anything else that is not a plain file) is
            // not a record
            Err(_) if path.is_dir() => return Ok(None),
            Err(e) => return Err(e),
        };
        if b.last() == Some(&b'\n') {
            b.pop();
        }
        for c in b.iter_mut() {
            if *c == b'\n' {
                *c = 0xFE;
            }
        }
        Ok(Some(b))
    }

    /// Writes a record (@FM -> LF).
    pub fn write(&self, id: &[u8], data: &[u8]) -> std::io::Result<()> {
        if id.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "empty record id",
            ));
        }
        let b: Vec<u8> = data
            .iter()
            .map(|&c| if c == 0xFE { b'\n' } else { c })
            .collect();
        std::fs::write(self.record_path(id), b)
    }

    /// Deletes a record; Ok(false) when it did not exist.
    pub fn delete(&self, id: &[u8]) -> std::io::Result<bool> {
        let p = self.record_path(id);
        if !p.is_file() {
            return Ok(false);
        }
        std::fs::remove_file(p).map(|_| true)
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
                use std::os::unix::ffi::OsStrExt;
                let n = e.file_name();
                if n.as_bytes().first() == Some(&b'.') {
                    continue;
                }
                v.push(filename_to_id(n.as_bytes()));
            }
        }
    }
    v.sort();
    v
}

//! The facts of an open file as ScarletDME's `STATUS var FROM file` (and
//! `FILEINFO(f, 1013)`) gives them: a dynamic array of 21 fields.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// FL$TYPE.DIR: a directory file.
pub const TYPE_DIR: u8 = 4;
/// FL$TYPE.SEQ: a sequential file.
pub const TYPE_SEQ: u8 = 5;

/// The STATUS array, one fact per field: 1 position, 2 at end (1/0), 4
/// bytes left, 5 permissions, 6 size, 7 links, 8 owner, 9 group, 10 inode,
/// 11 device, 13/14 last access time and date, 15/16 last modification time
/// and date (UTC seconds of the day, internal day numbers), 20 path, 21 file
/// type; 3, 12, 17-19 empty. `meta` is None for a sequential file not
/// created yet: its facts are zeros (ScarletDME reads them from no file).
/// `seq_pos` is the position of a sequential file (None for other files,
/// whose position facts are 0).
pub fn status_array(
    path: &Path,
    meta: Option<&std::fs::Metadata>,
    size: u64,
    seq_pos: Option<u64>,
    file_type: u8,
) -> Vec<u8> {
    let num = |f: fn(&std::fs::Metadata) -> u64| meta.map(f).unwrap_or(0);
    let secs = |f: fn(&std::fs::Metadata) -> i64| meta.map(f).unwrap_or(0);
    let time = |s: i64| s.rem_euclid(86400);
    let date = |s: i64| s.div_euclid(86400) + 732;
    let (pos, at_end, left) = match seq_pos {
        Some(p) => (p as i64, (p == size) as i64, size as i64 - p as i64),
        None => (0, 0, 0),
    };
    let fields: Vec<String> = vec![
        pos.to_string(),
        at_end.to_string(),
        String::new(),
        left.to_string(),
        (num(|m| m.mode() as u64) & 0o777).to_string(),
        size.to_string(),
        num(|m| m.nlink()).to_string(),
        num(|m| m.uid() as u64).to_string(),
        num(|m| m.gid() as u64).to_string(),
        num(|m| m.ino()).to_string(),
        num(|m| m.dev()).to_string(),
        String::new(),
        time(secs(|m| m.atime())).to_string(),
        date(secs(|m| m.atime())).to_string(),
        time(secs(|m| m.mtime())).to_string(),
        date(secs(|m| m.mtime())).to_string(),
        String::new(),
        String::new(),
        String::new(),
        path.to_string_lossy().into_owned(),
        file_type.to_string(),
    ];
    let parts: Vec<&[u8]> = fields.iter().map(|f| f.as_bytes()).collect();
    parts.join(&[0xFEu8][..])
}

/// The STATUS array of a directory file: its directory's facts, the size
/// being the total of its records' sizes.
pub fn dir_status(path: &Path) -> Vec<u8> {
    let meta = std::fs::metadata(path).ok();
    let size: u64 = std::fs::read_dir(path)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    status_array(path, meta.as_ref(), size, None, TYPE_DIR)
}

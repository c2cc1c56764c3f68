//! The file type a file part was created with. mvbasic stores every file
//! part as a directory (one OS file per record), but ScarletDME's
//! CREATE.FILE makes hashed (DH) files unless told DIRECTORY, and its
//! dictionaries are always hashed; programs see the difference through
//! FILEINFO. A part created hashed carries a marker directory
//! [`MARKER`] holding its creation parameters, so that FILEINFO answers as
//! ScarletDME does for what the user asked for. Storage is the same either
//! way; see docs/file-types.md.

use std::path::Path;

/// The marker directory inside a part created as a hashed file (a
/// directory, so that record listings, CLEAR.FILE and sizes, which look
/// at plain files only, never see it; a leading `.` is no record's OS name).
pub const MARKER: &str = ".mvdh";

/// ScarletDME's DH file creation parameters (CREATE.FILE ... DYNAMIC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DhParams {
    /// MINIMUM.MODULUS (FILEINFO key 6).
    pub min_modulus: u32,
    /// GROUP.SIZE, 1-8 units of 1024 bytes (key 7).
    pub group_size: u32,
    /// LARGE.RECORD in bytes (key 8); by default 80% of a group.
    pub large_record: u32,
    /// MERGE.LOAD percentage (key 9).
    pub merge_load: u32,
    /// SPLIT.LOAD percentage (key 10).
    pub split_load: u32,
}

impl DhParams {
    /// The defaults of a data part (group size 2).
    pub const DATA: DhParams = DhParams::with_group_size(2);
    /// The defaults of a dictionary or the VOC (group size 1).
    pub const DICT: DhParams = DhParams::with_group_size(1);

    /// Defaults for a group size: the large record size is 80% of a group.
    pub const fn with_group_size(group_size: u32) -> DhParams {
        DhParams {
            min_modulus: 1,
            group_size,
            large_record: group_size * 1024 * 4 / 5,
            merge_load: 50,
            split_load: 80,
        }
    }

    fn to_text(self) -> String {
        format!(
            "MINIMUM.MODULUS {}\nGROUP.SIZE {}\nLARGE.RECORD {}\nMERGE.LOAD {}\nSPLIT.LOAD {}\n",
            self.min_modulus, self.group_size, self.large_record, self.merge_load, self.split_load
        )
    }

    fn from_text(t: &str) -> DhParams {
        let mut p = DhParams::DATA;
        for line in t.lines() {
            let mut w = line.split_whitespace();
            let (Some(k), Some(v)) = (w.next(), w.next().and_then(|v| v.parse::<u32>().ok()))
            else {
                continue;
            };
            match k {
                "MINIMUM.MODULUS" => p.min_modulus = v,
                "GROUP.SIZE" => p.group_size = v,
                "LARGE.RECORD" => p.large_record = v,
                "MERGE.LOAD" => p.merge_load = v,
                "SPLIT.LOAD" => p.split_load = v,
                _ => {}
            }
        }
        p
    }
}

/// Marks directory `dir` (a file part) as created hashed with `params`.
pub fn mark(dir: &Path, params: DhParams) -> std::io::Result<()> {
    let m = dir.join(MARKER);
    std::fs::create_dir_all(&m)?;
    std::fs::write(m.join("params"), params.to_text())
}

/// The creation parameters of a part created hashed; None for a directory
/// file.
pub fn params(dir: &Path) -> Option<DhParams> {
    let m = dir.join(MARKER);
    if !m.is_dir() {
        return None;
    }
    let t = std::fs::read_to_string(m.join("params")).unwrap_or_default();
    Some(DhParams::from_text(&t))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A marked part reads its parameters back; an unmarked one is a
    /// directory file; the marker is no record.
    #[test]
    fn marker_round_trip() {
        let dir = std::env::temp_dir().join(format!("mvbasic-dh-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(params(&dir), None);
        let p = DhParams {
            min_modulus: 7,
            ..DhParams::with_group_size(3)
        };
        mark(&dir, p).unwrap();
        assert_eq!(params(&dir), Some(p));
        assert_eq!(p.large_record, 2457);
        assert_eq!(DhParams::DATA.large_record, 1638);
        assert_eq!(DhParams::DICT.large_record, 819);
        assert!(super::super::dir_file::list_ids(&dir).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

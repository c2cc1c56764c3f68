//! FILEINFO(f, key) of an open file. Every mvbasic file part is a
//! directory, but a part created as a hashed (DH) file keeps that type
//! (`host::hashed_file`) and answers as ScarletDME answers for a DH file:
//! type 3 and its creation parameters. What only a real hashed file could
//! tell (modulus, load, sizes of its subfiles, update counter) and what
//! mvbasic does not track (internal file numbers, the id of the last record
//! read) fails loudly by name instead of being made up.

use crate::host::dir_file::DirFile;
use crate::host::hashed_file;
use crate::value::Value;
use crate::vm::RuntimeError;

fn unsupported(key: i64, what: &str) -> RuntimeError {
    RuntimeError::NotSupported(format!("FILEINFO key {key} ({what})"))
}

/// The answer for a directory-stored file part opened as `f`; `key` is one
/// ScarletDME knows and is not 0.
pub(super) fn answer(f: &DirFile, key: i64) -> Result<Value, RuntimeError> {
    let dh = hashed_file::params(&f.path);
    let has_indices = || !crate::host::ak_store::load_all(&f.path).is_empty();
    let records = || crate::host::dir_file::list_ids(&f.path).len() as i64;
    Ok(match (key, dh) {
        (1, _) => Value::text(&f.name),
        (2, _) => Value::text(&f.path.to_string_lossy()),
        (3, Some(_)) => Value::Int(3),
        (3, None) => Value::Int(4),
        // hashed files: creation parameters and fixed facts
        (5, Some(_)) => return Err(unsupported(key, "modulus of a hashed file")),
        (6, Some(p)) => Value::Int(p.min_modulus as i64),
        (7, Some(p)) => Value::Int(p.group_size as i64),
        (8, Some(p)) => Value::Int(p.large_record as i64),
        (9, Some(p)) => Value::Int(p.merge_load as i64),
        (10, Some(p)) => Value::Int(p.split_load as i64),
        (11, Some(_)) => return Err(unsupported(key, "load of a hashed file")),
        (13, Some(_)) => Value::Int(has_indices() as i64),
        (1000, Some(_)) => return Err(unsupported(key, "load bytes of a hashed file")),
        (1002, Some(_)) => Value::empty(),
        (1003, Some(_)) => return Err(unsupported(key, "physical size of a hashed file")),
        (1004, Some(_)) => Value::Int(2),
        (1011, Some(_)) if has_indices() => {
            return Err(unsupported(key, "index path of a hashed file"))
        }
        (1011, Some(_)) => Value::empty(),
        (1013, Some(_)) => return Err(unsupported(key, "STATUS array of a hashed file")),
        (1014, Some(_)) => Value::Int(0),
        (1015, Some(_)) => Value::Int(records()),
        (1016 | 1017, Some(_)) => return Err(unsupported(key, "subfile size of a hashed file")),
        // directory files
        (1003, None) => {
            let size: u64 = std::fs::read_dir(&f.path)
                .map(|rd| {
                    rd.flatten()
                        .filter_map(|e| e.metadata().ok())
                        .filter(|m| m.is_file())
                        .map(|m| m.len())
                        .sum()
                })
                .unwrap_or(0);
            Value::int(size as i64)
        }
        (1013, None) => Value::str(crate::host::file_status::dir_status(&f.path)),
        // mark mapping is always on in mvbasic's directory files
        (1014, None) => Value::Int(1),
        (1015, None) => Value::Int(-1),
        // either type: opened READONLY
        (1001, _) => Value::bool(f.read_only),
        // either type: what mvbasic does not track
        (1009, _) => return Err(unsupported(key, "internal file number")),
        (1012, _) => return Err(unsupported(key, "id of the last record read")),
        (1019, _) => return Err(unsupported(key, "update counter")),
        // the rest is 0 for both types: no sequential position, no triggers, statistics, journalling, case folding, resize
        // inhibition or encryption; the restricted keys 10000+ give 0
        _ => Value::Int(0),
    })
}

//! The account's VOC: a directory file of verb and file records, created
//! with the verbs mvbasic knows the first time it is needed.

use std::path::{Path, PathBuf};

/// Verbs listed in the VOC that is created for an account without one.
pub const VERBS: &[&str] = &[
    "RUN",
    "BASIC",
    "CATALOG",
    "CATALOGUE",
    "CREATE.FILE",
    "DELETE.FILE",
    "CLEARSELECT",
    "SELECT",
    "SSELECT",
    "COMPILE",
    "SET.EXIT.STATUS",
];

/// Returns the account's VOC directory, creating it (with its verb
/// entries) when missing.
pub fn ensure_voc(account: &Path) -> Option<PathBuf> {
    let voc = account.join("VOC");
    if voc.is_dir() {
        return Some(voc);
    }
    std::fs::create_dir_all(&voc).ok()?;
    for v in VERBS {
        let rec = format!("V\n{}", v);
        let _ = std::fs::write(voc.join(v), rec);
    }
    Some(voc)
}

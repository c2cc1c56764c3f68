//! Catalogued programs: the local catalogue (a `V`/`CS` VOC record naming
//! the program's source) and the account's private catalogue (directory
//! `$CATALOG`, one record per name holding the source path). ScarletDME
//! keeps object code in its catalogues; mvbasic compiles from source, so
//! its catalogues point at the source item.
//!
//! A catalogued program runs by name (`NAME args` from the command line,
//! EXECUTE or CHAIN) and is found by CALL before the source search path.

use std::path::{Path, PathBuf};

use super::dir_file::DirFile;
use super::voc;

/// Directory (in the account) of the private catalogue.
pub const PRIVATE_DIR: &str = "$CATALOG";

/// Which catalogue holds a name, as CATALOGUED() numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The VOC (`CATALOG ... LOCAL`): 1.
    Local = 1,
    /// The private catalogue (`CATALOG` without a mode): 2.
    Private = 2,
}

fn private_file(account: &Path) -> DirFile {
    DirFile::new(PRIVATE_DIR, account.join(PRIVATE_DIR))
}

/// The source path of catalogued program `name` and its catalogue.
pub fn find(account: &Path, name: &str) -> Option<(PathBuf, Scope)> {
    if let Some(f) = voc::lookup(account, name) {
        if f.first().map(|s| s.as_str()) == Some("V") && f.get(1).map(|s| s.as_str()) == Some("CS")
        {
            if let Some(p) = f.get(2).filter(|p| !p.is_empty()) {
                return Some((PathBuf::from(p), Scope::Local));
            }
        }
    }
    let rec = private_file(account).read(name.as_bytes())?;
    let p = String::from_utf8_lossy(rec.split(|&c| c == 0xFE).next().unwrap_or(b"")).into_owned();
    (!p.is_empty()).then(|| (PathBuf::from(p), Scope::Private))
}

/// Adds `name` (source at `source`) to a catalogue; the message to show.
pub fn add(account: &Path, name: &str, source: &Path, scope: Scope) -> Result<String, String> {
    let src = source.to_string_lossy().into_owned();
    match scope {
        Scope::Local => {
            if let Some(f) = voc::lookup(account, name) {
                let is_cs = f.first().map(|s| s.as_str()) == Some("V")
                    && f.get(1).map(|s| s.as_str()) == Some("CS");
                if !is_cs {
                    return Err(format!(
                        "VOC already contains a conflicting entry named {name}"
                    ));
                }
            }
            voc::write(account, name, &["V", "CS", &src]).map_err(|e| e.to_string())?;
            Ok(format!("{name} added to local catalogue"))
        }
        Scope::Private => {
            let f = private_file(account);
            std::fs::create_dir_all(&f.path).map_err(|e| e.to_string())?;
            f.write(name.as_bytes(), src.as_bytes())
                .map_err(|e| e.to_string())?;
            Ok(format!("{name} added to private catalogue"))
        }
    }
}

/// Removes `name` from a catalogue; the message to show and whether it was
/// there.
pub fn delete(account: &Path, name: &str, scope: Scope) -> (String, bool) {
    match scope {
        Scope::Local => match find(account, name) {
            Some((_, Scope::Local)) => {
                voc::delete(account, name);
                (format!("{name} deleted from the local catalogue"), true)
            }
            _ => (format!("{name} is not in the local catalogue"), false),
        },
        Scope::Private => match private_file(account).delete(name.as_bytes()) {
            Ok(true) => (format!("{name} deleted from the private catalogue"), true),
            _ => (format!("{name} is not in the private catalogue"), false),
        },
    }
}

//! Catalogued programs: the local catalogue (a `V`/`CS` VOC record naming
//! the program's source), the account's private catalogue (directory
//! `$CATALOG`, one record per name holding the source path) and the global
//! catalogue (the directory named by `MVBASIC_GCAT`, shared by every
//! account that names it, records as in the private one). ScarletDME keeps
//! object code in its catalogues; mvbasic compiles from source, so its
//! catalogues point at the source item.
//!
//! A call name that starts with one of ScarletDME's prefix characters
//! (`*`, `!`, `$`, `_`) lives in the global catalogue only; any other name
//! is looked up in the local, the private and then the global catalogue,
//! as ScarletDME's CALL and CATALOGUED() do. A catalogued program runs by
//! name (`NAME args` from the command line, EXECUTE or CHAIN) and is found
//! by CALL before the source search path.

use std::path::{Path, PathBuf};

use super::dir_file::DirFile;
use super::voc;

/// Directory (in the account) of the private catalogue.
pub const PRIVATE_DIR: &str = "$CATALOG";

/// Environment variable naming the global catalogue's directory. mvbasic
/// has no system account; without it there is no global catalogue.
pub const GLOBAL_ENV: &str = "MVBASIC_GCAT";

/// The call-name prefixes of the global catalogue.
pub const PREFIX_CHARS: &[u8] = b"*!$_";

/// Which catalogue holds a name, as CATALOGUED() numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The VOC (`CATALOG ... LOCAL`): 1.
    Local = 1,
    /// The private catalogue (`CATALOG` without a mode): 2.
    Private = 2,
    /// The global catalogue (`CATALOG ... GLOBAL`, a prefixed name): 3.
    Global = 3,
}

/// Whether `name` starts with a global-catalogue prefix character.
pub fn has_prefix(name: &str) -> bool {
    name.bytes()
        .next()
        .is_some_and(|c| PREFIX_CHARS.contains(&c))
}

fn private_file(account: &Path) -> DirFile {
    DirFile::new(PRIVATE_DIR, account.join(PRIVATE_DIR))
}

/// The global catalogue, when `MVBASIC_GCAT` names one.
pub fn global_file() -> Option<DirFile> {
    let dir = std::env::var_os(GLOBAL_ENV).filter(|d| !d.is_empty())?;
    Some(DirFile::new("gcat", PathBuf::from(dir)))
}

/// The message shown when there is no global catalogue to use.
pub fn no_global_message() -> String {
    format!("Cannot open global catalogue directory ({GLOBAL_ENV} is not set)")
}

fn path_record(f: &DirFile, name: &str) -> Option<PathBuf> {
    let rec = f.read(name.as_bytes())?;
    let p = String::from_utf8_lossy(rec.split(|&c| c == 0xFE).next().unwrap_or(b"")).into_owned();
    (!p.is_empty()).then(|| PathBuf::from(p))
}

/// The local catalogue entry of `name` as ScarletDME's `_VOC_CAT` reads
/// it: the path of a `V`/`CS` record that exists. Any other `V` record, or
/// one whose path is gone, gives the message ScarletDME displays instead.
pub fn voc_entry(account: &Path, name: &str) -> (Option<PathBuf>, Option<String>) {
    let Some(f) = voc::lookup(account, name) else {
        return (None, None);
    };
    let first = f.first().map(|s| s.as_str()).unwrap_or("");
    if !first.starts_with(['V', 'v']) {
        return (None, None);
    }
    let path = if f.get(1).map(|s| s.as_str()) == Some("CS") {
        f.get(2)
            .map(|p| p.trim_end().to_string())
            .unwrap_or_default()
    } else {
        String::new()
    };
    if !path.is_empty() && Path::new(&path).exists() {
        (Some(PathBuf::from(path)), None)
    } else {
        (None, Some(format!("Cannot load {name} - {path} not found")))
    }
}

/// Looks `name` up as ScarletDME's CALL and CATALOGUED() do: the source
/// path and its catalogue, and the message the VOC lookup displays (see
/// [`voc_entry`]).
pub fn lookup(account: &Path, name: &str) -> (Option<(PathBuf, Scope)>, Option<String>) {
    let mut message = None;
    if !name.is_empty() && !has_prefix(name) {
        let (local, m) = voc_entry(account, name);
        if let Some(p) = local {
            return (Some((p, Scope::Local)), None);
        }
        message = m;
        if let Some(p) = path_record(&private_file(account), name) {
            return (Some((p, Scope::Private)), message);
        }
    }
    let global = global_file()
        .filter(|_| !name.is_empty())
        .and_then(|g| path_record(&g, name));
    (global.map(|p| (p, Scope::Global)), message)
}

/// The source path of catalogued program `name` and its catalogue.
pub fn find(account: &Path, name: &str) -> Option<(PathBuf, Scope)> {
    lookup(account, name).0
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
        Scope::Private | Scope::Global => {
            let (f, what) = if scope == Scope::Private {
                (private_file(account), "private")
            } else {
                (global_file().ok_or_else(no_global_message)?, "global")
            };
            std::fs::create_dir_all(&f.path).map_err(|e| e.to_string())?;
            f.write(name.as_bytes(), src.as_bytes())
                .map_err(|e| e.to_string())?;
            Ok(format!("{name} added to {what} catalogue"))
        }
    }
}

/// Removes `name` from a catalogue; the message to show and whether it was
/// there.
pub fn delete(account: &Path, name: &str, scope: Scope) -> (String, bool) {
    match scope {
        Scope::Local => match voc::lookup(account, name) {
            Some(f)
                if f.first().is_some_and(|s| s.starts_with(['V', 'v']))
                    && f.get(1).map(|s| s.as_str()) == Some("CS") =>
            {
                voc::delete(account, name);
                (format!("{name} deleted from the local catalogue"), true)
            }
            _ => (format!("{name} is not in the local catalogue"), false),
        },
        Scope::Private | Scope::Global => {
            let (f, what) = if scope == Scope::Private {
                (Some(private_file(account)), "private")
            } else {
                (global_file(), "global")
            };
            let Some(f) = f else {
                return (no_global_message(), false);
            };
            match f.delete(name.as_bytes()) {
                Ok(true) => (format!("{name} deleted from the {what} catalogue"), true),
                _ => (format!("{name} is not in the {what} catalogue"), false),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_names_are_global_only() {
        assert!(has_prefix("*X") && has_prefix("!X") && has_prefix("$X") && has_prefix("_X"));
        assert!(!has_prefix("X*") && !has_prefix(""));
    }

    #[test]
    fn a_voc_verb_that_is_not_a_catalogued_program_gives_scarletdme_message() {
        let acct = std::env::temp_dir().join(format!("mvb-cat-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&acct);
        std::fs::create_dir_all(&acct).unwrap();
        voc::write(&acct, "GHOST", &["V", "CS", "/no/such/object"]).unwrap();
        let (p, m) = voc_entry(&acct, "LIST");
        assert_eq!(
            (p, m.as_deref()),
            (None, Some("Cannot load LIST -  not found"))
        );
        let (p, m) = voc_entry(&acct, "GHOST");
        assert_eq!(p, None);
        assert_eq!(
            m.as_deref(),
            Some("Cannot load GHOST - /no/such/object not found")
        );
        assert_eq!(voc_entry(&acct, "VOC"), (None, None));
        let _ = std::fs::remove_dir_all(&acct);
    }
}

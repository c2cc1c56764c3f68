//! The file verbs: CREATE.FILE, DELETE.FILE and CLEAR.FILE, with
//! ScarletDME's messages. Every file is a pair of directory files (data
//! part `NAME`, dictionary `NAME.DIC`) and an `F` VOC record; the parts
//! ScarletDME would hash (DYNAMIC, the default, and every dictionary) are
//! directories here too, marked with their DH parameters
//! (`super::hashed_file`) so that FILEINFO reports the type asked for.

use std::path::PathBuf;

use super::commands::Outcome;
use super::hashed_file::{self, DhParams};
use super::session::Session;
use super::voc;

/// The data and dictionary paths of a file from its `F` VOC record (or the
/// account's directories of that name when the VOC has none); None when
/// there is no such file.
fn parts(sess: &Session, name: &str) -> Option<(PathBuf, Option<PathBuf>)> {
    let acct = &sess.account;
    let rel = |p: &str| {
        if p.starts_with('/') {
            PathBuf::from(p)
        } else {
            acct.join(p)
        }
    };
    match voc::lookup(acct, name) {
        Some(f) if f.first().map(|s| s.as_str()) == Some("F") => {
            let data = rel(f.get(1)?);
            let dict = f.get(2).filter(|d| !d.is_empty()).map(|d| rel(d));
            Some((data, dict))
        }
        Some(_) => None,
        None => {
            if name.contains('/') || name.starts_with('.') {
                return None;
            }
            let data = acct.join(name);
            let dict = acct.join(format!("{name}.DIC"));
            data.is_dir()
                .then_some((data, dict.is_dir().then_some(dict)))
        }
    }
}

/// `CREATE.FILE [DICT|DATA] name [type...]`.
pub fn create_file(sess: &mut Session, w: &[String]) -> Outcome {
    let mut i = 1;
    let mut want_data = true;
    let mut want_dict = true;
    match w.get(1).map(|s| s.to_ascii_uppercase()).as_deref() {
        Some("DICT") => {
            want_data = false;
            i = 2;
        }
        Some("DATA") => {
            want_dict = false;
            i = 2;
        }
        _ => {}
    }
    let Some(name) = w.get(i).cloned() else {
        sess.say("File name required");
        return Outcome::Done(-1);
    };
    if name.contains('/') || name.starts_with('.') {
        sess.say(&format!("Invalid file name {name}"));
        return Outcome::Done(-1);
    }
    let data_type = match file_options(&w[i + 1..]) {
        Ok(t) => t,
        Err(m) => {
            sess.say(&m);
            return Outcome::Done(-1);
        }
    };
    let acct = sess.account.clone();
    let data = acct.join(&name);
    let dict_name = format!("{name}.DIC");
    let dict = acct.join(&dict_name);
    let mut clash = false;
    if want_data && data.exists() {
        sess.say("DATA part of file already exists");
        clash = true;
    }
    if want_dict && dict.exists() {
        sess.say("DICT part of file already exists");
        clash = true;
    }
    if clash {
        return Outcome::Done(-1);
    }
    if want_dict {
        if std::fs::create_dir_all(&dict).is_err() {
            sess.say("Unable to create DICT part");
            return Outcome::Done(-1);
        }
        // a dictionary is always hashed in ScarletDME
        let _ = hashed_file::mark(&dict, DhParams::DICT);
        sess.say(&format!("Created DICT part as {dict_name}"));
    }
    if want_data {
        if std::fs::create_dir_all(&data).is_err() {
            sess.say("Unable to create DATA part");
            return Outcome::Done(-1);
        }
        if let Some(p) = data_type {
            let _ = hashed_file::mark(&data, p);
        }
        sess.say(&format!("Created DATA part as {name}"));
    }
    if want_dict {
        // ScarletDME's default @ID item: headed by the file's name, 12
        // wide for a directory file, 10 for a hashed one
        let width = if want_data && data_type.is_none() {
            12
        } else {
            10
        };
        let fmt = format!("{width}L");
        let fields: [&[u8]; 7] = [b"D", b"0", b"", name.as_bytes(), fmt.as_bytes(), b"S", b""];
        let rec = fields.join(&0xFEu8);
        let _ = super::dir_file::DirFile::new(dict_name.clone(), dict.clone()).write(b"@ID", &rec);
        sess.say("Added default '@ID' record to dictionary");
    }
    let _ = voc::write(&acct, &name, &["F", &name, &dict_name]);
    Outcome::Done(0)
}

/// The type words and parameters after CREATE.FILE's file name, checked
/// as ScarletDME checks them: the data part's DH parameters, or None for
/// DIRECTORY; Err is the message. Options that would change how records
/// are stored or found (NO.CASE, PATHNAME, USING DICT, VERSION, NO.RESIZE)
/// are refused by name: mvbasic cannot honour them.
fn file_options(w: &[String]) -> Result<Option<DhParams>, String> {
    let mut i = 0;
    let up = |s: &String| s.to_ascii_uppercase();
    let dir = match w.first().map(up).as_deref() {
        Some("DIRECTORY") => {
            i = 1;
            true
        }
        Some("DYNAMIC") => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut p = DhParams::DATA;
    let mut large: Option<u32> = None;
    while i < w.len() {
        let k = up(&w[i]);
        let v = w.get(i + 1).map(|s| s.as_str()).unwrap_or("");
        let num = |lo: u32, hi: u32| -> Option<u32> {
            if v.is_empty() || !v.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            v.parse::<u32>().ok().filter(|n| (lo..=hi).contains(n))
        };
        let bad = |m: &str| Err(m.to_string());
        match k.as_str() {
            "GROUP.SIZE" if !dir => match num(1, 8).filter(|_| v.len() == 1) {
                Some(n) => p.group_size = n,
                None => return bad("Group size is invalid"),
            },
            "LARGE.RECORD" if !dir => match num(0, u32::MAX) {
                Some(n) => large = Some(n),
                None => return bad("Large record size is invalid"),
            },
            "MERGE.LOAD" if !dir => match num(10, 10000) {
                Some(n) => p.merge_load = n,
                None => return bad("Merge load is invalid"),
            },
            "MINIMUM.MODULUS" if !dir => match num(1, u32::MAX) {
                Some(n) => p.min_modulus = n,
                None => return bad("Minimum modulus is invalid"),
            },
            "SPLIT.LOAD" if !dir => match num(20, 10000) {
                Some(n) => p.split_load = n,
                None => return bad("Split load is invalid"),
            },
            "NO.QUERY" => {
                i += 1;
                continue;
            }
            "NO.CASE" | "NO.RESIZE" | "PATHNAME" | "USING" | "VERSION" => {
                return Err(format!(
                    "CREATE.FILE option {k} is not supported by mvbasic"
                ));
            }
            _ => return Err(format!("Unexpected token ({})", w[i])),
        }
        i += 2;
    }
    if dir {
        return Ok(None);
    }
    p.large_record = large.unwrap_or(DhParams::with_group_size(p.group_size).large_record);
    Ok(Some(p))
}

/// `DELETE.FILE name`: both parts and the VOC record; refused while the
/// program has the file open.
pub fn delete_file(sess: &mut Session, w: &[String]) -> Outcome {
    let Some(name) = w.get(1).cloned() else {
        sess.say("File name required");
        return Outcome::Done(-1);
    };
    let Some((data, dict)) = parts(sess, &name) else {
        sess.say(&format!("No VOC record found for {name}"));
        return Outcome::Done(-7);
    };
    if sess.is_open(&data) {
        sess.say(&format!("Cannot delete file - Data part {name} is open"));
        return Outcome::Done(-1);
    }
    if let Some(d) = &dict {
        if sess.is_open(d) {
            sess.say(&format!(
                "Cannot delete file - Dictionary part {name} is open"
            ));
            return Outcome::Done(-1);
        }
    }
    let shown = |p: &PathBuf| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    // deleting a file part flushes ScarletDME's file cache, and with it
    // the files TRANS() keeps open
    if data.is_dir() && std::fs::remove_dir_all(&data).is_ok() {
        sess.trans_files.clear();
        sess.say(&format!("DATA portion '{}' deleted", shown(&data)));
    }
    if let Some(d) = dict.filter(|d| d.is_dir()) {
        if std::fs::remove_dir_all(&d).is_ok() {
            sess.trans_files.clear();
            sess.say(&format!("DICT portion '{}' deleted", shown(&d)));
        }
    }
    voc::delete(&sess.account, &name);
    sess.say(&format!("VOC entry '{name}' deleted"));
    Outcome::Done(0)
}

/// `CLEAR.FILE [DICT|DATA] name`: removes every record.
pub fn clear_file(sess: &mut Session, w: &[String]) -> Outcome {
    let (dict, i) = match w.get(1).map(|s| s.to_ascii_uppercase()).as_deref() {
        Some("DICT") => (true, 2),
        Some("DATA") => (false, 2),
        _ => (false, 1),
    };
    let Some(name) = w.get(i).cloned() else {
        sess.say("File name required");
        return Outcome::Done(-1);
    };
    let target = parts(sess, &name).and_then(|(d, dc)| if dict { dc } else { Some(d) });
    let Some(dir) = target.filter(|d| d.is_dir()) else {
        sess.say("File not found");
        return Outcome::Done(-1);
    };
    super::dir_file::DirFile::new(name, dir).clear();
    Outcome::Done(0)
}

//! The index verbs: CREATE.INDEX, BUILD.INDEX, DELETE.INDEX and
//! LIST.INDEX, with ScarletDME's messages and return codes. The indices
//! themselves are [`super::ak_store`]'s.
//!
//! ScarletDME's verbs prompt for an index name when none (and no `ALL`) is
//! given; mvbasic has no terminal to prompt on and says so instead.

use std::path::PathBuf;

use super::ak_store::{self, Index};
use super::commands::Outcome;
use super::dir_file::{self, DirFile};
use super::session::Session;

/// ScarletDME's return codes of the verbs.
const ER_ARGS: i64 = -1;
const ER_AKNF: i64 = 3019;
const ER_EXCLUSIVE: i64 = 3021;
const DHE_AK_EXISTS: i64 = 8502;
const DHE_NO_INDICES: i64 = 8707;
const ER_BAD_DICT: i64 = 3034;

/// The file a verb names (`[DICT] name`, the name tried as typed, then in
/// upper case), the name it was found by, and the index of the next word.
fn open_named(sess: &mut Session, w: &[String]) -> Result<(DirFile, String, bool, usize), i64> {
    let (dict, i) = match w.get(1) {
        Some(s) if s.eq_ignore_ascii_case("DICT") => (true, 2),
        _ => (false, 1),
    };
    let Some(name) = w.get(i) else {
        sess.say("File name required");
        return Err(ER_ARGS);
    };
    let acct = sess.account.clone();
    for n in [name.clone(), name.to_ascii_uppercase()] {
        if let Ok(f) = dir_file::open_part(&acct, n.as_bytes(), dict) {
            return Ok((f, n, dict, i + 1));
        }
    }
    sess.say("File not found");
    Err(ER_ARGS)
}

/// The dictionary of a file opened by `name` (`DICT.DICT` for a
/// dictionary), if it has one.
fn dict_of(sess: &Session, name: &str, dict: bool) -> Option<DirFile> {
    if dict {
        dir_file::open_part(&sess.account, b"DICT.DICT", false).ok()
    } else {
        dir_file::open_part(&sess.account, name.as_bytes(), true).ok()
    }
}

fn fail_prompt(sess: &mut Session, verb: &str) -> Outcome {
    sess.say(&format!(
        "{verb}: prompting for an index name is not supported; name the indices or give ALL"
    ));
    Outcome::Done(ER_ARGS)
}

/// The field of a dictionary record, as a string.
fn field(rec: &[u8], n: i64) -> String {
    String::from_utf8_lossy(crate::builtins::dynarray::extract(rec, n, 0, 0)).into_owned()
}

/// Whether a format code (`10L`, `5R`, `"*"8R`) right-justifies.
fn right_justified(fmt: &str) -> bool {
    let f = fmt.trim_start_matches(|c: char| c.is_ascii_digit());
    let f = match f.chars().next() {
        Some('L') | Some('R') | Some('T') | None => f,
        Some('"') | Some('\'') => f.get(3..).unwrap_or(""),
        Some(_) => f.get(1..).unwrap_or(""),
    };
    f.starts_with('R')
}

/// `CREATE.INDEX [DICT] file field... [NO.NULLS]`.
pub fn create_index(sess: &mut Session, w: &[String]) -> Outcome {
    let (data, name, dict_flag, mut i) = match open_named(sess, w) {
        Ok(x) => x,
        Err(rc) => return Outcome::Done(rc),
    };
    let Some(dict) = dict_of(sess, &name, dict_flag) else {
        sess.say("Cannot open dictionary");
        return Outcome::Done(ER_ARGS);
    };
    let mut no_nulls = false;
    let mut names: Vec<String> = Vec::new();
    while let Some(t) = w.get(i) {
        i += 1;
        if t.eq_ignore_ascii_case("NO.NULLS") {
            no_nulls = true;
            continue;
        }
        if t.eq_ignore_ascii_case("PATHNAME") {
            sess.say("CREATE.INDEX: PATHNAME (indices kept apart from the file) is not supported");
            return Outcome::Done(ER_ARGS);
        }
        let t = if dict.read(t.as_bytes()).is_some() {
            t.clone()
        } else if dict.read(t.to_ascii_uppercase().as_bytes()).is_some() {
            t.to_ascii_uppercase()
        } else {
            sess.say(&format!("{t} is not defined in the dictionary"));
            return Outcome::Done(ER_ARGS);
        };
        if names.contains(&t) {
            sess.say(&format!("Duplicate field name ({t})"));
            return Outcome::Done(ER_ARGS);
        }
        names.push(t);
    }
    if names.is_empty() {
        sess.say("No fields specified");
        return Outcome::Done(ER_ARGS);
    }
    let dir = data.path.clone();
    let _hold = match ak_store::hold_exclusive(&dir, true) {
        Ok(h) => h,
        Err(e) => {
            sess.say(&format!(
                "CREATE.INDEX: cannot create the index directory: {e}"
            ));
            return Outcome::Done(ER_ARGS);
        }
    };
    let id_right = dict
        .read(b"@ID")
        .map(|r| right_justified(&field(&r, 5)))
        .unwrap_or(false);
    for n in names {
        let existing = ak_store::load_all(&dir);
        if existing.iter().any(|x| x.name == n.as_bytes()) {
            sess.say(&format!("Duplicate field name ({n})"));
            return Outcome::Done(DHE_AK_EXISTS);
        }
        let mut rec = dict.read(n.as_bytes()).unwrap_or_default();
        if existing.len() >= ak_store::MAX_INDICES {
            sess.say("Too many indices");
            return Outcome::Done(8503);
        }
        let ty = rec.first().map(|c| c.to_ascii_uppercase()).unwrap_or(b' ');
        let mut flags = if id_right {
            ak_store::RSORT
        } else {
            ak_store::LSORT
        };
        let fno = match ty {
            b'D' => match field(&rec, 2).trim_end().parse::<i64>() {
                Ok(f)
                    if f >= 0
                        && field(&rec, 2)
                            .trim_end()
                            .bytes()
                            .all(|c| c.is_ascii_digit()) =>
                {
                    f
                }
                _ => {
                    sess.say(&format!("{n} has invalid field number in dictionary"));
                    return Outcome::Done(ER_BAD_DICT);
                }
            },
            b'I' => -1,
            b'A' | b'S' | b'C' => {
                sess.say(&format!(
                    "CREATE.INDEX: an index on the {} -type item {n} is not supported",
                    ty as char
                ));
                return Outcome::Done(ER_ARGS);
            }
            _ => {
                sess.say(&format!(
                    "{n} is not a A, C, D, I or S-type dictionary item"
                ));
                sess.say(&format!(
                    "Internal error - AK type is unrecognised ({})",
                    String::from_utf8_lossy(&rec[..rec.len().min(1)])
                ));
                return Outcome::Done(ER_ARGS);
            }
        };
        // the type code alone, in upper case, as ScarletDME keeps it
        rec = crate::builtins::dynarray::replace(&rec, 1, 0, 0, &[ty]);
        if right_justified(&field(&rec, 5)) {
            flags |= ak_store::RIGHT;
        }
        if field(&rec, 6).starts_with('M') {
            flags |= ak_store::MV;
        }
        if !no_nulls {
            flags |= ak_store::NULLS;
        }
        let Some(slot) = ak_store::free_slot(&dir) else {
            sess.say("Too many indices");
            return Outcome::Done(8503);
        };
        let ix = Index {
            slot,
            name: n.clone().into_bytes(),
            flags,
            fno,
            dict_rec: rec,
            dict_path: dict.path.clone(),
            gen: 0,
            entries: Vec::new(),
        };
        if ix.save(&dir).is_err() {
            sess.say(&format!("Failed to create alternate key index {n}"));
            return Outcome::Done(ER_ARGS);
        }
        sess.say(&format!("Added index for {n}"));
    }
    Outcome::Done(0)
}

/// The words after the file name: `ALL` or index names (an error when
/// both are given).
fn names_or_all(sess: &mut Session, w: &[String], i: usize) -> Result<(bool, Vec<String>), i64> {
    let mut all = false;
    let mut names = Vec::new();
    for t in &w[i.min(w.len())..] {
        if t.eq_ignore_ascii_case("ALL") {
            if !names.is_empty() {
                sess.say("Cannot use ALL with field names");
                return Err(ER_ARGS);
            }
            all = true;
        } else {
            names.push(t.clone());
        }
    }
    Ok((all, names))
}

/// Matches the names given to the file's indices (as given, then in upper
/// case); reports the first unknown one.
fn resolve(sess: &mut Session, have: &[Index], names: &[String]) -> Result<Vec<Vec<u8>>, ()> {
    let mut out = Vec::new();
    for n in names {
        if let Some(x) = have.iter().find(|x| x.name == n.as_bytes()) {
            out.push(x.name.clone());
            continue;
        }
        let u = n.to_ascii_uppercase();
        match have
            .iter()
            .find(|x| x.name.to_ascii_uppercase() == u.as_bytes())
        {
            Some(x) => out.push(x.name.clone()),
            None => {
                sess.say(&format!("Unrecognised index name ({u})"));
                return Err(());
            }
        }
    }
    Ok(out)
}

/// `BUILD.INDEX [DICT] file index... | ALL`.
pub fn build_index(sess: &mut Session, w: &[String]) -> Outcome {
    let (data, _name, _dict, i) = match open_named(sess, w) {
        Ok(x) => x,
        Err(rc) => return Outcome::Done(rc),
    };
    let (all, names) = match names_or_all(sess, w, i) {
        Ok(x) => x,
        Err(rc) => return Outcome::Done(rc),
    };
    if !all && names.is_empty() {
        return fail_prompt(sess, "BUILD.INDEX");
    }
    let dir: PathBuf = data.path.clone();
    if sess.is_open(&dir) {
        sess.say("Cannot gain exclusive access to file");
        return Outcome::Done(ER_EXCLUSIVE);
    }
    let _hold = match ak_store::hold_exclusive(&dir, false) {
        Ok(Some(h)) => h,
        _ => return Outcome::Done(DHE_NO_INDICES),
    };
    let have = ak_store::load_all(&dir);
    if have.is_empty() {
        return Outcome::Done(DHE_NO_INDICES);
    }
    let Ok(wanted) = resolve(sess, &have, &names) else {
        return Outcome::Done(ER_AKNF);
    };
    let ids = dir_file::list_ids(&dir);
    for mut ix in have {
        // names given after ALL still choose the indices built
        if !wanted.is_empty() && !wanted.contains(&ix.name) {
            continue;
        }
        sess.say(&format!(
            "Building index '{}'...",
            String::from_utf8_lossy(&ix.name)
        ));
        ix.entries.clear();
        let (mut ct, mut interval) = (0usize, 100usize);
        let mut progress = String::new();
        for id in &ids {
            let rec = data.read(id).unwrap_or_default();
            match ix.keys_of(id, &rec) {
                Ok(keys) => {
                    for k in keys {
                        ix.add(&k, id);
                    }
                }
                Err(m) => {
                    sess.say(&m);
                    return Outcome::Done(ER_ARGS);
                }
            }
            ct += 1;
            if ct % interval == 0 {
                progress.push_str(&format!("\r{ct} records processed"));
                if ct == 1000 {
                    interval = 1000;
                } else if ct == 10000 {
                    interval = 5000;
                }
            }
        }
        sess.say(&format!("{progress}\r{ct} records processed"));
        sess.say("Populating index...");
        ix.flags |= ak_store::ENABLED;
        ix.gen += 1;
        if let Err(e) = ix.save(&dir) {
            sess.say(&format!("BUILD.INDEX: cannot write the index: {e}"));
            return Outcome::Done(ER_ARGS);
        }
    }
    Outcome::Done(0)
}

/// `DELETE.INDEX [DICT] file index... | ALL`.
pub fn delete_index(sess: &mut Session, w: &[String]) -> Outcome {
    let (data, _name, _dict, i) = match open_named(sess, w) {
        Ok(x) => x,
        Err(rc) => return Outcome::Done(rc),
    };
    let (all, mut names) = match names_or_all(sess, w, i) {
        Ok(x) => x,
        Err(rc) => return Outcome::Done(rc),
    };
    if !all && names.is_empty() {
        return fail_prompt(sess, "DELETE.INDEX");
    }
    let dir = data.path.clone();
    let have = ak_store::load_all(&dir);
    if have.is_empty() {
        sess.say("File has no indices");
        return Outcome::Done(ER_ARGS);
    }
    if sess.is_open(&dir) {
        sess.say("Cannot gain exclusive access to file");
        return Outcome::Done(ER_ARGS);
    }
    let _hold = ak_store::hold_exclusive(&dir, false);
    let mut rc = 0;
    for ix in have {
        let shown = String::from_utf8_lossy(&ix.name).into_owned();
        if !all {
            match names
                .iter()
                .position(|n| n.as_bytes() == ix.name.as_slice())
            {
                Some(p) => {
                    names.remove(p);
                }
                None => continue,
            }
        }
        match ak_store::delete_slot(&dir, ix.slot) {
            Ok(()) => sess.say(&format!("Deleted index {shown}")),
            Err(e) => {
                sess.say(&format!(
                    "Error {} deleting index {shown}",
                    e.raw_os_error().unwrap_or(0)
                ));
                rc = -ER_AKNF;
            }
        }
    }
    for n in names {
        sess.say(&format!("Unrecognised index name ({n})"));
    }
    Outcome::Done(rc)
}

/// `LIST.INDEX [DICT] file index... | ALL`: the indices' definitions.
pub fn list_index(sess: &mut Session, w: &[String]) -> Outcome {
    let (data, name, dict_flag, i) = match open_named(sess, w) {
        Ok(x) => x,
        Err(rc) => return Outcome::Done(rc),
    };
    let dict = dict_of(sess, &name, dict_flag);
    let mut all = false;
    let mut names = Vec::new();
    for t in &w[i.min(w.len())..] {
        match t.to_ascii_uppercase().as_str() {
            "ALL" if names.is_empty() => all = true,
            "ALL" => {
                sess.say("Cannot use ALL with field names");
                return Outcome::Done(ER_ARGS);
            }
            "DETAIL" | "STATISTICS" => {
                sess.say(&format!(
                    "LIST.INDEX: {} is not supported",
                    t.to_ascii_uppercase()
                ));
                return Outcome::Done(ER_ARGS);
            }
            _ => names.push(t.clone()),
        }
    }
    if !all && names.is_empty() {
        return fail_prompt(sess, "LIST.INDEX");
    }
    let have = ak_store::load_all(&data.path);
    if have.is_empty() {
        sess.say("File has no indices");
        return Outcome::Done(0);
    }
    let Ok(wanted) = resolve(sess, &have, &names) else {
        return Outcome::Done(ER_ARGS);
    };
    sess.say(&format!("Alternate key indices for file {name}"));
    sess.say(&format!("Number of indices = {}", have.len()));
    sess.say("");
    let mut headings = true;
    for ix in &have {
        if !all && !wanted.contains(&ix.name) {
            continue;
        }
        if headings {
            sess.say("Index name...... En Type Nulls S/M Fmt Field/Expression");
            headings = false;
        }
        let mut line = vec![b' '; 79];
        let mut put = |col: usize, width: usize, s: &[u8]| {
            for (j, c) in s.iter().take(width).enumerate() {
                line[col - 1 + j] = *c;
            }
        };
        if ix.name.len() > 16 {
            sess.say(&String::from_utf8_lossy(&ix.name));
        } else {
            put(1, 18, &ix.name);
        }
        put(
            19,
            1,
            if ix.flags & ak_store::ENABLED != 0 {
                b"Y"
            } else {
                b"N"
            },
        );
        let ty = ix.dict_rec.first().copied().unwrap_or(b'D');
        put(22, 1, &[ty]);
        put(
            27,
            3,
            if ix.flags & ak_store::NULLS != 0 {
                b"Yes"
            } else {
                b"No "
            },
        );
        put(
            33,
            1,
            if ix.flags & ak_store::MV != 0 {
                b"M"
            } else {
                b"S"
            },
        );
        put(37, 1, if ix.right() { b"R" } else { b"L" });
        let what = if ix.fno >= 0 {
            ix.fno.to_string()
        } else {
            field(&ix.dict_rec, 2)
        };
        put(40, 40, what.as_bytes());
        sess.say(&String::from_utf8_lossy(&line));
        if let Some(d) = &dict {
            match d.read(&ix.name) {
                Some(rec) => {
                    let same_type = rec.first().map(|c| c.to_ascii_uppercase()) == Some(ty);
                    let theirs = field(&rec, 2);
                    if !same_type || what.trim() != theirs.trim() {
                        sess.say("** The above index differs from its dictionary definition");
                    }
                }
                None => sess.say("** The above index is not in the dictionary"),
            }
        }
        sess.say("");
    }
    Outcome::Done(0)
}

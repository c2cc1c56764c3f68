//! The TCL command verbs that EXECUTE, PERFORM, CHAIN and `mvbasic exec`
//! run without the VM: BASIC/COMPILE/CATALOG (compile check), CREATE.FILE,
//! DELETE.FILE, CLEARSELECT, SELECT/SSELECT and the PHANTOM verbs
//! (PHANTOM, LIST.PHANTOMS, STOP.PHANTOM). RUN is parsed here and handed
//! back to the VM, which runs the program at a nested level.
//!
//! Every verb writes its messages to the session's display (or EXECUTE
//! CAPTURING) and yields @SYSTEM.RETURN.CODE. A new verb is one more arm in
//! [`run`] (and, if it should be listed, a name in [`voc::VERBS`]).

use super::dir_file::{self, id_to_filename};
use super::phantom::{self, Launcher};
use super::select_list::SelectList;
use super::session::Session;
use super::voc;

/// What a command line asks of the VM once the host has run it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The command ran; its @SYSTEM.RETURN.CODE.
    Done(i64),
    /// `RUN [FILE] PROG`: the VM runs item `prog` of directory file `file`
    /// as a nested program level (@SYSTEM.RETURN.CODE is then -1).
    Run {
        /// Directory file holding the program (`BP` by default).
        file: String,
        /// The program's item name.
        prog: String,
    },
}

/// Splits a command line into words, keeping quoted strings together
/// (quotes removed).
pub fn words(cmd: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut had = false;
    for c in cmd.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.push(c),
            None if c == '"' || c == '\'' || c == '\\' => {
                quote = Some(c);
                had = true;
            }
            None if c == ' ' || c == '\t' => {
                if !cur.is_empty() || had {
                    out.push(std::mem::take(&mut cur));
                    had = false;
                }
            }
            None => cur.push(c),
        }
    }
    if !cur.is_empty() || had {
        out.push(cur);
    }
    out
}

/// Runs one command line (already trimmed) in the session's account.
pub fn run(sess: &mut Session, cmd: &str) -> Outcome {
    // PHANTOM and friends start processes: never from the test sandbox
    if sess.sandbox.is_none() {
        let launcher = Launcher {
            program: sess.host.executable.clone(),
            args: vec![
                "--account".into(),
                sess.account.clone().into_os_string(),
                phantom::EXEC_SUBCOMMAND.into(),
            ],
        };
        if let Some(o) = phantom::execute(cmd, &sess.account, &launcher) {
            sess.write(o.output.as_bytes());
            return Outcome::Done(o.return_code);
        }
    }
    let host = sess.host.clone();
    let w = words(cmd);
    let verb = w
        .first()
        .map(|s| s.to_ascii_uppercase())
        .unwrap_or_default();
    let account = sess.account.clone();
    match verb.as_str() {
        "" => Outcome::Done(0),
        "RUN" | "RAID" => {
            let (file, prog) = match w.len() {
                2 => ("BP".to_string(), w[1].clone()),
                n if n >= 3 => (w[1].clone(), w[2].clone()),
                _ => {
                    sess.say("Program name required");
                    return Outcome::Done(-1);
                }
            };
            Outcome::Run { file, prog }
        }
        "BASIC" | "COMPILE" | "CATALOG" | "CATALOGUE" => {
            if w.len() < 3 {
                return Outcome::Done(0);
            }
            let dir = account.join(&w[1]);
            let p = dir.join(id_to_filename(w[2].as_bytes()));
            match std::fs::read(&p) {
                Ok(text) => {
                    match crate::host::programs::compile_source(
                        &account,
                        Some(&dir),
                        &p.to_string_lossy(),
                        &w[2],
                        &text,
                        &host.extensions,
                    ) {
                        Ok(_) => sess.say(&format!("Compiling {} {}\n0 error(s)", w[1], w[2])),
                        Err(errs) => {
                            for e in errs {
                                sess.say(&e.to_string());
                            }
                        }
                    }
                    Outcome::Done(0)
                }
                Err(_) => {
                    sess.say(&format!("Record '{}' not found", w[2]));
                    Outcome::Done(-1)
                }
            }
        }
        "CREATE.FILE" => {
            let name = match w.get(1) {
                Some(n) if !n.eq_ignore_ascii_case("DICT") => n.clone(),
                _ => {
                    sess.say("File name required");
                    return Outcome::Done(-1);
                }
            };
            let data = account.join(&name);
            if data.exists() {
                sess.say("DATA part of file already exists");
                return Outcome::Done(-1);
            }
            let dict = account.join(format!("{}.DIC", name));
            let _ = std::fs::create_dir_all(&dict);
            sess.say(&format!("Created DICT part as {}.DIC", name));
            if std::fs::create_dir_all(&data).is_err() {
                sess.say("Unable to create DATA part");
                return Outcome::Done(-1);
            }
            sess.say(&format!("Created DATA part as {}", name));
            let _ = std::fs::write(dict.join("@ID"), "D\n0\n\nID\n10L\nS");
            sess.say("Added default '@ID' record to dictionary");
            if let Some(voc) = voc::ensure_voc(&account) {
                let _ = std::fs::write(
                    voc.join(id_to_filename(name.as_bytes())),
                    format!("F\n{}\n{}.DIC", name, name),
                );
            }
            Outcome::Done(0)
        }
        "DELETE.FILE" => {
            let name = match w.get(1) {
                Some(n) => n.clone(),
                None => {
                    sess.say("File name required");
                    return Outcome::Done(-1);
                }
            };
            let data = account.join(&name);
            if !data.is_dir() || name.contains('/') || name == "." || name == ".." {
                sess.say(&format!("No VOC record found for {}", name));
                return Outcome::Done(-7);
            }
            let _ = std::fs::remove_dir_all(&data);
            sess.say(&format!("DATA portion '{}' deleted", name));
            let dict = account.join(format!("{}.DIC", name));
            if dict.is_dir() {
                let _ = std::fs::remove_dir_all(&dict);
                sess.say(&format!("DICT portion '{}.DIC' deleted", name));
            }
            let voc = account.join("VOC").join(id_to_filename(name.as_bytes()));
            let _ = std::fs::remove_file(voc);
            sess.say(&format!("VOC entry '{}' deleted", name));
            Outcome::Done(0)
        }
        "CLEARSELECT" => {
            let all = w
                .get(1)
                .map(|s| s.eq_ignore_ascii_case("ALL"))
                .unwrap_or(false);
            let n: usize = w.get(1).and_then(|s| s.parse().ok()).unwrap_or(0);
            for (i, l) in sess.lists.iter_mut().enumerate() {
                if all || i == n {
                    *l = None;
                }
            }
            Outcome::Done(0)
        }
        "SELECT" | "SSELECT" => select(sess, &verb, &w),
        _ => {
            sess.say(&format!(
                "{} is not in your VOC",
                w.first().cloned().unwrap_or_default()
            ));
            Outcome::Done(-1)
        }
    }
}

/// SELECT/SSELECT file [WITH @ID = "v" [OR ...]] [BY @ID] [TO n].
fn select(sess: &mut Session, verb: &str, w: &[String]) -> Outcome {
    let fname = match w.get(1) {
        Some(f) => f.clone(),
        None => {
            sess.say("File name required");
            return Outcome::Done(-1);
        }
    };
    let file = match dir_file::open(&sess.account, fname.as_bytes()) {
        Some(f) => f,
        _ => {
            sess.say(&format!("File {} not found", fname));
            return Outcome::Done(-1);
        }
    };
    let mut ids = file.ids();
    let mut target = 0usize;
    let mut wanted: Vec<Vec<u8>> = Vec::new();
    let mut i = 2;
    while i < w.len() {
        let u = w[i].to_ascii_uppercase();
        match u.as_str() {
            "WITH" | "OR" => {
                // WITH @ID = value
                if i + 3 < w.len() + 1
                    && w.get(i + 1)
                        .map(|s| s.eq_ignore_ascii_case("@ID"))
                        .unwrap_or(false)
                {
                    let (op, val) = (
                        w.get(i + 2).cloned().unwrap_or_default(),
                        w.get(i + 3).cloned().unwrap_or_default(),
                    );
                    if op == "=" || op.eq_ignore_ascii_case("EQ") {
                        wanted.push(val.into_bytes());
                        i += 4;
                        continue;
                    }
                }
                i += 1;
            }
            "TO" => {
                target = w
                    .get(i + 1)
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0)
                    .min(10);
                i += 2;
            }
            _ => i += 1,
        }
    }
    if !wanted.is_empty() {
        ids.retain(|id| wanted.contains(id));
    }
    if verb == "SSELECT" {
        // sorting reads every record: ids whose record cannot be read
        // (ScarletDME lists `%dX` as `X`) are dropped
        ids.retain(|id| file.read(id).is_some());
        ids.sort();
    }
    let n = ids.len();
    if let Some(slot) = sess.lists.get_mut(target) {
        *slot = if n > 0 {
            Some(SelectList::new(ids))
        } else {
            None
        };
    }
    sess.selected = n as i64;
    sess.say(&format!("{} record(s) selected to list {}", n, target));
    Outcome::Done(n as i64)
}

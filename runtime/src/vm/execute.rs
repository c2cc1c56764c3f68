//! EXECUTE / PERFORM: the built-in command set (RUN, CREATE.FILE,
//! DELETE.FILE, CLEARSELECT, SELECT, SSELECT, BASIC, CATALOG), extension
//! hooks, and the account's VOC.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::extensions::{Arity, ExtCtx};
use crate::host::select_list::SelectList;
use crate::host::session::Session;
use crate::value::{Handle, Value};
use crate::vm::{Halt, Vm};

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

/// Result of one command: return code and optional list for RTNLIST.
struct CmdResult {
    rc: Value,
}

impl Vm {
    /// EXECUTE: runs a command; returns (captured output, RETURNING value,
    /// RTNLIST list).
    pub(crate) fn execute(
        &mut self,
        cmd: &[u8],
        capturing: bool,
    ) -> Result<(Value, Value, Value), crate::vm::Step> {
        self.execute_with(cmd, capturing, false)
    }

    /// EXECUTE with RTNLIST: the list the command made moves to the
    /// returned value instead of staying the default list.
    pub(crate) fn execute_with(
        &mut self,
        cmd: &[u8],
        capturing: bool,
        rtnlist: bool,
    ) -> Result<(Value, Value, Value), crate::vm::Step> {
        let cmd = String::from_utf8_lossy(cmd).trim().to_string();
        // uncaptured output goes straight to the display (a long-running
        // command shows its output as it runs)
        if capturing {
            self.sess.capture.push(Vec::new());
        }
        let res = self.run_command(&cmd);
        let out = if capturing {
            self.sess.capture.pop().unwrap_or_default()
        } else {
            Vec::new()
        };
        let rc = res.rc;
        self.sess.system_return_code = rc.clone();
        let mut cap = out;
        if cap.last() == Some(&b'\n') {
            cap.pop();
        }
        for c in cap.iter_mut() {
            if *c == b'\n' {
                *c = 0xFE;
            }
        }
        // RTNLIST: the default list made by the command
        let list = match self.sess.lists.get_mut(0).and_then(|l| l.take()) {
            Some(l) => {
                if !rtnlist {
                    // no RTNLIST: it stays the default list
                    if let Some(slot) = self.sess.lists.get_mut(0) {
                        *slot = Some(l.clone());
                    }
                }
                Value::Handle(Rc::new(Handle::List(RefCell::new(l))))
            }
            None => Value::empty(),
        };
        Ok((Value::str(cap), rc, list))
    }

    fn say(&mut self, s: &str) {
        let mut b = s.as_bytes().to_vec();
        b.push(b'\n');
        self.sess.write(&b);
    }

    fn run_command(&mut self, cmd: &str) -> CmdResult {
        // extension hooks first (not in the test sandbox)
        let hooks = if self.sess.sandbox.is_some() {
            Vec::new()
        } else {
            self.sess.host.extensions.exec_hooks().to_vec()
        };
        for h in hooks {
            let mut ctx = ExtCtx::new(self.sess.account.clone(), 4, Arity::exactly(1));
            self.sess.flush();
            if let Some((out, rc)) = h(&mut ctx, cmd) {
                self.sess.write(&ctx.output);
                self.sess.write(&out);
                return CmdResult {
                    rc: Value::int(rc as i64),
                };
            }
        }
        let w = words(cmd);
        let verb = w
            .first()
            .map(|s| s.to_ascii_uppercase())
            .unwrap_or_default();
        let account = self.sess.account.clone();
        match verb.as_str() {
            "" => CmdResult { rc: Value::Int(0) },
            "RUN" | "RAID" => {
                let (file, prog) = match w.len() {
                    2 => ("BP".to_string(), w[1].clone()),
                    n if n >= 3 => (w[1].clone(), w[2].clone()),
                    _ => {
                        self.say("Program name required");
                        return CmdResult { rc: Value::Int(-1) };
                    }
                };
                self.run_program(&file, &prog, cmd);
                CmdResult { rc: Value::Int(-1) }
            }
            "BASIC" | "COMPILE" | "CATALOG" | "CATALOGUE" => {
                if w.len() < 3 {
                    return CmdResult { rc: Value::Int(0) };
                }
                let dir = account.join(&w[1]);
                let p = dir.join(crate::host::dir_file::id_to_filename(w[2].as_bytes()));
                match std::fs::read(&p) {
                    Ok(text) => {
                        match crate::host::programs::compile_source(
                            &account,
                            Some(&dir),
                            &p.to_string_lossy(),
                            &w[2],
                            &text,
                            &self.sess.host.extensions,
                        ) {
                            Ok(_) => self.say(&format!("Compiling {} {}\n0 error(s)", w[1], w[2])),
                            Err(errs) => {
                                for e in errs {
                                    self.say(&e);
                                }
                            }
                        }
                        CmdResult { rc: Value::Int(0) }
                    }
                    Err(_) => {
                        self.say(&format!("Record '{}' not found", w[2]));
                        CmdResult { rc: Value::Int(-1) }
                    }
                }
            }
            "CREATE.FILE" => {
                let name = match w.get(1) {
                    Some(n) if !n.eq_ignore_ascii_case("DICT") => n.clone(),
                    _ => {
                        self.say("File name required");
                        return CmdResult { rc: Value::Int(-1) };
                    }
                };
                let data = account.join(&name);
                if data.exists() {
                    self.say("DATA part of file already exists");
                    return CmdResult { rc: Value::Int(-1) };
                }
                let dict = account.join(format!("{}.DIC", name));
                let _ = std::fs::create_dir_all(&dict);
                self.say(&format!("Created DICT part as {}.DIC", name));
                if std::fs::create_dir_all(&data).is_err() {
                    self.say("Unable to create DATA part");
                    return CmdResult { rc: Value::Int(-1) };
                }
                self.say(&format!("Created DATA part as {}", name));
                let _ = std::fs::write(dict.join("@ID"), "D\n0\n\nID\n10L\nS");
                self.say("Added default '@ID' record to dictionary");
                if let Some(voc) = ensure_voc(&account) {
                    let _ = std::fs::write(
                        voc.join(crate::host::dir_file::id_to_filename(name.as_bytes())),
                        format!("F\n{}\n{}.DIC", name, name),
                    );
                }
                CmdResult { rc: Value::Int(0) }
            }
            "DELETE.FILE" => {
                let name = match w.get(1) {
                    Some(n) => n.clone(),
                    None => {
                        self.say("File name required");
                        return CmdResult { rc: Value::Int(-1) };
                    }
                };
                let data = account.join(&name);
                if !data.is_dir() || name.contains('/') || name == "." || name == ".." {
                    self.say(&format!("No VOC record found for {}", name));
                    return CmdResult { rc: Value::Int(-7) };
                }
                let _ = std::fs::remove_dir_all(&data);
                self.say(&format!("DATA portion '{}' deleted", name));
                let dict = account.join(format!("{}.DIC", name));
                if dict.is_dir() {
                    let _ = std::fs::remove_dir_all(&dict);
                    self.say(&format!("DICT portion '{}.DIC' deleted", name));
                }
                let voc = account
                    .join("VOC")
                    .join(crate::host::dir_file::id_to_filename(name.as_bytes()));
                let _ = std::fs::remove_file(voc);
                self.say(&format!("VOC entry '{}' deleted", name));
                CmdResult { rc: Value::Int(0) }
            }
            "CLEARSELECT" => {
                let all = w
                    .get(1)
                    .map(|s| s.eq_ignore_ascii_case("ALL"))
                    .unwrap_or(false);
                let n: usize = w.get(1).and_then(|s| s.parse().ok()).unwrap_or(0);
                for (i, l) in self.sess.lists.iter_mut().enumerate() {
                    if all || i == n {
                        *l = None;
                    }
                }
                CmdResult { rc: Value::Int(0) }
            }
            "SELECT" | "SSELECT" => self.select_command(&verb, &w),
            _ => {
                self.say(&format!(
                    "{} is not in your VOC",
                    w.first().cloned().unwrap_or_default()
                ));
                CmdResult { rc: Value::Int(-1) }
            }
        }
    }

    /// SELECT/SSELECT file [WITH @ID = "v" [OR ...]] [BY @ID] [TO n].
    fn select_command(&mut self, verb: &str, w: &[String]) -> CmdResult {
        let fname = match w.get(1) {
            Some(f) => f.clone(),
            None => {
                self.say("File name required");
                return CmdResult { rc: Value::Int(-1) };
            }
        };
        let file = match self.open_file(fname.as_bytes()) {
            Some(Value::Handle(h)) => h,
            _ => {
                self.say(&format!("File {} not found", fname));
                return CmdResult { rc: Value::Int(-1) };
            }
        };
        let mut ids = match &*file {
            Handle::File(f) => f.borrow().ids(),
            _ => Vec::new(),
        };
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
            ids.sort();
        }
        let n = ids.len();
        if let Some(slot) = self.sess.lists.get_mut(target) {
            *slot = if n > 0 {
                Some(SelectList::new(ids))
            } else {
                None
            };
        }
        self.sess.selected = n as i64;
        self.say(&format!("{} record(s) selected to list {}", n, target));
        CmdResult {
            rc: Value::int(n as i64),
        }
    }

    /// Runs BP program `prog` of directory file `file` as a nested level.
    fn run_program(&mut self, file: &str, prog: &str, sentence: &str) {
        let account = self.sess.account.clone();
        let dir = account.join(file);
        let p = dir.join(crate::host::dir_file::id_to_filename(prog.as_bytes()));
        let text = match std::fs::read(&p) {
            Ok(t) => t,
            Err(_) => {
                self.say(&format!("Program '{}' not found in {}", prog, file));
                return;
            }
        };
        // programs run repeatedly are compiled once (again if the source changes)
        let cached = match self.sess.run_cache.get(&p) {
            Some((t, c)) if *t == text => Some(c.clone()),
            _ => None,
        };
        let chunk = match cached {
            Some(c) => c,
            None => match crate::host::programs::compile_source(
                &account,
                Some(&dir),
                &p.to_string_lossy(),
                prog,
                &text,
                &self.sess.host.extensions,
            ) {
                Ok(c) => {
                    let c = Rc::new(c);
                    self.sess.run_cache.insert(p.clone(), (text, c.clone()));
                    c
                }
                Err(errs) => {
                    for e in errs {
                        self.say(&e);
                    }
                    return;
                }
            },
        };
        if self.sess.depth > 50 {
            self.say("EXECUTE nested too deeply");
            return;
        }
        let mut sess = std::mem::take(&mut self.sess);
        let saved_sentence = std::mem::replace(&mut sess.sentence, sentence.as_bytes().to_vec());
        let saved_file = std::mem::replace(&mut sess.prog_file, file.to_string());
        sess.depth += 1;
        let mut child = Vm::new(chunk, sess);
        let r = child.run();
        if let Err(Halt::Error(m)) = &r {
            child.sess.write(format!("{}\n", m).as_bytes());
        }
        let mut sess: Session = std::mem::take(&mut child.sess);
        // the child level's blank COMMON ends with it
        let key = format!("$@{}", sess.depth);
        if let Some(i) = sess.common_names.iter().position(|n| *n == key) {
            sess.commons[i].clear();
        }
        sess.depth -= 1;
        sess.sentence = saved_sentence;
        sess.prog_file = saved_file;
        self.sess = sess;
    }
}

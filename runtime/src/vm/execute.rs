//! EXECUTE / PERFORM / CHAIN in the VM: output capture, RTNLIST, extension
//! hooks, and RUN of a program at a nested level. The command verbs
//! themselves are host services (`crate::host::commands`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::extensions::{Arity, ExtCtx};
use crate::host::commands::{self, Outcome};
use crate::host::select_list::SelectList;
use crate::host::session::Session;
use crate::value::Value;
use crate::vm::{Halt, Vm};

/// Result of one command: return code and optional list for RTNLIST.
pub(super) struct CmdResult {
    /// @SYSTEM.RETURN.CODE after it.
    pub(super) rc: Value,
    /// A program run by the command aborted (ABORT or a run-time error).
    pub(super) aborted: bool,
    /// The command's first word named nothing that can run (not in the
    /// VOC, not catalogued, a VOC record of another type): ScarletDME's
    /// command processor then unwinds, running none of the commands,
    /// paragraph or sentence lines that follow.
    pub(super) unwound: bool,
}

impl CmdResult {
    pub(super) fn rc(rc: Value) -> CmdResult {
        CmdResult {
            rc,
            aborted: false,
            unwound: false,
        }
    }
}

impl Vm {
    /// EXECUTE: runs a command; returns (captured output, RETURNING value,
    /// RTNLIST list).
    pub(crate) fn execute(
        &mut self,
        cmd: &[u8],
        capturing: bool,
    ) -> Result<(Value, Value, Value), crate::vm::Step> {
        self.execute_with(cmd, capturing, false, false)
    }

    /// EXECUTE with RTNLIST: the list the command made moves to the
    /// returned value instead of staying the default list. With TRAPPING
    /// ABORTS an abort of the command sets @ABORT.CODE/@ABORT.MESSAGE,
    /// leaves @SYSTEM.RETURN.CODE as it was and the CAPTURING variable empty.
    pub(crate) fn execute_with(
        &mut self,
        cmd: &[u8],
        capturing: bool,
        rtnlist: bool,
        trapping: bool,
    ) -> Result<(Value, Value, Value), crate::vm::Step> {
        // uncaptured output goes straight to the display (a long-running
        // command shows its output as it runs)
        if capturing {
            self.sess.capture.push(Vec::new());
        }
        // an EXECUTEd command level starts with the prompt "?" (ScarletDME's
        // command processor sets it); the caller's comes back afterwards
        let prompt = std::mem::replace(&mut self.sess.prompt, b"?".to_vec());
        // commands separated by field marks run one after the other (until
        // one aborts)
        let mut res = CmdResult::rc(Value::Int(0));
        // the command runs one level down; the print units that level owns
        // are closed after each command
        self.sess.spool_exec_begin();
        for part in cmd.split(|&c| c == 0xFE) {
            let part = String::from_utf8_lossy(part).trim().to_string();
            if part.is_empty() && cmd.contains(&0xFE) {
                continue;
            }
            res = self.run_command(&part);
            self.sess.spool_exec_end(false);
            if res.aborted || res.unwound || self.sess.term.terminated.is_some() {
                break;
            }
        }
        self.sess.spool_exec_end(true);
        self.sess.prompt = prompt;
        if res.unwound {
            // ScarletDME's command processor keeps a stack of sentences per
            // EXECUTE: each command pushes the one before it and pops it
            // back when done, but a command that is not found pops without
            // having pushed, so the caller gets the empty bottom of the
            // stack as its @SENTENCE
            self.sess.sentence.clear();
        }
        if self.sess.term.terminated.is_some() {
            // input ran out in the command: the whole process ends
            if capturing {
                self.sess.capture.pop();
            }
            return Err(crate::vm::Step::Halt(Halt::Stop));
        }
        let out = if capturing {
            self.sess.capture.pop().unwrap_or_default()
        } else {
            Vec::new()
        };
        // an abort leaves @SYSTEM.RETURN.CODE as the program left it
        // (ABORTE 201 after its message: 201)
        let rc = if res.aborted {
            self.sess.system_return_code.clone()
        } else {
            res.rc
        };
        self.sess.system_return_code = rc.clone();
        let mut cap = if res.aborted && trapping {
            Vec::new()
        } else {
            out
        };
        if cap.last() == Some(&b'\n') {
            cap.pop();
        }
        for c in cap.iter_mut() {
            if *c == b'\n' {
                *c = 0xFE;
            }
        }
        // RTNLIST: the default list the command left moves to the
        // variable, which always gets a list (an empty one when there is
        // none); without RTNLIST it stays the caller's default list
        let list = if rtnlist {
            let l = self
                .sess
                .lists
                .get_mut(0)
                .and_then(|l| l.take())
                .unwrap_or_default();
            Value::handle(Rc::new(RefCell::new(l)))
        } else {
            Value::empty()
        };
        Ok((Value::str(cap), rc, list))
    }

    /// EXECUTE ... PASSLIST var: the list held in the variable (what is
    /// left of it) becomes the default list the command works on. The
    /// compiler has already taken it out of the variable, which stays
    /// unassigned; anything but a select list is ScarletDME's `Incorrect
    /// data type in NAME`.
    pub(super) fn pass_list(&mut self, v: &Value, name: &[u8]) -> Result<(), crate::vm::Step> {
        let Some(l) = v.resource::<RefCell<SelectList>>() else {
            return Err(crate::vm::RuntimeError::Failed(format!(
                "Incorrect data type in {}",
                String::from_utf8_lossy(name)
            ))
            .into());
        };
        // a copy of the variable made before keeps its own list
        let l = l.borrow().clone();
        if self.sess.lists.is_empty() {
            self.sess.lists.resize(11, None);
        }
        self.sess.lists[0] = (!l.is_empty()).then_some(l);
        Ok(())
    }

    pub(super) fn run_command(&mut self, cmd: &str) -> CmdResult {
        // a comment line does nothing (@SYSTEM.RETURN.CODE stays)
        if cmd == "*" || cmd.starts_with("* ") {
            return CmdResult::rc(self.sess.system_return_code.clone());
        }
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
                return CmdResult::rc(Value::int(rc as i64));
            }
        }
        match commands::run(&mut self.sess, cmd) {
            Outcome::Done(rc) => CmdResult::rc(Value::int(rc)),
            Outcome::Unknown(rc) => CmdResult {
                rc: Value::int(rc),
                aborted: false,
                unwound: true,
            },
            Outcome::Run { file, prog } => {
                // ScarletDME runs the object in `file.OUT` and names it in
                // its messages; mvbasic compiles the source in `file`
                let dir = match crate::host::dir_file::open_part(
                    &self.sess.account,
                    file.as_bytes(),
                    false,
                ) {
                    Ok(d) => d.path,
                    Err(_) => {
                        self.sess.say(&format!("File {file}.OUT not found"));
                        let rc = -(crate::status_codes::ER_NVR as i64);
                        return CmdResult::rc(Value::Int(rc));
                    }
                };
                let p = dir.join(crate::host::dir_file::id_to_filename(prog.as_bytes()));
                if !p.is_file() {
                    self.sess
                        .say(&format!("Program {file}.OUT {prog} not found"));
                    let rc = -(crate::status_codes::ER_RNF as i64);
                    return CmdResult::rc(Value::Int(rc));
                }
                let aborted = self.run_program(&p, &file, &prog, cmd);
                // running a program leaves @SYSTEM.RETURN.CODE as it was
                CmdResult {
                    rc: self.sess.system_return_code.clone(),
                    aborted,
                    unwound: false,
                }
            }
            Outcome::RunSource { source, name } => {
                if !source.is_file() {
                    self.sess.say(&format!("Cannot load {} - not found", name));
                    return CmdResult::rc(Value::Int(-1));
                }
                let file = source
                    .parent()
                    .and_then(|d| d.file_name())
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let aborted = self.run_program(&source, &file, &name, cmd);
                CmdResult {
                    rc: self.sess.system_return_code.clone(),
                    aborted,
                    unwound: false,
                }
            }
            Outcome::Paragraph { sentence, body } => self.run_paragraph(&sentence, &body),
            Outcome::Lines(lines) => {
                if self.sess.depth > 50 {
                    self.sess.say("EXECUTE nested too deeply");
                    return CmdResult::rc(Value::Int(-1));
                }
                self.sess.depth += 1;
                let mut res = CmdResult::rc(Value::Int(0));
                for l in lines {
                    res = self.run_command(l.trim());
                    if res.aborted || res.unwound || self.sess.term.terminated.is_some() {
                        break;
                    }
                }
                self.sess.depth -= 1;
                res
            }
        }
    }

    /// Runs the program whose source is `p` (item `prog` of directory file
    /// `file`) as a nested level with `sentence` as its @SENTENCE. Returns
    /// true when it aborted (ABORT or a run-time error): @ABORT.CODE is then
    /// 1 and @ABORT.MESSAGE `00000000: <what> at line N of <path>`.
    fn run_program(&mut self, p: &std::path::Path, file: &str, prog: &str, sentence: &str) -> bool {
        let account = self.sess.account.clone();
        let p = p.to_path_buf();
        let dir = p.parent().map(|d| d.to_path_buf()).unwrap_or_default();
        // programs run repeatedly are compiled once (again if the source
        // changes: size and modification time of it and its includes)
        let cached = self.sess.objects.program(&p);
        let text = match cached {
            Some(_) => Vec::new(),
            None => match std::fs::read(&p) {
                Ok(t) => t,
                Err(_) => {
                    self.sess
                        .say(&format!("Program '{}' not found in {}", prog, file));
                    return false;
                }
            },
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
                    self.sess.objects.add_program(&p, c.clone());
                    c
                }
                Err(errs) => {
                    for e in errs {
                        self.sess.say(&e.to_string());
                    }
                    return false;
                }
            },
        };
        if self.sess.depth > 50 {
            self.sess.say("EXECUTE nested too deeply");
            return false;
        }
        let mut sess = std::mem::take(&mut self.sess);
        let saved_sentence = std::mem::replace(&mut sess.sentence, sentence.as_bytes().to_vec());
        let saved_file = std::mem::replace(&mut sess.prog_file, file.to_string());
        sess.depth += 1;
        let main_name = chunk.name.clone();
        let mut child = Vm::new(chunk, sess);
        let r = child.run();
        if let Err(Halt::Error(m)) = &r {
            child.sess.write(format!("{}\n", m).as_bytes());
        }
        if matches!(r, Err(Halt::Error(_)) | Err(Halt::Abort)) {
            // after the message: the destructors of the objects still held
            child.end_objects();
        }
        child.end_level_transactions();
        let where_ = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
        let abort = match &r {
            // an error inside a CALLed routine names the routine (its
            // catalogue name), one in the program itself the object path
            Err(Halt::Error(m)) if m.program != main_name => {
                Some(format!("{} at line {} of {}", m.error, m.line, m.program))
            }
            Err(Halt::Error(m)) => Some(format!(
                "{} at line {} of {}",
                m.scarletdme_message(),
                m.line,
                where_.display()
            )),
            Err(Halt::Abort) => {
                let ip = child.cur.ip.saturating_sub(1);
                let line = child.cur.chunk.lines.get(ip).copied().unwrap_or(0);
                Some(format!("Abort at line {} of {}", line, where_.display()))
            }
            _ => None,
        };
        let (code, message) = match &abort {
            Some(m) => (1, format!("00000000: {m}")),
            None => (0, String::new()),
        };
        child
            .sess
            .user
            .insert("ABORT.CODE".into(), Value::Int(code));
        child
            .sess
            .user
            .insert("ABORT.MESSAGE".into(), Value::text(&message));
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
        abort.is_some()
    }
}

//! Running a paragraph (`PA` VOC record) line by line, as ScarletDME's
//! command processor does: inline prompts replaced when the line runs,
//! IF / GO / STOP / ABORT / CLEARPROMPTS handled here, `DATA` lines after
//! a command queued for it, everything else run as a command. The text
//! side is `crate::host::paragraph`.

use super::execute::CmdResult;
use super::Vm;
use crate::bytecode::at_var_names::AT_VARS;
use crate::host::paragraph::{self, Context, Prompts};
use crate::value::Value;

/// The session seen by inline prompts and IF.
struct Session<'a> {
    vm: &'a mut Vm,
}

impl Context for Session<'_> {
    fn at_var(&mut self, name: &str) -> Option<String> {
        let i = AT_VARS.iter().position(|n| *n == name)?;
        let v = self.vm.load_at(i as u16);
        Some(String::from_utf8_lossy(&v.to_bytes(self.vm.prec())).into_owned())
    }

    fn record(&mut self, file: &str, id: &str) -> Option<Vec<u8>> {
        let acct = self.vm.sess.account.clone();
        let f = crate::host::dir_file::open_part(&acct, file.as_bytes(), false).ok()?;
        f.read(id.as_bytes())
    }

    fn system(&mut self, n: i64) -> String {
        let v = self.vm.system_fn(n);
        String::from_utf8_lossy(&v.to_bytes(self.vm.prec())).into_owned()
    }

    fn readnext(&mut self, n: usize) -> Option<String> {
        let slot = self.vm.sess.lists.get_mut(n)?;
        let l = slot.as_mut()?;
        let id = l.items.pop_front();
        if l.is_empty() {
            *slot = None;
        }
        id.map(|x| String::from_utf8_lossy(&x).into_owned())
    }

    fn keyboard(&mut self, prompt: &str) -> String {
        self.vm.sess.dsp_text(prompt.as_bytes());
        match self.vm.stdin_line() {
            Some(l) => String::from_utf8_lossy(&l).into_owned(),
            None => {
                self.vm.sess.input_ended();
                String::new()
            }
        }
    }
}

impl Vm {
    /// Runs paragraph `body` (the record's lines after `PA`), started by
    /// `sentence`.
    pub(super) fn run_paragraph(&mut self, sentence: &str, body: &[String]) -> CmdResult {
        let lines = match paragraph::preparse(body) {
            Ok(l) => l,
            Err(m) => return self.paragraph_abort(&m),
        };
        if self.sess.depth > 50 {
            self.sess.say("EXECUTE nested too deeply");
            return CmdResult::rc(Value::Int(-1));
        }
        self.sess.depth += 1;
        let mut mem = Prompts::default();
        let mut res = CmdResult::rc(Value::Int(0));
        // The sentence inline prompts see, kept as ScarletDME's command
        // processor keeps @SENTENCE: each command sets it and puts the
        // previous one back, but an IF that takes its THEN leaves it set
        // to the IF sentence, and an empty line (a label alone, a prompt
        // answered with nothing) takes the previous one off the stack,
        // down to the caller's sentence.
        let mut at_sentence = sentence.to_string();
        let mut stack = vec![String::from_utf8_lossy(&self.sess.sentence).into_owned()];
        let mut pc = 0;
        'lines: while pc < lines.len() {
            let mut sent = paragraph::strip_label(lines[pc].trim_start()).to_string();
            pc += 1;
            loop {
                sent = sent.trim_start().to_string();
                if sent.contains("<<") {
                    let mut ctx = Session { vm: self };
                    match paragraph::expand(&sent, &at_sentence, &mut ctx, &mut mem) {
                        Ok(s) => sent = s.trim_start().to_string(),
                        Err(m) => {
                            res = self.paragraph_abort(&m);
                            break 'lines;
                        }
                    }
                    if self.sess.term.terminated.is_some() {
                        break 'lines;
                    }
                }
                if sent.is_empty() {
                    at_sentence = stack.pop().unwrap_or_default();
                    break;
                }
                if sent == "*" || sent.starts_with("* ") {
                    break;
                }
                let (verb, rest) = match sent.split_once(' ') {
                    Some((v, r)) => (v.to_ascii_uppercase(), r.to_string()),
                    None => (sent.to_ascii_uppercase(), String::new()),
                };
                match verb.as_str() {
                    "IF" => {
                        let mut ctx = Session { vm: self };
                        match paragraph::eval_if(&rest, &mut ctx) {
                            Ok(Some(s)) => {
                                stack.push(std::mem::replace(&mut at_sentence, sent.clone()));
                                sent = s;
                                continue;
                            }
                            Ok(None) => break,
                            Err(m) => {
                                res = self.paragraph_abort(&m);
                                break 'lines;
                            }
                        }
                    }
                    "GO" | "GOTO" => {
                        let label = rest.split_whitespace().next().unwrap_or("");
                        match paragraph::find_label(&lines, pc, label) {
                            Some(i) => pc = i,
                            None => {
                                let mut l = label.to_string();
                                if !l.ends_with(':') {
                                    l.push(':');
                                }
                                self.sess.say(&format!("Label '{l}' not found"));
                                break 'lines;
                            }
                        }
                    }
                    "STOP" => break 'lines,
                    "ABORT" => {
                        res = self.paragraph_abort(rest.trim_start());
                        break 'lines;
                    }
                    "CLEARPROMPTS" => mem = Prompts::default(),
                    _ => {
                        // DATA lines see the command's own sentence
                        pc = self.queue_paragraph_data(&lines, pc, &sent, &mut mem);
                        res = self.run_command(&sent);
                        if res.aborted || res.unwound || self.sess.term.terminated.is_some() {
                            break 'lines;
                        }
                        // the next lines (IF @SYSTEM.RETURN.CODE) see it
                        self.sess.system_return_code = res.rc.clone();
                    }
                }
                break;
            }
        }
        self.sess.depth -= 1;
        res
    }

    /// Queues the `DATA` lines that follow a command (comments and blank
    /// lines between them are passed over); returns the next line to run.
    fn queue_paragraph_data(
        &mut self,
        lines: &[String],
        mut pc: usize,
        sentence: &str,
        mem: &mut Prompts,
    ) -> usize {
        while let Some(l) = lines.get(pc) {
            let s = l.trim_start();
            let head: String = s.chars().take(5).collect();
            let comment = s == "*" || s.starts_with("* ");
            if head.trim_end().eq_ignore_ascii_case("DATA") {
                let mut s = s.to_string();
                if s.contains("<<") {
                    let mut ctx = Session { vm: self };
                    s = paragraph::expand(&s, sentence, &mut ctx, mem).unwrap_or(s);
                }
                let item = s.split_once(' ').map(|x| x.1).unwrap_or("");
                self.sess.data.push_back(item.as_bytes().to_vec());
            } else if !comment && !s.is_empty() {
                break;
            }
            pc += 1;
        }
        pc
    }

    /// ABORT in a paragraph (or a paragraph that cannot run): the message,
    /// then the abort seen by the caller.
    fn paragraph_abort(&mut self, msg: &str) -> CmdResult {
        self.sess.say(msg);
        self.sess.user.insert("ABORT.CODE".into(), Value::Int(1));
        self.sess
            .user
            .insert("ABORT.MESSAGE".into(), Value::text(msg));
        CmdResult {
            rc: self.sess.system_return_code.clone(),
            aborted: true,
            unwound: false,
        }
    }
}

//! The TCL command verbs that EXECUTE, PERFORM, CHAIN and `mvbasic exec`
//! run without the VM, and how a command line finds its verb.
//!
//! The first word is looked up in the account's VOC (as typed, then in
//! upper case): a `V` record names a built-in verb or a catalogued program
//! (`CS`), an `S` record is a sentence and a `PA` record a paragraph (both
//! handed back to the VM as command lines to run). A word the VOC does not
//! hold may be in the private catalogue, or be a verb mvbasic knows (an
//! account whose VOC predates it). RUN and catalogued programs are handed
//! back to the VM, which runs them at a nested level.
//!
//! Every verb writes its messages to the session's display (or EXECUTE
//! CAPTURING) and yields @SYSTEM.RETURN.CODE. A new verb is one more arm in
//! [`builtin`] (and its ScarletDME VOC record in `voc::DEFAULT_RECORDS`).

use std::path::PathBuf;

use super::catalog;
use super::dir_file::{self, id_to_filename};
use super::phantom::{self, Launcher};
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
    /// A catalogued program run by name: the VM compiles `source` and runs
    /// it as a nested level with the command line as its sentence.
    RunSource {
        /// Path of the program's source.
        source: PathBuf,
        /// Its catalogue name.
        name: String,
    },
    /// A sentence (`S`): command lines the VM runs in turn, as EXECUTE
    /// would.
    Lines(Vec<String>),
    /// A paragraph (`PA`): its lines, run by the VM's paragraph runner.
    Paragraph {
        /// The sentence that started it (its inline prompts' words).
        sentence: String,
        /// The record's lines after `PA`.
        body: Vec<String>,
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
    let w = words(cmd);
    let Some(first) = w.first().cloned() else {
        return Outcome::Done(0);
    };
    let account = sess.account.clone();
    let entry = voc::lookup(&account, &first)
        .or_else(|| voc::lookup(&account, &first.to_ascii_uppercase()));
    if let Some(f) = entry {
        return run_voc_entry(sess, cmd, &w, &f);
    }
    if let Some((source, _)) = catalog::find(&account, &first) {
        return Outcome::RunSource {
            source,
            name: first,
        };
    }
    builtin(sess, cmd, &first.to_ascii_uppercase(), &w)
}

/// Runs a command whose first word has VOC record `f`.
fn run_voc_entry(sess: &mut Session, cmd: &str, w: &[String], f: &[String]) -> Outcome {
    let field = |i: usize| f.get(i).map(|s| s.as_str()).unwrap_or("");
    // a keyword that is also a verb (COUNT, DISPLAY): K, number, then V...
    let v = if field(0) == "K" && field(2) == "V" {
        2
    } else {
        0
    };
    match field(v) {
        "V" => match field(v + 1) {
            "CS" => Outcome::RunSource {
                source: PathBuf::from(field(v + 2)),
                name: w[0].clone(),
            },
            _ => {
                let verb = verb_of(field(v + 1), field(v + 2), field(v + 3))
                    .map(str::to_string)
                    .unwrap_or_else(|| w[0].to_ascii_uppercase());
                builtin(sess, cmd, &verb, w)
            }
        },
        "S" => {
            // the sentence, with the rest of the command line appended
            let t = cmd.trim_start();
            let rest = t.find([' ', '\t']).map(|i| &t[i..]).unwrap_or("");
            Outcome::Lines(vec![format!("{}{}", field(1), rest)])
        }
        "PA" => Outcome::Paragraph {
            sentence: cmd.trim().to_string(),
            body: f.iter().skip(1).cloned().collect(),
        },
        _ => {
            sess.say(&format!("'{}' is not valid for this usage", w[0]));
            Outcome::Done(-1)
        }
    }
}

/// The built-in verb a ScarletDME `V` record stands for (`IN` code or
/// `CA` processor).
fn verb_of(kind: &str, code: &str, sub: &str) -> Option<&'static str> {
    Some(match (kind, code, sub) {
        ("IN", "3", _) => "DISPLAY",
        ("IN", "4", _) => "RUN",
        ("IN", "6", _) => "CLEARSELECT",
        ("IN", "39", _) => "SET.EXIT.STATUS",
        ("CA", "$BASIC", _) => "BASIC",
        ("CA", "$CATALOG", _) => "CATALOG",
        ("CA", "$DELCAT", _) => "DELETE.CATALOG",
        ("CA", "$CREATEF", _) => "CREATE.FILE",
        ("CA", "$DELETEF", _) => "DELETE.FILE",
        ("CA", "$CLEARFL", _) => "CLEAR.FILE",
        ("CA", "$CREATEI", _) => "CREATE.INDEX",
        ("CA", "$BUILDI", _) => "BUILD.INDEX",
        ("CA", "$DELETEI", _) => "DELETE.INDEX",
        ("CA", "$LISTI", _) => "LIST.INDEX",
        ("CA", "$QPROC", "1") => "SELECT",
        ("CA", "$QPROC", "2") => "LIST",
        ("CA", "$QPROC", "3") => "SSELECT",
        ("CA", "$QPROC", "4") => "SORT",
        ("CA", "$QPROC", "5") => "COUNT",
        ("CA", "$SAVELST", _) => "SAVE.LIST",
        ("CA", "$GETLIST", _) => "GET.LIST",
        ("CA", "$DELLIST", _) => "DELETE.LIST",
        ("CA", "$PHANTOM", _) => "PHANTOM",
        ("CA", "$SETPTR", _) => "SETPTR",
        _ => return None,
    })
}

/// Runs built-in verb `verb` (upper case) with the command's words.
fn builtin(sess: &mut Session, cmd: &str, verb: &str, w: &[String]) -> Outcome {
    // ScarletDME's verbs written in BASIC that set PROMPT '' when they
    // start; the prompt stays empty for the rest of the command level (a
    // program a paragraph runs after them prompts with nothing)
    if matches!(
        verb,
        "CATALOG"
            | "CATALOGUE"
            | "CREATE.FILE"
            | "DELETE.FILE"
            | "CLEAR.FILE"
            | "SELECT"
            | "SSELECT"
            | "COUNT"
            | "LIST"
            | "SORT"
    ) {
        sess.prompt.clear();
    }
    let host = sess.host.clone();
    match verb {
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
        "BASIC" | "COMPILE" => basic_verb(sess, w),
        "CATALOG" | "CATALOGUE" => super::cmd_catalog::catalog_verb(sess, w),
        "DELETE.CATALOG" => super::cmd_catalog::delete_catalog(sess, w),
        "DISPLAY" => {
            // the rest of the line as typed, after one space
            let rest = cmd.trim_start();
            let rest = rest.get(w[0].len()..).unwrap_or("");
            sess.say(rest.strip_prefix(' ').unwrap_or(rest));
            Outcome::Done(0)
        }
        "CREATE.FILE" => super::cmd_files::create_file(sess, w),
        "SETPTR" => super::cmd_setptr::setptr(sess, cmd),
        "DELETE.FILE" => super::cmd_files::delete_file(sess, w),
        "CLEAR.FILE" => super::cmd_files::clear_file(sess, w),
        "CREATE.INDEX" => super::cmd_index::create_index(sess, w),
        "BUILD.INDEX" => super::cmd_index::build_index(sess, w),
        "DELETE.INDEX" => super::cmd_index::delete_index(sess, w),
        "LIST.INDEX" => super::cmd_index::list_index(sess, w),
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
        "SELECT" | "SSELECT" | "COUNT" | "LIST" | "SORT" => {
            super::cmd_query::query_verb(sess, verb, cmd)
        }
        "SAVE.LIST" | "GET.LIST" | "DELETE.LIST" => super::cmd_query::list_verb(sess, verb, w),
        _ => {
            let _ = host;
            sess.say(&format!("{} is not in your VOC", w[0]));
            Outcome::Done(-1)
        }
    }
}

/// `BASIC file item...`: compiles each item with ScarletDME's messages;
/// @SYSTEM.RETURN.CODE is the number that compiled.
fn basic_verb(sess: &mut Session, w: &[String]) -> Outcome {
    let Some(file) = w.get(1) else {
        sess.say("File name required");
        return Outcome::Done(0);
    };
    let mut good = 0;
    let mut bad: Vec<&str> = Vec::new();
    for item in w.iter().skip(2) {
        match compile_item(sess, file, item, true) {
            Some((_, catalogue)) => {
                good += 1;
                // $CATALOGUE: catalogued as the CATALOGUE verb does it
                if let Some((name, mode)) = catalogue {
                    let mut cw = vec!["CATALOGUE".to_string(), file.clone(), name, item.clone()];
                    cw.extend(mode);
                    super::cmd_catalog::catalog_verb(sess, &cw);
                }
            }
            None => bad.push(item),
        }
    }
    let n = w.len().saturating_sub(2);
    if bad.is_empty() {
        if n > 0 {
            sess.say(&format!("Compiled {n} program(s) with no errors"));
        }
    } else {
        sess.say(&format!("Compiled {n} program(s) with errors in:"));
        for b in bad {
            sess.say(&format!("   {b}"));
        }
    }
    Outcome::Done(good)
}

/// True when the last statement of `text` is a final END (ScarletDME warns
/// when it is missing).
fn has_final_end(text: &[u8]) -> bool {
    String::from_utf8_lossy(text)
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with('*') && !l.starts_with('!'))
        .map(|l| l.eq_ignore_ascii_case("END"))
        .unwrap_or(false)
}

/// Where a compiled program's `$CATALOGUE` catalogues it: name and mode.
type CatalogueAs = Option<(String, Option<String>)>;

/// Compiles item `item` of directory file `file`, showing ScarletDME's
/// messages when `verbose`; when it compiles, its source path and where
/// its `$CATALOGUE` directive catalogues it.
pub(super) fn compile_item(
    sess: &mut Session,
    file: &str,
    item: &str,
    verbose: bool,
) -> Option<(PathBuf, CatalogueAs)> {
    let account = sess.account.clone();
    let dir = match dir_file::open_part(&account, file.as_bytes(), false) {
        Ok(d) => d.path,
        Err(_) => account.join(file),
    };
    let p = dir.join(id_to_filename(item.as_bytes()));
    let text = match std::fs::read(&p) {
        Ok(t) => t,
        Err(_) => {
            let msg = if verbose {
                format!("Cannot read source record '{item}'")
            } else {
                format!("{file} {item} not found")
            };
            sess.say(&msg);
            return None;
        }
    };
    if verbose {
        sess.say(&format!("Compiling {file} {item}"));
    }
    let ext = sess.host.extensions.clone();
    let res = crate::host::programs::compile_source(
        &account,
        Some(&dir),
        &p.to_string_lossy(),
        item,
        &text,
        &ext,
    );
    let errors = match &res {
        Ok(_) => 0,
        Err(errs) => {
            for e in errs {
                sess.say(&format!("{}: {}", e.line, e.kind));
            }
            errs.len()
        }
    };
    if verbose {
        if !has_final_end(&text) {
            sess.say("WARNING: Final END statement is missing");
        }
        sess.say(&format!("{errors} error(s)"));
    }
    res.ok().map(|c| (p, c.catalogue))
}

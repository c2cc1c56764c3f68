//! Session state shared by every program level of one `mvbasic run`:
//! account, compiled-program cache, select lists, DATA stack, locks,
//! @USER variables, output (terminal or EXECUTE capture).

use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

use crate::bytecode::Chunk;
use crate::host::select_list::SelectList;
use crate::host::Host;
use crate::value::Value;

/// Session state.
#[derive(Default)]
pub struct Session {
    /// Account directory.
    pub account: PathBuf,
    /// Services the embedding provides (extensions, process launcher).
    pub host: Rc<Host>,
    /// Compiled programs by catalogue name.
    pub programs: HashMap<String, Rc<Chunk>>,
    /// Compiled objects with the sources they came from: routines are
    /// dropped from `programs` when their source changes, programs run by
    /// EXECUTE "RUN ..." are kept by path.
    pub objects: crate::host::object_cache::ObjectCache,
    /// Directory file the running program came from (search path head).
    pub prog_file: String,
    /// Numbered select lists 0..=10.
    pub lists: Vec<Option<SelectList>>,
    /// DATA stack.
    pub data: VecDeque<Vec<u8>>,
    /// Files OPENed by the programs of this session (DELETE.FILE refuses
    /// to delete an open one); CLOSE removes an entry.
    pub open_files: Vec<std::rc::Weak<crate::host::dir_file::DirFile>>,
    /// This process's record, file and task locks in the account (shared
    /// with the account's other processes through its lock file).
    pub locks: std::sync::Arc<crate::host::locks::Locks>,
    /// This process's transactions.
    pub txn: crate::host::txn::Transactions,
    /// @USER0..@USER4, @USER.RETURN.CODE, @ID, @RECORD, @ANS, @USER.
    pub user: HashMap<String, Value>,
    /// @SYSTEM.RETURN.CODE.
    pub system_return_code: Value,
    /// @SELECTED.
    pub selected: i64,
    /// @SENTENCE of the current program level.
    pub sentence: Vec<u8>,
    /// Process exit status (SET.EXIT.STATUS).
    pub exit_status: Option<i32>,
    /// Capture buffers (EXECUTE CAPTURING), innermost last.
    pub capture: Vec<Vec<u8>>,
    /// Buffered terminal output.
    pub out: Vec<u8>,
    /// INPUT prompt character.
    pub prompt: Vec<u8>,
    /// INPUT echo on/off.
    pub echo: bool,
    /// Nesting depth of EXECUTE.
    pub depth: usize,
    /// Last OS error text (OS.ERROR()).
    pub os_error: String,
    /// COMMON blocks: named blocks are shared by every program level; the
    /// blank block of each EXECUTE level is keyed `$` plus the level.
    pub commons: Vec<Vec<Value>>,
    /// Keys of `commons`.
    pub common_names: Vec<String>,
    /// When terminal output was last flushed.
    pub last_flush: Option<std::time::Instant>,
    /// Test sandbox: no terminal input, no sleeping, and a budget of jumps
    /// and calls after which the program is stopped with an error.
    pub sandbox: Option<u64>,
    /// RND's generator state once RANDOMIZE has seeded it (else RND is
    /// seeded from the clock on each call).
    pub rnd_state: Option<u64>,
    /// HUSH ON: display output (not captured output) is dropped.
    pub hush: bool,
    /// Print unit settings (SETPU / GETPU).
    pub print_units: crate::host::print_units::PrintUnits,
    /// Storage of CLASS objects' variables and released objects.
    pub class_objects: crate::host::class_objects::ClassObjects,
    /// File names TRANS has opened (see `host::translate`).
    pub trans_files: Vec<Vec<u8>>,
    /// The display's and the printer's pages, PRINTER ON, end of input
    /// (`host::display`).
    pub term: crate::host::display::Terminal,
    /// Print units printing to `$HOLD` records (`host::spool`).
    pub spools: crate::host::spool::Spools,
}

impl Session {
    /// Creates a session for an account directory with the embedding's
    /// host services.
    pub fn new(account: PathBuf, host: Rc<Host>) -> Session {
        let mut s = Session::default();
        s.locks = crate::host::locks::Locks::for_account(&account);
        s.account = account;
        s.host = host;
        s.lists = vec![None; 11];
        s.system_return_code = Value::Int(0);
        // the first command level has no prompt character (EXECUTE sets "?")
        s.prompt = Vec::new();
        s.echo = true;
        s.os_error = "0".to_string();
        s
    }

    /// True when a file variable still holds directory `path` open.
    pub fn is_open(&mut self, path: &std::path::Path) -> bool {
        self.open_files.retain(|w| w.strong_count() > 0);
        self.open_files
            .iter()
            .any(|w| w.upgrade().map(|f| f.path == path).unwrap_or(false))
    }

    /// Writes display output (to the innermost capture, else the terminal).
    pub fn write(&mut self, b: &[u8]) {
        if let Some(c) = self.capture.last_mut() {
            c.extend_from_slice(b);
            return;
        }
        if self.hush {
            return;
        }
        self.out.extend_from_slice(b);
        // batch output, but never hold it long: a long-running program's
        // lines appear within a fraction of a second
        let now = std::time::Instant::now();
        let stale = self
            .last_flush
            .map(|t| now.duration_since(t).as_millis() >= 200)
            .unwrap_or(true);
        if self.out.len() > 1 << 16 || stale {
            self.flush();
            self.last_flush = Some(now);
        }
    }

    /// Writes one line of display output (a message of a command verb).
    pub fn say(&mut self, s: &str) {
        let mut b = s.as_bytes().to_vec();
        b.push(b'\n');
        self.write(&b);
    }

    /// Flushes terminal output.
    pub fn flush(&mut self) {
        if !self.out.is_empty() {
            let mut so = std::io::stdout().lock();
            let _ = so.write_all(&self.out);
            let _ = so.flush();
            self.out.clear();
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.flush();
    }
}

//! Sequential-file statements: OPENSEQ, READSEQ, READBLK, WRITESEQ,
//! WRITESEQF, WRITEBLK, WEOFSEQ, CREATE, SEEK, FLUSH, CLOSESEQ, DELETESEQ
//! and `STATUS var FROM file`, with ScarletDME's STATUS() codes.

use std::cell::RefCell;
use std::rc::Rc;

use super::file_statements::{ELSE, THEN};
use super::record_io::{HAS_ON_ERROR, ON_ERROR};
use super::{RuntimeError, Step, Vm};
use crate::bytecode::statement_ops::Sys;
use crate::host::dir_file::DirFile;
use crate::host::seq_file::SeqFile;
use crate::host::seq_file::WriteFault;
use crate::status_codes::{
    ER_EOF, ER_FNF, ER_IID, ER_NAM, ER_NSEQ, ER_PERM, ER_RDONLY, ER_RNF, ER_SQNC, ER_SQRD,
    ER_WRITE_ERROR,
};

/// ScarletDME's fatal errors (MESSAGES/1418-1421; a STATUS() code in the
/// text is always 3016 here, the only negative status of these statements).
const MSG_WRITESEQ: &str = "Error 3016 writing line to sequential file";
const MSG_WEOFSEQ: &str = "Error 3016 writing sequential file EOF";
const WEOF_NOT_SEQ: &str = "WEOFSEQ on non-sequential file";
const WEOF_READ_ONLY: &str = "WEOFSEQ on read-only sequential file";
/// MESSAGES/1416 with ER$PERM (3035), a file DELETESEQ cannot remove.
const MSG_DELETESEQ: &str = "Error 3035 opening sequential file record";
use crate::value::ops::*;
use crate::value::Value;

/// What a file variable holds, for a sequential-file statement.
enum SeqArg<'a> {
    /// An open sequential file.
    Seq(&'a RefCell<SeqFile>),
    /// A file opened with OPEN: the statement fails with STATUS() 3013.
    Other,
}

/// The sequential file a variable holds; a file of another kind is
/// `Other`, anything else a run-time error.
fn seq_arg(v: &Value) -> Result<SeqArg<'_>, Step> {
    if let Some(f) = v.resource::<RefCell<SeqFile>>() {
        return Ok(SeqArg::Seq(f));
    }
    if v.resource::<DirFile>().is_some() {
        return Ok(SeqArg::Other);
    }
    // a string, a number, an unassigned or closed variable
    Err(Step::Error(RuntimeError::FileNotOpen))
}

/// The sequential file a variable holds (statements with no STATUS() code
/// for other files).
fn seq_file(v: &Value) -> Result<&RefCell<SeqFile>, Step> {
    match seq_arg(v)? {
        SeqArg::Seq(f) => Ok(f),
        SeqArg::Other => Err(Step::Error(RuntimeError::NotSequentialFile)),
    }
}

impl Vm {
    /// The operating-system path of a sequential file: `name` alone is a
    /// path (relative to the account), with `id` it is record `id` of
    /// directory file `name`.
    fn seq_path(&self, name: &[u8], id: Option<&[u8]>) -> std::path::PathBuf {
        let name = String::from_utf8_lossy(name).to_string();
        match id {
            Some(id) => self
                .sess
                .account
                .join(name)
                .join(crate::host::dir_file::id_to_filename(id)),
            None if name.starts_with('/') => std::path::PathBuf::from(name),
            None => self.sess.account.join(name),
        }
    }

    /// Ends a statement with STATUS() `code` and THEN (0) or ELSE.
    fn seq_done(&mut self, code: i32) {
        self.status = Value::Int(code as i64);
        self.push_code(if code == 0 { THEN } else { ELSE });
    }

    /// A sequential file that could not be created (STATUS() 3016): the
    /// statement's ON ERROR clause, else ScarletDME's fatal error `fatal`
    /// (the message's text with the code in it) or, for statements that
    /// have none, ELSE.
    fn seq_fault(&mut self, on_error: bool, fatal: Option<&'static str>) -> Result<(), Step> {
        self.status = Value::Int(ER_SQNC as i64);
        if on_error {
            self.push_code(ON_ERROR);
            return Ok(());
        }
        match fatal {
            Some(text) => Err(RuntimeError::Fatal(text).into()),
            None => {
                self.push_code(ELSE);
                Ok(())
            }
        }
    }

    /// OPENSEQ path | file, id [READONLY] [APPEND] TO var: a new file takes
    /// ELSE with STATUS() 0 (the first write creates it).
    fn open_seq(&mut self, args: &[Value]) -> Result<(), Step> {
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        let nargs = args.len().saturating_sub(1);
        let flags = args.last().map(|v| to_int(v).unwrap_or(0)).unwrap_or(0);
        let (append, read_only) = (flags & 1 != 0, flags & 2 != 0);
        let fail = |vm: &mut Vm, code: i32| {
            vm.push(Value::Unassigned);
            vm.seq_done(code);
            Ok(())
        };
        let path = if nargs >= 2 {
            let (name, id) = (b(0), b(1));
            if id.is_empty() || crate::host::os_names::map_id(&id).is_none() {
                return fail(self, ER_IID);
            }
            if name.is_empty() {
                return fail(self, ER_NAM);
            }
            if let Err(code) = crate::host::dir_file::open_part(&self.sess.account, &name, false) {
                return fail(self, code);
            }
            self.seq_path(&name, Some(&id))
        } else {
            let name = b(0);
            if name.is_empty() || name.ends_with(b"/") {
                return fail(self, ER_NAM);
            }
            self.seq_path(&name, None)
        };
        // a plain file, a character device (`/dev/null`) or a FIFO (opened
        // for reading and writing, so the open never waits for a peer, as
        // in ScarletDME); not a directory or socket
        if let Ok(m) = std::fs::metadata(&path) {
            use std::os::unix::fs::FileTypeExt;
            let t = m.file_type();
            if !m.is_file() && !t.is_char_device() && !t.is_fifo() {
                return fail(self, ER_NSEQ);
            }
        }
        let sf = if read_only {
            SeqFile::open_read_only(path)
        } else {
            SeqFile::open(path, append)
        };
        let existed = sf.existed;
        self.push(Value::handle(Rc::new(RefCell::new(sf))));
        self.status = Value::Int(0);
        self.push_code(if existed { THEN } else { ELSE });
        Ok(())
    }

    /// DELETESEQ path | file, id: removes the operating-system file; ELSE
    /// with ScarletDME's STATUS() codes when it cannot (3000 a bad id, 3002
    /// no name, 3003 no such file, 3013 not a plain file).
    fn delete_seq(&mut self, name: &[u8], id: Option<Vec<u8>>, on_error: bool) -> Result<(), Step> {
        self.status = Value::Int(0);
        if let Some(id) = &id {
            if !id.is_empty() && crate::host::os_names::map_id(id).is_none() {
                self.seq_done(ER_IID);
                return Ok(());
            }
        }
        if name.is_empty() {
            self.seq_done(ER_NAM);
            return Ok(());
        }
        let id = id.filter(|id| !id.is_empty());
        if id.is_some() {
            if let Err(code) = crate::host::dir_file::open_part(&self.sess.account, name, false) {
                self.seq_done(code);
                return Ok(());
            }
        }
        let path = self.seq_path(name, id.as_deref());
        let code = match std::fs::metadata(&path) {
            Err(_) => ER_FNF,
            Ok(m) if !m.is_file() => ER_NSEQ,
            Ok(m) if m.permissions().readonly() => ER_RDONLY,
            Ok(_) => match std::fs::remove_file(&path) {
                Ok(()) => 0,
                // gone meanwhile: THEN, as ScarletDME
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
                Err(e) => {
                    self.sess.os_error = e.raw_os_error().unwrap_or(0).to_string();
                    self.status = Value::Int(ER_PERM as i64);
                    if on_error {
                        self.push_code(ON_ERROR);
                        return Ok(());
                    }
                    return Err(RuntimeError::Fatal(MSG_DELETESEQ).into());
                }
            },
        };
        self.seq_done(code);
        Ok(())
    }

    /// Sequential file statements.
    pub(super) fn seq_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let un = Value::Unassigned;
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        match op {
            Sys::OpenSeq => self.open_seq(&args)?,
            Sys::ReadSeq => {
                let f = match seq_arg(args.first().unwrap_or(&un))? {
                    SeqArg::Seq(f) => f,
                    SeqArg::Other => {
                        self.push(Value::empty());
                        self.seq_done(ER_NSEQ);
                        return Ok(());
                    }
                };
                let (line, created) = {
                    let mut s = f.borrow_mut();
                    if s.created() {
                        (s.read_line(), true)
                    } else {
                        (None, false)
                    }
                };
                match line {
                    Some(l) => {
                        self.push(Value::str(l));
                        self.seq_done(0);
                    }
                    None => {
                        self.push(Value::empty());
                        self.seq_done(if created { ER_RNF } else { ER_SQRD });
                    }
                }
            }
            Sys::ReadBlk => {
                let n = to_int(args.get(1).unwrap_or(&Value::Int(0)))?.clamp(0, 1 << 30) as usize;
                let f = match seq_arg(args.first().unwrap_or(&un))? {
                    SeqArg::Seq(f) => f,
                    SeqArg::Other => {
                        self.push(Value::empty());
                        self.seq_done(ER_NSEQ);
                        return Ok(());
                    }
                };
                // no bytes asked: THEN with nothing, before any other check
                let code = if n == 0 {
                    self.push(Value::empty());
                    0
                } else if !f.borrow().created() {
                    self.push(Value::empty());
                    ER_SQRD
                } else {
                    let blk = f.borrow_mut().read_block(n);
                    let code = if blk.is_empty() { ER_EOF } else { 0 };
                    self.push(Value::str(blk));
                    code
                };
                self.seq_done(code);
            }
            Sys::WriteSeq | Sys::WriteSeqF | Sys::WriteBlk => {
                let on_error = self.take_clause_flags() & HAS_ON_ERROR != 0;
                let f = match seq_arg(args.get(1).unwrap_or(&un))? {
                    SeqArg::Seq(f) => f,
                    SeqArg::Other => {
                        self.seq_done(ER_NSEQ);
                        return Ok(());
                    }
                };
                if f.borrow().is_read_only() {
                    self.seq_done(ER_RDONLY);
                    return Ok(());
                }
                let data = b(0);
                let r = {
                    let mut s = f.borrow_mut();
                    let r = s.write_line(&data, op != Sys::WriteBlk);
                    if op == Sys::WriteSeqF {
                        s.sync();
                    }
                    r
                };
                match r {
                    Ok(()) => self.seq_done(0),
                    Err(WriteFault::Write(e)) => {
                        // a write error is an ordinary failure: ELSE
                        self.sess.os_error = e.to_string();
                        self.seq_done(ER_WRITE_ERROR);
                    }
                    Err(WriteFault::NotCreated(e)) => {
                        self.sess.os_error = e.to_string();
                        // WRITEBLK has no fatal error: ELSE
                        let fatal = (op != Sys::WriteBlk).then_some(MSG_WRITESEQ);
                        self.seq_fault(on_error, fatal)?;
                    }
                }
            }
            Sys::WeofSeq => {
                let on_error = self.take_clause_flags() & HAS_ON_ERROR != 0;
                let f = match seq_arg(args.first().unwrap_or(&un))? {
                    SeqArg::Seq(f) => f,
                    SeqArg::Other => return Err(RuntimeError::Fatal(WEOF_NOT_SEQ).into()),
                };
                if f.borrow().is_read_only() {
                    return Err(RuntimeError::Fatal(WEOF_READ_ONLY).into());
                }
                let r = f.borrow_mut().weof();
                match r {
                    Ok(()) => self.seq_done(0),
                    Err(e) => {
                        self.sess.os_error = e.to_string();
                        self.seq_fault(on_error, Some(MSG_WEOFSEQ))?;
                    }
                }
            }
            Sys::Create => {
                let on_error = self.take_clause_flags() & HAS_ON_ERROR != 0;
                let f = match seq_arg(args.first().unwrap_or(&un))? {
                    SeqArg::Seq(f) => f,
                    SeqArg::Other => {
                        self.seq_done(ER_NSEQ);
                        return Ok(());
                    }
                };
                let r = f.borrow_mut().create();
                match r {
                    Ok(()) => self.seq_done(0),
                    Err((ER_SQNC, os)) => {
                        self.sess.os_error = os.unwrap_or(0).to_string();
                        // CREATE has no fatal error: ELSE
                        self.seq_fault(on_error, None)?;
                    }
                    Err((code, _)) => self.seq_done(code),
                }
            }
            Sys::StatusOf => {
                // STATUS var FROM file: the file's facts; always THEN
                let v = args.first().unwrap_or(&un);
                let facts = if let Some(f) = v.resource::<RefCell<SeqFile>>() {
                    f.borrow().status_fields()
                } else if let Some(f) = v.resource::<DirFile>() {
                    // a part created hashed has no directory facts to show
                    // (ScarletDME shows its primary subfile's)
                    if crate::host::hashed_file::params(&f.path).is_some() {
                        return Err(RuntimeError::NotSupported(
                            "STATUS var FROM a hashed file".into(),
                        )
                        .into());
                    }
                    crate::host::file_status::dir_status(&f.path)
                } else {
                    return Err(RuntimeError::FileNotOpen.into());
                };
                self.push(Value::str(facts));
                self.push_code(THEN);
            }
            Sys::DeleteSeq => {
                let on_error = self.take_clause_flags() & HAS_ON_ERROR != 0;
                return self.delete_seq(&b(0), (args.len() >= 2).then(|| b(1)), on_error);
            }
            // sequential writes go to the file at once: FLUSH has nothing
            // left to write
            // CLOSESEQ also closes a file opened by OPEN (ScarletDME)
            // CLOSESEQ of a file opened by OPEN leaves STATUS() alone; of a
            // sequential file it sets 0 (ScarletDME)
            Sys::CloseSeq if args.first().and_then(|v| v.resource::<DirFile>()).is_some() => {
                self.push_code(THEN);
            }
            Sys::CloseSeq => {
                seq_file(args.first().unwrap_or(&un))?;
                self.seq_done(0);
            }
            // FLUSH and NOBUF: ELSE for a file opened by OPEN, leaving
            // STATUS() alone (ScarletDME)
            Sys::FlushSeq => match seq_arg(args.first().unwrap_or(&un))? {
                SeqArg::Seq(_) => self.seq_done(0),
                SeqArg::Other => self.push_code(ELSE),
            },
            Sys::Seek => {
                let off = match args.get(1) {
                    Some(v) => to_int(v)?,
                    None => 0,
                };
                let rel = match args.get(2) {
                    Some(v) => to_int(v)?,
                    None => 0,
                };
                let code = match seq_arg(args.first().unwrap_or(&un))? {
                    SeqArg::Other => ER_NSEQ,
                    SeqArg::Seq(f) if !f.borrow().created() => ER_SQRD,
                    SeqArg::Seq(f) => match f.borrow_mut().seek(off, rel) {
                        Ok(()) => 0,
                        Err(c) => c,
                    },
                };
                self.seq_done(code);
            }
            _ => return self.list_op(op, args),
        }
        Ok(())
    }
}

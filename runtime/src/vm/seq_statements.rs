//! Sequential-file statements: OPENSEQ, READSEQ, READBLK, WRITESEQ,
//! WRITESEQF, WRITEBLK, WEOFSEQ, CREATE, SEEK, FLUSH, CLOSESEQ, DELETESEQ
//! and `STATUS var FROM file`, with ScarletDME's STATUS() codes.

use std::cell::RefCell;
use std::rc::Rc;

use super::file_statements::{ELSE, THEN};
use super::{RuntimeError, Step, Vm};
use crate::bytecode::statement_ops::Sys;
use crate::host::dir_file::DirFile;
use crate::host::seq_file::SeqFile;
use crate::status_codes::{ER_EOF, ER_IID, ER_NAM, ER_NSEQ, ER_RDONLY, ER_RNF, ER_SQNC, ER_SQRD};
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
        if path.exists() && !path.is_file() {
            return fail(self, ER_NSEQ);
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
                    Err(e) => {
                        self.sess.os_error = e.raw_os_error().unwrap_or(0).to_string();
                        self.seq_done(ER_SQNC);
                    }
                }
            }
            Sys::WeofSeq | Sys::Create => {
                let mut s = seq_file(args.first().unwrap_or(&un))?.borrow_mut();
                let r = if op == Sys::WeofSeq {
                    s.weof().map_err(|e| (ER_SQNC, e.raw_os_error()))
                } else {
                    s.create()
                };
                drop(s);
                match r {
                    Ok(()) => self.seq_done(0),
                    Err((code, os)) => {
                        if let Some(e) = os {
                            self.sess.os_error = e.to_string();
                        }
                        self.seq_done(code);
                    }
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
                // DELETESEQ path | file, id: removes the operating-system file
                let path = self.seq_path(&b(0), (args.len() >= 2).then(|| b(1)).as_deref());
                self.status = Value::Int(0);
                let ok = match std::fs::remove_file(&path) {
                    Ok(()) => true,
                    Err(e) => {
                        self.sess.os_error = e.to_string();
                        false
                    }
                };
                self.push_code(if ok { THEN } else { ELSE });
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
            Sys::FlushSeq => {
                seq_file(args.first().unwrap_or(&un))?;
                self.push_code(THEN);
            }
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

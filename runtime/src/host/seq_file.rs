//! Sequential files (OPENSEQ/READSEQ/WRITESEQ/READBLK/WRITEBLK/SEEK/
//! WEOFSEQ/CLOSESEQ) over a real OS file with positioned reads and writes:
//! every WRITESEQ is one write at the current position (one append with
//! `OPENSEQ ... APPEND`), READSEQ reads through a buffer, nothing is kept
//! in memory beyond that buffer.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::PathBuf;

const CHUNK: usize = 64 * 1024;

/// Why a write to a sequential file failed (each with the OS error number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFault {
    /// The file could not be created (ScarletDME's ER$SQNC, 3016: the
    /// statement's ON ERROR clause or a fatal error).
    NotCreated(i32),
    /// The OS refused the write (ER$WRITE.ERROR, 3037: the ELSE clause).
    Write(i32),
}

fn errno(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(0)
}

/// An open sequential file.
#[derive(Debug)]
pub struct SeqFile {
    /// OS path.
    pub path: PathBuf,
    /// True when the file existed at open.
    pub existed: bool,
    /// Byte position.
    pub pos: u64,
    /// Open in append mode (every write goes to the end).
    pub append: bool,
    /// FILEINFO key 14: 1 at open, counting the lines READSEQ and WRITESEQ
    /// transferred (ScarletDME counts nothing else: not SEEK, the block
    /// statements or a READSEQ at the end of the file).
    pub line: u64,
    file: Option<File>,
    writable: bool,
    /// Opened READONLY: writes fail.
    read_only: bool,
    /// A character device (`/dev/null`, a terminal): read and written
    /// where it is, with no positions.
    device: bool,
    /// Read-ahead buffer and the file offset of its first byte.
    buf: Vec<u8>,
    buf_at: u64,
}

/// A sequential file variable (mutable through the shared value).
impl crate::value::Resource for std::cell::RefCell<SeqFile> {}

impl SeqFile {
    /// Opens a file (not creating it: the first write does).
    pub fn open(path: PathBuf, append: bool) -> SeqFile {
        let (file, writable) = match OpenOptions::new()
            .read(true)
            .write(true)
            .append(append)
            .open(&path)
        {
            Ok(f) => (Some(f), true),
            Err(_) => match File::open(&path) {
                Ok(f) => (Some(f), false),
                Err(_) => (None, false),
            },
        };
        let device = file
            .as_ref()
            .and_then(|f| f.metadata().ok())
            .is_some_and(|m| {
                use std::os::unix::fs::FileTypeExt;
                m.file_type().is_char_device() || m.file_type().is_fifo()
            });
        let existed = file.is_some() && (device || path.is_file());
        // an existing file we may not write is opened read-only, as
        // ScarletDME does (writes then fail with STATUS() 3018)
        let read_only = existed && !writable;
        let mut s = SeqFile {
            path,
            existed,
            pos: 0,
            append,
            line: 1,
            file,
            writable,
            read_only,
            device,
            buf: Vec::new(),
            buf_at: 0,
        };
        if append {
            s.pos = s.len();
        }
        s
    }

    /// Opens a file for reading only (OPENSEQ ... READONLY): every write
    /// fails.
    pub fn open_read_only(path: PathBuf) -> SeqFile {
        let mut s = SeqFile::open(path, false);
        s.read_only = true;
        s
    }

    /// True once the OS file exists for this variable: opened on an
    /// existing file or created by a write. Reads and SEEK before that fail
    /// with STATUS() 3015 (ER$SQRD).
    pub fn created(&self) -> bool {
        self.file.is_some()
    }

    /// Opened READONLY (or on a file we may not write).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The file's facts as ScarletDME's `STATUS var FROM file` gives them
    /// (see [`super::file_status::status_array`]).
    pub fn status_fields(&self) -> Vec<u8> {
        let meta = self.file.as_ref().and_then(|f| f.metadata().ok());
        let size = meta.as_ref().map(|m| m.len()).unwrap_or(0);
        super::file_status::status_array(
            &self.path,
            meta.as_ref(),
            size,
            Some(self.pos),
            super::file_status::TYPE_SEQ,
        )
    }

    /// Current size of the file.
    pub fn len(&self) -> u64 {
        self.file
            .as_ref()
            .and_then(|f| f.metadata().ok())
            .map(|m| m.len())
            .unwrap_or(0)
    }

    /// True when the file is empty or missing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes available at the position in the buffer, refilling it; empty
    /// at end of file.
    fn fill(&mut self) -> &[u8] {
        let end = self.buf_at + self.buf.len() as u64;
        if self.pos < self.buf_at || self.pos >= end {
            self.buf.clear();
            self.buf_at = self.pos;
            if let Some(f) = &self.file {
                self.buf.resize(CHUNK, 0);
                let n = if self.device {
                    std::io::Read::read(&mut &*f, &mut self.buf).unwrap_or(0)
                } else {
                    f.read_at(&mut self.buf, self.pos).unwrap_or(0)
                };
                self.buf.truncate(n);
            }
        }
        let off = (self.pos - self.buf_at) as usize;
        &self.buf[off.min(self.buf.len())..]
    }

    /// Reads the next line (LF terminated; the last line may lack it).
    pub fn read_line(&mut self) -> Option<Vec<u8>> {
        let line = self.next_line();
        if line.is_some() {
            self.line += 1;
        }
        line
    }

    fn next_line(&mut self) -> Option<Vec<u8>> {
        let mut line = Vec::new();
        let mut any = false;
        loop {
            let avail = self.fill();
            if avail.is_empty() {
                return if any { Some(line) } else { None };
            }
            // only LF ends a line: marks are data (ScarletDME gives them back)
            match crate::builtins::find_byte::find_byte(avail, b'\n') {
                Some(n) if !any => {
                    // the whole line is in the buffer: one exact copy
                    let line = avail[..n].to_vec();
                    self.pos += n as u64 + 1;
                    return Some(line);
                }
                Some(n) => {
                    line.extend_from_slice(&avail[..n]);
                    self.pos += n as u64 + 1;
                    return Some(line);
                }
                None => {
                    let n = avail.len();
                    line.extend_from_slice(avail);
                    self.pos += n as u64;
                    any = true;
                }
            }
        }
    }

    /// Reads up to `n` bytes.
    pub fn read_block(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::new();
        while out.len() < n {
            let avail = self.fill();
            if avail.is_empty() {
                break;
            }
            let take = avail.len().min(n - out.len());
            out.extend_from_slice(&avail[..take]);
            self.pos += take as u64;
        }
        out
    }

    fn ensure_writable(&mut self) -> std::io::Result<&File> {
        if self.read_only {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "opened READONLY",
            ));
        }
        if self.file.is_none() {
            self.make_parent()?;
        }
        if self.file.is_none() || !self.writable {
            let f = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .append(self.append)
                .open(&self.path)?;
            self.file = Some(f);
            self.writable = true;
        }
        self.file
            .as_ref()
            .ok_or_else(|| std::io::Error::other("no file"))
    }

    /// Writes bytes (plus LF for a line) at the position in one write, as
    /// an OS file write does (overwriting); WEOFSEQ truncates. The first
    /// write creates the file.
    pub fn write_line(&mut self, b: &[u8], newline: bool) -> Result<(), WriteFault> {
        let mut bytes = Vec::with_capacity(b.len() + 1);
        bytes.extend_from_slice(b);
        if newline {
            bytes.push(b'\n');
        }
        let (append, device) = (self.append, self.device);
        let pos = self.pos;
        let f = self
            .ensure_writable()
            .map_err(|e| WriteFault::NotCreated(errno(&e)))?;
        let written = if device {
            std::io::Write::write_all(&mut &*f, &bytes)
        } else {
            f.write_all_at(&bytes, pos)
        };
        written.map_err(|e| WriteFault::Write(errno(&e)))?;
        self.pos = if append && !device {
            self.len()
        } else {
            pos + bytes.len() as u64
        };
        self.buf.clear();
        if newline {
            self.line += 1;
        }
        Ok(())
    }

    /// Truncates at the position (creating the file first if need be).
    /// ScarletDME ignores a failed truncation (a device cannot be
    /// truncated): only a failed creation is an error, the OS error number.
    pub fn weof(&mut self) -> Result<(), i32> {
        let pos = self.pos;
        let f = self.ensure_writable().map_err(|e| errno(&e))?;
        let _ = f.set_len(pos);
        self.buf.clear();
        Ok(())
    }

    /// Creating the file, ScarletDME makes its missing directories first,
    /// unless the file is in the root directory.
    fn make_parent(&self) -> std::io::Result<()> {
        let abs = std::path::absolute(&self.path)?;
        match abs.parent() {
            Some(dir) if dir.parent().is_some() && !dir.exists() => std::fs::create_dir_all(dir),
            _ => Ok(()),
        }
    }

    /// CREATE: creates the file, which must not exist for this variable
    /// yet. Err(STATUS() code): 3018 (ER$RDONLY) for a read-only variable,
    /// 3017 (ER$SQEX) when the file exists, 3016 (ER$SQNC) and the OS
    /// error when the OS cannot create it.
    pub fn create(&mut self) -> Result<(), (i32, Option<i32>)> {
        if self.read_only {
            return Err((crate::status_codes::ER_RDONLY, None));
        }
        if self.created() {
            return Err((crate::status_codes::ER_SQEX, None));
        }
        self.ensure_writable()
            .map(|_| ())
            .map_err(|e| (crate::status_codes::ER_SQNC, e.raw_os_error()))
    }

    /// Moves the position as ScarletDME's SEEK does: to `off` from the start
    /// (relto 0), from the position (1), or `off` bytes before the end (2).
    /// Err(STATUS() code): 3029 for another relto, 3028 for a position
    /// before the start or beyond the end.
    pub fn seek(&mut self, off: i64, rel: i64) -> Result<(), i32> {
        let size = self.len() as i64;
        let p = match rel {
            0 => Some(off),
            1 => (self.pos as i64).checked_add(off),
            2 => size.checked_sub(off),
            _ => return Err(crate::status_codes::ER_SQREL),
        };
        match p {
            Some(p) if (0..=size).contains(&p) => {
                self.pos = p as u64;
                Ok(())
            }
            _ => Err(crate::status_codes::ER_SQSEEK),
        }
    }

    /// Forces written data to disk (WRITESEQF).
    pub fn sync(&mut self) {
        if let Some(f) = &self.file {
            let _ = f.sync_data();
        }
    }
}

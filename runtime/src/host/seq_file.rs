//! Sequential files (OPENSEQ/READSEQ/WRITESEQ/READBLK/WRITEBLK/SEEK/
//! WEOFSEQ/CLOSESEQ) over a real OS file with positioned reads and writes:
//! every WRITESEQ is one write at the current position (one append with
//! `OPENSEQ ... APPEND`), READSEQ reads through a buffer, nothing is kept
//! in memory beyond that buffer.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::PathBuf;

const CHUNK: usize = 64 * 1024;

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
    file: Option<File>,
    writable: bool,
    /// Opened READONLY: writes fail.
    read_only: bool,
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
        let existed = file.is_some() && path.is_file();
        let mut s = SeqFile {
            path,
            existed,
            pos: 0,
            append,
            file,
            writable,
            read_only: false,
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

    /// The file's facts as ScarletDME's `STATUS var FROM file` gives them for
    /// a sequential file, one per field: 1 position, 2 at end (1/0), 4 bytes
    /// left, 5 permissions, 6 size, 7 links, 8 owner, 9 group, 10 inode,
    /// 11 device, 13/14 last access time and date, 15/16 last modification
    /// time and date (UTC seconds of the day, internal day numbers), 20 path,
    /// 21 file type (5, sequential); 3, 12, 17-19 empty. None if the file
    /// does not exist.
    pub fn status_fields(&self) -> Option<Vec<u8>> {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(&self.path).ok()?;
        let size = m.len();
        let day = |secs: i64| (secs.rem_euclid(86400), secs.div_euclid(86400) + 732);
        let (at, ad) = day(m.atime());
        let (mt, md) = day(m.mtime());
        let fields: Vec<String> = vec![
            self.pos.to_string(),
            ((self.pos == size) as u8).to_string(),
            String::new(),
            size.saturating_sub(self.pos).to_string(),
            (m.mode() & 0o777).to_string(),
            size.to_string(),
            m.nlink().to_string(),
            m.uid().to_string(),
            m.gid().to_string(),
            m.ino().to_string(),
            m.dev().to_string(),
            String::new(),
            at.to_string(),
            ad.to_string(),
            mt.to_string(),
            md.to_string(),
            String::new(),
            String::new(),
            String::new(),
            self.path.to_string_lossy().into_owned(),
            "5".to_string(),
        ];
        let parts: Vec<&[u8]> = fields.iter().map(|f| f.as_bytes()).collect();
        Some(parts.join(&[0xFEu8][..]))
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
                let n = f.read_at(&mut self.buf, self.pos).unwrap_or(0);
                self.buf.truncate(n);
            }
        }
        let off = (self.pos - self.buf_at) as usize;
        &self.buf[off.min(self.buf.len())..]
    }

    /// Reads the next line (LF terminated; the last line may lack it).
    pub fn read_line(&mut self) -> Option<Vec<u8>> {
        let mut line = Vec::new();
        let mut any = false;
        loop {
            let avail = self.fill();
            if avail.is_empty() {
                return if any { Some(line) } else { None };
            }
            any = true;
            match avail.iter().position(|&c| c == b'\n' || c == 0xFE) {
                Some(n) => {
                    line.extend_from_slice(&avail[..n]);
                    self.pos += n as u64 + 1;
                    return Some(line);
                }
                None => {
                    let n = avail.len();
                    line.extend_from_slice(avail);
                    self.pos += n as u64;
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
    /// an OS file write does (overwriting); WEOFSEQ truncates.
    pub fn write_line(&mut self, b: &[u8], newline: bool) -> std::io::Result<()> {
        let mut bytes = Vec::with_capacity(b.len() + 1);
        bytes.extend_from_slice(b);
        if newline {
            bytes.push(b'\n');
        }
        let append = self.append;
        let pos = self.pos;
        let f = self.ensure_writable()?;
        f.write_all_at(&bytes, pos)?;
        self.pos = if append {
            self.len()
        } else {
            pos + bytes.len() as u64
        };
        self.buf.clear();
        Ok(())
    }

    /// Truncates at the position.
    pub fn weof(&mut self) -> std::io::Result<()> {
        let pos = self.pos;
        let f = self.ensure_writable()?;
        f.set_len(pos)?;
        self.buf.clear();
        Ok(())
    }

    /// Creates the file if it does not exist yet (CREATE).
    pub fn create(&mut self) -> std::io::Result<()> {
        self.ensure_writable().map(|_| ())
    }

    /// Moves the position: relative to the start (0), the position (1) or
    /// the end (2). False when the result would be negative.
    pub fn seek(&mut self, off: i64, rel: i64) -> bool {
        let base = match rel {
            1 => self.pos as i64,
            2 => self.len() as i64,
            _ => 0,
        };
        match base.checked_add(off) {
            Some(p) if p >= 0 => {
                self.pos = p as u64;
                true
            }
            _ => false,
        }
    }

    /// Forces written data to disk (WRITESEQF).
    pub fn sync(&mut self) {
        if let Some(f) = &self.file {
            let _ = f.sync_data();
        }
    }
}

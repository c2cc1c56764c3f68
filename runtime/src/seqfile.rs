//! Sequential files (OPENSEQ/READSEQ/WRITESEQ/...): whole-file buffer with a
//! position, written back on WRITESEQ/WEOFSEQ/CLOSESEQ.

use std::path::PathBuf;

/// An open sequential file.
#[derive(Debug)]
pub struct SeqFile {
    /// OS path.
    pub path: PathBuf,
    /// Contents (loaded at open; empty for a new file).
    pub data: Vec<u8>,
    /// Byte position.
    pub pos: usize,
    /// True when the file existed at open.
    pub existed: bool,
    /// True when modified since the last flush.
    pub dirty: bool,
    /// True once the file has been created on disk.
    pub on_disk: bool,
}

impl SeqFile {
    /// Opens (without creating) a file.
    pub fn open(path: PathBuf) -> SeqFile {
        let (data, existed) = match std::fs::read(&path) {
            Ok(d) => (d, true),
            Err(_) => (Vec::new(), false),
        };
        SeqFile { path, data, pos: 0, existed, dirty: false, on_disk: existed }
    }

    /// Reads the next line (LF or @FM terminated; CR LF accepted).
    pub fn read_line(&mut self) -> Option<Vec<u8>> {
        if self.pos >= self.data.len() {
            return None;
        }
        let rest = &self.data[self.pos..];
        let end = rest.iter().position(|&c| c == b'\n' || c == 0xFE);
        let (line, adv) = match end {
            Some(n) => (&rest[..n], n + 1),
            None => (rest, rest.len()),
        };
        let line = line.to_vec();
        self.pos += adv;
        Some(line)
    }

    /// Writes bytes (plus LF for a line) at the position, overwriting what
    /// is there as an OS file write does; WEOFSEQ truncates.
    pub fn write_line(&mut self, b: &[u8], newline: bool) {
        let mut bytes = b.to_vec();
        if newline {
            bytes.push(b'\n');
        }
        let pos = self.pos.min(self.data.len());
        let end = pos + bytes.len();
        if end > self.data.len() {
            self.data.resize(end, 0);
        }
        self.data[pos..end].copy_from_slice(&bytes);
        self.pos = end;
        self.dirty = true;
    }

    /// Truncates at the position.
    pub fn weof(&mut self) {
        self.data.truncate(self.pos.min(self.data.len()));
        self.dirty = true;
    }

    /// Writes the buffer to disk when modified.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.dirty {
            std::fs::write(&self.path, &self.data)?;
            self.dirty = false;
            self.on_disk = true;
        }
        Ok(())
    }
}

impl Drop for SeqFile {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

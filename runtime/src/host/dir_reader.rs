//! Reading the records of a directory file without the size probe:
//! `std::fs::read` makes an `statx` and an `lseek` for its size hint; a
//! record read here goes into a buffer sized from the file's last record
//! (open + read + read + close). The first read of a file variable uses
//! `std::fs::read` (a `DirFile` made for one lookup gains nothing).
//!
//! No descriptor is kept between reads: an open file variable holds no
//! file descriptor, as before (a cached directory descriptor per open file
//! made long-running workers' descriptor counts grow, see `make soak`).

use std::cell::Cell;
use std::fs::File;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Read state of an open directory file: how many reads, and the size
/// hint for the next record's buffer.
#[derive(Debug, Default)]
pub struct DirReader {
    reads: Cell<u32>,
    /// Capacity to start a record's buffer with: the last record's size
    /// and some (one read then fills it, the next reports the end).
    hint: Cell<usize>,
}

impl DirReader {
    /// The bytes of file `name` of directory `dir`.
    pub fn read(&self, dir: &Path, name: &[u8]) -> std::io::Result<Vec<u8>> {
        let n = self.reads.get();
        self.reads.set(n.saturating_add(1));
        let path = dir.join(std::ffi::OsStr::from_bytes(name));
        if n == 0 {
            return std::fs::read(path);
        }
        self.read_hinted(File::open(path)?)
    }

    fn read_hinted(&self, mut f: File) -> std::io::Result<Vec<u8>> {
        // File::read_to_end would fstat and lseek for a size hint: read
        // into a buffer sized from the last record instead, until the end
        let mut b = vec![0u8; self.hint.get().max(4096)];
        let mut len = 0;
        loop {
            if len == b.len() {
                b.resize(len * 2, 0);
            }
            match f.read(&mut b[len..]) {
                Ok(0) => break,
                Ok(n) => len += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        b.truncate(len);
        self.hint.set(len + len / 4 + 64);
        Ok(b)
    }
}

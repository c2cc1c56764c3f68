//! Reading the records of a directory file without the size probe:
//! `std::fs::read` makes an `statx` and an `lseek` for its size hint; a
//! record read here goes into a buffer sized from the file's last record
//! (open + read + read + close). The first read of a file variable uses
//! `std::fs::read` (a `DirFile` made for one lookup gains nothing).
//!
//! No descriptor is kept between reads: an open file variable holds no
//! file descriptor, as before (a cached directory descriptor per open file
//! made long-running workers' descriptor counts grow, see `make soak`).
//!
//! Per read nothing is allocated but the record itself: the record's path
//! is built in a buffer kept by the reader (std turns a short path into a
//! C string on the stack), and the record's buffer is not zeroed before
//! the kernel fills it.

use std::cell::{Cell, RefCell};
use std::ffi::OsStr;
use std::fs::File;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Read state of an open directory file: how many reads, the size hint
/// for the next record's buffer, and the buffer its paths are built in.
#[derive(Debug, Default)]
pub struct DirReader {
    reads: Cell<u32>,
    /// Capacity to start a record's buffer with: the last record's size
    /// and some (one read then fills it, the next reports the end).
    hint: Cell<usize>,
    /// The last record path built (directory, `/`, OS name).
    path: RefCell<Vec<u8>>,
}

impl DirReader {
    /// The bytes of file `name` of directory `dir`.
    pub fn read(&self, dir: &Path, name: &[u8]) -> std::io::Result<Vec<u8>> {
        let n = self.reads.get();
        self.reads.set(n.saturating_add(1));
        if n == 0 {
            return std::fs::read(dir.join(OsStr::from_bytes(name)));
        }
        let f = {
            let mut p = self.path.borrow_mut();
            p.clear();
            p.extend_from_slice(dir.as_os_str().as_bytes());
            if !p.is_empty() && p.last() != Some(&b'/') {
                p.push(b'/');
            }
            p.extend_from_slice(name);
            File::open(OsStr::from_bytes(&p))?
        };
        self.read_hinted(f)
    }

    fn read_hinted(&self, f: File) -> std::io::Result<Vec<u8>> {
        // File::read_to_end would fstat and lseek for a size hint; through
        // `take` it reads into the spare capacity of a buffer sized from
        // the last record instead (uninitialised, not zeroed), until the end
        let mut b = Vec::with_capacity(self.hint.get().max(4096));
        f.take(u64::MAX).read_to_end(&mut b)?;
        let len = b.len();
        self.hint.set(len + len / 4 + 64);
        Ok(b)
    }
}

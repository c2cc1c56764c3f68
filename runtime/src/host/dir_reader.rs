//! Reading the records of a directory file through a descriptor of the
//! directory: `openat(dirfd, name)` resolves one path component where
//! opening by full path walks every component of the account's path, and
//! reading into a buffer sized from the last record needs no `statx`
//! (`std::fs::read` and `File::read_to_end` make one, and an lseek, for
//! their size hint). A record READ was open + statx + read + read +
//! close on the full path; it is now openat + read + read + close.
//!
//! The directory descriptor is opened on a file's second read (a
//! `DirFile` made for one lookup costs nothing extra) and only kept once
//! opened: when no descriptor is left (EMFILE) reads go by path, as
//! before, and a later read tries again. A record the descriptor does not
//! find is looked up by path once more, so a directory deleted and made
//! again under the same name while the file is open is still read.

use std::cell::{Cell, OnceCell};
use std::ffi::CString;
use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// The directory descriptor of an open directory file, opened lazily.
#[derive(Debug, Default)]
pub struct DirReader {
    fd: OnceCell<OwnedFd>,
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
        if n >= 1 {
            if let Some(fd) = self.dir_fd(dir) {
                match self.read_at(fd, name) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    other => return other,
                }
            }
        }
        std::fs::read(dir.join(std::ffi::OsStr::from_bytes(name)))
    }

    fn dir_fd(&self, dir: &Path) -> Option<i32> {
        if let Some(fd) = self.fd.get() {
            return Some(fd.as_raw_fd());
        }
        let c = CString::new(dir.as_os_str().as_bytes()).ok()?;
        // SAFETY: a valid NUL-terminated path; the descriptor returned is
        // owned by the OwnedFd below.
        let fd = unsafe {
            libc::open(
                c.as_ptr(),
                libc::O_PATH | libc::O_DIRECTORY | libc::O_CLOEXEC,
            )
        };
        if fd < 0 {
            return None;
        }
        // SAFETY: fd is a descriptor just opened and owned by nobody else.
        let owned = unsafe { OwnedFd::from_raw_fd(fd) };
        Some(self.fd.get_or_init(|| owned).as_raw_fd())
    }

    fn read_at(&self, dirfd: i32, name: &[u8]) -> std::io::Result<Vec<u8>> {
        let c = CString::new(name)
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        // SAFETY: dirfd is a live directory descriptor owned by self, c a
        // valid NUL-terminated name; the result is owned by the File below.
        let fd = unsafe { libc::openat(dirfd, c.as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC) };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: fd is a descriptor just opened and owned by nobody else.
        let mut f = unsafe { File::from_raw_fd(fd) };
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

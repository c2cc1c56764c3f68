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
//!
//! On the local filesystems Linux has in its kernel a read of a regular
//! file returns less than asked only at the end of the file, so there a
//! record that fits its buffer takes one read (open + read + close); the
//! filesystem is checked once per reader (`fstatfs`). Elsewhere (FUSE,
//! network filesystems, anything unknown) the reader reads on until a read
//! returns nothing: a short read there is not proof of the end, and a
//! truncated record would be a wrong answer.

use std::cell::{Cell, RefCell};
use std::ffi::OsStr;
use std::fs::File;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::io::AsRawFd;
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
    /// Whether a short read proves the end of a record (see the module
    /// docs); learnt from the first record opened.
    short_read_ends: Cell<Option<bool>>,
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

    fn read_hinted(&self, mut f: File) -> std::io::Result<Vec<u8>> {
        let short_read_ends = match self.short_read_ends.get() {
            Some(known) => known,
            None => {
                let known = local_filesystem(&f);
                self.short_read_ends.set(Some(known));
                known
            }
        };
        let mut b = Vec::with_capacity(self.hint.get().max(4096));
        if short_read_ends {
            // one read into the spare capacity (not zeroed); a full buffer
            // may have more behind it, so only then read on
            let spare = b.spare_capacity_mut();
            // SAFETY: the kernel writes at most `spare.len()` bytes into
            // the spare capacity, and `n` of them are initialised after.
            let n = unsafe { libc::read(f.as_raw_fd(), spare.as_mut_ptr().cast(), spare.len()) };
            if n < 0 {
                return Err(std::io::Error::last_os_error());
            }
            // SAFETY: `n` bytes were written by the read above.
            unsafe { b.set_len(n as usize) };
            if b.len() < b.capacity() {
                self.hint.set(b.len() + b.len() / 4 + 64);
                return Ok(b);
            }
        }
        // File::read_to_end would fstat and lseek for a size hint; through
        // `take` it reads into the spare capacity of a buffer sized from
        // the last record instead (uninitialised, not zeroed), until the end
        (&mut f).take(u64::MAX).read_to_end(&mut b)?;
        let len = b.len();
        self.hint.set(len + len / 4 + 64);
        Ok(b)
    }
}

/// Whether `f` lives on a filesystem where a short read of a regular file
/// means its end: the disk and memory filesystems of the Linux kernel.
fn local_filesystem(f: &File) -> bool {
    // magic numbers of statfs(2)'s f_type
    const LOCAL: [i64; 6] = [
        0xEF53,      // ext2/3/4
        0x5846_5342, // xfs
        0x9123_683E, // btrfs
        0x0102_1994, // tmpfs
        0x794C_7630, // overlayfs (reads go to the layer's filesystem)
        0x2FC1_2FC1, // zfs
    ];
    let mut st = std::mem::MaybeUninit::<libc::statfs>::uninit();
    // SAFETY: fstatfs fills the struct when it returns 0.
    if unsafe { libc::fstatfs(f.as_raw_fd(), st.as_mut_ptr()) } != 0 {
        return false;
    }
    // SAFETY: initialised by the successful call above.
    // f_type is i64 on x86-64 glibc, narrower elsewhere
    #[allow(clippy::unnecessary_cast)]
    let kind = unsafe { st.assume_init() }.f_type as i64;
    LOCAL.contains(&kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records of every size around the buffer's edges read back whole,
    /// whichever way the reader learnt to read them: first read, records
    /// shorter than the hint, exactly the hint's size, and far longer.
    #[test]
    fn records_read_whole_at_every_size() {
        let dir = std::env::temp_dir().join(format!("mvbasic-dir-reader-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let r = DirReader::default();
        // after a small record the buffer holds 4096 bytes: a record of
        // exactly that size fills it and must be read on to its end
        let sizes = [
            10usize,
            4096,
            0,
            4095,
            4097,
            100,
            70_000,
            10,
            1 << 20,
            5,
            4096,
            4097,
        ];
        for (i, &n) in sizes.iter().enumerate() {
            let name = format!("R{}", i);
            let body: Vec<u8> = (0..n).map(|k| (k % 251) as u8).collect();
            std::fs::write(dir.join(&name), &body).unwrap();
            let got = r.read(&dir, name.as_bytes()).unwrap();
            assert_eq!(got.len(), n, "record {} of {} bytes", i, n);
            assert!(got == body, "record {} differs", i);
        }
        assert!(r.read(&dir, b"MISSING").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

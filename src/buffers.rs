//! Library-owned byte buffers named by integer handles.
//!
//! Some hosts can only pass 32-bit integers by value to C (64-bit
//! ScarletDME's CCALL keeps its argument stack in 32-bit slots, so every
//! pointer it passes is cut in half). For them, strings, byte buffers and
//! integer arrays live here, in buffers the library owns, and travel by
//! handle: bytes go in a few at a time packed into integer arguments, and
//! come back eight at a time from a read cursor ([`Buffer::next8`]).
//!
//! Buffer handles have their own table. A handle packs
//!
//! ```text
//!  bit 31..29 | 28..16     | 15..0
//!     000     | generation | slot index
//! ```
//!
//! so it is positive, never 0, and always below 2^29, while socket and
//! context handles (see [`crate::handles`]) are at least 2^29: the two kinds
//! never collide, and a socket handle given where a buffer is expected is
//! reported as the wrong kind rather than as a stranger.

use crate::codes::{MVTLS_ERR_BAD_HANDLE, MVTLS_ERR_LIMIT, MVTLS_ERR_PARAMS, MVTLS_ERR_WRONG_KIND};
use crate::error::{Error, Result};
use std::collections::VecDeque;
use std::sync::{Mutex, OnceLock};

const INDEX_BITS: u32 = 16;
const GEN_BITS: u32 = 13;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;
const GEN_MASK: u32 = (1 << GEN_BITS) - 1;
/// Handles at or above this value belong to the socket/context table.
const SOCKET_HANDLE_FLOOR: i32 = 1 << (INDEX_BITS + GEN_BITS);

/// Largest number of live buffers in a process.
pub(crate) const MAX_BUFFERS: usize = 16384;
/// Largest size of one buffer (1 GiB).
pub(crate) const MAX_BUFFER_LEN: usize = 1 << 30;

/// A growable byte string with a read cursor.
#[derive(Debug, Default)]
pub struct Buffer {
    data: Vec<u8>,
    cursor: usize,
}

impl Buffer {
    /// The bytes held.
    pub fn bytes(&self) -> &[u8] {
        &self.data
    }

    /// Number of bytes held.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// True when the buffer holds no bytes.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Position of the read cursor.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Empties the buffer and rewinds the cursor.
    pub fn clear(&mut self) {
        self.data.clear();
        self.cursor = 0;
    }

    /// Appends `bytes`, failing with 1000 past [`MAX_BUFFER_LEN`].
    pub fn append(&mut self, bytes: &[u8]) -> Result<usize> {
        if self.data.len() + bytes.len() > MAX_BUFFER_LEN {
            return Err(Error::params(format!(
                "buffer would exceed {MAX_BUFFER_LEN} bytes"
            )));
        }
        self.data.extend_from_slice(bytes);
        Ok(self.data.len())
    }

    /// Replaces the contents by `data` and rewinds the cursor.
    pub fn replace(&mut self, data: Vec<u8>) {
        self.data = data;
        self.cursor = 0;
    }

    /// Moves the cursor to `pos` (0..=len); beyond the end is error 1000.
    pub fn seek(&mut self, pos: usize) -> Result<()> {
        if pos > self.data.len() {
            return Err(Error::params(format!(
                "position {pos} is beyond the buffer's {} bytes",
                self.data.len()
            )));
        }
        self.cursor = pos;
        Ok(())
    }

    /// The next `N` bytes from the cursor, zero-padded past the end; the
    /// cursor advances over the bytes that existed.
    fn next_bytes<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        let start = self.cursor.min(self.data.len());
        let end = (start + N).min(self.data.len());
        out[..end - start].copy_from_slice(&self.data[start..end]);
        self.cursor = end;
        out
    }

    /// The next 8 bytes as a little-endian `u64` (zero-padded at the end).
    pub fn next8(&mut self) -> u64 {
        u64::from_le_bytes(self.next_bytes::<8>())
    }

    /// The next 4 bytes as a little-endian `i32` (zero-padded at the end).
    pub fn next4(&mut self) -> i32 {
        i32::from_le_bytes(self.next_bytes::<4>())
    }
}

struct Slot {
    generation: u32,
    buffer: Option<Buffer>,
}

/// The table of live buffers.
struct Table {
    slots: Vec<Slot>,
    free: VecDeque<u32>,
    capacity: usize,
}

fn bad(h: i32, why: &str) -> Error {
    Error::new(MVTLS_ERR_BAD_HANDLE, format!("buffer handle {h} {why}"))
}

impl Table {
    fn new(capacity: usize) -> Table {
        Table {
            slots: Vec::new(),
            free: VecDeque::new(),
            capacity: capacity.min(1 << INDEX_BITS),
        }
    }

    fn insert(&mut self, b: Buffer) -> Result<i32> {
        // Grow before reusing, then reuse in FIFO order, as the socket table
        // does: a handle value comes back only after many buffers.
        let index = if self.slots.len() < self.capacity {
            self.slots.push(Slot {
                generation: 1,
                buffer: None,
            });
            (self.slots.len() - 1) as u32
        } else if let Some(i) = self.free.pop_front() {
            i
        } else {
            return Err(Error::new(
                MVTLS_ERR_LIMIT,
                format!("buffer table full ({} live buffers)", self.capacity),
            ));
        };
        let slot = &mut self.slots[index as usize];
        slot.buffer = Some(b);
        Ok(((slot.generation << INDEX_BITS) | index) as i32)
    }

    fn locate(&self, h: i32) -> Result<usize> {
        if h <= 0 {
            return Err(bad(h, "is not valid (zero or negative)"));
        }
        if h >= SOCKET_HANDLE_FLOOR {
            return Err(Error::new(
                MVTLS_ERR_WRONG_KIND,
                format!("handle {h} is a socket or context handle, this call needs a buffer"),
            ));
        }
        let index = (h as u32 & INDEX_MASK) as usize;
        let generation = (h as u32 >> INDEX_BITS) & GEN_MASK;
        match self.slots.get(index) {
            Some(Slot {
                generation: g,
                buffer: Some(_),
            }) if *g == generation => Ok(index),
            _ => Err(bad(h, "is stale or unknown (freed?)")),
        }
    }

    fn get_mut(&mut self, h: i32) -> Result<&mut Buffer> {
        let i = self.locate(h)?;
        Ok(self.slots[i]
            .buffer
            .as_mut()
            .expect("located slot is occupied"))
    }

    fn remove(&mut self, h: i32) -> Result<Buffer> {
        let i = self.locate(h)?;
        let slot = &mut self.slots[i];
        let b = slot.buffer.take().expect("occupied");
        slot.generation = (slot.generation + 1) & GEN_MASK;
        if slot.generation == 0 {
            slot.generation = 1;
        }
        self.free.push_back(i as u32);
        Ok(b)
    }

    fn live(&self) -> usize {
        self.slots.len() - self.free.len()
    }
}

fn global() -> &'static Mutex<Table> {
    static TABLE: OnceLock<Mutex<Table>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(Table::new(MAX_BUFFERS)))
}

fn with_table<R>(f: impl FnOnce(&mut Table) -> R) -> R {
    // A poisoned lock only means a panic elsewhere while it was held; every
    // table operation leaves the table consistent, so keep using it.
    let mut guard = global().lock().unwrap_or_else(|p| p.into_inner());
    f(&mut guard)
}

/// Creates an empty buffer and returns its handle (1012 when the table is full).
pub fn create() -> Result<i32> {
    with_table(|t| t.insert(Buffer::default()))
}

/// Frees a buffer; its handle becomes stale.
pub fn free(h: i32) -> Result<()> {
    // The bytes are dropped outside the lock.
    let b = with_table(|t| t.remove(h))?;
    drop(b);
    Ok(())
}

/// Runs `f` on the buffer behind `h` with the table locked. Keep `f` short:
/// no I/O (copy the bytes out, or build new contents first).
pub fn with<R>(h: i32, f: impl FnOnce(&mut Buffer) -> R) -> Result<R> {
    with_table(|t| t.get_mut(h).map(f))
}

/// A copy of the bytes of buffer `h`.
pub fn bytes(h: i32) -> Result<Vec<u8>> {
    with(h, |b| b.bytes().to_vec())
}

/// The bytes of buffer `h` as UTF-8 text (1000 if they are not).
pub fn text(h: i32, what: &str) -> Result<String> {
    String::from_utf8(bytes(h)?).map_err(|_| Error::params(format!("{what} is not valid UTF-8")))
}

/// Replaces the contents of buffer `h` and rewinds its cursor.
pub fn replace(h: i32, data: Vec<u8>) -> Result<()> {
    with(h, |b| b.replace(data))
}

/// Number of live buffers (for tests and leak checks).
pub fn live() -> usize {
    with_table(|t| t.live())
}

/// Checks a byte count given by a caller: 0..=`max`.
pub fn check_count(n: i32, max: usize, what: &str) -> Result<usize> {
    if n < 0 || n as usize > max {
        return Err(Error::new(
            MVTLS_ERR_PARAMS,
            format!("{what} {n} is out of range 0..{max}"),
        ));
    }
    Ok(n as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_reads_eight_and_four_bytes_zero_padded() {
        let mut b = Buffer::default();
        b.append(b"ABCDEFGHIJK").unwrap();
        assert_eq!(b.next8(), u64::from_le_bytes(*b"ABCDEFGH"));
        assert_eq!(b.next4(), i32::from_le_bytes([b'I', b'J', b'K', 0]));
        assert_eq!(b.cursor(), 11);
        assert_eq!(b.next8(), 0);
        b.seek(2).unwrap();
        assert_eq!(b.next4(), i32::from_le_bytes(*b"CDEF"));
        assert_eq!(b.seek(12).unwrap_err().code, MVTLS_ERR_PARAMS);
        b.seek(11).unwrap();
        b.clear();
        assert_eq!((b.len(), b.cursor()), (0, 0));
    }

    #[test]
    fn handles_are_below_socket_handles_and_go_stale() {
        let h = create().unwrap();
        assert!(h > 0 && h < SOCKET_HANDLE_FLOOR);
        with(h, |b| b.append(b"xyz").unwrap()).unwrap();
        assert_eq!(bytes(h).unwrap(), b"xyz");
        free(h).unwrap();
        assert_eq!(free(h).unwrap_err().code, MVTLS_ERR_BAD_HANDLE);
        assert_eq!(bytes(h).unwrap_err().code, MVTLS_ERR_BAD_HANDLE);
        for bad in [0, -1, i32::MIN, 0xFFFF] {
            assert_eq!(bytes(bad).unwrap_err().code, MVTLS_ERR_BAD_HANDLE, "{bad}");
        }
        let socketish = (3 << 29) | (1 << 16) | 5;
        assert_eq!(bytes(socketish).unwrap_err().code, MVTLS_ERR_WRONG_KIND);
    }

    #[test]
    fn table_limit_and_reuse() {
        let mut t = Table::new(2);
        let a = t.insert(Buffer::default()).unwrap();
        let b = t.insert(Buffer::default()).unwrap();
        assert_eq!(
            t.insert(Buffer::default()).unwrap_err().code,
            MVTLS_ERR_LIMIT
        );
        t.remove(a).unwrap();
        let c = t.insert(Buffer::default()).unwrap();
        assert_ne!(a, c);
        assert_eq!(a as u32 & INDEX_MASK, c as u32 & INDEX_MASK);
        assert_eq!(t.locate(a).unwrap_err().code, MVTLS_ERR_BAD_HANDLE);
        assert!(t.locate(b).is_ok() && t.locate(c).is_ok());
        assert_eq!(t.live(), 2);
    }

    #[test]
    fn generations_wrap_without_zero() {
        let mut t = Table::new(1);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..(GEN_MASK - 1) {
            let h = t.insert(Buffer::default()).unwrap();
            assert!(h > 0);
            assert!(seen.insert(h));
            t.remove(h).unwrap();
        }
    }

    #[test]
    fn counts_are_checked() {
        assert_eq!(check_count(5, 192, "n").unwrap(), 5);
        assert_eq!(
            check_count(-1, 192, "n").unwrap_err().code,
            MVTLS_ERR_PARAMS
        );
        assert_eq!(
            check_count(193, 192, "n").unwrap_err().code,
            MVTLS_ERR_PARAMS
        );
    }
}

//! The buffer part of the pointer-free C ABI: create, fill, measure, read
//! back and free library-owned byte buffers (see [`crate::buffers`]).
//!
//! Every function here takes only `int32_t` arguments and returns an
//! integer, so a host whose C-call facility passes nothing but 32-bit
//! values (64-bit ScarletDME's CCALL) can call it. Bytes go in through
//! [`mvtls_buf_append`] (up to 192 bytes packed into 48 `int32_t`
//! arguments) and come out through [`mvtls_buf_next8`] / [`mvtls_buf_next4`],
//! which read from a cursor and can be called many times in one host call.
//! See `docs/pointer-free.md`.

use super::boundary::{fail0, fail_m1, run, run_quiet};
use crate::buffers;
use crate::error::{self, Result};

/// Number of `int32_t` data words `mvtls_buf_append` takes.
pub const MVTLS_BUF_APPEND_WORDS: i32 = 48;
/// Largest byte count one `mvtls_buf_append` call carries (48 x 4).
pub const MVTLS_BUF_APPEND_MAX: i32 = 192;

fn len_i32(n: usize) -> i32 {
    // Buffers are capped at 1 GiB, so a length always fits.
    n.min(i32::MAX as usize) as i32
}

/// Creates an empty buffer. Returns its handle (> 0), 0 on error (1012
/// when 16,384 buffers are alive).
#[no_mangle]
pub extern "C" fn mvtls_buf_new() -> i32 {
    run(fail0, buffers::create)
}

/// Frees a buffer; the handle becomes stale. Returns 0, or -1 on error
/// (7120 unknown or already freed, 7121 a socket or context handle).
#[no_mangle]
pub extern "C" fn mvtls_buf_free(buf: i32) -> i32 {
    run(fail_m1, || buffers::free(buf).map(|_| 0))
}

/// Number of bytes in the buffer, -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_buf_len(buf: i32) -> i32 {
    run(fail_m1, || buffers::with(buf, |b| len_i32(b.len())))
}

/// Empties the buffer and rewinds its read cursor. Returns 0, -1 on error.
/// Takes the buffer as its only argument, so a host that keeps earlier
/// arguments on its call stack can call it just before
/// `mvtls_buf_append` with the same arguments.
#[no_mangle]
pub extern "C" fn mvtls_buf_clear(buf: i32) -> i32 {
    run(fail_m1, || buffers::with(buf, |b| b.clear()).map(|_| 0))
}

/// Moves the read cursor to byte `pos` (0 = start, at most the length).
/// Returns 0, or -1 on error (1000 beyond the end).
#[no_mangle]
pub extern "C" fn mvtls_buf_seek(buf: i32, pos: i32) -> i32 {
    run(fail_m1, || {
        let pos = buffers::check_count(pos, buffers::MAX_BUFFER_LEN, "position")?;
        buffers::with(buf, |b| b.seek(pos))??;
        Ok(0)
    })
}

fn append_words(buf: i32, n: i32, words: &[i32; 48]) -> Result<i32> {
    let n = buffers::check_count(n, MVTLS_BUF_APPEND_MAX as usize, "byte count")?;
    let mut bytes = [0u8; MVTLS_BUF_APPEND_MAX as usize];
    for (chunk, w) in bytes.chunks_exact_mut(4).zip(words) {
        chunk.copy_from_slice(&w.to_le_bytes());
    }
    buffers::with(buf, |b| b.append(&bytes[..n]))?.map(len_i32)
}

/// Appends the first `n` bytes (0..=192) of the data words `w0`..`w47`,
/// each word contributing its 4 bytes in little-endian order (word `k`
/// holds bytes `4k`..`4k+3`). Words past the `n` bytes are ignored, so a
/// caller may pass only the words it needs (as ScarletDME's CCALL does). Returns the new length, -1 on error
/// (1000 for `n` out of range or a buffer beyond 1 GiB).
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn mvtls_buf_append(
    buf: i32,
    n: i32,
    w0: i32,
    w1: i32,
    w2: i32,
    w3: i32,
    w4: i32,
    w5: i32,
    w6: i32,
    w7: i32,
    w8: i32,
    w9: i32,
    w10: i32,
    w11: i32,
    w12: i32,
    w13: i32,
    w14: i32,
    w15: i32,
    w16: i32,
    w17: i32,
    w18: i32,
    w19: i32,
    w20: i32,
    w21: i32,
    w22: i32,
    w23: i32,
    w24: i32,
    w25: i32,
    w26: i32,
    w27: i32,
    w28: i32,
    w29: i32,
    w30: i32,
    w31: i32,
    w32: i32,
    w33: i32,
    w34: i32,
    w35: i32,
    w36: i32,
    w37: i32,
    w38: i32,
    w39: i32,
    w40: i32,
    w41: i32,
    w42: i32,
    w43: i32,
    w44: i32,
    w45: i32,
    w46: i32,
    w47: i32,
) -> i32 {
    run(fail_m1, || {
        let words = [
            w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17, w18,
            w19, w20, w21, w22, w23, w24, w25, w26, w27, w28, w29, w30, w31, w32, w33, w34, w35,
            w36, w37, w38, w39, w40, w41, w42, w43, w44, w45, w46, w47,
        ];
        append_words(buf, n, &words)
    })
}

/// The next 8 bytes from the read cursor as a little-endian 64-bit value
/// (zero-padded past the end); the cursor advances. Built to be called
/// many times in a row by a host that saves each 64-bit result: byte `k`
/// of the value is byte `cursor + k` of the buffer. Returns 0 for an
/// unknown buffer. Does not change the status (so a status set by the call
/// that filled the buffer survives the reads).
#[no_mangle]
pub extern "C" fn mvtls_buf_next8(buf: i32) -> u64 {
    run_quiet(0, || buffers::with(buf, |b| b.next8()))
}

/// As `mvtls_buf_next8`, 4 bytes at a time as a little-endian `int32_t`,
/// for hosts that keep only 32-bit results. Does not change the status.
#[no_mangle]
pub extern "C" fn mvtls_buf_next4(buf: i32) -> i32 {
    run_quiet(0, || buffers::with(buf, |b| b.next4()))
}

/// CRC-32 (IEEE, as zlib computes it) of the bytes in the buffer, as the
/// 32 bits of an `int32_t` (negative when the top bit is set); 0 for an
/// empty buffer. Returns 0 with status 7120 for an unknown buffer.
#[no_mangle]
pub extern "C" fn mvtls_buf_crc32(buf: i32) -> i32 {
    run(
        |_| 0,
        || buffers::with(buf, |b| crate::crc32::crc32(b.bytes()) as i32),
    )
}

/// Puts the text of this thread's last error into the buffer (replacing
/// its contents, cursor at the start) and returns its length; -1 if the
/// buffer is unknown. Does not change the status.
#[no_mangle]
pub extern "C" fn mvtls_buf_error_text(buf: i32) -> i32 {
    run_quiet(-1, || {
        let text = error::last_text().into_bytes();
        let n = len_i32(text.len());
        buffers::replace(buf, text).map(|_| n)
    })
}

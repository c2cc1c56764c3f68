//! Checked conversions of C arguments: the only place where the library
//! turns raw pointers from its callers into Rust strings and slices.
//!
//! Every helper checks what can be checked (NULL, negative or absurd
//! lengths, alignment) and reports it as status 1000 with text; what cannot
//! be checked (that a non-NULL pointer really points to `len` valid bytes)
//! is the caller's promise, stated as each helper's `# Safety` contract and
//! in each export's documentation. Input arrays are copied and output arrays
//! written in one go, so an input and an output that overlap (the same
//! array passed twice) never alias a live Rust reference.

use crate::error::{Error, Result};
use std::ffi::{c_char, CStr};

/// Largest buffer length accepted (1 GiB).
pub(crate) const MAX_LEN: i32 = 1 << 30;

/// Checks a (pointer, length) pair's length: not negative, at most 1 GiB,
/// and no NULL pointer with a non-zero length.
pub(crate) fn check_len(len: i32, null: bool, what: &str) -> Result<usize> {
    if len < 0 {
        return Err(Error::params(format!("{what} length {len} is negative")));
    }
    if len > MAX_LEN {
        return Err(Error::params(format!("{what} length {len} exceeds 1 GiB")));
    }
    if null && len > 0 {
        return Err(Error::params(format!("{what} is NULL")));
    }
    Ok(len as usize)
}

/// Optional C string: NULL gives `None`; not UTF-8 gives 1000.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string that stays valid and
/// unchanged until the export returns.
pub(crate) unsafe fn opt_str<'a>(p: *const c_char, what: &str) -> Result<Option<&'a str>> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: non-NULL and NUL-terminated by this function's contract.
    let s = unsafe { CStr::from_ptr(p) };
    s.to_str()
        .map(Some)
        .map_err(|_| Error::params(format!("{what} is not valid UTF-8")))
}

/// Required C string: NULL gives 1000.
///
/// # Safety
/// As [`opt_str`].
pub(crate) unsafe fn req_str<'a>(p: *const c_char, what: &str) -> Result<&'a str> {
    // SAFETY: same contract as ours.
    unsafe { opt_str(p, what) }?.ok_or_else(|| Error::params(format!("{what} is NULL")))
}

/// Input bytes `(p, len)`; `p` may be NULL when `len` is 0.
///
/// # Safety
/// When `len` > 0, `p` points to `len` readable bytes that stay valid and
/// are not written by anyone else until the export returns.
pub(crate) unsafe fn bytes_in<'a>(p: *const u8, len: i32, what: &str) -> Result<&'a [u8]> {
    let n = check_len(len, p.is_null(), what)?;
    if n == 0 {
        return Ok(&[]);
    }
    // SAFETY: non-NULL (checked), `n` readable bytes by this function's
    // contract; u8 has no alignment requirement; n <= 1 GiB < isize::MAX.
    Ok(unsafe { std::slice::from_raw_parts(p, n) })
}

/// Output bytes `(p, len)`; `p` may be NULL when `len` is 0.
///
/// # Safety
/// When `len` > 0, `p` points to `len` writable bytes that nobody else
/// reads or writes until the export returns.
pub(crate) unsafe fn bytes_out<'a>(p: *mut u8, len: i32, what: &str) -> Result<&'a mut [u8]> {
    let n = check_len(len, p.is_null(), what)?;
    if n == 0 {
        return Ok(&mut []);
    }
    // SAFETY: non-NULL (checked), `n` exclusively writable bytes by this
    // function's contract; u8 has no alignment requirement.
    Ok(unsafe { std::slice::from_raw_parts_mut(p, n) })
}

fn check_array<T>(p: *const T, count: usize, what: &str) -> Result<()> {
    if p.is_null() {
        return Err(Error::params(format!("{what} is NULL")));
    }
    if !p.is_aligned() {
        return Err(Error::params(format!("{what} is not aligned for int32_t")));
    }
    if count > (MAX_LEN as usize) / std::mem::size_of::<T>() {
        return Err(Error::params(format!("{what}: {count} items exceed 1 GiB")));
    }
    Ok(())
}

/// Copies an input array of `count` `int32_t` (NULL or misaligned gives 1000).
///
/// # Safety
/// `p` points to `count` readable `int32_t` that stay valid until the
/// export returns.
pub(crate) unsafe fn ints_in(p: *const i32, count: usize, what: &str) -> Result<Vec<i32>> {
    check_array(p, count, what)?;
    // SAFETY: non-NULL and aligned (checked), `count` readable items by this
    // function's contract, size bounded by 1 GiB. The slice lives only for
    // the copy.
    Ok(unsafe { std::slice::from_raw_parts(p, count) }.to_vec())
}

/// Checks an output array of `int32_t` before any work is done (NULL or
/// misaligned gives 1000), so that a later [`store_ints`] cannot fail.
pub(crate) fn check_ints_out(p: *mut i32, count: usize, what: &str) -> Result<()> {
    check_array(p.cast_const(), count, what)
}

/// Writes `values` to the output array `p` (checked by [`check_ints_out`]
/// for at least `values.len()` items).
///
/// # Safety
/// `p` points to `values.len()` writable `int32_t` that nobody else uses
/// until the export returns.
pub(crate) unsafe fn store_ints(p: *mut i32, values: &[i32], what: &str) -> Result<()> {
    check_array(p.cast_const(), values.len(), what)?;
    // SAFETY: non-NULL and aligned (checked), `values.len()` writable items
    // by this function's contract; `values` is our own memory, so the
    // regions do not overlap.
    unsafe { std::ptr::copy_nonoverlapping(values.as_ptr(), p, values.len()) };
    Ok(())
}

/// snprintf-style copy of `text` into `(buf, len)`: at most `len - 1`
/// bytes plus a NUL; returns the full length of `text` (capped at
/// `i32::MAX`). `buf` may be NULL when `len` is 0.
///
/// # Safety
/// When `len` > 0, `buf` points to `len` writable bytes that nobody else
/// uses until the export returns.
pub(crate) unsafe fn store_text(text: &str, buf: *mut c_char, len: i32) -> Result<i32> {
    // SAFETY: same contract as ours (c_char and u8 have the same layout).
    let out = unsafe { bytes_out(buf.cast::<u8>(), len, "buffer") }?;
    if let Some(room) = out.len().checked_sub(1) {
        let k = text.len().min(room);
        out[..k].copy_from_slice(&text.as_bytes()[..k]);
        out[k] = 0;
    }
    Ok(text.len().min(i32::MAX as usize) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::MVTLS_ERR_PARAMS;

    #[test]
    fn lengths_and_nulls() {
        assert_eq!(check_len(0, true, "b").unwrap(), 0);
        assert_eq!(
            check_len(-1, false, "b").unwrap_err().code,
            MVTLS_ERR_PARAMS
        );
        assert_eq!(
            check_len(MAX_LEN + 1, false, "b").unwrap_err().code,
            MVTLS_ERR_PARAMS
        );
        assert!(check_len(3, true, "b").unwrap_err().text.contains("NULL"));
        // SAFETY: NULL with length 0 is allowed and never dereferenced.
        assert!(unsafe { bytes_in(std::ptr::null(), 0, "b") }
            .unwrap()
            .is_empty());
    }

    #[test]
    fn arrays_are_checked_for_null_and_alignment() {
        let words = [1i32, 2, 3, 4];
        // SAFETY: `words` holds 4 readable items.
        assert_eq!(unsafe { ints_in(words.as_ptr(), 4, "h") }.unwrap(), words);
        // SAFETY: NULL is rejected before any access.
        let e = unsafe { ints_in(std::ptr::null(), 1, "h") }.unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_PARAMS);
        let odd = words.as_ptr().cast::<u8>().wrapping_add(1).cast::<i32>();
        // SAFETY: misalignment is rejected before any access.
        let e = unsafe { ints_in(odd, 1, "h") }.unwrap_err();
        assert!(e.text.contains("aligned"), "{}", e.text);
        let mut out = [0i32; 2];
        // SAFETY: `out` holds 2 writable items.
        unsafe { store_ints(out.as_mut_ptr(), &[7, 8], "r") }.unwrap();
        assert_eq!(out, [7, 8]);
    }

    #[test]
    fn text_is_copied_like_snprintf() {
        let mut b = [0x55 as c_char; 4];
        // SAFETY: `b` holds 4 writable bytes.
        let n = unsafe { store_text("abcdef", b.as_mut_ptr(), 4) };
        assert_eq!(n.unwrap(), 6);
        assert_eq!(
            &b[..4],
            &[b'a' as c_char, b'b' as c_char, b'c' as c_char, 0]
        );
        // SAFETY: NULL with length 0 is allowed.
        let n = unsafe { store_text("abc", std::ptr::null_mut(), 0) };
        assert_eq!(n.unwrap(), 3);
    }
}

//! CCALL(mem, pcode): ScarletDME's generic call of C code from BASIC.
//!
//! `pcode` is a little program of one-byte operations run against a copy of
//! `mem`; CCALL returns the copy. Operations and operands, as 64-bit
//! ScarletDME reads them (all numbers little-endian):
//!
//! | op | operands | does |
//! |---|---|---|
//! | 1 | name, NUL | `dlopen(name, RTLD_NOW \| RTLD_GLOBAL)` → result |
//! | 2 | name, NUL, 8-byte handle | `dlsym(handle, name)` → result |
//! | 3 | 4-byte value, 4 bytes skipped | pushes the value |
//! | 4 | 8-byte offset | pushes the address of `mem` + offset |
//! | 5, 9 | none | nothing |
//! | 6 | 8-byte address | calls it with everything pushed so far → result |
//! | 7, 8 | 8-byte offset | stores the 8-byte result at `mem` + offset |
//! | 10 | 8-byte offset | stores `errno` (8 bytes) at `mem` + offset |
//! | 0, other | | ends the request |
//!
//! Pushed values stay pushed for the rest of the request (a second call
//! gets them all again), at most 50. Upstream 64-bit ScarletDME keeps the
//! pushed values in 32-bit slots, so op 4's address loses its upper half
//! and any pointer argument faults; [`SlotWidth::Bits32`] reproduces those
//! slots (and refuses op 4 outright, so a test proves that nothing passes a
//! pointer), [`SlotWidth::Bits64`] is a ScarletDME whose slots were widened.
//! Where ScarletDME would write outside `mem`, call address 0 or overflow
//! its argument stack, this refuses with a [`CcallError`] instead.

use std::ffi::{c_char, c_void};
use std::fmt;

/// Most values one request can push (the size of ScarletDME's stack).
pub const MAX_PUSH: usize = 50;

/// Environment variable choosing the slot width: `32` or `64` (default).
pub const SLOTS_ENV: &str = "MVBASIC_CCALL_SLOTS";

/// How wide CCALL's argument slots are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SlotWidth {
    /// Pointer-sized slots: op 4 passes a whole address.
    #[default]
    Bits64,
    /// 32-bit slots, as upstream 64-bit ScarletDME has them.
    Bits32,
}

impl SlotWidth {
    /// The width named by `MVBASIC_CCALL_SLOTS` (unset: 64). Anything but
    /// `32` or `64` is an error naming the variable.
    pub fn from_env() -> Result<SlotWidth, String> {
        match std::env::var(SLOTS_ENV) {
            Err(_) => Ok(SlotWidth::Bits64),
            Ok(v) => match v.trim() {
                "64" | "" => Ok(SlotWidth::Bits64),
                "32" => Ok(SlotWidth::Bits32),
                other => Err(format!("{SLOTS_ENV}={other}: use 32 or 64")),
            },
        }
    }
}

/// Why a request was refused (ScarletDME would abort, fault or corrupt memory).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CcallError {
    /// The memory area (first argument) is empty: "CCALL string 1 null".
    EmptyMemory,
    /// The request (second argument) is empty: "CCALL string 2 null".
    EmptyRequest,
    /// A 51st value was pushed.
    TooManyValues,
    /// An operation's operand runs past the end of the request.
    Truncated {
        /// The operation code.
        op: u8,
        /// Its position in the request.
        at: usize,
    },
    /// A store (or pushed address) outside the memory area.
    Outside {
        /// The offset asked for.
        offset: u64,
        /// The memory area's length.
        len: usize,
    },
    /// A call of address 0 (a failed dlsym).
    CallOfZero {
        /// Position of the call in the request.
        at: usize,
    },
    /// Op 4 with 32-bit slots: an address does not fit.
    AddressInSlot {
        /// Position of the push in the request.
        at: usize,
    },
}

impl fmt::Display for CcallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CcallError::EmptyMemory => f.write_str("CCALL string 1 null"),
            CcallError::EmptyRequest => f.write_str("CCALL string 2 null"),
            CcallError::TooManyValues => {
                write!(
                    f,
                    "CCALL: more than {MAX_PUSH} values pushed in one request"
                )
            }
            CcallError::Truncated { op, at } => {
                write!(
                    f,
                    "CCALL: operation {op} at byte {at} runs past the end of the request"
                )
            }
            CcallError::Outside { offset, len } => write!(
                f,
                "CCALL: offset {offset} is outside the memory area of {len} bytes"
            ),
            CcallError::CallOfZero { at } => {
                write!(
                    f,
                    "CCALL: call of address 0 at byte {at} (a function that was not found)"
                )
            }
            CcallError::AddressInSlot { at } => write!(
                f,
                "CCALL: push of an address at byte {at}: argument slots are 32 bits wide \
                 ({SLOTS_ENV}=32, as in 64-bit ScarletDME), a pointer does not fit"
            ),
        }
    }
}

impl std::error::Error for CcallError {}

/// Reads the request: bounds-checked operands.
struct Request<'a> {
    code: &'a [u8],
    pos: usize,
}

impl Request<'_> {
    fn bytes(&mut self, n: usize, op: u8, at: usize) -> Result<&[u8], CcallError> {
        let end = self.pos + n;
        let b = self
            .code
            .get(self.pos..end)
            .ok_or(CcallError::Truncated { op, at })?;
        self.pos = end;
        Ok(b)
    }

    fn u64(&mut self, op: u8, at: usize) -> Result<u64, CcallError> {
        let b = self.bytes(8, op, at)?;
        Ok(u64::from_le_bytes(b.try_into().expect("8 bytes")))
    }

    /// A NUL-terminated name; returns a pointer to it inside the request
    /// (which is NUL-terminated, so the C string ends there at the latest).
    fn name(&mut self, op: u8, at: usize) -> Result<*const c_char, CcallError> {
        let start = self.pos;
        let len = self.code[start..]
            .iter()
            .position(|&b| b == 0)
            .ok_or(CcallError::Truncated { op, at })?;
        self.pos = start + len + 1;
        Ok(self.code[start..].as_ptr().cast())
    }
}

fn store(mem: &mut [u8], len: usize, offset: u64, value: u64) -> Result<(), CcallError> {
    let end = offset.checked_add(8).filter(|&e| e <= len as u64);
    let Some(end) = end else {
        return Err(CcallError::Outside { offset, len });
    };
    mem[offset as usize..end as usize].copy_from_slice(&value.to_le_bytes());
    Ok(())
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Runs `pcode` against `mem` (CCALL's two arguments) and returns the
/// memory area as the request left it.
pub fn run(mem: &[u8], pcode: &[u8], slots: SlotWidth) -> Result<Vec<u8>, CcallError> {
    if mem.is_empty() {
        return Err(CcallError::EmptyMemory);
    }
    if pcode.is_empty() {
        return Err(CcallError::EmptyRequest);
    }
    // Both copies end in a NUL, as ScarletDME's do: C strings inside the
    // memory area are terminated, and the request ends at the latest there.
    let len = mem.len();
    let mut area = Vec::with_capacity(len + 1);
    area.extend_from_slice(mem);
    area.push(0);
    let mut code = Vec::with_capacity(pcode.len() + 1);
    code.extend_from_slice(pcode);
    code.push(0);
    let mut req = Request {
        code: &code,
        pos: 0,
    };
    let mut stack: Vec<u64> = Vec::with_capacity(MAX_PUSH);
    let mut result: u64 = 0;
    loop {
        let at = req.pos;
        let op = code.get(at).copied().unwrap_or(0);
        req.pos += 1;
        match op {
            1 => {
                let name = req.name(op, at)?;
                // SAFETY: `name` is NUL-terminated inside `code`.
                result = unsafe { libc::dlopen(name, libc::RTLD_NOW | libc::RTLD_GLOBAL) } as u64;
            }
            2 => {
                let name = req.name(op, at)?;
                let handle = req.u64(op, at)?;
                // SAFETY: `name` is NUL-terminated; dlsym only reads the
                // handle, and 0 (RTLD_DEFAULT) is valid as in ScarletDME.
                result = unsafe { libc::dlsym(handle as usize as *mut c_void, name) } as u64;
            }
            3 | 4 => {
                let value = if op == 3 {
                    let b = req.bytes(8, op, at)?;
                    u32::from_le_bytes(b[..4].try_into().expect("4 bytes")) as u64
                } else {
                    let offset = req.u64(op, at)?;
                    if slots == SlotWidth::Bits32 {
                        return Err(CcallError::AddressInSlot { at });
                    }
                    if offset > len as u64 {
                        return Err(CcallError::Outside { offset, len });
                    }
                    area.as_ptr() as u64 + offset
                };
                if stack.len() == MAX_PUSH {
                    return Err(CcallError::TooManyValues);
                }
                stack.push(value);
            }
            5 | 9 => {}
            6 => {
                let addr = req.u64(op, at)?;
                if addr == 0 {
                    return Err(CcallError::CallOfZero { at });
                }
                // SAFETY: this is CCALL: the BASIC program names the function
                // and its arguments; like ScarletDME, mvbasic trusts them.
                result = unsafe { super::ccall_call::call(addr as usize, &stack) };
            }
            7 | 8 => {
                let offset = req.u64(op, at)?;
                store(&mut area, len, offset, result)?;
            }
            10 => {
                let offset = req.u64(op, at)?;
                store(&mut area, len, offset, errno() as i64 as u64)?;
            }
            _ => break,
        }
    }
    area.truncate(len);
    Ok(area)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn push(v: u32) -> Vec<u8> {
        let mut p = vec![3];
        p.extend_from_slice(&v.to_le_bytes());
        p.extend_from_slice(&[0xAA; 4]);
        p
    }

    fn op8(op: u8, v: u64) -> Vec<u8> {
        let mut p = vec![op];
        p.extend_from_slice(&v.to_le_bytes());
        p
    }

    extern "C" fn sum3(a: u32, b: u32, c: u32) -> u64 {
        a as u64 * 10_000 + b as u64 * 100 + c as u64
    }

    extern "C" fn first(a: u32) -> u64 {
        a as u64 | 0x1234_5678_0000_0000
    }

    #[test]
    fn pushes_accumulate_and_results_are_saved_whole() {
        let mut pc = Vec::new();
        pc.extend(push(7));
        pc.extend(op8(6, first as *const () as u64));
        pc.extend(op8(8, 0));
        pc.extend(push(8));
        pc.extend(push(9));
        pc.extend(op8(6, sum3 as *const () as u64));
        pc.extend(op8(7, 8));
        pc.push(0);
        pc.extend(op8(8, 99)); // after the end: never run
        let out = run(&[0x55; 20], &pc, SlotWidth::Bits32).unwrap();
        assert_eq!(
            u64::from_le_bytes(out[0..8].try_into().unwrap()),
            0x1234_5678_0000_0007
        );
        assert_eq!(u64::from_le_bytes(out[8..16].try_into().unwrap()), 70_809);
        assert_eq!(&out[16..], &[0x55; 4]);
    }

    #[test]
    fn dlopen_and_dlsym_through_the_request() {
        let mut pc = vec![1];
        pc.extend_from_slice(b"libc.so.6\0");
        pc.extend(op8(8, 0));
        pc.push(0);
        let out = run(&[0; 16], &pc, SlotWidth::Bits64).unwrap();
        let handle = u64::from_le_bytes(out[0..8].try_into().unwrap());
        assert_ne!(handle, 0);
        let mut pc = vec![2];
        pc.extend_from_slice(b"abs\0");
        pc.extend_from_slice(&handle.to_le_bytes());
        pc.extend(op8(8, 0));
        pc.push(2);
        pc.extend_from_slice(b"no_such_symbol_here\0");
        pc.extend_from_slice(&handle.to_le_bytes());
        pc.extend(op8(8, 8));
        let out = run(&[0xFF; 16], &pc, SlotWidth::Bits64).unwrap();
        let abs = u64::from_le_bytes(out[0..8].try_into().unwrap());
        assert_ne!(abs, 0);
        assert_eq!(u64::from_le_bytes(out[8..16].try_into().unwrap()), 0);
        let mut pc = push(-42i32 as u32);
        pc.extend(op8(6, abs));
        pc.extend(op8(8, 0));
        let out = run(&[0; 8], &pc, SlotWidth::Bits32).unwrap();
        assert_eq!(i32::from_le_bytes(out[0..4].try_into().unwrap()), 42);
        let mut pc = vec![1];
        pc.extend_from_slice(b"/nonexistent/lib.so\0");
        pc.extend(op8(8, 0));
        let out = run(&[0xFF; 8], &pc, SlotWidth::Bits64).unwrap();
        assert_eq!(out, [0; 8]);
    }

    #[test]
    fn what_scarletdme_would_not_survive_is_refused() {
        assert_eq!(
            run(b"", &[0], SlotWidth::Bits64),
            Err(CcallError::EmptyMemory)
        );
        assert_eq!(
            run(b"x", b"", SlotWidth::Bits64),
            Err(CcallError::EmptyRequest)
        );
        let mut pc = Vec::new();
        for i in 0..51 {
            pc.extend(push(i));
        }
        assert_eq!(
            run(b"x", &pc, SlotWidth::Bits64),
            Err(CcallError::TooManyValues)
        );
        assert_eq!(
            run(&[0; 8], &op8(8, 1), SlotWidth::Bits64),
            Err(CcallError::Outside { offset: 1, len: 8 })
        );
        assert_eq!(
            run(&[0; 8], &op8(8, u64::MAX - 3), SlotWidth::Bits64),
            Err(CcallError::Outside {
                offset: u64::MAX - 3,
                len: 8
            })
        );
        assert_eq!(
            run(&[0; 8], &op8(6, 0), SlotWidth::Bits64),
            Err(CcallError::CallOfZero { at: 0 })
        );
        assert_eq!(
            run(&[0; 8], &[6, 1, 2], SlotWidth::Bits64),
            Err(CcallError::Truncated { op: 6, at: 0 })
        );
        assert_eq!(
            run(&[0; 8], &op8(4, 0), SlotWidth::Bits32),
            Err(CcallError::AddressInSlot { at: 0 })
        );
        assert_eq!(
            run(&[0; 8], &op8(4, 9), SlotWidth::Bits64),
            Err(CcallError::Outside { offset: 9, len: 8 })
        );
    }

    extern "C" fn strlen_at(p: *const c_char) -> u64 {
        // SAFETY: the test passes a NUL-terminated memory area.
        unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes().len() as u64
    }

    #[test]
    fn addresses_with_64_bit_slots_reach_the_memory_area() {
        let mut pc = op8(4, 2);
        pc.extend(op8(6, strlen_at as *const () as u64));
        pc.extend(op8(8, 8));
        let mut mem = b"..hello\0".to_vec();
        mem.extend_from_slice(&[0; 8]);
        let out = run(&mem, &pc, SlotWidth::Bits64).unwrap();
        assert_eq!(u64::from_le_bytes(out[8..16].try_into().unwrap()), 5);
    }
}

//! MX / MO / MB radix conversions (OCONV and ICONV) and B64.

use super::conv::{bad, int, ok, same, ConvResult};
use super::conv_int::{unsigned_of_text, ConvFault};

fn char_mode(code: &[u8]) -> bool {
    code.iter().any(|c| c.eq_ignore_ascii_case(&b'C'))
}

fn radix_digits(mut n: u64, radix: u64) -> Vec<u8> {
    if n == 0 {
        return b"0".to_vec();
    }
    let mut d = Vec::new();
    while n > 0 {
        d.push(b"0123456789ABCDEF"[(n % radix) as usize]);
        n /= radix;
    }
    d.reverse();
    d
}

/// OCONV MX/MO/MB of text: `0C` (then anything) converts each character;
/// otherwise the code must end there (STATUS() 2) and the text must be an
/// optional sign and digits (anything else is a fault); "" stays "".
pub(super) fn radix_out(v: &[u8], radix: u64, code: &[u8]) -> Result<ConvResult, ConvFault> {
    if code.starts_with(b"0C") || code.starts_with(b"0c") {
        let width = match radix {
            16 => 2,
            8 => 3,
            _ => 8,
        };
        let mut out = Vec::with_capacity(v.len() * width);
        for &c in v {
            // op_oconv reads the bytes as C's signed char: the sign bits of
            // a byte >= 0x80 show in MO0C's top digit (0xFE is "776"), not
            // in the 2 hex or 8 binary digits (fuzz/FZ_OCONV_MO0C_01)
            let n = if radix == 8 && c >= 0x80 {
                c as u64 | 0x100
            } else {
                c as u64
            };
            let d = radix_digits(n, radix);
            out.extend(std::iter::repeat_n(b'0', width - d.len()));
            out.extend_from_slice(&d);
        }
        return Ok(ok(out));
    }
    if !code.is_empty() {
        // rejected before the value is read: a number stays a number
        return Ok(same(v, 2));
    }
    if v.is_empty() {
        return Ok(ok(Vec::new()));
    }
    Ok(ok(radix_out_u32(unsigned_of_text(v)?, radix)))
}

/// The digits of an unsigned 32-bit integer in `radix`; zero is `00`.
pub(super) fn radix_out_u32(u: u32, radix: u64) -> Vec<u8> {
    if u == 0 {
        return b"00".to_vec();
    }
    radix_digits(u as u64, radix)
}

pub(super) fn radix_in(v: &[u8], radix: u32, code: &[u8]) -> ConvResult {
    if v.is_empty() {
        return bad(b"", 1);
    }
    if code.eq_ignore_ascii_case(b"0C") {
        let width = match radix {
            16 => 2,
            8 => 3,
            _ => 8,
        };
        // implied leading zeros for a short first group
        let mut k = (width - v.len() % width) % width;
        let mut value = 0u32;
        let mut out = Vec::with_capacity(v.len() / width + 1);
        for &c in v {
            let d = match (c as char).to_digit(radix) {
                Some(d) => d,
                None => return bad(b"", 1),
            };
            value = (value << radix.trailing_zeros()) | d;
            k += 1;
            if k == width {
                if value > 255 {
                    return bad(b"", 1);
                }
                out.push(value as u8);
                k = 0;
                value = 0;
            }
        }
        return ok(out);
    }
    if !code.is_empty() {
        return bad(b"", 2);
    }
    if v.len() > 32 {
        return bad(b"", 1);
    }
    let mut value = 0u32;
    for &c in v {
        match (c as char).to_digit(radix) {
            Some(d) => value = (value << radix.trailing_zeros()) | d,
            None => return bad(b"", 1),
        }
    }
    // radix_conversion leaves an integer on the stack
    int((value as i32).to_string().into_bytes())
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Base64 encoding (OCONV "B64").
pub fn base64_encode(v: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(v.len().div_ceil(3) * 4);
    for chunk in v.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    out
}

/// Base64 decoding (ICONV "B64"); `None` for invalid input.
pub fn base64_decode(v: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(v.len() / 4 * 3);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for &c in v {
        let d = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b'\r' | b'\n' => continue,
            _ => return None,
        };
        acc = (acc << 6) | d as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

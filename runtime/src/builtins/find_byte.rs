//! Finding one byte in a string eight bytes at a time (as `memchr` does),
//! for the scans over whole lines and records: READSEQ's search for the
//! end of a line.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The position of the first `b` in `hay`.
pub fn find_byte(hay: &[u8], b: u8) -> Option<usize> {
    let pattern = LO.wrapping_mul(b as u64);
    let mut chunks = hay.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]) ^ pattern;
        // a zero byte of w is a match; a borrow can only flag bytes above
        // a real zero, so the lowest flag is the first match
        let z = w.wrapping_sub(LO) & !w & HI;
        if z != 0 {
            return Some(at + (z.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| c == b)
        .map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use super::find_byte;

    #[test]
    fn finds_the_first_occurrence_at_every_position_and_length() {
        for len in 0..40 {
            for at in 0..len {
                let mut s = vec![b'x'; len];
                s[at] = b'\n';
                // a second occurrence later must not be taken
                if at + 3 < len {
                    s[at + 3] = b'\n';
                }
                assert_eq!(find_byte(&s, b'\n'), Some(at), "len {len} at {at}");
            }
            assert_eq!(find_byte(&vec![b'x'; len], b'\n'), None);
        }
    }

    #[test]
    fn bytes_next_to_the_needle_and_high_bytes_are_no_match() {
        // 0x0B follows 0x0A; 0x8A and 0xFE have high bits set
        let s = [0x0B, 0x8A, 0xFE, 0x09, 0x00, 0xFF, 0x0B, 0x8A, 0x0B, 0x0A];
        assert_eq!(find_byte(&s, 0x0A), Some(9));
        assert_eq!(find_byte(&s, 0x00), Some(4));
        assert_eq!(find_byte(&s, 0xFE), Some(2));
        assert_eq!(find_byte(&[1, 2, 3], 0x00), None);
        // a byte one above the needle right after a match
        let t = [b'a', b'\n', 0x0B, b'b', b'c', b'd', b'e', b'f', b'g'];
        assert_eq!(find_byte(&t, b'\n'), Some(1));
    }
}

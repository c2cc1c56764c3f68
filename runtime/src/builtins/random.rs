//! The generator behind RND once RANDOMIZE has seeded it: the same seed
//! gives the same sequence (ScarletDME's documented promise; its exact
//! numbers are not reproduced).

/// The next state of a splitmix64 sequence; the state is also the output.
pub fn rnd_next(state: u64) -> u64 {
    let mut z = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::rnd_next;

    #[test]
    fn same_seed_same_sequence_and_moves_on() {
        let a = rnd_next(42);
        assert_eq!(a, rnd_next(42));
        assert_ne!(a, rnd_next(a));
        assert_ne!(rnd_next(41), a);
    }
}

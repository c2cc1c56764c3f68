//! Tests of [`super::BStr`]'s gap: every sequence of edits, reads and
//! copies must show exactly what the pure dynamic-array functions give.

use super::BStr;
use crate::builtins::dynarray::{delete, extract, insert, replace, Mode, FM, SM, VM};

/// `n` steps, or a twentieth of them under Miri (which checks every
/// unsafe access of the gap but runs thousands of times slower).
fn steps(n: usize) -> usize {
    if cfg!(miri) {
        n / 20
    } else {
        n
    }
}

/// `n` fields "fI" (about 7 bytes each): large enough for a gap.
fn big(n: usize) -> Vec<u8> {
    let mut v = Vec::new();
    for i in 1..=n {
        if i > 1 {
            v.push(FM);
        }
        v.extend_from_slice(format!("f{i}").as_bytes());
    }
    v
}

/// The pure result of an edit.
fn pure(s: &[u8], mode: Mode, [f, v, sv]: [i64; 3], new: &[u8]) -> Vec<u8> {
    match mode {
        Mode::Replace => replace(s, f, v, sv, new),
        Mode::Insert => insert(s, f, v, sv, new),
        Mode::Delete => delete(s, f, v, sv),
    }
}

/// Applies an edit to both the string and its model, checking the string
/// afterwards only through `extract` (which must not close the gap).
fn edit(b: &mut BStr, model: &mut Vec<u8>, mode: Mode, idx: [i64; 3], new: &[u8]) {
    *model = pure(model, mode, idx, new);
    b.edit(mode, idx, new);
    assert_eq!(b.len(), model.len(), "{mode:?} {idx:?}");
}

#[test]
fn forward_walks_open_a_gap_and_match_the_pure_functions() {
    for mode in [Mode::Replace, Mode::Insert, Mode::Delete] {
        let mut model = big(3000);
        let mut b = BStr::new(model.clone());
        let mut gapped = false;
        for i in 1..=steps(1500) as i64 {
            let f = if mode == Mode::Insert { 2 * i - 1 } else { i };
            // a read of the item first, as `D<I> = "s":D<I>` does
            assert_eq!(
                b.extract([f, 0, 0]),
                extract(&model, f, 0, 0),
                "{mode:?} {i}"
            );
            edit(
                &mut b,
                &mut model,
                mode,
                [f, 0, 0],
                format!("n{i}").as_bytes(),
            );
            gapped |= b.has_gap();
        }
        assert!(gapped, "{mode:?}: the walk never opened a gap");
        assert_eq!(b.bytes(), &model[..], "{mode:?}");
        assert!(!b.has_gap());
    }
}

#[test]
fn edits_at_the_start_the_end_and_past_it() {
    let mut model = big(2000);
    let mut b = BStr::new(model.clone());
    for round in 0..40i64 {
        let n = (model.iter().filter(|&&c| c == FM).count() + 1) as i64;
        let cases: [(Mode, [i64; 3]); 8] = [
            (Mode::Replace, [round + 2, 0, 0]),
            (Mode::Replace, [round + 3, 0, 0]),
            (Mode::Delete, [1, 0, 0]),
            (Mode::Insert, [1, 0, 0]),
            (Mode::Replace, [-1, 0, 0]),
            (Mode::Insert, [-1, 0, 0]),
            (Mode::Replace, [n + 3, 0, 0]),
            (Mode::Delete, [n + 9, 0, 0]),
        ];
        for (k, (mode, idx)) in cases.into_iter().enumerate() {
            edit(
                &mut b,
                &mut model,
                mode,
                idx,
                format!("e{round}.{k}").as_bytes(),
            );
            let f = idx[0].max(1);
            assert_eq!(
                b.extract([f, 0, 0]),
                extract(&model, f, 0, 0),
                "{mode:?} {idx:?}"
            );
        }
    }
    assert_eq!(b.bytes(), &model[..]);
}

#[test]
fn values_and_subvalues_walk_through_the_gap() {
    // one big field of values, then subvalues of one value
    let mut model: Vec<u8> = Vec::new();
    for i in 1..=2000 {
        if i > 1 {
            model.push(VM);
        }
        model.extend_from_slice(format!("v{i}").as_bytes());
    }
    model.push(FM);
    model.extend_from_slice(b"tail");
    let mut b = BStr::new(model.clone());
    for i in 1..=steps(600) as i64 {
        assert_eq!(b.extract([1, i, 0]), extract(&model, 1, i, 0));
        edit(&mut b, &mut model, Mode::Replace, [1, i, 0], b"R");
        edit(
            &mut b,
            &mut model,
            Mode::Insert,
            [1, i, 2],
            &[b'x', SM, b'y'],
        );
        edit(&mut b, &mut model, Mode::Delete, [1, i + 1, 0], b"");
        edit(&mut b, &mut model, Mode::Replace, [1, -1, 0], b"app");
        assert_eq!(b.extract([1, i, 2]), extract(&model, 1, i, 2));
        assert_eq!(b.extract([2, 0, 0]), b"tail");
    }
    // a field mark inserted as data: later walks count it
    edit(
        &mut b,
        &mut model,
        Mode::Replace,
        [1, 700, 0],
        &[b'a', FM, b'b'],
    );
    edit(&mut b, &mut model, Mode::Replace, [2, 1, 0], b"two");
    assert_eq!(b.bytes(), &model[..]);
}

#[test]
fn a_pseudo_random_mix_of_edits_reads_and_copies() {
    for seed0 in [1u64, 77, 4242] {
        let mut seed = seed0;
        let mut next = |m: i64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as i64).rem_euclid(m)
        };
        let mut model = big(1500);
        let mut b = BStr::new(model.clone());
        let mut walk = 1i64;
        for step in 0..steps(6000) {
            // mostly a forward walk, sometimes a jump back or a far item
            walk = match next(20) {
                0 => 1 + next(1600),
                1 => -1,
                _ => walk.max(1) + next(3),
            };
            let idx = [walk, next(3), next(3) - (next(8) == 0) as i64];
            let new = [&b"w"[..], b"", &[b'q', VM, b'r'], &[SM]][next(4) as usize];
            match next(10) {
                0 => assert_eq!(b.bytes(), &model[..], "step {step}"),
                1 => {
                    // a copy keeps its value whatever happens to the original
                    let copy = b.clone();
                    let kept = model.clone();
                    edit(&mut b, &mut model, Mode::Insert, idx, b"after-copy");
                    assert_eq!(copy.bytes(), &kept[..], "step {step}");
                }
                2 | 3 => assert_eq!(b.extract(idx), extract(&model, idx[0], idx[1], idx[2])),
                4 | 5 => edit(&mut b, &mut model, Mode::Replace, idx, new),
                6 | 7 => edit(&mut b, &mut model, Mode::Insert, idx, new),
                _ => edit(&mut b, &mut model, Mode::Delete, idx, new),
            }
        }
        assert_eq!(b.into_vec(), model);
    }
}

#[test]
fn the_empty_string_and_small_strings_stay_plain() {
    let mut model = Vec::new();
    let mut b = BStr::new(Vec::new());
    for i in 1..=50i64 {
        edit(&mut b, &mut model, Mode::Insert, [1, 0, 0], b"x");
        edit(&mut b, &mut model, Mode::Replace, [i, 2, 0], b"y");
        assert!(!b.has_gap());
    }
    for _ in 0..200 {
        edit(&mut b, &mut model, Mode::Delete, [1, 0, 0], b"");
    }
    assert!(b.is_empty());
    assert_eq!(b.bytes(), b"");
}

#[test]
fn sorted_locate_resumes_exactly_as_a_search_from_the_start() {
    use crate::builtins::locate::{locate, sorted_int_needle};
    for (order, mark) in [("AR", FM), ("DR", FM), ("AR", VM), ("dr", VM)] {
        let mut seed = 99u64;
        let mut next = |m: i64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as i64).rem_euclid(m)
        };
        let mut model: Vec<u8> = b"5".to_vec();
        let mut b = BStr::new(model.clone());
        let (v, at) = if mark == FM { (0, 0) } else { (1, 1) };
        for step in 0..steps(4000) as i64 {
            // keys rising in runs (as MOD(I * K, N) gives), some not numbers
            let key = match next(40) {
                0 => b"abc".to_vec(),
                1 => b"".to_vec(),
                2 => b"123456789012345678901234".to_vec(),
                _ => format!("{}", (step * 37) % 1000 - next(3) * 300).into_bytes(),
            };
            let want = locate(&key, &model, 1, v, 0, order.as_bytes());
            let got = match sorted_int_needle(&key, order.as_bytes()) {
                Some((sv, up)) => b.locate_sorted(&key, sv, up, mark),
                None => want,
            };
            assert_eq!(got, want, "{order} {mark} step {step} key {key:?}");
            // INS at the place found, sometimes another edit before it
            let idx = if mark == FM {
                [want.pos, 0, 0]
            } else {
                [1, want.pos, 0]
            };
            match next(12) {
                0 => edit(&mut b, &mut model, Mode::Delete, [1, v, at], b""),
                1 => edit(&mut b, &mut model, Mode::Replace, [1, v, at], b"x"),
                2 => assert_eq!(b.bytes(), &model[..]),
                3 => edit(&mut b, &mut model, Mode::Replace, [-1, 0, 0], b"77"),
                _ if !want.found => edit(&mut b, &mut model, Mode::Insert, idx, &key),
                _ => {}
            }
            if model.is_empty() {
                model = b"1".to_vec();
                b = BStr::new(model.clone());
            }
        }
    }
}

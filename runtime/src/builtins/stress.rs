//! Deterministic pseudo-random stress test: every public function is fed
//! arbitrary bytes and positions and must not panic.

use super::*;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn bytes(&mut self) -> Vec<u8> {
        const ALPHABET: &[u8] = b"aZ09 .,-+$#%*'\"/:LRCDMNZXT\xfe\xfd\xfc\xfb\xff\x80";
        let n = (self.next() % 12) as usize;
        (0..n)
            .map(|_| ALPHABET[(self.next() as usize) % ALPHABET.len()])
            .collect()
    }
    fn pos(&mut self) -> i64 {
        match self.next() % 8 {
            0 => -1,
            1 => 0,
            2 => i64::MAX,
            3 => i64::MIN,
            _ => (self.next() % 6) as i64,
        }
    }
    fn num(&mut self) -> num::Num {
        match self.next() % 6 {
            0 => num::Num::Int(i64::MIN),
            1 => num::Num::Float(f64::NAN),
            2 => num::Num::Float(1e300),
            3 => num::Num::Float(-0.0),
            _ => num::Num::Int(self.pos().clamp(-100, 100)),
        }
    }
}

#[test]
fn no_panics_on_arbitrary_input() {
    let mut r = Lcg(12345);
    for _ in 0..20000 {
        let (a, b, c) = (r.bytes(), r.bytes(), r.bytes());
        let (p1, p2, p3) = (r.pos(), r.pos().clamp(-1, 5), r.pos().clamp(-1, 5));
        let p1s = p1.clamp(-1, 6);
        let (x, y) = (r.num(), r.num());
        let _ = num::parse_num(&a);
        let _ = num::format_num(x, (r.next() % 20) as usize);
        let _ = (
            num::add(x, y),
            num::sub(x, y),
            num::mul(x, y),
            num::div(x, y),
            num::pwr(x, y),
        );
        let _ = (
            num::rem(x, y),
            num::modulo(x, y),
            num::idiv(x, y),
            num::neg(x),
            num::abs(x),
            num::sqrt(x),
        );
        let _ = (
            num::int_part(x),
            num::num_cmp(x, y),
            x.to_i64(),
            num::is_true(&a),
        );
        let _ = compare::compare_values(&a, &b);
        let _ = compare::compare_fn(&a, &b, &c);
        let _ = dynarray::extract(&a, p1, p2, p3);
        let mut hint = dynarray::FieldHint {
            field: p2.max(0),
            offset: (r.next() % 16) as usize,
        };
        let _ = dynarray::extract_hinted(&a, p1, p2, p3, &mut hint);
        let _ = matrix::matparse(&a, &b, (r.next() % 5) as usize);
        let _ = dynarray::replace(&a, p1s, p2, p3, &b);
        let _ = dynarray::insert(&a, p1s, p2, p3, &b);
        let _ = dynarray::delete(&a, p1s, p2, p3);
        let _ = super::sum::sum(&a);
        let _ = (
            dynarray::raise(&a),
            dynarray::lower(&a),
            dynarray::dcount(&a, &b),
        );
        let _ = locate::locate(&b, &a, p1, p2, p3, &c);
        let _ = locate::find(&b, &a, p1);
        let _ = locate::findstr(&b, &a, p1);
        let _ = field::field(&a, &b, p1, p2);
        let _ = field::fieldstore(&a, &b, p1s, p2, &c);
        let _ = field::index(&a, &b, p1);
        let _ = field::substr(&a, p1, p2);
        let _ = field::substr_last(&a, p1);
        let mut m = a.clone();
        field::substr_assign(&mut m, p1, p2, &b);
        let _ = remove::remove(&a, (r.next() % 20) as usize);
        let _ = strings::change(&a, &b, &c, Some(p1), Some(p2));
        let _ = strings::convert(&a, &b, &c);
        let _ = strings::trim_with(&a, b' ', *b.first().unwrap_or(&b'R'));
        let _ = (
            strings::swapcase(&a),
            strings::soundex(&a),
            strings::xtd(&a),
            strings::dtx(p1, p2),
        );
        let _ = strings::substitute(&a, &b, &c, &[dynarray::VM]);
        let _ = pattern::matches(&a, &b);
        let _ = pattern::matchfield(&a, &b, p1);
        let _ = mv::pairwise(&a, &b, true, false, |u, v| [u, v].concat());
        let _ = fmt::fmt(fmt::FmtInput::Str(&a), &b, 4);
        let _ = fmt::fmt(fmt::FmtInput::Num(x), &b, 4);
        let mut code = b"D".to_vec();
        code.extend_from_slice(&b);
        let _ = conv::oconv(&a, &code);
        let _ = conv::iconv(&a, &code);
        for pre in [&b"MT"[..], b"MD", b"MC", b"MX", b"L", b"G", b"T", b"R", b""] {
            let mut code = pre.to_vec();
            code.extend_from_slice(&b);
            let _ = conv::oconv(&a, &code);
            let _ = conv::iconv(&a, &code);
            let _ = conv::oconv(b"20000", &code);
        }
    }
}

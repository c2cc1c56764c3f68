//! The `<` decision on small sources (the dialect corpus' fuzz/FZ_FIELDREF_*
//! programs check the same against ScarletDME's output).

use crate::syntax::ast::{BinOp, Expr, StmtKind};
use crate::syntax::ext_names::NoExtensions;
use crate::syntax::file_dicts::NoDicts;
use crate::syntax::lexer::lex;
use crate::syntax::preproc::preprocess;

/// The value assigned by the one statement `R = <src>`.
fn rhs(src: &str) -> Expr {
    let pp = preprocess("T", format!("R = {src}\n").as_bytes(), &|_, _| {
        Err(crate::syntax::preproc::IncludeMiss::Record)
    });
    let (toks, errs) = lex(&pp.lines);
    assert!(errs.is_empty(), "{src}: {errs:?}");
    let (unit, errs) = super::super::parse(&toks, &NoExtensions, &NoDicts, &[]);
    assert!(errs.is_empty(), "{src}: {errs:?}");
    match &unit.body[0].kind {
        StmtKind::Assign(_, _, e) => e.clone(),
        k => panic!("{src}: not an assignment: {k:?}"),
    }
}

/// The errors of the source `src`.
fn errors(src: &str) -> Vec<String> {
    let pp = preprocess("T", format!("{src}\n").as_bytes(), &|_, _| {
        Err(crate::syntax::preproc::IncludeMiss::Record)
    });
    let (toks, _) = lex(&pp.lines);
    let (_, errs) = super::super::parse(&toks, &NoExtensions, &NoDicts, &[]);
    errs.iter().map(|e| e.kind.to_string()).collect()
}

fn is_field(e: &Expr, indices: usize) -> bool {
    matches!(e, Expr::Field(_, idx) if idx.len() == indices)
}

fn is_bin(e: &Expr, op: BinOp) -> bool {
    matches!(e, Expr::Bin(o, ..) if *o == op)
}

#[test]
fn extraction_whose_index_is_a_comparison() {
    // "z" < X<1><1> is "z"<(X<1> < 1)>
    let e = rhs(r#""z" < X<1><1>"#);
    let Expr::Field(base, idx) = &e else {
        panic!("{e:?}")
    };
    assert!(matches!(**base, Expr::Str(_)));
    assert!(is_bin(&idx[0], BinOp::Lt), "{idx:?}");
    let Expr::Bin(_, l, _) = &idx[0] else {
        unreachable!()
    };
    assert!(is_field(l, 1), "{l:?}");
    assert!(is_field(&rhs("Y < X<1><1>"), 1));
    assert!(is_field(&rhs("-2 < 99.995<2, 1><0>"), 1));
}

#[test]
fn comparisons_stay_comparisons() {
    for src in [
        r#""z" < X<1>"#,
        "Z < Z<1,1>",
        "W<1> < W<2>",
        "Z < (6 > 2)",
        "Z < 6 AND 7 > 2",
        "Z < 6 & 7 > 2",
    ] {
        let e = rhs(src);
        assert!(
            is_bin(&e, BinOp::Lt) || is_bin(&e, BinOp::And),
            "{src}: {e:?}"
        );
    }
}

#[test]
fn token_after_the_closing_gt_decides() {
    // a THEN (even a string "then") before the `>`: two comparisons
    assert!(is_bin(&rhs(r#"W < "then" > "x""#), BinOp::Gt));
    // more than one token enclosed, a number after: a comparison chain
    assert!(is_bin(&rhs("Z < 1 + 2 > 0"), BinOp::Gt));
    assert!(is_bin(&rhs("Y < @FM > 5"), BinOp::Gt));
    // one token enclosed: an extraction whatever follows
    assert!(is_bin(&rhs("W < 1 >= 2"), BinOp::Eq));
    // a string where formats are allowed: extraction, then the format
    assert!(is_bin(&rhs(r#"W < 1 + 1 > "x""#), BinOp::Fmt));
    // >< closes the extraction, the `<` is left
    assert!(is_bin(&rhs(r#"W<2><"c""#), BinOp::Lt));
    // `><=` is `>` then `<=`; `>< =` too
    assert!(is_bin(&rhs(r#"W<1><="a""#), BinOp::Le));
    assert!(is_bin(&rhs("W<1>< =2"), BinOp::Le));
    assert!(is_bin(&rhs(r#"W<1><>"a""#), BinOp::Ne));
}

#[test]
fn malformed_extractions_are_named() {
    assert_eq!(
        errors("R = W<1,2,3,4>"),
        ["Incorrectly formed field reference"]
    );
    assert_eq!(
        errors("R = W < 1 ; PRINT 7 > \"x\""),
        ["Incorrectly formed field reference"]
    );
}

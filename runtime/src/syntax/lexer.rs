//! Scanner: turns preprocessed source lines into tokens.
//!
//! Keywords are not reserved: they are upper-cased identifiers that the
//! parser interprets by position. Comments (`*`, `!`, `REM` at the start of a
//! statement) are dropped; labels at the start of a line become
//! [`Tok::Label`]; a line ending in `,` continues on the next line.

use crate::syntax::compile_error::{CompileError, ErrorKind};
use crate::syntax::preproc::SrcLine;

/// Symbols and operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sym {
    LParen,
    RParen,
    LBrack,
    RBrack,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Pow,
    Colon,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    /// `><`: not-equal, or the end of one extraction and the start of the
    /// next (`X<2><1>`); the parser decides.
    GtLt,
    /// `>=`: greater-or-equal, or the end of an extraction and `=`
    /// (`X<1>=5`); the parser decides.
    GtEq,
    Amp,
    Bang,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    ColonEq,
    /// `->`: an object reference (`obj->name`).
    Arrow,
}

/// A token.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// Identifier or keyword, upper-cased.
    Ident(String),
    /// Numeric literal text.
    Num(String),
    /// A `0x` constant: the decimal text of its value (negative for
    /// `0x80000000` up). A number like [`Tok::Num`], but never a label.
    HexNum(String),
    /// String literal.
    Str(Vec<u8>),
    /// `@NAME` (upper-cased, without the `@`); `@` alone before `(` is "".
    At(String),
    /// A statement label at the start of a line.
    Label(String),
    /// An operator or punctuation.
    Sym(Sym),
    /// End of a source line.
    Eol,
    /// `;` statement separator.
    Semi,
    /// An unclosed string (the parser reports it where it is used).
    Bad,
    /// End of input.
    Eof,
    /// `~` (only meaningful at the end of a line: continuation).
    Tilde,
    /// Never made by the lexer: what the parser reads at the token that
    /// closes an extraction (`>`, `>=`, `><`) while it parses the
    /// extraction's indices (ScarletDME's TKN.END.FIELD).
    EndField,
}

/// A token with its position.
#[derive(Debug, Clone)]
pub struct Token {
    /// The token.
    pub tok: Tok,
    /// File index.
    pub file: u16,
    /// Line number.
    pub line: u32,
    /// True when whitespace preceded this token.
    pub space_before: bool,
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'%' || c == b'$'
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'$'
}

/// Tokenizes all lines.
pub fn lex(lines: &[SrcLine]) -> (Vec<Token>, Vec<CompileError>) {
    let mut toks: Vec<Token> = Vec::new();
    let mut errs = Vec::new();
    let mut continued = false;
    for sl in lines {
        // a continuation line has no label: `2)` there is a number
        lex_line(sl, &mut toks, &mut errs, !continued);
        // a trailing comma continues the statement on the next line; so
        // does a trailing `~` (dropped)
        let tilde = sl
            .text
            .iter()
            .rposition(|c| !c.is_ascii_whitespace())
            .map(|i| sl.text[i] == b'~')
            .unwrap_or(false)
            && matches!(
                toks.last(),
                Some(Token {
                    tok: Tok::Tilde,
                    ..
                })
            );
        if tilde {
            toks.pop();
        }
        let cont = tilde
            || matches!(
                toks.last(),
                Some(Token {
                    tok: Tok::Sym(Sym::Comma),
                    ..
                })
            );
        continued = cont;
        if !cont {
            toks.push(Token {
                tok: Tok::Eol,
                file: sl.file,
                line: sl.line,
                space_before: false,
            });
        }
    }
    let (file, line) = lines.last().map(|l| (l.file, l.line)).unwrap_or((0, 1));
    toks.push(Token {
        tok: Tok::Eol,
        file,
        line,
        space_before: false,
    });
    toks.push(Token {
        tok: Tok::Eof,
        file,
        line,
        space_before: false,
    });
    (toks, errs)
}

fn lex_line(sl: &SrcLine, toks: &mut Vec<Token>, errs: &mut Vec<CompileError>, labels: bool) {
    let s = &sl.text;
    let mut i = 0;
    let mut stmt_start = true;
    let mut line_start = labels;
    let push = |toks: &mut Vec<Token>, tok: Tok, sp: bool| {
        toks.push(Token {
            tok,
            file: sl.file,
            line: sl.line,
            space_before: sp,
        });
    };
    while i < s.len() {
        let c = s[i];
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        }
        let sp = i > 0 && (s[i - 1] == b' ' || s[i - 1] == b'\t');
        if stmt_start {
            // comments; a `;` that only introduces one is no statement
            // separator: `END ELSE ;* note` opens a block as `END ELSE` does
            let drop_semi = |toks: &mut Vec<Token>| {
                if matches!(toks.last(), Some(t) if t.tok == Tok::Semi && t.line == sl.line && t.file == sl.file)
                {
                    toks.pop();
                }
            };
            if c == b'*' || c == b'!' {
                drop_semi(toks);
                return;
            }
            if s.len() >= i + 3
                && s[i..i + 3].eq_ignore_ascii_case(b"REM")
                && (s.len() == i + 3 || !is_ident_char(s[i + 3]))
            {
                // REM as a statement is a comment (REM(x,y) is a function but
                // cannot start a statement)
                let rest = &s[i + 3..];
                let next_non_space = rest.iter().find(|c| !c.is_ascii_whitespace());
                if next_non_space != Some(&b'=') {
                    drop_semi(toks);
                    return;
                }
            }
        }
        if line_start {
            // labels: NAME: or number [:]
            if c.is_ascii_digit() {
                let mut j = i;
                while j < s.len() && (s[j].is_ascii_digit() || s[j] == b'.') {
                    j += 1;
                }
                let label = String::from_utf8_lossy(&s[i..j]).to_string();
                let mut k = j;
                if k < s.len() && s[k] == b':' {
                    k += 1;
                }
                push(toks, Tok::Label(label), sp);
                i = k;
                line_start = false;
                stmt_start = true;
                continue;
            }
            if is_ident_start(c) {
                let mut j = i;
                while j < s.len() && is_ident_char(s[j]) {
                    j += 1;
                }
                if j < s.len() && s[j] == b':' && !(j + 1 < s.len() && s[j + 1] == b'=') {
                    let label = String::from_utf8_lossy(&s[i..j]).to_ascii_uppercase();
                    push(toks, Tok::Label(label), sp);
                    i = j + 1;
                    line_start = false;
                    stmt_start = true;
                    continue;
                }
            }
        }
        line_start = false;
        stmt_start = false;
        if is_ident_start(c) {
            let mut j = i;
            while j < s.len() && is_ident_char(s[j]) {
                j += 1;
            }
            let name = String::from_utf8_lossy(&s[i..j]).to_ascii_uppercase();
            // `THEN`/`ELSE` begin a new statement (comments may follow)
            if name == "THEN" || name == "ELSE" || name == "DO" || name == "REPEAT" {
                stmt_start = true;
            }
            push(toks, Tok::Ident(name), sp);
            i = j;
            continue;
        }
        if c == b'0' && matches!(s.get(i + 1), Some(b'x' | b'X')) {
            let j = hex_end(s, i + 2);
            match hex_value(&s[i + 2..j]) {
                Some(text) => push(toks, Tok::HexNum(text), sp),
                None => {
                    errs.push(CompileError::new(
                        sl.file,
                        sl.line,
                        ErrorKind::Syntax("Hexadecimal constant too long"),
                    ));
                    push(toks, Tok::HexNum("0".into()), sp);
                }
            }
            i = j;
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && i + 1 < s.len() && s[i + 1].is_ascii_digit()) {
            let mut j = i;
            let mut dot = false;
            while j < s.len() && (s[j].is_ascii_digit() || (s[j] == b'.' && !dot)) {
                if s[j] == b'.' {
                    dot = true;
                }
                j += 1;
            }
            if dot && j + 1 < s.len() && s[j] == b'.' && s[j + 1].is_ascii_digit() {
                // `1.2.3`: no number, and no data item for ScarletDME
                while j < s.len() && (s[j].is_ascii_digit() || s[j] == b'.') {
                    j += 1;
                }
                push(toks, Tok::Bad, sp);
                i = j;
                continue;
            }
            push(
                toks,
                Tok::Num(String::from_utf8_lossy(&s[i..j]).to_string()),
                sp,
            );
            i = j;
            continue;
        }
        if c == b'"' || c == b'\'' || c == b'\\' {
            match s[i + 1..].iter().position(|&d| d == c) {
                Some(n) => {
                    push(toks, Tok::Str(s[i + 1..i + 1 + n].to_vec()), sp);
                    i += n + 2;
                }
                None => {
                    push(toks, Tok::Bad, sp);
                    return;
                }
            }
            continue;
        }
        if c == b'@' {
            let mut j = i + 1;
            while j < s.len() && is_ident_char(s[j]) {
                j += 1;
            }
            push(
                toks,
                Tok::At(String::from_utf8_lossy(&s[i + 1..j]).to_ascii_uppercase()),
                sp,
            );
            i = j;
            continue;
        }
        let next = s.get(i + 1).copied().unwrap_or(0);
        let (sym, len) = match (c, next) {
            (b'(', _) => (Sym::LParen, 1),
            (b')', _) => (Sym::RParen, 1),
            (b'[', _) => (Sym::LBrack, 1),
            (b']', _) => (Sym::RBrack, 1),
            (b',', _) => (Sym::Comma, 1),
            (b'+', b'=') => (Sym::PlusEq, 2),
            (b'-', b'=') => (Sym::MinusEq, 2),
            (b'-', b'>') => (Sym::Arrow, 2),
            (b'*', b'=') => (Sym::StarEq, 2),
            (b'/', b'=') => (Sym::SlashEq, 2),
            (b':', b'=') => (Sym::ColonEq, 2),
            (b'*', b'*') => (Sym::Pow, 2),
            (b'+', _) => (Sym::Plus, 1),
            (b'-', _) => (Sym::Minus, 1),
            (b'*', _) => (Sym::Star, 1),
            (b'/', _) => (Sym::Slash, 1),
            (b'^', _) => (Sym::Pow, 1),
            (b':', _) => (Sym::Colon, 1),
            (b'<', b'=') => (Sym::Le, 2),
            (b'<', b'>') => (Sym::Ne, 2),
            // `><>` and `><=` are `>` then `<>` or `<=` (`A<1><>B`), as
            // ScarletDME's tokenizer looks one character further
            (b'>', b'<') if !matches!(s.get(i + 2), Some(b'>' | b'=')) => (Sym::GtLt, 2),
            (b'>', b'=') => (Sym::GtEq, 2),
            (b'=', b'<') => (Sym::Le, 2),
            (b'=', b'>') => (Sym::Ge, 2),
            (b'<', _) => (Sym::Lt, 1),
            (b'>', _) => (Sym::Gt, 1),
            (b'=', _) => (Sym::Eq, 1),
            (b'#', _) => (Sym::Ne, 1),
            (b'&', _) => (Sym::Amp, 1),
            (b'!', _) => (Sym::Bang, 1),
            (b'~', _) => {
                push(toks, Tok::Tilde, sp);
                i += 1;
                continue;
            }
            (b';', _) => {
                push(toks, Tok::Semi, sp);
                i += 1;
                stmt_start = true;
                continue;
            }
            _ => {
                errs.push(CompileError::new(
                    sl.file,
                    sl.line,
                    ErrorKind::UnexpectedCharacter(c as char),
                ));
                i += 1;
                continue;
            }
        };
        push(toks, Tok::Sym(sym), sp);
        i += len;
    }
}

/// The end of a hexadecimal constant's digits that start at `i` (after
/// `0x`): ScarletDME's tokenizer takes every hex digit, of either case.
fn hex_end(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && s[i].is_ascii_hexdigit() {
        i += 1;
    }
    i
}

/// The decimal text of a `0x` constant's `digits`, as ScarletDME's compiler
/// computes it: the token keeps the `0` before the `x`, and XTD() of that
/// text accumulates into a wrapping 32-bit integer (`0xFFFFFFFF` is -1,
/// `0x` alone is 0). XTD() refuses a text over 20 characters and the
/// compiler then uses the text itself as the number: all-decimal digits
/// read as a decimal number (`0x` and 20 zeros and `10` is ten), others
/// crash ScarletDME's compiler (`None` here: a compile error).
fn hex_value(digits: &[u8]) -> Option<String> {
    if digits.len() + 1 > 20 {
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let text = String::from_utf8_lossy(digits);
        let trimmed = text.trim_start_matches('0');
        let v: i64 = if trimmed.is_empty() {
            0
        } else {
            trimmed.parse().ok().filter(|v| *v <= i64::from(i32::MAX))?
        };
        return Some(v.to_string());
    }
    let mut n: i32 = 0;
    for d in digits {
        let v = (*d as char).to_digit(16).unwrap_or(0) as i32;
        n = n.wrapping_mul(16).wrapping_add(v);
    }
    Some(n.to_string())
}

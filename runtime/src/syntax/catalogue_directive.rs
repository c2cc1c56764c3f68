//! `$CATALOGUE [name] [LOCAL | GLOBAL]` (or `$CATALOG`): where the BASIC
//! command catalogues a program after compiling it without errors, as
//! ScarletDME's compiler reads the directive (learnt on real ScarletDME):
//!
//! * no name: the record name (the program's own name must be the same,
//!   else `Default catalogue name differs from record name`);
//! * a name is a call name in upper case, or a quoted string kept as
//!   written; `$CATALOGUE LOCAL` alone is a mode, not a name;
//! * no mode: the private catalogue;
//! * anything else after the name is `Misformed $CATALOGUE`; a quoted name
//!   with other characters than `A-Z 0-9 . % $ _ -` (after a leading
//!   `* ! _ $`) or longer than 63 is `Illegal catalogue name`.

/// A `$CATALOGUE` directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueDirective {
    /// The catalogue name (None: the record name).
    pub name: Option<String>,
    /// `LOCAL` or `GLOBAL` (None: the private catalogue).
    pub mode: Option<String>,
}

/// Characters of a call name token.
fn name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'$' | b'%' | b'_')
}

/// Parses the text after the directive word (`word`: `$CATALOGUE` or
/// `$CATALOG`, named in the error).
pub fn parse(word: &str, rest: &[u8]) -> Result<CatalogueDirective, String> {
    let misformed = || format!("Misformed {word}");
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < rest.len() && rest[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    let mut name: Option<String> = None;
    let mut quoted = false;
    match rest.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            let end = rest[i + 1..]
                .iter()
                .position(|&c| c == q)
                .ok_or_else(misformed)?;
            name = Some(String::from_utf8_lossy(&rest[i + 1..i + 1 + end]).into_owned());
            quoted = true;
            i += end + 2;
        }
        Some(&c) if name_char(c) || c == b'!' || c == b'*' => {
            let start = i;
            i += 1;
            while i < rest.len() && name_char(rest[i]) {
                i += 1;
            }
            name = Some(String::from_utf8_lossy(&rest[start..i]).to_ascii_uppercase());
        }
        _ => {}
    }
    skip_ws(&mut i);
    let word_end = rest[i..]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(rest.len(), |n| i + n);
    let next = String::from_utf8_lossy(&rest[i..word_end]).to_ascii_uppercase();
    let mut mode = None;
    if next.is_empty() {
        if !quoted && matches!(name.as_deref(), Some("LOCAL" | "GLOBAL")) {
            mode = name.take();
        }
    } else if next == "LOCAL" || next == "GLOBAL" {
        mode = Some(next);
    } else {
        return Err(misformed());
    }
    if let Some(n) = &name {
        let b = n.as_bytes();
        let from = usize::from(b.len() > 1 && b"*!_$".contains(&b[0]));
        let legal = |c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit() || b".%$_-".contains(c);
        if b.len() > 63 || !b[from..].iter().all(legal) {
            return Err("Illegal catalogue name".into());
        }
    }
    Ok(CatalogueDirective { name, mode })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<(Option<String>, Option<String>), String> {
        parse("$CATALOGUE", s.as_bytes()).map(|d| (d.name, d.mode))
    }

    #[test]
    fn forms() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(p(""), Ok((None, None)));
        assert_eq!(p(" LOCAL"), Ok((None, s("LOCAL"))));
        assert_eq!(p(" st.x local"), Ok((s("ST.X"), s("LOCAL"))));
        assert_eq!(p(" \"QN\" LOCAL"), Ok((s("QN"), s("LOCAL"))));
        assert_eq!(p(" C9N"), Ok((s("C9N"), None)));
        assert_eq!(p(" C6X FOO"), Err("Misformed $CATALOGUE".into()));
        assert_eq!(p(" C7#BAD LOCAL"), Err("Misformed $CATALOGUE".into()));
        assert_eq!(p(" \"a b\" LOCAL"), Err("Illegal catalogue name".into()));
    }
}

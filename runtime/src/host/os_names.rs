//! ScarletDME's operating-system name encoding of directory-file record ids.
//!
//! A record of a directory file is an OS file whose name is the record id
//! with the characters a file name cannot (or should not) hold replaced by
//! `%` and a letter:
//!
//! | id char | `*` | `,` | `=` | `>` | `<` | `%` | `/` | `+` | `:` | `;` | `?` | `\` | `"` |
//! |---|---|---|---|---|---|---|---|---|---|---|---|---|---|
//! | name    | `%A` | `%C` | `%E` | `%G` | `%L` | `%P` | `%S` | `%V` | `%X` | `%Y` | `%Z` | `%B` | `%Q` |
//!
//! A leading `.` is written `%d` and a leading `~` `%t`. An id holding a
//! byte outside printable ASCII (32..=126) has no name: ScarletDME refuses
//! it with STATUS() 3000.
//!
//! Reading names back (SELECT of a directory file) follows ScarletDME
//! exactly, including its quirks, so that both list the same ids for the
//! same directory: a name without `%` is the id as it stands; otherwise a
//! leading `%D` is `.` and `%T` is `~` (upper case, so the `%d`/`%t` that a
//! write produces come back without the `.`/`~`), and every other `%x` is
//! the character `x` stands for, or nothing when `x` is not in the table.

/// Id characters that are replaced, in the order of [`SUBSTITUTES`].
const RESTRICTED: &[u8] = b"*,=><%/+:;?\\\"";
/// The letter that follows `%` for each of [`RESTRICTED`].
const SUBSTITUTES: &[u8] = b"ACEGLPSVXYZBQ";

/// The OS file name of record `id`, or None when the id holds a byte that
/// no name can stand for (outside 32..=126). The empty id maps to the
/// empty name (callers refuse it).
pub fn map_id(id: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(id.len() + 4);
    let mut rest = id;
    match id.first() {
        Some(b'.') => {
            out.extend_from_slice(b"%d");
            rest = &id[1..];
        }
        Some(b'~') => {
            out.extend_from_slice(b"%t");
            rest = &id[1..];
        }
        _ => {}
    }
    for &c in rest {
        if !(32..=126).contains(&c) {
            return None;
        }
        match RESTRICTED.iter().position(|&r| r == c) {
            Some(i) => {
                out.push(b'%');
                out.push(SUBSTITUTES[i]);
            }
            None => out.push(c),
        }
    }
    Some(out)
}

/// The record id ScarletDME lists for OS file `name`.
pub fn unmap_name(name: &[u8]) -> Vec<u8> {
    if !name.contains(&b'%') {
        return name.to_vec();
    }
    let mut out = Vec::with_capacity(name.len());
    let mut rest = name;
    if let Some(lead) = name.get(..2) {
        match lead {
            b"%D" => {
                out.push(b'.');
                rest = &name[2..];
            }
            b"%T" => {
                out.push(b'~');
                rest = &name[2..];
            }
            _ => {}
        }
    }
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c == b'%' {
            if let Some(p) = rest
                .get(i + 1)
                .and_then(|x| SUBSTITUTES.iter().position(|s| s == x))
            {
                out.push(RESTRICTED[p]);
            }
            i += 2;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(id: &str) -> String {
        String::from_utf8(map_id(id.as_bytes()).unwrap()).unwrap()
    }

    /// Names as real ScarletDME wrote them (`ls` of a directory file after
    /// WRITE of these ids).
    #[test]
    fn ids_map_to_scarletdme_names() {
        assert_eq!(m("A*B"), "A%AB");
        assert_eq!(m("x/y"), "x%Sy");
        assert_eq!(m("p%q"), "p%Pq");
        assert_eq!(m(".hidden"), "%dhidden");
        assert_eq!(m("~tilde"), "%ttilde");
        assert_eq!(m("a,b=c>d<e+f:g;h?i\\j"), "a%Cb%Ec%Gd%Le%Vf%Xg%Yh%Zi%Bj");
        assert_eq!(m("%dX"), "%PdX");
        assert_eq!(m("a.b~"), "a.b~");
        assert_eq!(m("."), "%d");
        assert_eq!(m(".."), "%d.");
        assert_eq!(m("sp ace"), "sp ace");
        assert_eq!(m("a\"b"), "a%Qb");
        assert_eq!(map_id(b"tab\tx"), None);
        assert_eq!(map_id(b"hi\xc8"), None);
    }

    /// Ids as real ScarletDME's SELECT listed those names.
    #[test]
    fn names_unmap_as_scarletdme_lists_them() {
        let u = |n: &str| String::from_utf8(unmap_name(n.as_bytes())).unwrap();
        assert_eq!(u("A%AB"), "A*B");
        assert_eq!(u("a%Cb%Ec%Gd%Le%Vf%Xg%Yh%Zi%Bj"), "a,b=c>d<e+f:g;h?i\\j");
        assert_eq!(u("%PdX"), "%dX");
        assert_eq!(u("%PD"), "%D");
        assert_eq!(u("%P%P"), "%%");
        // ScarletDME's quirk: the lower-case lead it writes is dropped
        assert_eq!(u("%dhidden"), "hidden");
        assert_eq!(u("%ttilde"), "tilde");
        assert_eq!(u("%d"), "");
        assert_eq!(u("%d."), ".");
        assert_eq!(u("%Dx"), ".x");
        assert_eq!(u("%Tx"), "~x");
        assert_eq!(u("plain.name"), "plain.name");
        assert_eq!(u("end%"), "end");
    }

    #[test]
    fn every_printable_id_without_a_lead_round_trips() {
        for c in 32u8..=126 {
            let id = [b'k', c, b'z'];
            assert_eq!(
                unmap_name(&map_id(&id).unwrap()),
                id.to_vec(),
                "{}",
                c as char
            );
        }
    }
}

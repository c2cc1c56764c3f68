//! MATPARSE / MATBUILD helpers (the VM owns the matrix storage), following
//! ScarletDME's `op_matparse` / `op_matbuild` for ordinary (non-PICK)
//! matrices.

/// Result of MATPARSE: new values for elements 1..=n and element 0, and
/// INMAT().
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// Values for elements 1, 2, ...; elements past the last item are `""`.
    pub elements: Vec<Vec<u8>>,
    /// New value of element 0: the unparsed remainder when there were more
    /// items than elements, else `""` (MATPARSE always clears it).
    pub zero: Vec<u8>,
    /// INMAT(): elements assigned, or 0 when the data overflowed.
    pub inmat: i64,
}

/// MATPARSE mat FROM s, delims into a matrix of `n` elements. Every
/// character of `delims` is a delimiter. With more than one delimiter
/// character, each delimiter found is stored in an element of its own and
/// a repeated delimiter is skipped. An empty `delims` makes every character
/// a delimiter. Surplus text (after the delimiter that ends element n) goes
/// to element 0 and INMAT() is then 0.
pub fn matparse(s: &[u8], delims: &[u8], n: usize) -> Parsed {
    let mut elements = vec![Vec::new(); n];
    if s.is_empty() {
        return Parsed {
            elements,
            zero: Vec::new(),
            inmat: 0,
        };
    }
    if n == 0 {
        return Parsed {
            elements,
            zero: s.to_vec(),
            inmat: 0,
        };
    }
    let mut is_delim = [delims.is_empty(); 256];
    for &d in delims {
        is_delim[d as usize] = true;
    }
    let multi = delims.len() > 1;
    let mut idx = 1usize; // current element (1-based)
    let mut cur: Vec<u8> = Vec::new();
    let mut last: Option<u8> = None;
    let mut i = 0usize;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if is_delim[c as usize] {
            if multi && last == Some(c) {
                continue;
            }
            if idx == n {
                elements[n - 1] = cur;
                return Parsed {
                    elements,
                    zero: s[i..].to_vec(),
                    inmat: 0,
                };
            }
            elements[idx - 1] = std::mem::take(&mut cur);
            idx += 1;
            if !delims.is_empty() {
                if multi {
                    if idx == n {
                        elements[n - 1] = vec![c];
                        return Parsed {
                            elements,
                            zero: s[i..].to_vec(),
                            inmat: 0,
                        };
                    }
                    elements[idx - 1] = vec![c];
                    idx += 1;
                }
                last = Some(c);
                continue;
            }
        }
        cur.push(c);
        last = Some(c);
    }
    elements[idx - 1] = cur;
    Parsed {
        elements,
        zero: Vec::new(),
        inmat: idx as i64,
    }
}

/// MATBUILD s FROM mat [USING delim]: elements joined by `delim` (the
/// caller passes a field mark by default), followed by element 0 when it
/// is not empty (preceded by the delimiter unless nothing came before).
/// As ScarletDME's op_matbuild: trailing elements holding an empty string
/// are dropped, but an unassigned element (`None`) stops the dropping and
/// counts as an empty element.
pub fn matbuild<'a>(
    elements: impl IntoIterator<Item = Option<&'a [u8]>>,
    zero: &[u8],
    delim: &[u8],
) -> Vec<u8> {
    let items: Vec<Option<&[u8]>> = elements.into_iter().collect();
    let last = items
        .iter()
        .rposition(|e| *e != Some(&b""[..]))
        .map_or(0, |p| p + 1);
    let parts: Vec<&[u8]> = items[..last].iter().map(|e| e.unwrap_or(b"")).collect();
    let mut out = parts.join(delim);
    if !zero.is_empty() {
        if !out.is_empty() {
            out.extend_from_slice(delim);
        }
        out.extend_from_slice(zero);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::dynarray::FM;

    #[test]
    fn corpus_032() {
        let p = matparse(b"a,b,c", b",", 5);
        assert_eq!(p.inmat, 3);
        assert_eq!(
            p.elements[..4].to_vec(),
            vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec(), vec![]]
        );
        let p = matparse(&[b'x', FM, b'y'], &[FM], 5);
        assert_eq!((p.inmat, p.elements[1].as_slice()), (2, &b"y"[..]));
        let q = matparse(b"1,2,3,4,5", b",", 3);
        assert_eq!((q.zero.as_slice(), q.inmat), (&b"4,5"[..], 0));
        assert_eq!(q.elements[2], b"3");
        let els: Vec<Option<&[u8]>> =
            vec![Some(b"x"), Some(b"y"), Some(b"z"), Some(b""), Some(b"")];
        assert_eq!(
            matbuild(els.clone(), b"", &[FM]),
            vec![b'x', FM, b'y', FM, b'z']
        );
        assert_eq!(matbuild(els, b"", b","), b"x,y,z");
        assert_eq!(
            matbuild(vec![Some(&b"a"[..]), Some(b"")], b"z", b","),
            b"a,z"
        );
        // unassigned elements are kept as empty ones (ScarletDME: "x^x^x^^")
        assert_eq!(
            matbuild(vec![Some(&b"x"[..]), None, None], b"", b"^"),
            b"x^^"
        );
        assert_eq!(matbuild(vec![Some(&b"5"[..]); 3], b"", b""), b"555");
    }

    #[test]
    fn multiple_delimiters() {
        let p = matparse(b"a,b;;c", b",;", 6);
        let got: Vec<&[u8]> = p.elements.iter().map(|e| e.as_slice()).collect();
        assert_eq!(got, vec![&b"a"[..], b",", b"b", b";", b"c", b""]);
        assert_eq!(p.inmat, 5);
    }
}

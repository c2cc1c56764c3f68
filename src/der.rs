//! A minimal DER reader: just enough to print the subject name of an X.509
//! certificate (for `MVTLS_INFO_PEER_SUBJECT`).

/// One DER element: tag byte and content bytes.
struct Tlv<'a> {
    tag: u8,
    body: &'a [u8],
}

/// Splits the first element off `data`, returning it and the rest.
fn next(data: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let (&tag, rest) = data.split_first()?;
    let (&len0, mut rest) = rest.split_first()?;
    let len = if len0 < 0x80 {
        len0 as usize
    } else {
        let n = (len0 & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let mut len = 0usize;
        for &b in &rest[..n] {
            len = (len << 8) | b as usize;
        }
        rest = &rest[n..];
        len
    };
    if rest.len() < len {
        return None;
    }
    Some((
        Tlv {
            tag,
            body: &rest[..len],
        },
        &rest[len..],
    ))
}

fn oid_name(oid: &[u8]) -> String {
    match oid {
        [0x55, 0x04, 0x03] => "CN".into(),
        [0x55, 0x04, 0x06] => "C".into(),
        [0x55, 0x04, 0x07] => "L".into(),
        [0x55, 0x04, 0x08] => "ST".into(),
        [0x55, 0x04, 0x0a] => "O".into(),
        [0x55, 0x04, 0x0b] => "OU".into(),
        [0x55, 0x04, 0x05] => "serialNumber".into(),
        [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x01] => "emailAddress".into(),
        [0x09, 0x92, 0x26, 0x89, 0x93, 0xf2, 0x2c, 0x64, 0x01, 0x19] => "DC".into(),
        _ => dotted(oid),
    }
}

fn dotted(oid: &[u8]) -> String {
    let mut parts: Vec<u64> = Vec::new();
    let mut acc: u64 = 0;
    for &b in oid {
        acc = (acc << 7) | (b & 0x7f) as u64;
        if b & 0x80 == 0 {
            if parts.is_empty() {
                let first = (acc / 40).min(2);
                parts.push(first);
                parts.push(acc - first * 40);
            } else {
                parts.push(acc);
            }
            acc = 0;
        }
    }
    parts
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join(".")
}

fn string_value(t: &Tlv<'_>) -> String {
    match t.tag {
        // BMPString: UTF-16BE.
        0x1e => {
            let units: Vec<u16> = t
                .body
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        // UTF8String, PrintableString, T61String, IA5String, VisibleString...
        _ => String::from_utf8_lossy(t.body).into_owned(),
    }
}

/// The subject of a DER certificate as `NAME=value` pairs joined by `, `, in
/// certificate order (e.g. `C=US, O=Example, CN=localhost`). `None` if the
/// certificate cannot be parsed.
pub fn cert_subject(cert: &[u8]) -> Option<String> {
    let (certificate, _) = next(cert)?;
    let (tbs, _) = next(certificate.body)?;
    let mut rest = tbs.body;
    let mut fields = Vec::new();
    while !rest.is_empty() {
        let (t, r) = next(rest)?;
        fields.push(t);
        rest = r;
    }
    // [0] version is optional; then serial, signature, issuer, validity, subject.
    let skip = if fields.first()?.tag == 0xa0 { 1 } else { 0 };
    let subject = fields.get(skip + 4)?;
    if subject.tag != 0x30 {
        return None;
    }
    let mut out = Vec::new();
    let mut rdns = subject.body;
    while !rdns.is_empty() {
        let (set, r) = next(rdns)?;
        rdns = r;
        let mut atvs = set.body;
        while !atvs.is_empty() {
            let (atv, r2) = next(atvs)?;
            atvs = r2;
            let (oid, v) = next(atv.body)?;
            let (value, _) = next(v)?;
            out.push(format!("{}={}", oid_name(oid.body), string_value(&value)));
        }
    }
    Some(out.join(", "))
}

/// Standard base64 encoding (used to build PEM text in tests).
#[cfg(test)]
pub fn base64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                s.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_of_generated_certs() {
        let set = crate::devcert::generate(&["localhost", "127.0.0.1"]).unwrap();
        let chain = crate::pem::load_certs(&set.server_chain_pem).unwrap();
        assert_eq!(cert_subject(&chain[0]).unwrap(), "CN=localhost");
        let ca = cert_subject(&chain[1]).unwrap();
        assert!(ca.starts_with("O=mvtls, CN=mvtls development CA "), "{ca}");
    }

    #[test]
    fn garbage_gives_none() {
        assert_eq!(cert_subject(&[]), None);
        assert_eq!(cert_subject(&[0x30, 0x82, 0xff]), None);
        assert_eq!(cert_subject(&[0x30, 0x03, 0x30, 0x01, 0x00]), None);
    }

    #[test]
    fn dotted_oid() {
        assert_eq!(
            dotted(&[0x2b, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37]),
            "1.3.6.1.4.1.311"
        );
    }

    #[test]
    fn base64_matches_known_values() {
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"f"), "Zg==");
    }
}

//! Shared session-ticket keys (`TICKET.KEYS=path`): every server context,
//! in every process and on every host, that reads the same key file seals
//! TLS session tickets with the same current key and opens tickets sealed
//! with any key listed, so a client resumes on whichever host a load
//! balancer picks.
//!
//! # Key file (format 1)
//! Text, at most [`MAX_FILE_BYTES`]. Blank lines and lines starting with
//! `#` are ignored; every other line is one key: 96 hexadecimal digits, the
//! 16-byte key name followed by the 32-byte AES-256-GCM key. The first key
//! is the current one (it seals new tickets); the others (at most
//! [`MAX_KEYS`] in all) are previous keys that still open tickets. Key
//! names must be distinct. `scripts/ticket-keys.sh` makes and rotates such
//! files (`make ticket-keys`).
//!
//! # Ticket layout
//! `key name (16) || nonce (12) || AES-256-GCM(state) || tag (16)`, the key
//! name as additional data; the nonce is random (from the rustls crypto
//! provider). A ticket whose key name is not listed, or that fails
//! authentication, is refused and the client gets a full handshake.

use crate::codes::*;
use crate::error::{Error, Result};
use std::path::Path;

#[cfg(all(feature = "aws-lc-rs", not(feature = "ring")))]
use aws_lc_rs::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
#[cfg(feature = "ring")]
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};

/// Most keys in a file (current + previous).
pub(crate) const MAX_KEYS: usize = 8;
/// Largest key file accepted.
pub(crate) const MAX_FILE_BYTES: u64 = 64 * 1024;
/// Bytes of a key name.
pub(crate) const NAME_LEN: usize = 16;
/// Bytes of an AES-256-GCM key.
pub(crate) const KEY_LEN: usize = 32;
/// Ticket lifetime announced to clients, in seconds (6 hours). Tickets
/// really end when their key leaves the file: see docs/c-api.md for the
/// rotation schedule.
pub(crate) const LIFETIME_SECS: u32 = 6 * 3600;
/// AES-GCM tag length.
const TAG_LEN: usize = 16;

/// One key of a key file.
struct TicketKey {
    name: [u8; NAME_LEN],
    aead: LessSafeKey,
}

/// The rustls ticketer over the keys of one file.
pub struct KeyFileTicketer {
    keys: Vec<TicketKey>,
}

impl std::fmt::Debug for KeyFileTicketer {
    // Never prints key material.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyFileTicketer")
            .field("keys", &self.keys.len())
            .finish()
    }
}

fn malformed(what: &str, text: String) -> Error {
    Error::new(
        MVTLS_ERR_PARAMS,
        format!("session-ticket key file {what}: {text}"),
    )
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Parses the text of a key file: `(name, key)` pairs, current first.
/// `what` names the file in error texts.
pub fn parse(data: &[u8], what: &str) -> Result<Vec<([u8; NAME_LEN], [u8; KEY_LEN])>> {
    let text = std::str::from_utf8(data).map_err(|_| malformed(what, "not text (UTF-8)".into()))?;
    let mut out: Vec<([u8; NAME_LEN], [u8; KEY_LEN])> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let want = 2 * (NAME_LEN + KEY_LEN);
        if line.len() != want {
            return Err(malformed(
                what,
                format!(
                    "line {}: a key is {want} hexadecimal digits, found {} characters",
                    n + 1,
                    line.len()
                ),
            ));
        }
        let mut raw = [0u8; NAME_LEN + KEY_LEN];
        for (i, pair) in line.as_bytes().chunks(2).enumerate() {
            match (hex_val(pair[0]), hex_val(pair[1])) {
                (Some(h), Some(l)) => raw[i] = h << 4 | l,
                _ => return Err(malformed(what, format!("line {}: not hexadecimal", n + 1))),
            }
        }
        let mut name = [0u8; NAME_LEN];
        let mut key = [0u8; KEY_LEN];
        name.copy_from_slice(&raw[..NAME_LEN]);
        key.copy_from_slice(&raw[NAME_LEN..]);
        if out.iter().any(|(m, _)| *m == name) {
            return Err(malformed(
                what,
                format!("line {}: key name listed twice", n + 1),
            ));
        }
        if out.len() == MAX_KEYS {
            return Err(malformed(what, format!("more than {MAX_KEYS} keys")));
        }
        out.push((name, key));
    }
    if out.is_empty() {
        return Err(malformed(what, "no key (the file is empty)".into()));
    }
    Ok(out)
}

/// Reads and parses a key file: 3003 when missing or unreadable, 1012 when
/// over [`MAX_FILE_BYTES`], 1000 when malformed.
pub fn load(path: &str) -> Result<KeyFileTicketer> {
    let what = format!("'{path}'");
    let meta = std::fs::metadata(Path::new(path)).map_err(|e| {
        Error::new(
            MVTLS_ERR_FILE,
            format!("cannot read session-ticket key file {what}: {e}"),
        )
    })?;
    if meta.is_file() && meta.len() > MAX_FILE_BYTES {
        return Err(Error::new(
            MVTLS_ERR_LIMIT,
            format!("session-ticket key file {what} is over {MAX_FILE_BYTES} bytes"),
        ));
    }
    let data = crate::pem::read_bounded(Path::new(path))
        .map_err(|e| e.context("session-ticket key file"))?;
    KeyFileTicketer::new(&parse(&data, &what)?)
}

impl KeyFileTicketer {
    /// A ticketer over `(name, key)` pairs, the first sealing.
    pub fn new(keys: &[([u8; NAME_LEN], [u8; KEY_LEN])]) -> Result<Self> {
        let mut out = Vec::with_capacity(keys.len());
        for (name, key) in keys {
            let unbound = UnboundKey::new(&AES_256_GCM, key)
                .map_err(|_| Error::failed("session-ticket key: AES-256-GCM key rejected"))?;
            out.push(TicketKey {
                name: *name,
                aead: LessSafeKey::new(unbound),
            });
        }
        if out.is_empty() {
            return Err(Error::params("session-ticket keys: none given"));
        }
        Ok(KeyFileTicketer { keys: out })
    }

    /// Names of the keys, current first (for tests and logs).
    pub fn names(&self) -> Vec<[u8; NAME_LEN]> {
        self.keys.iter().map(|k| k.name).collect()
    }
}

impl rustls::server::ProducesTickets for KeyFileTicketer {
    fn enabled(&self) -> bool {
        true
    }

    fn lifetime(&self) -> u32 {
        LIFETIME_SECS
    }

    fn encrypt(&self, plain: &[u8]) -> Option<Vec<u8>> {
        let key = self.keys.first()?;
        let mut nonce = [0u8; NONCE_LEN];
        crate::provider::provider()
            .secure_random
            .fill(&mut nonce)
            .ok()?;
        let mut out = Vec::with_capacity(NAME_LEN + NONCE_LEN + plain.len() + TAG_LEN);
        out.extend_from_slice(&key.name);
        out.extend_from_slice(&nonce);
        let mut body = plain.to_vec();
        key.aead
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(&key.name),
                &mut body,
            )
            .ok()?;
        out.extend_from_slice(&body);
        Some(out)
    }

    fn decrypt(&self, cipher: &[u8]) -> Option<Vec<u8>> {
        if cipher.len() < NAME_LEN + NONCE_LEN + TAG_LEN {
            return None;
        }
        let (name, rest) = cipher.split_at(NAME_LEN);
        let (nonce, sealed) = rest.split_at(NONCE_LEN);
        let key = self.keys.iter().find(|k| k.name == name)?;
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut body = sealed.to_vec();
        let plain_len = key
            .aead
            .open_in_place(nonce, Aad::from(&key.name), &mut body)
            .ok()?
            .len();
        body.truncate(plain_len);
        Some(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustls::server::ProducesTickets;

    fn key_line(seed: u8) -> String {
        (0..(NAME_LEN + KEY_LEN) as u8)
            .map(|i| format!("{:02x}", i.wrapping_mul(7) ^ seed))
            .collect()
    }

    fn ticketer(lines: &[String]) -> KeyFileTicketer {
        let text = lines.join("\n");
        KeyFileTicketer::new(&parse(text.as_bytes(), "test").unwrap()).unwrap()
    }

    #[test]
    fn seals_with_current_opens_with_any_listed() {
        let (a, b, c) = (key_line(1), key_line(2), key_line(3));
        let old = ticketer(std::slice::from_ref(&a));
        let t_a = old.encrypt(b"state A").unwrap();
        let rotated = ticketer(&[b.clone(), a.clone()]);
        let t_b = rotated.encrypt(b"state B").unwrap();
        assert_eq!(rotated.decrypt(&t_a).unwrap(), b"state A");
        assert_eq!(rotated.decrypt(&t_b).unwrap(), b"state B");
        // the new ticket is sealed with the current key (b): the old file
        // cannot open it
        assert!(old.decrypt(&t_b).is_none());
        // after a second rotation that drops a, tickets of a are refused
        let twice = ticketer(&[c, b]);
        assert!(twice.decrypt(&t_a).is_none());
        assert_eq!(twice.decrypt(&t_b).unwrap(), b"state B");
    }

    #[test]
    fn tampered_or_short_tickets_are_refused() {
        let t = ticketer(&[key_line(9)]);
        let good = t.encrypt(b"x").unwrap();
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x01;
            assert!(t.decrypt(&bad).is_none(), "byte {i} flipped");
        }
        for n in 0..good.len() {
            assert!(t.decrypt(&good[..n]).is_none());
        }
        assert!(t.decrypt(&[]).is_none());
        // two seals of the same state differ (random nonce)
        assert_ne!(t.encrypt(b"x").unwrap(), good);
    }

    #[test]
    fn file_format_errors() {
        let ok = key_line(5);
        for (text, needle) in [
            (String::new(), "no key"),
            ("# only a comment\n\n".to_string(), "no key"),
            (ok[..90].to_string(), "96 hexadecimal digits"),
            (format!("{ok}00"), "96 hexadecimal digits"),
            (format!("{}zz", &ok[..94]), "not hexadecimal"),
            (format!("{ok}\n{ok}"), "listed twice"),
        ] {
            let e = parse(text.as_bytes(), "'k'").expect_err(&text);
            assert_eq!(e.code, MVTLS_ERR_PARAMS);
            assert!(e.text.contains(needle), "{text}: {}", e.text);
        }
        let many: Vec<String> = (0..=MAX_KEYS as u8).map(key_line).collect();
        let e = parse(many.join("\n").as_bytes(), "'k'").err().unwrap();
        assert!(e.text.contains("more than"));
        assert!(parse(&[0xff, 0xfe], "'k'").is_err());
        let keys = parse(format!("# c\n\n  {ok}  \r\n").as_bytes(), "'k'").unwrap();
        assert_eq!(keys.len(), 1);
    }

    #[test]
    fn load_reports_missing_and_oversized_files() {
        let dir = std::env::temp_dir().join(format!("mvtls-tk-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let missing = dir.join("none.keys");
        let e = load(missing.to_str().unwrap()).err().unwrap();
        assert_eq!(e.code, MVTLS_ERR_FILE);
        let big = dir.join("big.keys");
        std::fs::write(&big, vec![b'#'; MAX_FILE_BYTES as usize + 1]).unwrap();
        assert_eq!(
            load(big.to_str().unwrap()).err().unwrap().code,
            MVTLS_ERR_LIMIT
        );
        let good = dir.join("good.keys");
        std::fs::write(&good, format!("{}\n{}\n", key_line(1), key_line(2))).unwrap();
        assert_eq!(load(good.to_str().unwrap()).unwrap().names().len(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

//! Entry points of the mvtls fuzz targets (`fuzz/fuzz_targets/mvtls_*.rs`),
//! shared with the test that replays their committed corpora
//! (`fuzz/corpus/mvtls_*`). Each takes arbitrary bytes and must return
//! without panicking; results are ignored (errors are the expected outcome
//! for most inputs).

use crate::options::{self, Side};
use crate::pem;

/// The options parser, as both context kinds. Input that is not UTF-8 is
/// refused before parsing (a C string argument is checked the same way).
pub fn options(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = options::parse(Some(text), Side::Server);
        let _ = options::parse(Some(text), Side::Client);
    }
}

/// The PEM loader: certificates, private key, trust anchors, and, for UTF-8
/// PEM text, the certificate-and-key loader of server contexts (key parsing
/// and the key/certificate match check).
pub fn pem(data: &[u8]) {
    if let Ok(certs) = pem::certs_from_pem(data, "fuzz") {
        let mut store = rustls::RootCertStore::empty();
        let _ = pem::add_roots(&mut store, certs, "fuzz");
    }
    let _ = pem::key_from_pem(data, "fuzz");
    if let Ok(text) = std::str::from_utf8(data) {
        if pem::is_pem_text(text) {
            let _ = crate::context::load_certified(text, text);
        }
    }
}

/// The DER reader behind `MVTLS_INFO_PEER_SUBJECT`.
pub fn der(data: &[u8]) {
    let _ = crate::der::cert_subject(data);
}

/// The PROXY v2 header parser (whole input and byte by byte through the
/// socket reader) and the `PROXY.TRUSTED` list parser.
pub fn proxy(data: &[u8]) {
    let _ = crate::proxy_protocol::parse(data);
    let mut reader = crate::proxy_protocol::Reader::new();
    let mut sock = Trickle(data);
    while let Ok(None) = reader.advance(&mut sock) {
        if sock.0.is_empty() {
            break;
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::proxy_protocol::parse_trusted(text);
    }
}

/// The session-ticket key file parser.
pub fn ticket_keys(data: &[u8]) {
    let _ = crate::tickets::parse(data, "fuzz");
}

/// A socket that has 0..=3 bytes at a time, then would block.
struct Trickle<'a>(&'a [u8]);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() {
            return Err(std::io::ErrorKind::WouldBlock.into());
        }
        let n = buf.len().min(self.0.len()).min(1 + self.0[0] as usize % 3);
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

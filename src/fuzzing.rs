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

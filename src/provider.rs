//! The rustls crypto provider, chosen at build time: `aws-lc-rs` (the
//! default feature) or `ring` (wins when its feature is enabled). See
//! `docs/crypto-provider.md` for the measurements behind the default.

use rustls::crypto::CryptoProvider;
use std::sync::{Arc, OnceLock};

/// The process-wide provider used by every context (created once).
pub fn provider() -> Arc<CryptoProvider> {
    static P: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    P.get_or_init(|| Arc::new(make())).clone()
}

#[cfg(feature = "ring")]
fn make() -> CryptoProvider {
    rustls::crypto::ring::default_provider()
}

#[cfg(all(feature = "aws-lc-rs", not(feature = "ring")))]
fn make() -> CryptoProvider {
    rustls::crypto::aws_lc_rs::default_provider()
}

#[cfg(not(any(feature = "ring", feature = "aws-lc-rs")))]
compile_error!("mvtls needs one crypto provider feature: `ring` or `aws-lc-rs`");

/// The provider for server contexts: the same algorithms, but cipher suites
/// ordered AES-128-GCM first. Servers apply this order themselves
/// (`ignore_client_order`): common clients (OpenSSL, wrk, curl) list
/// AES-256-GCM-SHA384 first, whose SHA-384 transcript hash cost about 13% of
/// server handshake time in the benchmark profile, while AES-128-GCM-SHA256
/// runs on the CPU's SHA-256 instructions at the same security level for
/// TLS. CHACHA20-POLY1305 stays in the list, but since the server's order
/// wins it is chosen only for a client that offers no AES-GCM suite at all;
/// a client without AES instructions that merely prefers ChaCha20 still gets
/// AES-128-GCM.
pub fn server_provider() -> Arc<CryptoProvider> {
    static P: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    P.get_or_init(|| {
        let mut p = make();
        // Stable sort: AES-128 suites first, the rest keep their order.
        p.cipher_suites.sort_by_key(|s| !is_aes128(s.suite()));
        Arc::new(p)
    })
    .clone()
}

fn is_aes128(suite: rustls::CipherSuite) -> bool {
    use rustls::CipherSuite as S;
    matches!(
        suite,
        S::TLS13_AES_128_GCM_SHA256
            | S::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
            | S::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
    )
}

/// Name of the provider compiled in.
pub fn name() -> &'static str {
    if cfg!(feature = "ring") {
        "ring"
    } else {
        "aws-lc-rs"
    }
}

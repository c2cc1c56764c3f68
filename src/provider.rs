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

/// Name of the provider compiled in.
pub fn name() -> &'static str {
    if cfg!(feature = "ring") {
        "ring"
    } else {
        "aws-lc-rs"
    }
}

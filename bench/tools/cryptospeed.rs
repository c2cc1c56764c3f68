//! cryptospeed - the public-key work of one full TLS 1.3 server handshake,
//! timed with the server's own crypto library (built as the cargo example
//! `cryptospeed` of mvtls: `cargo build --release --example cryptospeed`).
//!
//! A TLS 1.3 server with an ECDSA P-256 certificate and the X25519 group
//! computes, per full handshake, exactly three public-key operations:
//!   - one ECDSA P-256 signature (CertificateVerify, SHA-256 over 130 bytes);
//!   - one X25519 key generation (its key share: a fixed-base scalar
//!     multiplication, cheaper than a derivation);
//!   - one X25519 derivation (the shared secret: a variable-base scalar
//!     multiplication).
//!
//! `openssl speed ecdhx25519` times only the derivation (its keys are made
//! before the clock starts) and `openssl speed` 3.0 has no key-generation
//! figure, so this tool times all three with aws-lc-rs, the provider the
//! server runs (the same calls rustls makes), plus the three back to back
//! (`handshake_pk`, the crypto limit measured directly).
//!
//! Rates are per second of this thread's CPU time (CLOCK_THREAD_CPUTIME_ID),
//! so other load on the machine does not lower them, like `openssl speed`
//! without `-elapsed`.
//!
//! Usage: cryptospeed [SECONDS_PER_FIGURE]   (default 1)
//! Prints one line per figure: `NAME RATE_PER_CPU_SECOND`.

use aws_lc_rs::agreement::{self, EphemeralPrivateKey, UnparsedPublicKey, X25519};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{EcdsaKeyPair, ECDSA_P256_SHA256_ASN1_SIGNING};
use std::hint::black_box;

/// This thread's CPU time in seconds.
fn cpu_now() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the valid `ts`.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Operations per CPU-second of `op`, run in batches for `secs` CPU seconds.
fn rate(secs: f64, mut op: impl FnMut()) -> f64 {
    for _ in 0..50 {
        op(); // warm-up: tables, caches
    }
    let t0 = cpu_now();
    let mut n = 0u64;
    loop {
        for _ in 0..50 {
            op();
        }
        n += 50;
        let t = cpu_now() - t0;
        if t >= secs {
            return n as f64 / t;
        }
    }
}

/// The content a TLS 1.3 server signs in CertificateVerify: 64 spaces, the
/// context string, a zero byte and the 32-byte transcript hash.
fn certificate_verify_input() -> Vec<u8> {
    let mut m = vec![0x20u8; 64];
    m.extend_from_slice(b"TLS 1.3, server CertificateVerify\0");
    m.extend_from_slice(&[0x5a; 32]);
    m
}

fn main() {
    let secs: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .filter(|s: &f64| *s > 0.0)
        .unwrap_or(1.0);
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng)
        .expect("ECDSA P-256 key generation");
    let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref())
        .expect("ECDSA P-256 key");
    let msg = certificate_verify_input();
    // the client's key share, made once
    let peer = EphemeralPrivateKey::generate(&X25519, &rng)
        .and_then(|k| k.compute_public_key())
        .expect("X25519 key");
    let peer = peer.as_ref().to_vec();

    let sign = || {
        black_box(key.sign(&rng, black_box(&msg)).expect("sign"));
    };
    let keygen = || {
        let k = EphemeralPrivateKey::generate(&X25519, &rng).expect("X25519 keygen");
        black_box(k.compute_public_key().expect("X25519 public key"));
    };
    let derive_with = |k: EphemeralPrivateKey| {
        agreement::agree_ephemeral(
            k,
            UnparsedPublicKey::new(&X25519, black_box(&peer)),
            (),
            |s| Ok(black_box(s.len())),
        )
        .expect("X25519 derive")
    };

    println!("ecdsa_p256_sign {:.0}", rate(secs, sign));
    println!("x25519_keygen {:.0}", rate(secs, keygen));
    // the derivation alone, with a private key kept (the same EVP call as
    // `agree_ephemeral`, which would consume its key)
    let mine = agreement::PrivateKey::generate(&X25519).expect("X25519 key");
    let derive = rate(secs, || {
        agreement::agree(
            &mine,
            UnparsedPublicKey::new(&X25519, black_box(&peer)),
            (),
            |s| Ok(black_box(s.len())),
        )
        .expect("X25519 derive");
    });
    println!("x25519_derive {derive:.0}");
    // the three of one handshake back to back
    let hs = rate(secs, || {
        sign();
        let k = EphemeralPrivateKey::generate(&X25519, &rng).expect("X25519 keygen");
        black_box(k.compute_public_key().expect("X25519 public key"));
        derive_with(k);
    });
    println!("handshake_pk {hs:.0}");
}

//! Loading certificates and keys from a file path or from PEM text.
//!
//! An argument containing `-----BEGIN` is PEM text; anything else is a path.
//! Keys may be PKCS#8, PKCS#1 (RSA) or SEC1 (EC).
//!
//! Inputs are bounded: a file must be a regular file (so `/dev/zero`, a FIFO
//! or a terminal is refused at once instead of being read forever) of at
//! most [`MAX_PEM_BYTES`]; PEM text has the same limit; a CA directory is
//! read up to [`MAX_DIR_FILES`] files and [`MAX_DIR_BYTES`] in all.

use crate::codes::{MVTLS_ERR_BAD_PEM, MVTLS_ERR_FILE, MVTLS_ERR_LIMIT};
use crate::error::{Error, Result};
use rustls::RootCertStore;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Largest PEM file or PEM text accepted (1 MiB).
pub(crate) const MAX_PEM_BYTES: usize = 1 << 20;
/// Most files read from a CA directory.
pub(crate) const MAX_DIR_FILES: usize = 10_000;
/// Most bytes read from a CA directory, all files together (64 MiB).
pub(crate) const MAX_DIR_BYTES: usize = 64 << 20;

fn too_big(what: &str, size: u64) -> Error {
    Error::new(
        MVTLS_ERR_LIMIT,
        format!("{what} is {size} bytes or more, over the 1 MiB limit for PEM data"),
    )
}

/// Reads a regular file of at most [`MAX_PEM_BYTES`]. Opening never blocks
/// (O_NONBLOCK: a FIFO without writer would otherwise wait) and the read is
/// bounded even if the file grows meanwhile.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>> {
    let what = format!("'{}'", path.display());
    let cannot = |e: std::io::Error| Error::new(MVTLS_ERR_FILE, format!("cannot read {what}: {e}"));
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(cannot)?;
    let meta = f.metadata().map_err(cannot)?;
    if !meta.is_file() {
        return Err(Error::new(
            MVTLS_ERR_FILE,
            format!("cannot read {what}: not a regular file"),
        ));
    }
    if meta.len() > MAX_PEM_BYTES as u64 {
        return Err(too_big(&what, meta.len()));
    }
    let mut data = Vec::with_capacity(meta.len() as usize);
    f.take(MAX_PEM_BYTES as u64 + 1)
        .read_to_end(&mut data)
        .map_err(cannot)?;
    if data.len() > MAX_PEM_BYTES {
        return Err(too_big(&what, data.len() as u64));
    }
    Ok(data)
}

/// True when `arg` is PEM text rather than a path.
pub fn is_pem_text(arg: &str) -> bool {
    arg.contains("-----BEGIN")
}

/// Short description of an argument for error texts.
pub fn describe(arg: &str) -> String {
    if is_pem_text(arg) {
        "PEM text".to_string()
    } else {
        format!("'{arg}'")
    }
}

/// Returns the PEM bytes: the text itself, or the content of the file.
pub fn read_source(arg: &str) -> Result<Vec<u8>> {
    if is_pem_text(arg) {
        if arg.len() > MAX_PEM_BYTES {
            return Err(too_big("PEM text", arg.len() as u64));
        }
        return Ok(arg.as_bytes().to_vec());
    }
    if arg.is_empty() {
        return Err(Error::new(MVTLS_ERR_FILE, "empty file name"));
    }
    read_bounded(Path::new(arg))
}

/// Parses every certificate in PEM bytes (at least one is required).
pub fn certs_from_pem(data: &[u8], what: &str) -> Result<Vec<CertificateDer<'static>>> {
    let mut certs = Vec::new();
    for c in CertificateDer::pem_slice_iter(data) {
        certs.push(c.map_err(|e| Error::new(MVTLS_ERR_BAD_PEM, format!("{what}: bad PEM: {e}")))?);
    }
    if certs.is_empty() {
        return Err(Error::new(
            MVTLS_ERR_BAD_PEM,
            format!("{what}: no CERTIFICATE block found"),
        ));
    }
    Ok(certs)
}

/// Loads a certificate chain (leaf first) from a path or PEM text.
pub fn load_certs(arg: &str) -> Result<Vec<CertificateDer<'static>>> {
    certs_from_pem(&read_source(arg)?, &describe(arg))
}

/// Parses the first private key (PKCS#8, PKCS#1 or SEC1) in PEM bytes.
pub fn key_from_pem(data: &[u8], what: &str) -> Result<PrivateKeyDer<'static>> {
    PrivateKeyDer::from_pem_slice(data).map_err(|e| {
        Error::new(
            MVTLS_ERR_BAD_PEM,
            format!("{what}: no usable private key: {e}"),
        )
    })
}

/// Loads the first private key (PKCS#8, PKCS#1 or SEC1) from a path or PEM text.
pub fn load_key(arg: &str) -> Result<PrivateKeyDer<'static>> {
    key_from_pem(&read_source(arg)?, &describe(arg))
}

/// Adds CA certificates to `store` (each must be a usable trust anchor).
pub fn add_roots(
    store: &mut RootCertStore,
    certs: Vec<CertificateDer<'static>>,
    what: &str,
) -> Result<()> {
    for c in certs {
        store.add(c).map_err(|e| {
            Error::new(
                MVTLS_ERR_BAD_PEM,
                format!("{what}: unusable CA certificate: {e}"),
            )
        })?;
    }
    Ok(())
}

/// Loads trust roots from a PEM file (or PEM text), or from every file of a
/// directory (files without certificates are skipped). At least one root is
/// required.
pub fn load_roots(arg: &str) -> Result<RootCertStore> {
    let mut store = RootCertStore::empty();
    if !is_pem_text(arg) && Path::new(arg).is_dir() {
        let entries = std::fs::read_dir(arg).map_err(|e| {
            Error::new(
                MVTLS_ERR_FILE,
                format!("cannot read directory '{arg}': {e}"),
            )
        })?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        if paths.len() > MAX_DIR_FILES {
            return Err(Error::new(
                MVTLS_ERR_LIMIT,
                format!("CA directory '{arg}' has more than {MAX_DIR_FILES} files"),
            ));
        }
        paths.sort();
        let mut total = 0usize;
        for p in paths {
            let data = match read_bounded(&p) {
                Ok(d) => d,
                Err(e) if e.code == MVTLS_ERR_LIMIT => return Err(e),
                Err(_) => continue,
            };
            total += data.len();
            if total > MAX_DIR_BYTES {
                return Err(Error::new(
                    MVTLS_ERR_LIMIT,
                    format!("CA directory '{arg}' holds more than 64 MiB of files"),
                ));
            }
            if let Ok(certs) = certs_from_pem(&data, &p.display().to_string()) {
                add_roots(&mut store, certs, &p.display().to_string())?;
            }
        }
    } else {
        add_roots(&mut store, load_certs(arg)?, &describe(arg))?;
    }
    if store.is_empty() {
        return Err(Error::new(
            MVTLS_ERR_BAD_PEM,
            format!("CA {}: no certificates found", describe(arg)),
        ));
    }
    Ok(store)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devcert;

    #[test]
    fn loads_from_text_and_file() {
        let dir = crate::devcert::tests_tmpdir("pem-load");
        let set = devcert::generate(&["localhost"]).unwrap();
        let certs = load_certs(&set.server_chain_pem).unwrap();
        assert_eq!(certs.len(), 2);
        std::fs::write(dir.join("c.pem"), &set.server_chain_pem).unwrap();
        assert_eq!(
            load_certs(dir.join("c.pem").to_str().unwrap()).unwrap(),
            certs
        );
        load_key(&set.server_key_pem).unwrap();
    }

    #[test]
    fn missing_file_is_file_error() {
        let e = load_certs("/nonexistent/mvtls/cert.pem").unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_FILE);
        assert!(e.text.contains("/nonexistent/mvtls/cert.pem"));
        assert_eq!(load_key("").unwrap_err().code, MVTLS_ERR_FILE);
    }

    #[test]
    fn no_blocks_is_bad_pem() {
        let dir = crate::devcert::tests_tmpdir("pem-bad");
        std::fs::write(dir.join("junk.pem"), "hello\n").unwrap();
        let p = dir.join("junk.pem");
        assert_eq!(
            load_certs(p.to_str().unwrap()).unwrap_err().code,
            MVTLS_ERR_BAD_PEM
        );
        assert_eq!(
            load_key(p.to_str().unwrap()).unwrap_err().code,
            MVTLS_ERR_BAD_PEM
        );
        // A certificate file is not a key.
        let set = devcert::generate(&["localhost"]).unwrap();
        assert_eq!(
            load_key(&set.server_chain_pem).unwrap_err().code,
            MVTLS_ERR_BAD_PEM
        );
        assert_eq!(
            load_certs("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n")
                .unwrap_err()
                .code,
            MVTLS_ERR_BAD_PEM
        );
    }

    #[test]
    fn devices_fifos_and_big_files_are_refused_quickly() {
        for dev in ["/dev/zero", "/dev/urandom", "/dev/null"] {
            let e = load_certs(dev).unwrap_err();
            assert_eq!(e.code, MVTLS_ERR_FILE, "{dev}: {}", e.text);
            assert!(e.text.contains("not a regular file"), "{}", e.text);
            assert_eq!(load_key(dev).unwrap_err().code, MVTLS_ERR_FILE);
            assert_eq!(load_roots(dev).unwrap_err().code, MVTLS_ERR_FILE);
        }
        let dir = crate::devcert::tests_tmpdir("pem-limits");
        // A FIFO with no writer: opening must not wait for one.
        let fifo = dir.join("fifo.pem");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(
            load_certs(fifo.to_str().unwrap()).unwrap_err().code,
            MVTLS_ERR_FILE
        );
        // Exactly 1 MiB is read (and found to hold no certificate); one
        // byte more is over the limit.
        let big = dir.join("big.pem");
        std::fs::write(&big, vec![b'A'; MAX_PEM_BYTES]).unwrap();
        assert_eq!(
            load_certs(big.to_str().unwrap()).unwrap_err().code,
            MVTLS_ERR_BAD_PEM
        );
        std::fs::write(&big, vec![b'A'; MAX_PEM_BYTES + 1]).unwrap();
        let e = load_certs(big.to_str().unwrap()).unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_LIMIT, "{}", e.text);
        assert!(e.text.contains("1 MiB"), "{}", e.text);
        // A CA directory refuses an oversized member rather than skipping it.
        let cadir = crate::devcert::tests_tmpdir("pem-limits-dir");
        std::fs::write(cadir.join("huge.pem"), vec![b'A'; MAX_PEM_BYTES + 1]).unwrap();
        assert_eq!(
            load_roots(cadir.to_str().unwrap()).unwrap_err().code,
            MVTLS_ERR_LIMIT
        );
        // PEM text has the same limit.
        let text = format!("-----BEGIN CERTIFICATE-----\n{}", "A".repeat(MAX_PEM_BYTES));
        assert_eq!(load_certs(&text).unwrap_err().code, MVTLS_ERR_LIMIT);
    }

    #[test]
    fn key_formats_pkcs8_pkcs1_sec1() {
        let rsa1 = rustls_pki_types::PrivatePkcs1KeyDer::from(vec![0x30, 0x03, 0x02, 0x01, 0x00]);
        let pem1 = format!(
            "-----BEGIN RSA PRIVATE KEY-----\n{}\n-----END RSA PRIVATE KEY-----\n",
            crate::der::base64(rsa1.secret_pkcs1_der())
        );
        assert!(matches!(load_key(&pem1).unwrap(), PrivateKeyDer::Pkcs1(_)));
        let pem_ec = "-----BEGIN EC PRIVATE KEY-----\nMAMCAQA=\n-----END EC PRIVATE KEY-----\n";
        assert!(matches!(load_key(pem_ec).unwrap(), PrivateKeyDer::Sec1(_)));
        let set = devcert::generate(&["localhost"]).unwrap();
        assert!(matches!(
            load_key(&set.server_key_pem).unwrap(),
            PrivateKeyDer::Pkcs8(_)
        ));
    }

    #[test]
    fn roots_from_file_and_directory() {
        let dir = crate::devcert::tests_tmpdir("pem-roots");
        let a = devcert::generate(&["a.test"]).unwrap();
        let b = devcert::generate(&["b.test"]).unwrap();
        std::fs::write(dir.join("a.pem"), &a.ca_pem).unwrap();
        std::fs::write(dir.join("b.crt"), &b.ca_pem).unwrap();
        std::fs::write(dir.join("README"), "not a cert").unwrap();
        assert_eq!(load_roots(dir.to_str().unwrap()).unwrap().len(), 2);
        assert_eq!(
            load_roots(dir.join("a.pem").to_str().unwrap())
                .unwrap()
                .len(),
            1
        );
        let empty = crate::devcert::tests_tmpdir("pem-roots-empty");
        assert_eq!(
            load_roots(empty.to_str().unwrap()).unwrap_err().code,
            MVTLS_ERR_BAD_PEM
        );
    }
}

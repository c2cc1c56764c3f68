//! Loading certificates and keys from a file path or from PEM text.
//!
//! An argument containing `-----BEGIN` is PEM text; anything else is a path.
//! Keys may be PKCS#8, PKCS#1 (RSA) or SEC1 (EC).

use crate::codes::{MVTLS_ERR_BAD_PEM, MVTLS_ERR_FILE};
use crate::error::{Error, Result};
use rustls::RootCertStore;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use std::path::Path;

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
        return Ok(arg.as_bytes().to_vec());
    }
    if arg.is_empty() {
        return Err(Error::new(MVTLS_ERR_FILE, "empty file name"));
    }
    std::fs::read(arg).map_err(|e| Error::new(MVTLS_ERR_FILE, format!("cannot read '{arg}': {e}")))
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

/// Loads the first private key (PKCS#8, PKCS#1 or SEC1) from a path or PEM text.
pub fn load_key(arg: &str) -> Result<PrivateKeyDer<'static>> {
    let data = read_source(arg)?;
    PrivateKeyDer::from_pem_slice(&data).map_err(|e| {
        Error::new(
            MVTLS_ERR_BAD_PEM,
            format!("{}: no usable private key: {e}", describe(arg)),
        )
    })
}

/// Loads trust roots from a PEM file (or PEM text), or from every file of a
/// directory (files without certificates are skipped). At least one root is
/// required.
pub fn load_roots(arg: &str) -> Result<RootCertStore> {
    let mut store = RootCertStore::empty();
    let add = |store: &mut RootCertStore,
               certs: Vec<CertificateDer<'static>>,
               what: &str|
     -> Result<()> {
        for c in certs {
            store.add(c).map_err(|e| {
                Error::new(
                    MVTLS_ERR_BAD_PEM,
                    format!("{what}: unusable CA certificate: {e}"),
                )
            })?;
        }
        Ok(())
    };
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
        paths.sort();
        for p in paths {
            let Ok(data) = std::fs::read(&p) else {
                continue;
            };
            if let Ok(certs) = certs_from_pem(&data, &p.display().to_string()) {
                add(&mut store, certs, &p.display().to_string())?;
            }
        }
    } else {
        add(&mut store, load_certs(arg)?, &describe(arg))?;
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

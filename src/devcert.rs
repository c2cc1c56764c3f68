//! Development certificates (rcgen): a self-signed CA and a server
//! certificate for given names, for `make run` and tests. Never for
//! production use.

use crate::codes::{MVTLS_ERR_FAILED, MVTLS_ERR_HOSTNAME};
use crate::error::{Error, Result};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose, PublicKeyData,
};
use std::path::Path;

/// Names used when none are given.
pub const DEFAULT_NAMES: &[&str] = &["localhost", "127.0.0.1", "::1"];

/// A generated CA plus a server certificate signed by it, all in PEM.
pub struct DevCerts {
    /// CA certificate (`ca.pem`).
    pub ca_pem: String,
    /// CA private key, PKCS#8 (`ca-key.pem`).
    pub ca_key_pem: String,
    /// Server certificate followed by the CA certificate (`server.pem`).
    pub server_chain_pem: String,
    /// Server private key, PKCS#8 (`server-key.pem`).
    pub server_key_pem: String,
}

fn rc(e: rcgen::Error) -> Error {
    Error::new(
        MVTLS_ERR_FAILED,
        format!("certificate generation failed: {e}"),
    )
}

/// Splits a comma/space separated list of names; empty gives [`DEFAULT_NAMES`].
pub fn parse_names(names: Option<&str>) -> Vec<String> {
    let v: Vec<String> = names
        .unwrap_or("")
        .split([',', ' ', '\n', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if v.is_empty() {
        DEFAULT_NAMES.iter().map(|s| s.to_string()).collect()
    } else {
        v
    }
}

/// Generates a CA and a server certificate valid for `names` (DNS names or
/// IP addresses; the first is also the subject CN). The server certificate
/// allows both server and client authentication, so tests can reuse it as a
/// client certificate.
pub fn generate<S: AsRef<str>>(names: &[S]) -> Result<DevCerts> {
    let names: Vec<String> = names.iter().map(|s| s.as_ref().to_string()).collect();
    if names.is_empty() {
        return Err(Error::new(
            MVTLS_ERR_HOSTNAME,
            "no names given for the development certificate",
        ));
    }
    let ca_key = KeyPair::generate().map_err(rc)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(rc)?;
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "mvtls");
    // A per-CA tag keeps CAs from different runs distinguishable by name.
    let tag: String = ca_key
        .der_bytes()
        .iter()
        .rev()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect();
    dn.push(DnType::CommonName, format!("mvtls development CA {tag}"));
    ca_params.distinguished_name = dn;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_cert = ca_params.self_signed(&ca_key).map_err(rc)?;

    let key = KeyPair::generate().map_err(rc)?;
    let mut params = CertificateParams::new(names.clone())
        .map_err(|e| Error::new(MVTLS_ERR_HOSTNAME, format!("bad certificate name: {e}")))?;
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, names[0].as_str());
    params.distinguished_name = dn;
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![
        ExtendedKeyUsagePurpose::ServerAuth,
        ExtendedKeyUsagePurpose::ClientAuth,
    ];
    let cert = params.signed_by(&key, &ca_cert, &ca_key).map_err(rc)?;

    Ok(DevCerts {
        ca_pem: ca_cert.pem(),
        ca_key_pem: ca_key.serialize_pem(),
        server_chain_pem: format!("{}{}", cert.pem(), ca_cert.pem()),
        server_key_pem: key.serialize_pem(),
    })
}

fn write_file(dir: &Path, name: &str, data: &str, private: bool) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let path = dir.join(name);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true)
        .create(true)
        .truncate(true)
        .mode(if private { 0o600 } else { 0o644 });
    let mut f = opts.open(&path).map_err(|e| {
        Error::new(
            MVTLS_ERR_FAILED,
            format!("cannot write '{}': {e}", path.display()),
        )
    })?;
    f.write_all(data.as_bytes()).map_err(|e| {
        Error::new(
            MVTLS_ERR_FAILED,
            format!("cannot write '{}': {e}", path.display()),
        )
    })
}

/// Writes `ca.pem`, `ca-key.pem`, `server.pem` (leaf then CA) and
/// `server-key.pem` into `dir` (created if missing).
pub fn write(dir: &str, names: Option<&str>) -> Result<()> {
    if dir.is_empty() {
        return Err(Error::params("empty directory name"));
    }
    let set = generate(&parse_names(names))?;
    let d = Path::new(dir);
    std::fs::create_dir_all(d).map_err(|e| {
        Error::new(
            MVTLS_ERR_FAILED,
            format!("cannot create directory '{dir}': {e}"),
        )
    })?;
    write_file(d, "ca.pem", &set.ca_pem, false)?;
    write_file(d, "ca-key.pem", &set.ca_key_pem, true)?;
    write_file(d, "server.pem", &set.server_chain_pem, false)?;
    write_file(d, "server-key.pem", &set.server_key_pem, true)?;
    Ok(())
}

/// A fresh empty directory for tests, under `$TMPDIR/mvtls-test-<pid>/`.
/// The first call also removes the directories of earlier test processes
/// that are no longer running, so runs do not accumulate files.
#[cfg(test)]
pub fn tests_tmpdir(tag: &str) -> std::path::PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::OnceLock;
    static ROOT: OnceLock<std::path::PathBuf> = OnceLock::new();
    static N: AtomicU32 = AtomicU32::new(0);
    let root = ROOT.get_or_init(|| {
        let tmp = std::env::temp_dir();
        if let Ok(entries) = std::fs::read_dir(&tmp) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(pid) = name.strip_prefix("mvtls-test-") {
                    if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
                        let _ = std::fs::remove_dir_all(e.path());
                    }
                }
            }
        }
        tmp.join(format!("mvtls-test-{}", std::process::id()))
    });
    let d = root.join(format!("{tag}-{}", N.fetch_add(1, Ordering::Relaxed)));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parsing() {
        assert_eq!(parse_names(None), DEFAULT_NAMES);
        assert_eq!(
            parse_names(Some(" a.test, 10.0.0.1 ;b")),
            ["a.test", "10.0.0.1", "b"]
        );
    }

    #[test]
    fn writes_four_files_that_load() {
        let d = tests_tmpdir("devcert");
        let dir = d.join("sub");
        write(dir.to_str().unwrap(), Some("localhost,127.0.0.1")).unwrap();
        for f in ["ca.pem", "ca-key.pem", "server.pem", "server-key.pem"] {
            assert!(dir.join(f).is_file(), "{f}");
        }
        let chain = crate::pem::load_certs(dir.join("server.pem").to_str().unwrap()).unwrap();
        assert_eq!(chain.len(), 2);
        crate::pem::load_key(dir.join("server-key.pem").to_str().unwrap()).unwrap();
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("server-key.pem"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0);
    }

    #[test]
    fn unwritable_dir_fails() {
        let e = write("/proc/mvtls-cannot-write-here", None).unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_FAILED);
    }
}

//! TLS contexts: server and client configurations built from certificate
//! files (or PEM text) and an options string, with SNI certificate selection,
//! client authentication, and reload that keeps the old material on failure.

use crate::codes::*;
use crate::error::{Error, Result};
use crate::options::{self, ClientAuth, MinVersion, Options, Side};
use crate::pem;
use crate::provider::provider;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::server::{ClientHello, ResolvesServerCert, WebPkiClientVerifier};
use rustls::sign::CertifiedKey;
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, ServerConfig, SignatureScheme};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// What a context was built from; re-read by [`Context::reload`].
#[derive(Debug, Clone)]
struct Spec {
    /// Default certificate and key (server).
    cert_key: Option<(String, String)>,
    /// Extra SNI certificates added with `mvtls_server_context_add_cert`.
    added: Vec<(String, String)>,
    options: Options,
}

/// A built rustls configuration.
#[derive(Clone)]
enum Built {
    Server(Arc<ServerConfig>),
    Client(Arc<ClientConfig>),
}

/// A server or client TLS context.
pub struct Context {
    side: Side,
    spec: Mutex<Spec>,
    built: RwLock<Built>,
}

impl Context {
    /// A server context from a certificate chain and key (paths or PEM text)
    /// and an options string.
    pub fn new_server(cert: &str, key: &str, opts: Option<&str>) -> Result<Context> {
        let options = options::parse(opts, Side::Server)?;
        let spec = Spec {
            cert_key: Some((cert.to_string(), key.to_string())),
            added: Vec::new(),
            options,
        };
        let built = build(Side::Server, &spec)?;
        Ok(Context {
            side: Side::Server,
            spec: Mutex::new(spec),
            built: RwLock::new(built),
        })
    }

    /// A client context from an options string.
    pub fn new_client(opts: Option<&str>) -> Result<Context> {
        let options = options::parse(opts, Side::Client)?;
        let spec = Spec {
            cert_key: None,
            added: Vec::new(),
            options,
        };
        let built = build(Side::Client, &spec)?;
        Ok(Context {
            side: Side::Client,
            spec: Mutex::new(spec),
            built: RwLock::new(built),
        })
    }

    /// Server or client.
    pub fn side(&self) -> Side {
        self.side
    }

    fn spec(&self) -> std::sync::MutexGuard<'_, Spec> {
        self.spec.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn built(&self) -> Built {
        self.built.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn store(&self, b: Built) {
        *self.built.write().unwrap_or_else(|p| p.into_inner()) = b;
    }

    /// Adds an extra certificate chosen by SNI (server contexts only). On
    /// failure the context is unchanged.
    pub fn add_cert(&self, cert: &str, key: &str) -> Result<()> {
        if self.side != Side::Server {
            return Err(Error::params(
                "extra certificates apply only to server contexts",
            ));
        }
        let mut spec = self.spec();
        let mut next = spec.clone();
        next.added.push((cert.to_string(), key.to_string()));
        let built = build(self.side, &next)?;
        *spec = next;
        self.store(built);
        Ok(())
    }

    /// Re-reads every file of the context. New handshakes use the new
    /// material; live connections keep theirs; on failure nothing changes.
    pub fn reload(&self) -> Result<()> {
        let spec = self.spec();
        let built = build(self.side, &spec)?;
        self.store(built);
        Ok(())
    }

    /// The current server configuration (None for client contexts).
    pub fn server_config(&self) -> Option<Arc<ServerConfig>> {
        match self.built() {
            Built::Server(c) => Some(c),
            Built::Client(_) => None,
        }
    }

    /// The current client configuration (None for server contexts).
    pub fn client_config(&self) -> Option<Arc<ClientConfig>> {
        match self.built() {
            Built::Client(c) => Some(c),
            Built::Server(_) => None,
        }
    }

    /// Bound on each handshake made with this context.
    pub fn handshake_timeout(&self) -> Duration {
        Duration::from_millis(self.spec().options.handshake_timeout_ms)
    }

    /// False when a client context was made with `VERIFY=OFF`.
    pub fn verify_enabled(&self) -> bool {
        self.spec().options.verify
    }

    /// Client-certificate policy (server contexts).
    pub fn client_auth(&self) -> ClientAuth {
        self.spec().options.client_auth
    }
}

/// Loads a certificate chain and its key, checking that they match.
pub fn load_certified(cert: &str, key: &str) -> Result<CertifiedKey> {
    let chain = pem::load_certs(cert)?;
    let key_der = pem::load_key(key)?;
    let signing = provider()
        .key_provider
        .load_private_key(key_der)
        .map_err(|e| {
            Error::new(
                MVTLS_ERR_BAD_PEM,
                format!("{}: unsupported private key: {e}", pem::describe(key)),
            )
        })?;
    let ck = CertifiedKey::new(chain, signing);
    match ck.keys_match() {
        Ok(()) | Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::Unknown)) => Ok(ck),
        Err(rustls::Error::InconsistentKeys(_)) => Err(Error::new(
            MVTLS_ERR_KEY_MISMATCH,
            format!(
                "private key {} does not match certificate {}",
                pem::describe(key),
                pem::describe(cert)
            ),
        )),
        Err(e) => Err(Error::new(
            MVTLS_ERR_CERT_INVALID,
            format!("certificate {}: {e}", pem::describe(cert)),
        )),
    }
}

fn versions(min: MinVersion) -> &'static [&'static rustls::SupportedProtocolVersion] {
    static BOTH: [&rustls::SupportedProtocolVersion; 2] =
        [&rustls::version::TLS13, &rustls::version::TLS12];
    static ONLY13: [&rustls::SupportedProtocolVersion; 1] = [&rustls::version::TLS13];
    match min {
        MinVersion::Tls12 => &BOTH,
        MinVersion::Tls13 => &ONLY13,
    }
}

fn tls(e: rustls::Error) -> Error {
    Error::failed(format!("TLS configuration: {e}"))
}

fn build(side: Side, spec: &Spec) -> Result<Built> {
    match side {
        Side::Server => build_server(spec).map(|c| Built::Server(Arc::new(c))),
        Side::Client => build_client(&spec.options).map(|c| Built::Client(Arc::new(c))),
    }
}

fn build_server(spec: &Spec) -> Result<ServerConfig> {
    let o = &spec.options;
    let (cert, key) = spec
        .cert_key
        .as_ref()
        .ok_or_else(|| Error::params("server context without certificate"))?;
    let default = Arc::new(load_certified(cert, key)?);
    let mut extras = Vec::new();
    for (c, k) in o.sni.iter().chain(spec.added.iter()) {
        extras.push(Arc::new(load_certified(c, k)?));
    }
    let builder = ServerConfig::builder_with_provider(crate::provider::server_provider())
        .with_protocol_versions(versions(o.min_version))
        .map_err(tls)?;
    let builder = match o.client_auth {
        ClientAuth::None => builder.with_no_client_auth(),
        ClientAuth::Optional | ClientAuth::Required => {
            let ca =
                o.ca.as_deref()
                    .ok_or_else(|| Error::params("CLIENT.AUTH needs CA"))?;
            let roots = Arc::new(pem::load_roots(ca)?);
            let mut vb = WebPkiClientVerifier::builder_with_provider(roots, provider());
            if o.client_auth == ClientAuth::Optional {
                vb = vb.allow_unauthenticated();
            }
            let verifier = vb
                .build()
                .map_err(|e| Error::failed(format!("client verifier: {e}")))?;
            builder.with_client_cert_verifier(verifier)
        }
    };
    let mut cfg = builder.with_cert_resolver(Arc::new(SniResolver { default, extras }));
    cfg.alpn_protocols = o.alpn.clone();
    // Pick the cipher suite by the server's order (see provider::server_provider).
    cfg.ignore_client_order = true;
    cfg.send_tls13_tickets = 1;
    Ok(cfg)
}

fn system_roots() -> RootCertStore {
    let mut store = RootCertStore::empty();
    let found = rustls_native_certs::load_native_certs();
    let (added, ignored) = store.add_parsable_certificates(found.certs);
    crate::mvlog!(
        "system trust store: {added} roots loaded, {ignored} ignored, {} errors",
        found.errors.len()
    );
    store
}

fn build_client(o: &Options) -> Result<ClientConfig> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_protocol_versions(versions(o.min_version))
        .map_err(tls)?;
    let builder = if !o.verify {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify))
    } else {
        let roots = match &o.ca {
            Some(ca) => pem::load_roots(ca)?,
            None => system_roots(),
        };
        builder.with_root_certificates(roots)
    };
    let cert = match (&o.cert, &o.key) {
        (Some(c), Some(k)) => Some(Arc::new(load_certified(c, k)?)),
        _ => None,
    };
    let mut cfg = builder.with_client_cert_resolver(Arc::new(ClientCert(cert)));
    cfg.alpn_protocols = o.alpn.clone();
    Ok(cfg)
}

thread_local! {
    static CERT_REQUESTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Clears this thread's "server asked for a client certificate" flag
/// (call before driving a client handshake).
pub fn reset_cert_requested() {
    CERT_REQUESTED.with(|c| c.set(false));
}

/// True when, since the last reset, a server asked this thread's client
/// handshake for a certificate. rustls calls the resolver synchronously
/// inside the handshake step, on the thread driving it.
pub fn cert_requested() -> bool {
    CERT_REQUESTED.with(|c| c.get())
}

/// The client certificate (if any), recording that the server asked for one
/// so a later generic handshake failure can be reported as 7106.
#[derive(Debug)]
struct ClientCert(Option<Arc<CertifiedKey>>);

impl rustls::client::ResolvesClientCert for ClientCert {
    fn resolve(
        &self,
        _root_hints: &[&[u8]],
        _schemes: &[SignatureScheme],
    ) -> Option<Arc<CertifiedKey>> {
        CERT_REQUESTED.with(|c| c.set(true));
        self.0.clone()
    }

    fn has_certs(&self) -> bool {
        self.0.is_some()
    }
}

/// Picks the first extra certificate valid for the client's SNI name, else
/// the default certificate.
#[derive(Debug)]
struct SniResolver {
    default: Arc<CertifiedKey>,
    extras: Vec<Arc<CertifiedKey>>,
}

fn valid_for(ck: &CertifiedKey, name: &ServerName<'_>) -> bool {
    let Some(leaf) = ck.cert.first() else {
        return false;
    };
    match webpki::EndEntityCert::try_from(leaf) {
        Ok(ee) => ee.verify_is_valid_for_subject_name(name).is_ok(),
        Err(_) => false,
    }
}

impl ResolvesServerCert for SniResolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        if let Some(sni) = hello.server_name() {
            if let Ok(name) = ServerName::try_from(sni) {
                if let Some(ck) = self.extras.iter().find(|ck| valid_for(ck, &name)) {
                    return Some(ck.clone());
                }
            }
        }
        Some(self.default.clone())
    }
}

/// `VERIFY=OFF`: accepts any server certificate (handshake signatures are
/// still checked so the connection is at least consistent).
#[derive(Debug)]
struct NoVerify;

impl ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &provider().signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &provider().signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        provider()
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devcert;

    #[test]
    fn server_context_from_pem_text_and_key_mismatch() {
        let a = devcert::generate(&["a.test"]).unwrap();
        let b = devcert::generate(&["b.test"]).unwrap();
        Context::new_server(&a.server_chain_pem, &a.server_key_pem, None).unwrap();
        let e = Context::new_server(&a.server_chain_pem, &b.server_key_pem, None)
            .err()
            .unwrap();
        assert_eq!(e.code, MVTLS_ERR_KEY_MISMATCH, "{}", e.text);
        let e = Context::new_server(&a.server_chain_pem, "/nonexistent.key", None)
            .err()
            .unwrap();
        assert_eq!(e.code, MVTLS_ERR_FILE);
        let e = Context::new_server(&a.server_key_pem, &a.server_key_pem, None)
            .err()
            .unwrap();
        assert_eq!(e.code, MVTLS_ERR_BAD_PEM);
    }

    #[test]
    fn add_cert_failure_keeps_context_and_client_rejects_add() {
        let a = devcert::generate(&["a.test"]).unwrap();
        let b = devcert::generate(&["b.test"]).unwrap();
        let ctx = Context::new_server(&a.server_chain_pem, &a.server_key_pem, None).unwrap();
        let before = ctx.server_config().unwrap();
        let e = ctx
            .add_cert(&b.server_chain_pem, &a.server_key_pem)
            .unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_KEY_MISMATCH);
        assert!(Arc::ptr_eq(&before, &ctx.server_config().unwrap()));
        ctx.add_cert(&b.server_chain_pem, &b.server_key_pem)
            .unwrap();
        assert!(!Arc::ptr_eq(&before, &ctx.server_config().unwrap()));
        let c = Context::new_client(Some("VERIFY=OFF")).unwrap();
        assert_eq!(
            c.add_cert(&b.server_chain_pem, &b.server_key_pem)
                .unwrap_err()
                .code,
            MVTLS_ERR_PARAMS
        );
    }

    #[test]
    fn reload_keeps_old_material_on_failure() {
        let dir = devcert::tests_tmpdir("ctx-reload");
        let d = dir.to_str().unwrap();
        devcert::write(d, Some("localhost")).unwrap();
        let cert = dir.join("server.pem");
        let key = dir.join("server-key.pem");
        let ctx = Context::new_server(cert.to_str().unwrap(), key.to_str().unwrap(), None).unwrap();
        let first = ctx.server_config().unwrap();
        std::fs::write(&cert, "garbage").unwrap();
        assert_eq!(ctx.reload().unwrap_err().code, MVTLS_ERR_BAD_PEM);
        assert!(Arc::ptr_eq(&first, &ctx.server_config().unwrap()));
        devcert::write(d, Some("localhost")).unwrap();
        ctx.reload().unwrap();
        assert!(!Arc::ptr_eq(&first, &ctx.server_config().unwrap()));
    }

    #[test]
    fn client_contexts() {
        let a = devcert::generate(&["a.test"]).unwrap();
        let dir = devcert::tests_tmpdir("ctx-client");
        std::fs::write(dir.join("ca.pem"), &a.ca_pem).unwrap();
        let ca = dir.join("ca.pem");
        let c = Context::new_client(Some(&format!("CA={};ALPN=h2", ca.display()))).unwrap();
        assert!(c.verify_enabled());
        assert_eq!(
            c.client_config().unwrap().alpn_protocols,
            vec![b"h2".to_vec()]
        );
        assert!(c.server_config().is_none());
        let e = Context::new_client(Some("CA=/nonexistent/ca.pem"))
            .err()
            .unwrap();
        assert_eq!(e.code, MVTLS_ERR_FILE);
        Context::new_client(None).unwrap();
    }
}

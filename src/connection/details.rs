//! Socket options and negotiated-session facts of a connection (for
//! `mvtls_set_option` and `mvtls_info`).

use super::Connection;
use crate::codes::*;
use crate::error::{Error, Result};
use crate::options::ClientAuth;
use crate::tlserr::Side;
use socket2::SockRef;

impl Connection {
    /// Sets TCP_NODELAY.
    pub fn set_nodelay(&self, on: bool) -> Result<()> {
        self.lock()
            .tcp
            .set_nodelay(on)
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "TCP_NODELAY", &e))
    }

    /// Whether TCP_NODELAY is on (accepted connections start with it on).
    pub fn nodelay(&self) -> Result<bool> {
        self.lock()
            .tcp
            .nodelay()
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "TCP_NODELAY", &e))
    }

    /// Sets SO_KEEPALIVE.
    pub fn set_keepalive(&self, on: bool) -> Result<()> {
        let g = self.lock();
        SockRef::from(&g.tcp)
            .set_keepalive(on)
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "SO_KEEPALIVE", &e))
    }

    /// Negotiated TLS version (`TLSv1.2`/`TLSv1.3`, empty for plain).
    pub fn tls_version(&self) -> String {
        let g = self.lock();
        match g.tls.as_ref().and_then(|t| t.protocol_version()) {
            Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".into(),
            Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".into(),
            Some(v) => format!("{v:?}"),
            None => String::new(),
        }
    }

    /// True when the TLS handshake resumed a session (false for plain).
    pub fn resumed(&self) -> bool {
        let g = self.lock();
        g.tls
            .as_ref()
            .and_then(|t| t.handshake_kind())
            .is_some_and(|k| k == rustls::HandshakeKind::Resumed)
    }

    /// Negotiated cipher suite name (empty for plain).
    pub fn cipher(&self) -> String {
        let g = self.lock();
        g.tls
            .as_ref()
            .and_then(|t| t.negotiated_cipher_suite())
            .map(|s| format!("{:?}", s.suite()))
            .unwrap_or_default()
    }

    /// Negotiated ALPN protocol (empty if none).
    pub fn alpn(&self) -> String {
        let g = self.lock();
        g.tls
            .as_ref()
            .and_then(|t| t.alpn_protocol())
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .unwrap_or_default()
    }

    /// SNI name sent by the client (server side) or used (client side).
    pub fn sni(&self) -> String {
        let g = self.lock();
        match &g.tls {
            Some(rustls::Connection::Server(s)) => s.server_name().unwrap_or("").to_string(),
            Some(rustls::Connection::Client(_)) => self.client_sni.clone(),
            None => String::new(),
        }
    }

    /// Subject of the peer's end-entity certificate (empty if none).
    pub fn peer_subject(&self) -> String {
        let g = self.lock();
        g.tls
            .as_ref()
            .and_then(|t| t.peer_certificates())
            .and_then(|c| c.first())
            .and_then(|c| crate::der::cert_subject(c))
            .unwrap_or_default()
    }

    /// `OK`, `NONE` or `OFF` (see `MVTLS_INFO_VERIFY`).
    pub fn verify(&self) -> &'static str {
        let g = self.lock();
        let Some(tls) = &g.tls else { return "NONE" };
        let ctx = self.ctx.as_ref();
        match self.side {
            Side::Client if ctx.is_some_and(|c| !c.verify_enabled()) => "OFF",
            Side::Client => "OK",
            Side::Server => {
                let has = tls.peer_certificates().is_some_and(|c| !c.is_empty());
                if has && ctx.is_some_and(|c| c.client_auth() != ClientAuth::None) {
                    "OK"
                } else {
                    "NONE"
                }
            }
        }
    }
}

//! `mvtls_connect`: resolution, TCP connect and the client handshake, all
//! within the caller's deadline.

use super::handshake::{drive_handshake, Handshake};
use super::Connection;
use crate::codes::*;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::net::{self, Deadline};
use crate::tlserr::{self, Side};
use std::os::fd::AsRawFd;
use std::sync::Arc;

impl Connection {
    /// Connects to `host:port` within the deadline (name lookup included);
    /// with a (client) context, performs the TLS handshake with SNI and
    /// verification.
    pub fn connect(
        host: &str,
        port: u16,
        deadline: Deadline,
        ctx: Option<(Arc<Context>, i32)>,
    ) -> Result<Self> {
        let cfg = match &ctx {
            Some((c, _)) => Some(c.client_config().ok_or_else(|| {
                Error::params("mvtls_connect needs a client context (this is a server context)")
            })?),
            None => None,
        };
        let addrs = crate::resolve::resolve(host, port, deadline)?;
        let (tcp, peer) = crate::dial::dial(&addrs, deadline)
            .map_err(|e| e.context(&format!("{host}:{port}")))?;
        let Some(cfg) = cfg else {
            return Self::new(tcp, peer, None, Side::Client, None, String::new(), false);
        };
        let bare = host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .unwrap_or(host);
        let name = rustls_pki_types::ServerName::try_from(bare.to_string()).map_err(|e| {
            Error::new(
                MVTLS_ERR_HOSTNAME,
                format!("invalid server name '{host}': {e}"),
            )
        })?;
        let sni = match &name {
            rustls_pki_types::ServerName::DnsName(d) => d.as_ref().to_string(),
            _ => String::new(),
        };
        let mut tls = rustls::Connection::Client(
            rustls::ClientConnection::new(cfg, name)
                .map_err(|e| tlserr::map(&e, Side::Client, true))?,
        );
        tcp.set_nonblocking(true)
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "set non-blocking", &e))?;
        let hs_deadline = deadline.min(Deadline::after(
            ctx.as_ref().expect("tls").0.handshake_timeout(),
        ));
        crate::context::reset_cert_requested();
        loop {
            let step = drive_handshake(&tcp, &mut tls, Side::Client).map_err(|e| {
                // TLS 1.2 servers refuse a missing/bad client certificate with
                // a generic handshake_failure: we know we were asked for one.
                if e.code == MVTLS_ERR_HANDSHAKE && crate::context::cert_requested() {
                    Error::new(
                        MVTLS_ERR_CLIENT_CERT_REQUIRED,
                        format!("{} (the server asked for a client certificate)", e.text),
                    )
                } else {
                    e
                }
            })?;
            let events = match step {
                Handshake::Done => break,
                Handshake::WantRead => libc::POLLIN,
                Handshake::WantWrite => libc::POLLOUT,
            };
            let ok = net::wait_fd(tcp.as_raw_fd(), events, hs_deadline)
                .map_err(|e| Error::io(MVTLS_ERR_HANDSHAKE, "poll", &e))?;
            if !ok {
                return Err(Error::timeout(format!(
                    "TLS handshake with {host}:{port} timed out"
                )));
            }
        }
        Self::new(tcp, peer, Some(tls), Side::Client, ctx, sni, true)
    }
}

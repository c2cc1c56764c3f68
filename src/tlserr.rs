//! Mapping of rustls errors onto the documented status codes. The rustls
//! error (and the TLS alert, when one was involved) is kept in the text.

use crate::codes::*;
use crate::error::Error;
use rustls::{AlertDescription, CertificateError};

/// Which end of the connection observed the error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// We are the TLS client (`mvtls_connect`).
    Client,
    /// We are the TLS server (accepted connection).
    Server,
}

fn cert_code(e: &CertificateError) -> i32 {
    use CertificateError as C;
    match e {
        // A chain that does not verify up to a trust anchor (e.g. a CA with
        // the right name but another key) is not trusted.
        C::UnknownIssuer | C::BadSignature => MVTLS_ERR_CERT_UNTRUSTED,
        C::Expired | C::ExpiredContext { .. } | C::NotValidYet | C::NotValidYetContext { .. } => {
            MVTLS_ERR_CERT_EXPIRED
        }
        C::NotValidForName | C::NotValidForNameContext { .. } => MVTLS_ERR_CERT_NAME,
        C::Other(o) if format!("{o:?}").contains("CaUsedAsEndEntity") => MVTLS_ERR_CERT_UNTRUSTED,
        _ => MVTLS_ERR_CERT_INVALID,
    }
}

/// Maps an alert the peer sent us.
fn alert_code(a: AlertDescription, side: Side, handshaking: bool) -> i32 {
    use AlertDescription as A;
    match a {
        A::CertificateRequired => MVTLS_ERR_CLIENT_CERT_REQUIRED,
        // A client receiving a certificate complaint: the server rejected our
        // client certificate.
        A::BadCertificate
        | A::UnsupportedCertificate
        | A::CertificateRevoked
        | A::CertificateExpired
        | A::CertificateUnknown
        | A::UnknownCA
        | A::AccessDenied
            if side == Side::Client =>
        {
            MVTLS_ERR_CLIENT_CERT_REQUIRED
        }
        // A server receiving a certificate complaint: the client did not
        // accept our certificate.
        A::UnknownCA => MVTLS_ERR_CERT_UNTRUSTED,
        A::CertificateExpired => MVTLS_ERR_CERT_EXPIRED,
        A::BadCertificate
        | A::UnsupportedCertificate
        | A::CertificateRevoked
        | A::CertificateUnknown => MVTLS_ERR_CERT_INVALID,
        A::ProtocolVersion => MVTLS_ERR_VERSION,
        A::NoApplicationProtocol => MVTLS_ERR_ALPN,
        _ if handshaking => MVTLS_ERR_HANDSHAKE,
        _ => MVTLS_ERR_TLS,
    }
}

/// The status code for a rustls error seen by `side`, during the handshake
/// (`handshaking`) or after it.
pub fn code(err: &rustls::Error, side: Side, handshaking: bool) -> i32 {
    use rustls::Error as E;
    match err {
        // Server side: any problem with the client's certificate.
        E::InvalidCertificate(_) | E::NoCertificatesPresented if side == Side::Server => {
            MVTLS_ERR_CLIENT_CERT_REQUIRED
        }
        E::InvalidCertificate(c) => cert_code(c),
        E::NoCertificatesPresented => MVTLS_ERR_CERT_INVALID,
        E::AlertReceived(a) => alert_code(*a, side, handshaking),
        E::NoApplicationProtocol => MVTLS_ERR_ALPN,
        E::PeerIncompatible(p) => {
            let s = format!("{p:?}");
            if s.contains("Version") || s.contains("Tls12") || s.contains("Tls13") {
                MVTLS_ERR_VERSION
            } else {
                MVTLS_ERR_HANDSHAKE
            }
        }
        _ if handshaking => MVTLS_ERR_HANDSHAKE,
        _ => MVTLS_ERR_TLS,
    }
}

/// Builds the mvtls error for a rustls error, with a readable text.
pub fn map(err: &rustls::Error, side: Side, handshaking: bool) -> Error {
    let phase = if handshaking {
        "TLS handshake failed"
    } else {
        "TLS error"
    };
    let detail = match err {
        rustls::Error::AlertReceived(a) => format!("peer sent alert {a:?}"),
        other => other.to_string(),
    };
    Error::new(code(err, side, handshaking), format!("{phase}: {detail}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustls::Error as E;

    #[test]
    fn client_certificate_errors() {
        let c = |e: CertificateError| code(&E::InvalidCertificate(e), Side::Client, true);
        assert_eq!(c(CertificateError::UnknownIssuer), MVTLS_ERR_CERT_UNTRUSTED);
        assert_eq!(c(CertificateError::Expired), MVTLS_ERR_CERT_EXPIRED);
        assert_eq!(c(CertificateError::NotValidYet), MVTLS_ERR_CERT_EXPIRED);
        assert_eq!(c(CertificateError::NotValidForName), MVTLS_ERR_CERT_NAME);
        assert_eq!(c(CertificateError::BadEncoding), MVTLS_ERR_CERT_INVALID);
        assert_eq!(c(CertificateError::Revoked), MVTLS_ERR_CERT_INVALID);
        assert_eq!(c(CertificateError::BadSignature), MVTLS_ERR_CERT_UNTRUSTED);
    }

    #[test]
    fn server_side_client_cert_problems() {
        assert_eq!(
            code(&E::NoCertificatesPresented, Side::Server, true),
            MVTLS_ERR_CLIENT_CERT_REQUIRED
        );
        assert_eq!(
            code(
                &E::InvalidCertificate(CertificateError::UnknownIssuer),
                Side::Server,
                true
            ),
            MVTLS_ERR_CLIENT_CERT_REQUIRED
        );
    }

    #[test]
    fn alerts() {
        use AlertDescription as A;
        let a = |d, side, hs| code(&E::AlertReceived(d), side, hs);
        assert_eq!(
            a(A::CertificateRequired, Side::Client, false),
            MVTLS_ERR_CLIENT_CERT_REQUIRED
        );
        assert_eq!(
            a(A::BadCertificate, Side::Client, true),
            MVTLS_ERR_CLIENT_CERT_REQUIRED
        );
        assert_eq!(
            a(A::UnknownCA, Side::Server, true),
            MVTLS_ERR_CERT_UNTRUSTED
        );
        assert_eq!(
            a(A::CertificateExpired, Side::Server, true),
            MVTLS_ERR_CERT_EXPIRED
        );
        assert_eq!(a(A::ProtocolVersion, Side::Client, true), MVTLS_ERR_VERSION);
        assert_eq!(
            a(A::NoApplicationProtocol, Side::Client, true),
            MVTLS_ERR_ALPN
        );
        assert_eq!(
            a(A::HandshakeFailure, Side::Client, true),
            MVTLS_ERR_HANDSHAKE
        );
        assert_eq!(a(A::DecodeError, Side::Client, false), MVTLS_ERR_TLS);
    }

    #[test]
    fn phase_decides_generic_code_and_text_names_alert() {
        assert_eq!(
            code(&E::DecryptError, Side::Client, true),
            MVTLS_ERR_HANDSHAKE
        );
        assert_eq!(code(&E::DecryptError, Side::Client, false), MVTLS_ERR_TLS);
        assert_eq!(
            code(&E::NoApplicationProtocol, Side::Server, true),
            MVTLS_ERR_ALPN
        );
        let e = map(
            &E::AlertReceived(AlertDescription::CertificateRequired),
            Side::Client,
            true,
        );
        assert!(e.text.contains("CertificateRequired"), "{}", e.text);
        assert!(e.text.starts_with("TLS handshake failed"));
    }
}

//! Parser for the `options` string of the context constructors:
//! `NAME=VALUE` items separated by newlines or `;`, names case-insensitive
//! with `.` and `_` interchangeable.

use crate::codes::{MVTLS_ERR_BAD_KEY, MVTLS_ERR_PARAMS};
use crate::error::{Error, Result};

/// Which constructor the options are for (some options apply to one side only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// `mvtls_server_context_new`.
    Server,
    /// `mvtls_client_context_new`.
    Client,
}

/// Client-certificate policy of a server context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    /// Do not ask for a client certificate.
    None,
    /// Ask; verify one if given; accept clients without one.
    Optional,
    /// Ask and require a verified client certificate.
    Required,
}

/// Lowest protocol version a context accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinVersion {
    /// TLS 1.2 and 1.3.
    Tls12,
    /// TLS 1.3 only.
    Tls13,
}

/// Default handshake timeout in milliseconds.
pub(crate) const DEFAULT_HANDSHAKE_TIMEOUT_MS: u64 = 10_000;

/// Parsed options of a context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// `MIN.VERSION`.
    pub min_version: MinVersion,
    /// `ALPN`, protocol names in preference order.
    pub alpn: Vec<Vec<u8>>,
    /// `CLIENT.AUTH` (server).
    pub client_auth: ClientAuth,
    /// `CA`: file or directory.
    pub ca: Option<String>,
    /// `CERT` (client certificate).
    pub cert: Option<String>,
    /// `KEY` (client key).
    pub key: Option<String>,
    /// `SNI` items: (cert, key) pairs (server).
    pub sni: Vec<(String, String)>,
    /// `VERIFY` (client).
    pub verify: bool,
    /// `HANDSHAKE.TIMEOUT` in milliseconds.
    pub handshake_timeout_ms: u64,
    /// `TICKET.KEYS`: session-ticket key file shared by hosts (server;
    /// see [`crate::tickets`]).
    pub ticket_keys: Option<String>,
    /// `PROXY.PROTOCOL=2` with `PROXY.TRUSTED`: the source addresses
    /// allowed to send a PROXY v2 header, which listeners then require
    /// (server; see [`crate::proxy_protocol`]).
    pub proxy_trusted: Option<Vec<crate::proxy_protocol::Cidr>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_version: MinVersion::Tls12,
            alpn: Vec::new(),
            client_auth: ClientAuth::None,
            ca: None,
            cert: None,
            key: None,
            sni: Vec::new(),
            verify: true,
            handshake_timeout_ms: DEFAULT_HANDSHAKE_TIMEOUT_MS,
            ticket_keys: None,
            proxy_trusted: None,
        }
    }
}

fn bad_value(name: &str, value: &str, expected: &str) -> Error {
    Error::new(
        MVTLS_ERR_PARAMS,
        format!("option {name}: bad value '{value}', expected {expected}"),
    )
}

fn on_off(name: &str, value: &str) -> Result<bool> {
    match value.to_ascii_uppercase().as_str() {
        "ON" | "1" | "YES" | "TRUE" => Ok(true),
        "OFF" | "0" | "NO" | "FALSE" => Ok(false),
        _ => Err(bad_value(name, value, "ON or OFF")),
    }
}

fn only(side: Side, wanted: Side, name: &str) -> Result<()> {
    if side == wanted {
        Ok(())
    } else {
        let which = if wanted == Side::Server {
            "server"
        } else {
            "client"
        };
        Err(Error::new(
            MVTLS_ERR_PARAMS,
            format!("option {name} applies only to {which} contexts"),
        ))
    }
}

/// Names of the options, canonical spelling (upper case, `.` separators).
const NAMES: [&str; 12] = [
    "MIN.VERSION",
    "ALPN",
    "CLIENT.AUTH",
    "CA",
    "CERT",
    "KEY",
    "SNI",
    "VERIFY",
    "HANDSHAKE.TIMEOUT",
    "TICKET.KEYS",
    "PROXY.PROTOCOL",
    "PROXY.TRUSTED",
];

/// Parses an options string for the given side. `None` or empty gives
/// defaults. Strict: an item without `=`, an empty name or value, an
/// unknown name (1006), an option given twice (except the repeatable `SNI`)
/// and a malformed value are errors whose text names the option.
pub fn parse(text: Option<&str>, side: Side) -> Result<Options> {
    let mut o = Options::default();
    let Some(text) = text else { return Ok(o) };
    let mut seen: Vec<&'static str> = Vec::new();
    // PEM text is not allowed in options (it contains newlines); paths only.
    for item in text.split(['\n', ';']) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        let Some((raw_name, value)) = item.split_once('=') else {
            return Err(Error::new(
                MVTLS_ERR_PARAMS,
                format!("option item '{item}' is not NAME=VALUE"),
            ));
        };
        let (raw_name, value) = (raw_name.trim(), value.trim());
        if raw_name.is_empty() {
            return Err(Error::new(
                MVTLS_ERR_PARAMS,
                format!("option item '{item}' has no name"),
            ));
        }
        let upper = raw_name.to_ascii_uppercase().replace('_', ".");
        let Some(name) = NAMES.iter().copied().find(|n| *n == upper) else {
            return Err(Error::new(
                MVTLS_ERR_BAD_KEY,
                format!("unknown option '{raw_name}'"),
            ));
        };
        if name != "SNI" && seen.contains(&name) {
            return Err(Error::new(
                MVTLS_ERR_PARAMS,
                format!("option {name} is given more than once"),
            ));
        }
        seen.push(name);
        if value.is_empty() {
            return Err(Error::new(
                MVTLS_ERR_PARAMS,
                format!("option {name}: empty value"),
            ));
        }
        apply(&mut o, side, name, value)?;
    }
    if o.cert.is_some() != o.key.is_some() {
        return Err(Error::new(
            MVTLS_ERR_PARAMS,
            "options CERT and KEY must be given together",
        ));
    }
    if o.client_auth != ClientAuth::None && o.ca.is_none() {
        return Err(Error::new(
            MVTLS_ERR_PARAMS,
            "option CLIENT.AUTH needs option CA (the client-certificate roots)",
        ));
    }
    let proxy = seen.contains(&"PROXY.PROTOCOL");
    if proxy != o.proxy_trusted.is_some() {
        return Err(Error::new(
            MVTLS_ERR_PARAMS,
            "options PROXY.PROTOCOL and PROXY.TRUSTED (the balancers' addresses) must be given together",
        ));
    }
    Ok(o)
}

/// Sets option `name` (canonical, known) from a non-empty `value`.
fn apply(o: &mut Options, side: Side, name: &str, value: &str) -> Result<()> {
    match name {
        "MIN.VERSION" => {
            o.min_version = match value {
                "1.2" => MinVersion::Tls12,
                "1.3" => MinVersion::Tls13,
                _ => return Err(bad_value(name, value, "1.2 or 1.3")),
            }
        }
        "ALPN" => o.alpn = alpn_list(value)?,
        "CLIENT.AUTH" => {
            only(side, Side::Server, name)?;
            o.client_auth = match value.to_ascii_uppercase().as_str() {
                "NONE" => ClientAuth::None,
                "OPTIONAL" => ClientAuth::Optional,
                "REQUIRED" => ClientAuth::Required,
                _ => return Err(bad_value(name, value, "NONE, OPTIONAL or REQUIRED")),
            }
        }
        "CA" => o.ca = Some(value.to_string()),
        "CERT" => {
            only(side, Side::Client, name)?;
            o.cert = Some(value.to_string());
        }
        "KEY" => {
            only(side, Side::Client, name)?;
            o.key = Some(value.to_string());
        }
        "SNI" => {
            only(side, Side::Server, name)?;
            let parts: Vec<&str> = value.split(',').map(str::trim).collect();
            match parts[..] {
                [c, k] if !c.is_empty() && !k.is_empty() => {
                    o.sni.push((c.to_string(), k.to_string()))
                }
                _ => return Err(bad_value(name, value, "cert,key")),
            }
        }
        "VERIFY" => {
            only(side, Side::Client, name)?;
            o.verify = on_off(name, value)?;
        }
        "HANDSHAKE.TIMEOUT" => {
            let ms = if value.bytes().all(|b| b.is_ascii_digit()) {
                value.parse::<u64>().ok()
            } else {
                None
            };
            o.handshake_timeout_ms = match ms {
                Some(ms) if (1..=3_600_000).contains(&ms) => ms,
                _ => return Err(bad_value(name, value, "milliseconds between 1 and 3600000")),
            }
        }
        "TICKET.KEYS" => {
            only(side, Side::Server, name)?;
            o.ticket_keys = Some(value.to_string());
        }
        "PROXY.PROTOCOL" => {
            only(side, Side::Server, name)?;
            if !matches!(value.to_ascii_uppercase().as_str(), "2" | "V2") {
                return Err(bad_value(
                    name,
                    value,
                    "2 (only PROXY protocol version 2 is supported)",
                ));
            }
        }
        "PROXY.TRUSTED" => {
            only(side, Side::Server, name)?;
            o.proxy_trusted = Some(crate::proxy_protocol::parse_trusted(value)?);
        }
        _ => unreachable!("option names are checked against NAMES"),
    }
    Ok(())
}

/// `ALPN`: a comma list of distinct, non-empty protocol names of at most
/// 255 bytes without spaces or control characters.
fn alpn_list(value: &str) -> Result<Vec<Vec<u8>>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    for p in value.split(',').map(str::trim) {
        if p.is_empty() {
            return Err(bad_value(
                "ALPN",
                value,
                "a comma list of protocol names without empty items",
            ));
        }
        if p.len() > 255 || p.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad_value(
                "ALPN",
                p,
                "protocol names of 1 to 255 bytes without spaces or control characters",
            ));
        }
        if out.iter().any(|q| q == p.as_bytes()) {
            return Err(Error::new(
                MVTLS_ERR_PARAMS,
                format!("option ALPN: protocol '{p}' is listed twice"),
            ));
        }
        out.push(p.as_bytes().to_vec());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_none_give_defaults() {
        assert_eq!(parse(None, Side::Server).unwrap(), Options::default());
        assert_eq!(parse(Some(""), Side::Client).unwrap(), Options::default());
        assert_eq!(
            parse(Some(" ;\n; "), Side::Client).unwrap(),
            Options::default()
        );
    }

    #[test]
    fn names_are_case_insensitive_and_dot_underscore_interchangeable() {
        let o = parse(
            Some("min_version=1.3;Alpn = h2, http/1.1\nhandshake.TIMEOUT=250"),
            Side::Server,
        )
        .unwrap();
        assert_eq!(o.min_version, MinVersion::Tls13);
        assert_eq!(o.alpn, vec![b"h2".to_vec(), b"http/1.1".to_vec()]);
        assert_eq!(o.handshake_timeout_ms, 250);
    }

    #[test]
    fn server_options() {
        let o = parse(
            Some("CLIENT.AUTH=required;CA=/x/ca.pem;SNI=a.pem,a.key;SNI=b.pem , b.key"),
            Side::Server,
        )
        .unwrap();
        assert_eq!(o.client_auth, ClientAuth::Required);
        assert_eq!(o.ca.as_deref(), Some("/x/ca.pem"));
        assert_eq!(
            o.sni,
            vec![
                ("a.pem".into(), "a.key".into()),
                ("b.pem".into(), "b.key".into())
            ]
        );
    }

    #[test]
    fn client_options() {
        let o = parse(Some("VERIFY=OFF;CERT=c.pem;KEY=k.pem;CA=dir"), Side::Client).unwrap();
        assert!(!o.verify);
        assert_eq!(o.cert.as_deref(), Some("c.pem"));
        assert_eq!(o.key.as_deref(), Some("k.pem"));
    }

    #[test]
    fn unknown_name_is_bad_key() {
        let e = parse(Some("CIPHERS=x"), Side::Client).unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_BAD_KEY);
        assert!(e.text.contains("CIPHERS"));
    }

    #[test]
    fn bad_values_are_params_errors() {
        for (s, side) in [
            ("MIN.VERSION=1.1", Side::Client),
            ("CLIENT.AUTH=maybe;CA=x", Side::Server),
            ("VERIFY=perhaps", Side::Client),
            ("HANDSHAKE.TIMEOUT=-5", Side::Client),
            ("HANDSHAKE.TIMEOUT=0", Side::Client),
            ("SNI=onlycert", Side::Server),
            ("CA=", Side::Server),
            ("NOEQUALS", Side::Server),
            ("CLIENT.AUTH=REQUIRED", Side::Server),
            ("CERT=c.pem", Side::Client),
            ("VERIFY=OFF", Side::Server),
            ("CLIENT.AUTH=NONE", Side::Client),
            ("ALPN=", Side::Server),
            ("ALPN=,,,", Side::Server),
            ("ALPN=h2,,http/1.1", Side::Client),
            ("ALPN=h2,", Side::Client),
            ("ALPN=h2,h2", Side::Client),
            ("ALPN=h 2", Side::Client),
            ("MIN.VERSION=", Side::Client),
            ("MIN.VERSION=1.2;min_version=1.3", Side::Client),
            ("VERIFY=OFF\nVERIFY=OFF", Side::Client),
            ("ALPN=h2;ALPN=h2", Side::Server),
            ("HANDSHAKE.TIMEOUT=+5", Side::Client),
            ("HANDSHAKE.TIMEOUT=5ms", Side::Client),
            ("HANDSHAKE.TIMEOUT=3600001", Side::Client),
            ("HANDSHAKE.TIMEOUT=99999999999999999999999", Side::Client),
            ("=x", Side::Client),
            (" = ", Side::Client),
            ("SNI=a,b,c", Side::Server),
            ("SNI=,k", Side::Server),
            ("KEY=", Side::Client),
        ] {
            let e = parse(Some(s), side).unwrap_err();
            assert_eq!(e.code, MVTLS_ERR_PARAMS, "{s}: {}", e.text);
        }
    }

    #[test]
    fn error_texts_name_the_option() {
        for (s, name) in [
            ("ALPN=", "ALPN"),
            ("ALPN=,,,", "ALPN"),
            ("alpn=h2;Alpn=h2", "ALPN"),
            ("handshake_timeout=x", "HANDSHAKE.TIMEOUT"),
            ("MIN.VERSION=", "MIN.VERSION"),
            ("NOPE=1", "NOPE"),
        ] {
            let e = parse(Some(s), Side::Server).unwrap_err();
            assert!(e.text.contains(name), "{s}: {}", e.text);
        }
    }

    #[test]
    fn ticket_and_proxy_options() {
        let o = parse(
            Some("TICKET.KEYS=/k/t.keys;PROXY.PROTOCOL=v2;PROXY.TRUSTED=127.0.0.1,10.0.0.0/8"),
            Side::Server,
        )
        .unwrap();
        assert_eq!(o.ticket_keys.as_deref(), Some("/k/t.keys"));
        assert_eq!(o.proxy_trusted.as_ref().map(Vec::len), Some(2));
        for s in [
            "PROXY.PROTOCOL=1;PROXY.TRUSTED=127.0.0.1",
            "PROXY.PROTOCOL=2",
            "PROXY.TRUSTED=127.0.0.1",
            "PROXY.PROTOCOL=2;PROXY.TRUSTED=nowhere",
            "TICKET.KEYS=",
        ] {
            let e = parse(Some(s), Side::Server).unwrap_err();
            assert_eq!(e.code, MVTLS_ERR_PARAMS, "{s}: {}", e.text);
        }
        for s in ["TICKET.KEYS=k", "PROXY.PROTOCOL=2;PROXY.TRUSTED=::1"] {
            assert!(parse(Some(s), Side::Client).is_err(), "{s}");
        }
    }

    #[test]
    fn separators_and_empty_items_are_fine() {
        let o = parse(Some("ALPN=h2\r\n\r\n;;MIN.VERSION=1.3;"), Side::Server).unwrap();
        assert_eq!(o.alpn, vec![b"h2".to_vec()]);
        assert_eq!(o.min_version, MinVersion::Tls13);
        // SNI is repeatable.
        let o = parse(Some("SNI=a,b;SNI=c,d"), Side::Server).unwrap();
        assert_eq!(o.sni.len(), 2);
    }
}

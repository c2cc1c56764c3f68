//! `mvtls_info`: values by key for any handle.

use crate::codes::*;
use crate::error::{Error, Result};
use crate::handles::{self, Kind, Kinded, Object};

fn not_for(key: i32, kind: Kind) -> Error {
    Error::new(
        MVTLS_ERR_BAD_KEY,
        format!("info key {key} does not apply to a {}", kind.name()),
    )
}

/// The value of info `key` for handle `h`, as text.
pub fn info(h: i32, key: i32) -> Result<String> {
    let obj = handles::get(h)?;
    let kind = obj.kind();
    if !(MVTLS_INFO_KIND..=MVTLS_INFO_PROXY_REJECTED).contains(&key) {
        return Err(Error::new(
            MVTLS_ERR_BAD_KEY,
            format!("unknown info key {key}"),
        ));
    }
    let v = match (&obj, key) {
        (_, MVTLS_INFO_KIND) => kind.name().to_string(),
        (Object::Context(_), MVTLS_INFO_SECURE) => "1".into(),
        (Object::Context(_), MVTLS_INFO_CONTEXT) => h.to_string(),
        (Object::Listener(l), MVTLS_INFO_SECURE) => (l.is_secure() as i32).to_string(),
        (Object::Listener(l), MVTLS_INFO_LOCAL_ADDR) => l.local_addr().ip().to_string(),
        (Object::Listener(l), MVTLS_INFO_LOCAL_PORT) => l.local_addr().port().to_string(),
        (Object::Listener(l), MVTLS_INFO_CONTEXT) => l.context_handle().to_string(),
        (Object::Listener(l), MVTLS_INFO_PENDING) => l.pending().to_string(),
        (Object::Listener(l), MVTLS_INFO_HANDSHAKE_STEPS) => l.handshake_steps().to_string(),
        (Object::Listener(l), MVTLS_INFO_PROXY_REJECTED) => l.proxy_rejected().to_string(),
        (Object::Connection(c), k) => match k {
            MVTLS_INFO_SECURE => (c.is_secure() as i32).to_string(),
            MVTLS_INFO_PEER_ADDR => c.peer_addr().ip().to_canonical().to_string(),
            MVTLS_INFO_PEER_PORT => c.peer_addr().port().to_string(),
            MVTLS_INFO_LOCAL_ADDR => c.local_addr().ip().to_canonical().to_string(),
            MVTLS_INFO_LOCAL_PORT => c.local_addr().port().to_string(),
            MVTLS_INFO_TLS_VERSION => c.tls_version(),
            MVTLS_INFO_CIPHER => c.cipher(),
            MVTLS_INFO_ALPN => c.alpn(),
            MVTLS_INFO_SNI => c.sni(),
            MVTLS_INFO_PEER_SUBJECT => c.peer_subject(),
            MVTLS_INFO_VERIFY => c.verify().to_string(),
            MVTLS_INFO_CONTEXT => c.context_handle().to_string(),
            MVTLS_INFO_OUTPUT_PENDING => c.pending_output()?.to_string(),
            MVTLS_INFO_RESUMED => (c.resumed() as i32).to_string(),
            _ => return Err(not_for(key, kind)),
        },
        _ => return Err(not_for(key, kind)),
    };
    Ok(v)
}

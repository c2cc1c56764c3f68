//! PROXY protocol version 2 (haproxy's binary header) on secure listeners:
//! context options `PROXY.PROTOCOL=2` and `PROXY.TRUSTED=addresses`.
//!
//! A load balancer in TCP mode opens its own connection to the server and
//! sends, before the TLS ClientHello, a header naming the client it
//! forwards. With the option, a listener accepts connections only from the
//! trusted source addresses, reads the header before the handshake (byte
//! exact, so not one byte of the ClientHello is taken) and reports the
//! client's address as the connection's peer (`MVTLS_INFO_PEER_ADDR`,
//! `MVTLS_INFO_PEER_PORT`). A connection from an untrusted source, or whose
//! header is missing, malformed or not a TCP one, is closed and counted
//! (`MVTLS_INFO_PROXY_REJECTED` on the listener). The version 1 text header
//! is refused by name.
//!
//! Spec: <https://www.haproxy.org/download/2.8/doc/proxy-protocol.txt>.

use crate::codes::*;
use crate::error::{Error, Result};
use std::io::{self, Read};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// The 12-byte signature that opens every version 2 header.
pub const SIGNATURE: [u8; 12] = *b"\r\n\r\n\0\r\nQUIT\n";
/// Fixed part: signature, version/command, family, length.
const FIXED_LEN: usize = 16;
/// Largest address-and-TLV block accepted (haproxy sends 12 or 36 bytes
/// plus optional TLVs).
pub(crate) const MAX_BLOCK: usize = 1024;

/// An address block `ip/prefix` of `PROXY.TRUSTED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    net: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// True when `ip` (IPv4-mapped IPv6 counts as IPv4) is in the block.
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.net, ip.to_canonical()) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                masked(u32::from(n).into(), u32::from(a).into(), self.prefix, 32)
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                masked(u128::from(n), u128::from(a), self.prefix, 128)
            }
            _ => false,
        }
    }
}

fn masked(net: u128, addr: u128, prefix: u8, bits: u32) -> bool {
    if prefix == 0 {
        return true;
    }
    let shift = bits - u32::from(prefix);
    (net >> shift) == (addr >> shift)
}

/// Parses `PROXY.TRUSTED`: a comma list of IP addresses and `ip/prefix`
/// blocks (IPv4 or IPv6).
pub fn parse_trusted(value: &str) -> Result<Vec<Cidr>> {
    let bad = |item: &str| {
        Error::new(
            MVTLS_ERR_PARAMS,
            format!(
                "option PROXY.TRUSTED: bad value '{item}', expected a comma list of IP addresses or address/prefix blocks"
            ),
        )
    };
    let mut out = Vec::new();
    for item in value.split(',').map(str::trim) {
        let (ip, prefix) = match item.split_once('/') {
            Some((ip, p)) => (ip, Some(p)),
            None => (item, None),
        };
        let ip: IpAddr = ip.parse().map_err(|_| bad(item))?;
        let ip = ip.to_canonical();
        let max = if ip.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && p.len() <= 3 => {
                p.parse::<u8>().map_err(|_| bad(item))?
            }
            Some(_) => return Err(bad(item)),
        };
        if prefix > max {
            return Err(bad(item));
        }
        out.push(Cidr { net: ip, prefix });
    }
    Ok(out)
}

/// True when `ip` is in one of the blocks.
pub fn trusted(list: &[Cidr], ip: IpAddr) -> bool {
    list.iter().any(|c| c.contains(ip))
}

fn malformed(text: impl Into<String>) -> Error {
    Error::new(
        MVTLS_ERR_HANDSHAKE,
        format!("PROXY protocol: {}", text.into()),
    )
}

/// What a complete header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// `PROXY` command with a TCP source: the client's address.
    Proxy(SocketAddr),
    /// `LOCAL` command (the balancer's own health checks), or a `PROXY`
    /// command without an IP address (family UNSPEC or UNIX): keep the real
    /// peer address.
    Local,
}

/// Checks the bytes read so far. `Ok(None)`: a valid prefix, more needed;
/// `Ok(Some((header, len)))`: a complete header of `len` bytes; `Err`:
/// not a valid version 2 header (known as soon as a byte is wrong).
pub fn parse(buf: &[u8]) -> Result<Option<(Header, usize)>> {
    let sig = buf.len().min(SIGNATURE.len());
    if buf[..sig] != SIGNATURE[..sig] {
        if buf.starts_with(b"PROXY ") || (buf.len() < 6 && b"PROXY ".starts_with(buf)) {
            if buf.len() < 6 {
                return Ok(None);
            }
            return Err(malformed(
                "version 1 (text) header: only version 2 is supported",
            ));
        }
        return Err(malformed("header missing (no version 2 signature)"));
    }
    if buf.len() < FIXED_LEN {
        return Ok(None);
    }
    let ver_cmd = buf[12];
    if ver_cmd >> 4 != 2 {
        return Err(malformed(format!(
            "version {} (only 2 is supported)",
            ver_cmd >> 4
        )));
    }
    let fam = buf[13];
    let len = usize::from(u16::from_be_bytes([buf[14], buf[15]]));
    if len > MAX_BLOCK {
        return Err(malformed(format!(
            "header of {len} bytes (at most {MAX_BLOCK})"
        )));
    }
    let total = FIXED_LEN + len;
    if buf.len() < total {
        return Ok(None);
    }
    let block = &buf[FIXED_LEN..total];
    let header = match ver_cmd & 0x0f {
        0 => Header::Local,
        1 => match fam {
            // TCP over IPv4: src addr, dst addr, src port, dst port
            0x11 => {
                if block.len() < 12 {
                    return Err(malformed("IPv4 address block too short"));
                }
                let ip = Ipv4Addr::new(block[0], block[1], block[2], block[3]);
                let port = u16::from_be_bytes([block[8], block[9]]);
                Header::Proxy(SocketAddr::new(IpAddr::V4(ip), port))
            }
            // TCP over IPv6
            0x21 => {
                if block.len() < 36 {
                    return Err(malformed("IPv6 address block too short"));
                }
                let mut a = [0u8; 16];
                a.copy_from_slice(&block[..16]);
                let port = u16::from_be_bytes([block[32], block[33]]);
                Header::Proxy(SocketAddr::new(IpAddr::V6(Ipv6Addr::from(a)), port))
            }
            // UNSPEC, or UNIX stream: no IP address to report
            0x00 | 0x31 => Header::Local,
            other => {
                return Err(malformed(format!(
                    "address family/protocol {other:#04x} is not TCP"
                )))
            }
        },
        c => return Err(malformed(format!("unknown command {c}"))),
    };
    Ok(Some((header, total)))
}

/// Reads a header from a non-blocking socket, never past its end.
#[derive(Debug, Default)]
pub struct Reader {
    buf: Vec<u8>,
}

impl Reader {
    /// A reader with nothing read yet.
    pub fn new() -> Self {
        Reader {
            buf: Vec::with_capacity(FIXED_LEN + 36),
        }
    }

    /// Reads what the socket has, up to the end of the header.
    /// `Ok(None)`: wait for more (the socket would block); `Ok(Some(h))`:
    /// complete; `Err`: malformed, or the peer closed or failed first.
    pub fn advance(&mut self, mut sock: impl Read) -> Result<Option<Header>> {
        loop {
            if !self.buf.is_empty() {
                if let Some((h, _)) = parse(&self.buf)? {
                    return Ok(Some(h));
                }
            }
            // how much the header still needs: never read past it
            let need = if self.buf.len() < FIXED_LEN {
                FIXED_LEN
            } else {
                FIXED_LEN + usize::from(u16::from_be_bytes([self.buf[14], self.buf[15]]))
            };
            let have = self.buf.len();
            self.buf.resize(need, 0);
            match sock.read(&mut self.buf[have..need]) {
                Ok(0) => {
                    self.buf.truncate(have);
                    return Err(malformed("peer closed before the header was complete"));
                }
                Ok(n) => self.buf.truncate(have + n),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.buf.truncate(have);
                    return Ok(None);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => self.buf.truncate(have),
                Err(e) => {
                    self.buf.truncate(have);
                    return Err(malformed(format!("reading the header: {e}")));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(src: [u8; 4], port: u16) -> Vec<u8> {
        let mut h = SIGNATURE.to_vec();
        h.extend([0x21, 0x11, 0, 12]);
        h.extend(src);
        h.extend([10, 0, 0, 1]);
        h.extend(port.to_be_bytes());
        h.extend(443u16.to_be_bytes());
        h
    }

    #[test]
    fn ipv4_ipv6_and_local_headers() {
        let h = v4([192, 0, 2, 7], 5555);
        assert_eq!(
            parse(&h).unwrap(),
            Some((Header::Proxy("192.0.2.7:5555".parse().unwrap()), 28))
        );
        // every strict prefix asks for more
        for n in 1..h.len() {
            assert_eq!(parse(&h[..n]).unwrap(), None, "prefix {n}");
        }
        let mut h6 = SIGNATURE.to_vec();
        h6.extend([0x21, 0x21, 0, 36 + 5]);
        let src: Ipv6Addr = "2001:db8::9".parse().unwrap();
        h6.extend(src.octets());
        h6.extend([0u8; 16]);
        h6.extend(4242u16.to_be_bytes());
        h6.extend(443u16.to_be_bytes());
        h6.extend([0x04, 0, 2, b'h', b'i']); // a TLV, skipped
        assert_eq!(
            parse(&h6).unwrap(),
            Some((
                Header::Proxy("[2001:db8::9]:4242".parse().unwrap()),
                16 + 41
            ))
        );
        let mut local = SIGNATURE.to_vec();
        local.extend([0x20, 0x00, 0, 0]);
        assert_eq!(parse(&local).unwrap(), Some((Header::Local, 16)));
    }

    #[test]
    fn malformed_headers_are_refused_early() {
        // a TLS ClientHello without a header: refused at the first byte
        assert!(parse(&[0x16]).is_err());
        assert!(parse(b"GET / HTTP/1.1\r\n").is_err());
        assert!(parse(b"PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n")
            .unwrap_err()
            .text
            .contains("version 1"));
        assert_eq!(parse(b"PROX").unwrap(), None);
        let mut h = v4([1, 2, 3, 4], 1);
        h[12] = 0x11; // version 1 in a binary header
        assert!(parse(&h).is_err());
        let mut h = v4([1, 2, 3, 4], 1);
        h[12] = 0x2f; // unknown command
        assert!(parse(&h).is_err());
        let mut h = v4([1, 2, 3, 4], 1);
        h[13] = 0x12; // UDP
        assert!(parse(&h).is_err());
        let mut h = v4([1, 2, 3, 4], 1);
        h[15] = 4; // block too short for IPv4
        h.truncate(20);
        assert!(parse(&h).is_err());
        let mut h = SIGNATURE.to_vec();
        h.extend([0x21, 0x11, 0xff, 0xff]); // absurd length
        assert!(parse(&h).is_err());
    }

    #[test]
    fn reader_stops_at_the_end_of_the_header() {
        let mut bytes = v4([198, 51, 100, 1], 80);
        bytes.extend([0x16, 0x03, 0x01]); // start of the ClientHello
        let mut cursor = io::Cursor::new(bytes);
        let mut r = Reader::new();
        let h = r.advance(&mut cursor).unwrap();
        assert_eq!(h, Some(Header::Proxy("198.51.100.1:80".parse().unwrap())));
        assert_eq!(cursor.position(), 28);
        let mut r = Reader::new();
        let e = r.advance(io::Cursor::new(v4([1, 1, 1, 1], 1)[..20].to_vec()));
        assert!(e.unwrap_err().text.contains("closed"));
    }

    #[test]
    fn trusted_lists() {
        let l = parse_trusted("127.0.0.1, 10.0.0.0/8,::1,2001:db8::/32").unwrap();
        assert!(trusted(&l, "127.0.0.1".parse().unwrap()));
        assert!(trusted(&l, "::ffff:127.0.0.1".parse().unwrap()));
        assert!(!trusted(&l, "127.0.0.2".parse().unwrap()));
        assert!(trusted(&l, "10.200.1.1".parse().unwrap()));
        assert!(!trusted(&l, "11.0.0.1".parse().unwrap()));
        assert!(trusted(&l, "::1".parse().unwrap()));
        assert!(trusted(&l, "2001:db8:ffff::1".parse().unwrap()));
        assert!(!trusted(&l, "2001:db9::1".parse().unwrap()));
        let any = parse_trusted("0.0.0.0/0").unwrap();
        assert!(trusted(&any, "203.0.113.9".parse().unwrap()));
        assert!(!trusted(&any, "2001:db8::1".parse().unwrap()));
        for bad in [
            "",
            "x",
            "10.0.0.0/33",
            "::/129",
            "1.2.3.4/",
            "1.2.3.4/-1",
            "1.2.3.4/1/2",
            "1.2.3.4,,",
        ] {
            assert!(parse_trusted(bad).is_err(), "{bad}");
        }
    }
}

//! BASIC-visible token values: SKT$ flags and SKT$INFO keys.
//!
//! Values 0..7 and the flag bits are ScarletDME's (SYSCOM `KEYS.H`,
//! `gplsrc/qm.h` SOCKVAR flags); keys from 100 and `SKT$REUSEPORT` are
//! mvbasic extensions, chosen not to collide with any ScarletDME value. The
//! BASIC include record `basic/INCLUDE/SOCKETS.H` declares the same numbers.

/// SKT$BLOCKING: blocking mode (per call, or the socket's default).
pub const SKT_BLOCKING: i64 = 0x0001;
/// SKT$NON.BLOCKING: non-blocking mode.
pub const SKT_NON_BLOCKING: i64 = 0x0002;
/// SKT$STREAM: stream socket (default).
pub const SKT_STREAM: i64 = 0x0000_0000;
/// SKT$DGRM: datagram socket (not supported: TCP only).
pub const SKT_DGRM: i64 = 0x0000_0100;
/// SKT_RAW (gplsrc/qm.h): raw socket (not supported).
pub const SKT_RAW: i64 = 0x0000_0200;
/// SKT$TCP: TCP (default).
pub const SKT_TCP: i64 = 0x0000_0000;
/// SKT$UDP: UDP (not supported).
pub const SKT_UDP: i64 = 0x0001_0000;
/// SKT$ICMP: ICMP (not supported).
pub const SKT_ICMP: i64 = 0x0002_0000;
/// SKT$REUSEPORT (mvbasic): set SO_REUSEPORT on a server socket so several
/// processes (PHANTOMs) can serve one port.
pub const SKT_REUSEPORT: i64 = 0x0010_0000;

/// SKT$PARTIAL (mvbasic): WRITE.SOCKET takes what fits without waiting
/// (sent, or queued in the library up to its output bound) and returns that
/// count; 0 with STATUS() 1011 when nothing fits. For event loops that must
/// never wait on a client that stops reading.
pub const SKT_PARTIAL: i64 = 0x0020_0000;

/// Flags that select a protocol mvbasic does not implement.
pub const SKT_UNSUPPORTED: i64 = SKT_DGRM | SKT_RAW | SKT_UDP | SKT_ICMP;

/// SKT$INFO.OPEN: 1 if the argument is an open socket.
pub const SKT_INFO_OPEN: i64 = 0;
/// SKT$INFO.TYPE: 1 server, 2 incoming, 3 outgoing.
pub const SKT_INFO_TYPE: i64 = 1;
/// SKT$INFO.TYPE.SERVER.
pub const SKT_INFO_TYPE_SERVER: i64 = 1;
/// SKT$INFO.TYPE.INCOMING.
pub const SKT_INFO_TYPE_INCOMING: i64 = 2;
/// SKT$INFO.TYPE.OUTGOING.
pub const SKT_INFO_TYPE_OUTGOING: i64 = 3;
/// SKT$INFO.PORT: peer port (connections) or listening port (server).
pub const SKT_INFO_PORT: i64 = 2;
/// SKT$INFO.IP.ADDR: peer address (connections) or bound address (server).
pub const SKT_INFO_IP_ADDR: i64 = 3;
/// SKT$INFO.BLOCKING: default blocking mode (also a SET.SOCKET.MODE key).
pub const SKT_INFO_BLOCKING: i64 = 4;
/// SKT$INFO.NO.DELAY: Nagle disabled (also a SET.SOCKET.MODE key).
pub const SKT_INFO_NO_DELAY: i64 = 5;
/// SKT$INFO.KEEP.ALIVE: keep-alive enabled (also a SET.SOCKET.MODE key).
pub const SKT_INFO_KEEP_ALIVE: i64 = 6;
/// SKT$INFO.FAMILY: 1 IPv4, 2 IPv6.
pub const SKT_INFO_FAMILY: i64 = 7;
/// SKT$INFO.FAMILY.IPV4.
pub const SKT_INFO_FAMILY_IPV4: i64 = 1;
/// SKT$INFO.FAMILY.IPV6.
pub const SKT_INFO_FAMILY_IPV6: i64 = 2;

/// SKT$INFO.SECURE (mvbasic): 1 for a TLS socket, 0 for plain.
pub const SKT_INFO_SECURE: i64 = 100;
/// SKT$INFO.TLS.VERSION (mvbasic): `TLSv1.2` / `TLSv1.3`, "" for plain.
pub const SKT_INFO_TLS_VERSION: i64 = 101;
/// SKT$INFO.CIPHER (mvbasic): negotiated cipher suite name.
pub const SKT_INFO_CIPHER: i64 = 102;
/// SKT$INFO.ALPN (mvbasic): negotiated ALPN protocol or "".
pub const SKT_INFO_ALPN: i64 = 103;
/// SKT$INFO.SNI (mvbasic): SNI name sent by the client / used by this client.
pub const SKT_INFO_SNI: i64 = 104;
/// SKT$INFO.PEER.SUBJECT (mvbasic): subject of the peer certificate.
pub const SKT_INFO_PEER_SUBJECT: i64 = 105;
/// SKT$INFO.VERIFY (mvbasic): `OK`, `NONE` or `OFF`.
pub const SKT_INFO_VERIFY: i64 = 106;
/// SKT$INFO.LOCAL.ADDR (mvbasic): local IP address.
pub const SKT_INFO_LOCAL_ADDR: i64 = 107;
/// SKT$INFO.LOCAL.PORT (mvbasic): local port (the real one after port 0).
pub const SKT_INFO_LOCAL_PORT: i64 = 108;
/// SKT$INFO.CONTEXT (mvbasic): handle of the security context, 0 for plain.
pub const SKT_INFO_CONTEXT: i64 = 109;
/// SKT$INFO.PENDING (mvbasic): server socket: TLS handshakes in progress.
pub const SKT_INFO_PENDING: i64 = 110;
/// SKT$INFO.OUTPUT.PENDING (mvbasic): connection: bytes a partial write
/// (SKT$PARTIAL) handed to the library that are not sent yet.
pub const SKT_INFO_OUTPUT_PENDING: i64 = 111;

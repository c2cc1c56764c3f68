//! ScarletDME's STATUS() codes (`SYSCOM ERR.H`, `gplsrc/err.h`) that mvbasic
//! sets outside the socket layer, and the ones the socket layer uses that
//! libmvtls's header does not define (the socket codes libmvtls reports come
//! from its `MVTLS_ERR_*` constants, see `crate::net::status`).

/// ER$ARGS: command arguments invalid or incomplete.
pub const ER_ARGS: i32 = 1;
/// ER$PROCESS: unable to start a new process.
pub const ER_PROCESS: i32 = 10;
/// ER$BAD.NAME: bad (empty) name or address.
pub const ER_BAD_NAME: i32 = 1003;
/// ER$NOT.FOUND: item not found.
pub const ER_NOT_FOUND: i32 = 1004;
/// ER$FAILED: action failed.
pub const ER_FAILED: i32 = 1008;
/// ER$IID: illegal record id (empty, or no OS name in a directory file).
pub const ER_IID: i32 = 3000;
/// ER$VNF: the VOC record named by OPEN is not a file pointer.
pub const ER_NOT_FILE: i32 = 3009;
/// ER$FNF: file (OS path) not found (OPENPATH).
pub const ER_FNF: i32 = 3003;
/// ER$RNF: record not found (READ, MATREAD).
pub const ER_RNF: i32 = 3006;
/// ER$NAM: bad file name (OPENSEQ of an empty path or one ending in `/`).
pub const ER_NAM: i32 = 3002;
/// ER$NSEQ: not a sequential file (OPENSEQ of a directory, READSEQ from a
/// file opened with OPEN).
pub const ER_NSEQ: i32 = 3013;
/// ER$SQRD: sequential file read (or SEEK) before the file was created.
pub const ER_SQRD: i32 = 3015;
/// ER$SQNC: the sequential file could not be created (OS.ERROR() says why).
pub const ER_SQNC: i32 = 3016;
/// ER$SQEX: the sequential record exists already (CREATE).
pub const ER_SQEX: i32 = 3017;
/// ER$RDONLY: write to a file opened read-only.
pub const ER_RDONLY: i32 = 3018;
/// ER$SQSEEK: SEEK to a position before the start or beyond the end.
pub const ER_SQSEEK: i32 = 3028;
/// ER$SQREL: SEEK with a relto other than 0, 1 or 2.
pub const ER_SQREL: i32 = 3029;
/// ER$EOF: READBLK at the end of the file.
pub const ER_EOF: i32 = 3030;
/// ER$NVR: no VOC record (OPEN of an unknown file).
pub const ER_NVR: i32 = 3007;
/// ER$LCK: the lock is held by another process (UNLOCK, FILEUNLOCK).
pub const ER_LCK: i32 = 3011;
/// ER$NLK: the lock is not held by this process (UNLOCK, FILEUNLOCK).
pub const ER_NLK: i32 = 3012;
/// ER$PERM: the operating system refused (DELETESEQ could not remove a file).
pub const ER_PERM: i32 = 3035;
/// ER$WRITE.ERROR: the operating system failed a write.
pub const ER_WRITE_ERROR: i32 = 3037;
/// ER$NOLOCK: a write or delete inside a transaction of a record this
/// process has not locked for update.
pub const ER_NOLOCK: i32 = 3023;
/// ER$NPORT: a sequential file that is not a (serial) port.
pub const ER_NPORT: i32 = 3027;
/// ER$LENGTH: a string too long for the operation.
pub const ER_LENGTH: i32 = 1002;
/// ER$NO.DLL: a shared library was not found or could not be loaded.
pub const ER_NO_DLL: i32 = 5000;
/// ER$NO.API: a shared library lacks a function (or has another ABI).
pub const ER_NO_API: i32 = 5001;
/// ER$SERVER: unknown server name.
pub const ER_SERVER: i32 = 7001;
/// ERAI_SERVICE (gplsrc/err.h): getaddrinfo() refused the service (port):
/// ScarletDME's status for a negative port.
pub const ERAI_SERVICE: i32 = 7022;
/// ER_INCOMP_PROTO (gplsrc/err.h): incompatible protocol/transport.
pub const ER_INCOMP_PROTO: i32 = 7025;

//! Record ids as ScarletDME's file statements judge them (its default
//! MAXIDLEN of 63 bytes, its `valid_id` and its directory-file names).
//!
//! | id | READ*, READV*, MATREAD* | WRITE*, MATWRITE* | DELETE | RECORDLOCKED, RECORDLOCKU/L | RELEASE f, id |
//! |---|---|---|---|---|---|
//! | empty | ELSE, 3000 | 3000 | 3000 | `Illegal record id` | nothing |
//! | over 63 bytes | ELSE, 3000 (no lock) | 3000 | 3000 | `Illegal record id` | `Illegal record id` |
//! | a mark or NUL, hashed file | ELSE, 3006 | 3000 | nothing, 0 | taken | released |
//! | no OS name, directory file | THEN "", 3000 (READV field 0: ELSE) | 3000 | 3000 | taken | released |
//!
//! (3000 is ER$IID: through ON ERROR, else ScarletDME's error message; a
//! WRITE of a directory file's id with no OS name and no ON ERROR stops with
//! `Illegal record id`.)

use crate::host::dir_file::DirFile;

/// ScarletDME's default MAXIDLEN: the longest record id.
pub const MAX_ID_LEN: usize = 63;

/// What a file statement makes of a record id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// An id the file can hold.
    Plain,
    /// The empty id.
    Empty,
    /// Longer than [`MAX_ID_LEN`].
    TooLong,
    /// Holds a mark or a NUL byte, on a hashed file: no record has it.
    Mark,
    /// A directory file's id with no OS name (a byte outside printable
    /// ASCII, marks included).
    NoName,
}

impl IdKind {
    /// Of `id` on file `f`.
    pub fn of(f: &DirFile, id: &[u8]) -> IdKind {
        if id.is_empty() {
            IdKind::Empty
        } else if id.len() > MAX_ID_LEN {
            IdKind::TooLong
        } else if f.hashed && has_mark(id) {
            IdKind::Mark
        } else if crate::host::os_names::map_id(id).is_none() {
            // a hashed file holds such ids in ScarletDME; mvbasic's hashed
            // files are directories and cannot (refused as a directory
            // file refuses them)
            IdKind::NoName
        } else {
            IdKind::Plain
        }
    }

    /// Refused by ScarletDME's `valid_id` (WRITE, WRITEV, MATWRITE):
    /// empty, too long, or holding a mark or NUL (either file type).
    pub fn invalid_for_write(self, id: &[u8]) -> bool {
        matches!(self, IdKind::Empty | IdKind::TooLong | IdKind::Mark) || has_mark(id)
    }
}

/// Whether `id` holds a mark (text mark to item mark) or a NUL byte.
fn has_mark(id: &[u8]) -> bool {
    id.iter().any(|&c| c == 0 || c >= 0xFB)
}

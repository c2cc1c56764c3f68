//! TRANS() and XLATE(): a field of a record of another file, by VOC name,
//! as ScarletDME's _TRANS runs it. The ids are taken apart as REMOVE does
//! (any mark) and the results joined with the same marks; marks inside a
//! result are lowered. Field 0 is the id, a negative field the whole
//! record; a name is an I-type of the file's dictionary. An empty result
//! (a missing record, an empty field) is the id itself for code `C`, and
//! shows "TRANS record 'ID' not found" for code `V`; only `C` and `V` in
//! upper case are codes, anything else is `X`. An empty file name is a
//! file that cannot be opened, except before TRANS opened any file in the
//! process (or after DELETE.FILE flushed the file cache): see
//! [`empty_name_unassigned`].
//!
//! STATUS(): the first TRANS of a file name opens it (STATUS() 0; a failure
//! shows "Cannot open 'NAME'" and gives OPEN's code) and the first ten names
//! stay open for the process; a missing record sets 3006; nothing else
//! changes STATUS() (a found record does not clear an earlier 3006).

use std::path::Path;

use super::dir_file;
use super::file_source::FileSource;
use crate::builtins::dynarray::{extract, lower};
use crate::builtins::remove::{code_to_mark, remove};
use crate::query::dict::{self, Kind, Source};

/// How many file names TRANS keeps open (ScarletDME's
/// TRANS.FILE.CACHE.SIZE).
pub const FILE_CACHE_SIZE: usize = 10;

/// Whether TRANS()/XLATE() of `file` runs into ScarletDME's fatal
/// "Unassigned variable": _TRANS finds an empty name in its still empty
/// list of open files and uses that list's first file variable, which is
/// not assigned yet.
pub fn empty_name_unassigned(opened: &[Vec<u8>], file: &[u8]) -> bool {
    file.is_empty() && opened.is_empty()
}

/// What TRANS asks for: a field number or a dictionary name.
pub enum Field {
    /// Field n (0 the id, -1 the whole record).
    Number(i64),
    /// An I-type of the file's dictionary.
    Name(String),
}

/// What TRANS gives back.
pub struct Translated {
    /// The result.
    pub value: Vec<u8>,
    /// The new STATUS(), or `None` to leave it as it was.
    pub status: Option<i64>,
    /// Lines ScarletDME displays (file not opened; code `V` and an empty
    /// result).
    pub messages: Vec<String>,
}

/// TRANS(file, ids, field, code). `opened` holds the file names TRANS
/// opened before in this process (see [`FILE_CACHE_SIZE`]). An error is a
/// run-time error's text.
pub fn trans(
    account: &Path,
    opened: &mut Vec<Vec<u8>>,
    file: &[u8],
    ids: &[u8],
    field: &Field,
    code: &[u8],
) -> Result<Translated, String> {
    let mut status = None;
    let mut messages = Vec::new();
    let data = match dir_file::open_part(account, file, false) {
        Ok(d) => d,
        Err(st) => {
            // ScarletDME's message repeats the DICT prefix
            let name = String::from_utf8_lossy(file);
            let shown = match name.get(..5) {
                Some("DICT ") => format!("DICT {name}"),
                _ => name.into_owned(),
            };
            return Ok(Translated {
                value: Vec::new(),
                status: Some(st as i64),
                messages: vec![format!("Cannot open '{shown}'")],
            });
        }
    };
    if !opened.iter().any(|f| f == file) {
        status = Some(0);
        if opened.len() < FILE_CACHE_SIZE {
            opened.push(file.to_vec());
        }
    }
    let src = FileSource {
        dict: dir_file::open_part(account, file, true).ok(),
        name: String::from_utf8_lossy(file).into_owned(),
        data,
        account: account.to_path_buf(),
    };
    if let Field::Name(n) = field {
        let it = dict::item(&src, n)?;
        if !matches!(it.kind, Kind::Expr(_)) {
            return Err("Invalid I-type".into());
        }
    }
    // only "C" and "V" exactly (upper case, nothing after them) are codes;
    // anything else is X
    let code = match code {
        b"C" | b"V" => code[0],
        _ => b'X',
    };
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let r = remove(ids, pos);
        pos = r.next;
        let id = r.item;
        let mut part = Vec::new();
        if !id.is_empty() {
            match src.record(id) {
                Some(rec) => {
                    part = match field {
                        Field::Number(0) => id.to_vec(),
                        Field::Number(n) if *n < 0 => lower(&rec),
                        Field::Number(n) => lower(extract(&rec, *n, 0, 0)),
                        Field::Name(name) => lower(&dict::value(&src, name, id, &rec)?),
                    }
                }
                None => status = Some(crate::status_codes::ER_RNF as i64),
            }
        }
        if part.is_empty() {
            if code == b'C' {
                part = id.to_vec();
            } else if code == b'V' {
                messages.push(format!(
                    "TRANS record '{}' not found",
                    String::from_utf8_lossy(id)
                ));
            }
        }
        out.extend_from_slice(&part);
        match code_to_mark(r.delim) {
            Some(m) => out.push(m),
            None => break,
        }
    }
    Ok(Translated {
        value: out,
        status,
        messages,
    })
}

//! TRANS() and XLATE(): a field of a record of another file, by VOC name.
//! Several ids (separated by value marks) give one result each, joined by
//! value marks; marks inside a result are lowered. Field 0 is the id, -1
//! the whole record; a name is an I-type of the file's dictionary. A
//! missing record gives `""` (code `X`, `V`) or the id itself (`C`, `N`).

use std::path::Path;

use super::dir_file;
use super::file_source::FileSource;
use crate::builtins::dynarray::{extract, lower};
use crate::query::dict::{self, Kind, Source};

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
    /// STATUS(): 0, 3006 a record was missing, or OPEN's code.
    pub status: i64,
    /// A message ScarletDME shows (file not opened; code `V` and a missing
    /// record).
    pub message: Option<String>,
}

/// TRANS(file, ids, field, code). An error is a run-time error's text.
pub fn trans(
    account: &Path,
    file: &[u8],
    ids: &[u8],
    field: &Field,
    code: &[u8],
) -> Result<Translated, String> {
    let data = match dir_file::open_part(account, file, false) {
        Ok(d) => d,
        Err(st) => {
            return Ok(Translated {
                value: Vec::new(),
                status: st as i64,
                message: Some(format!("Cannot open '{}'", String::from_utf8_lossy(file))),
            })
        }
    };
    let src = FileSource {
        dict: dir_file::open_part(account, file, true).ok(),
        name: String::from_utf8_lossy(file).into_owned(),
        data,
    };
    if let Field::Name(n) = field {
        let it = dict::item(&src, n)?;
        if !matches!(it.kind, Kind::Expr(_)) {
            return Err("Invalid I-type".into());
        }
    }
    let code = code.first().map(|c| c.to_ascii_uppercase()).unwrap_or(b'X');
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut status = 0;
    let mut message = None;
    for id in ids.split(|&c| c == 0xFD) {
        let r = match src.record(id) {
            Some(rec) => match field {
                Field::Number(0) => id.to_vec(),
                Field::Number(n) if *n < 0 => lower(&rec),
                Field::Number(n) => lower(extract(&rec, *n, 0, 0)),
                Field::Name(name) => lower(&dict::value(&src, name, id, &rec)?),
            },
            None => {
                status = crate::status_codes::ER_RNF as i64;
                if code == b'V' && message.is_none() {
                    message = Some(format!(
                        "TRANS record '{}' not found",
                        String::from_utf8_lossy(id)
                    ));
                }
                if code == b'C' || code == b'N' {
                    id.to_vec()
                } else {
                    Vec::new()
                }
            }
        };
        parts.push(r);
    }
    Ok(Translated {
        value: parts.join(&0xFDu8),
        status,
        message,
    })
}

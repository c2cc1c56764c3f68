//! A file of the account seen by the query layer: its data (or dictionary)
//! part, and the dictionary that describes it. Shared by the query verbs
//! and TRANS()/XLATE().

use std::path::PathBuf;

use super::dir_file::DirFile;
use super::translate::{self, Field};
use crate::builtins::num::{self, parse_num, Num};
use crate::query::dict::Source;

/// A file's data part (or dictionary, for `DICT file`) and the dictionary
/// that describes it.
pub struct FileSource {
    /// The records read by id.
    pub data: DirFile,
    /// The dictionary of `data`, if it has one.
    pub dict: Option<DirFile>,
    /// The file's name as the command gave it.
    pub name: String,
    /// The account, where TRANS() in an I-type finds other files.
    pub account: PathBuf,
}

impl Source for FileSource {
    fn record(&self, id: &[u8]) -> Option<Vec<u8>> {
        self.data.read(id)
    }
    fn dict_record(&self, name: &str) -> Option<Vec<u8>> {
        self.dict.as_ref()?.read(name.as_bytes())
    }
    fn file_name(&self) -> &str {
        &self.name
    }
    /// TRANS() as the BASIC function runs it, except that what ScarletDME
    /// would display on the way (a file that cannot be opened, code `V`'s
    /// missing records) stops the query with that text: a query's lines
    /// are not shown as they are made. STATUS() is not set.
    fn trans(&self, file: &[u8], ids: &[u8], field: &[u8], code: &[u8]) -> Result<Vec<u8>, String> {
        if file.is_empty() {
            return Err("TRANS() of an empty file name is not supported in I-types".into());
        }
        let field = match parse_num(field) {
            Some(n) if !field.is_empty() => Field::Number(match num::int_part(n) {
                Num::Int(i) => i,
                Num::Float(f) => f as i64,
            }),
            _ => Field::Name(String::from_utf8_lossy(field).into_owned()),
        };
        let mut opened = Vec::new();
        let t = translate::trans(&self.account, &mut opened, file, ids, &field, code)?;
        match t.messages.first() {
            Some(m) => Err(format!("{m} (TRANS() in an I-type)")),
            None => Ok(t.value),
        }
    }
}

//! A file of the account seen by the query layer: its data (or dictionary)
//! part, and the dictionary that describes it. Shared by the query verbs
//! and TRANS()/XLATE().

use super::dir_file::DirFile;
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
}

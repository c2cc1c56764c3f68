//! Transactions (TRANSACTION START/COMMIT/ABORT, BEGIN TRANSACTION ... END
//! TRANSACTION) as ScarletDME runs them.
//!
//! Inside a transaction, WRITE and DELETE go to a cache instead of the
//! file; READ sees the cache first (this transaction's, then the enclosing
//! ones'). COMMIT applies the cache in order, each record written whole
//! (a temporary file renamed over it, [`super::dir_file`]), and only then
//! are the transaction's locks released ([`super::locks`]): a process that
//! locks the records before reading them sees all of a transaction or none
//! of it. A rollback (ABORT, ROLLBACK, END TRANSACTION without COMMIT)
//! drops the cache.
//!
//! ScarletDME's quirks kept: a transaction started inside another saves the
//! outer one, which a rollback brings back; COMMIT ends the transaction but
//! leaves @TRANSACTION.LEVEL as it was (only a rollback lowers it).

use std::path::PathBuf;

use super::dir_file::DirFile;

/// An update waiting for COMMIT.
#[derive(Clone, Debug)]
enum Update {
    Write(Vec<u8>),
    Delete,
}

#[derive(Clone, Debug)]
struct Entry {
    dir: PathBuf,
    key: Vec<u8>,
    id: Vec<u8>,
    what: Update,
}

/// One transaction's cache.
#[derive(Clone, Debug, Default)]
struct Frame {
    id: u64,
    /// The program level (EXECUTE depth) that started it.
    level: usize,
    entries: Vec<Entry>,
}

/// What the cache says of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cached {
    /// Written in the transaction: its data.
    Written(Vec<u8>),
    /// Deleted in the transaction.
    Deleted,
}

/// This process's transactions.
#[derive(Debug, Default)]
pub struct Transactions {
    current: Option<Frame>,
    saved: Vec<Frame>,
    depth: i64,
    last_id: u64,
}

impl Transactions {
    /// TRANSACTION START / BEGIN TRANSACTION at program level `level`.
    pub fn start(&mut self, level: usize) {
        if let Some(f) = self.current.take() {
            self.saved.push(f);
        }
        self.last_id += 1;
        self.current = Some(Frame {
            id: self.last_id,
            level,
            entries: Vec::new(),
        });
        self.depth += 1;
    }

    /// The running transaction's id (@TRANSACTION.ID), 0 outside one.
    pub fn id(&self) -> u64 {
        self.current.as_ref().map(|f| f.id).unwrap_or(0)
    }

    /// @TRANSACTION.LEVEL.
    pub fn level(&self) -> i64 {
        self.depth
    }

    fn put(&mut self, dir: PathBuf, key: Vec<u8>, id: &[u8], what: Update) {
        let Some(f) = self.current.as_mut() else {
            return;
        };
        match f.entries.iter_mut().find(|e| e.key == key && e.id == id) {
            Some(e) => e.what = what,
            None => f.entries.push(Entry {
                dir,
                key,
                id: id.to_vec(),
                what,
            }),
        }
    }

    /// A WRITE inside the transaction (the file's directory and lock key).
    pub fn write(&mut self, dir: PathBuf, key: Vec<u8>, id: &[u8], data: Vec<u8>) {
        self.put(dir, key, id, Update::Write(data));
    }

    /// A DELETE inside the transaction.
    pub fn delete(&mut self, dir: PathBuf, key: Vec<u8>, id: &[u8]) {
        self.put(dir, key, id, Update::Delete);
    }

    /// The record as the transaction (or an enclosing one) left it, if it
    /// touched it.
    pub fn read(&self, key: &[u8], id: &[u8]) -> Option<Cached> {
        let frames = self.current.iter().chain(self.saved.iter().rev());
        for f in frames {
            if let Some(e) = f.entries.iter().find(|e| e.key == key && e.id == id) {
                return Some(match &e.what {
                    Update::Write(d) => Cached::Written(d.clone()),
                    Update::Delete => Cached::Deleted,
                });
            }
        }
        None
    }

    /// COMMIT: applies the cache in order and ends the transaction. Returns
    /// the id whose locks are now to be released (0 outside a transaction:
    /// ScarletDME then releases the locks taken outside any transaction).
    pub fn commit(&mut self) -> std::io::Result<u64> {
        let Some(f) = self.current.take() else {
            return Ok(0);
        };
        for e in &f.entries {
            let file = DirFile::new(String::new(), e.dir.clone());
            match &e.what {
                Update::Write(d) => file.write(&e.id, d)?,
                Update::Delete => {
                    file.delete(&e.id)?;
                }
            }
            // enclosing transactions no longer hold an older version
            for s in self.saved.iter_mut() {
                s.entries.retain(|x| !(x.key == e.key && x.id == e.id));
            }
        }
        Ok(f.id)
    }

    /// A rollback: drops the running transaction's cache and brings back
    /// the one it was started in. Returns the dropped transaction's id
    /// (its locks are to be released), or `None` outside a transaction.
    pub fn rollback(&mut self) -> Option<u64> {
        let f = self.current.take()?;
        self.current = self.saved.pop();
        self.depth -= 1;
        Some(f.id)
    }

    /// Rolls back every transaction started at program level `level` or
    /// deeper (the level is ending); returns their ids.
    pub fn rollback_from(&mut self, level: usize) -> Vec<u64> {
        let mut ids = Vec::new();
        while self.current.as_ref().is_some_and(|f| f.level >= level) {
            ids.extend(self.rollback());
        }
        ids
    }

    /// True inside a transaction.
    pub fn active(&self) -> bool {
        self.current.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_is_read_back_and_rolled_back() {
        let mut t = Transactions::default();
        assert_eq!(t.id(), 0);
        t.start(0);
        let id = t.id();
        assert!(id > 0);
        t.write("/x".into(), b"/x".to_vec(), b"A", b"1".to_vec());
        t.write("/x".into(), b"/x".to_vec(), b"A", b"2".to_vec());
        assert_eq!(t.read(b"/x", b"A"), Some(Cached::Written(b"2".to_vec())));
        t.start(0);
        t.delete("/x".into(), b"/x".to_vec(), b"A");
        assert_eq!(t.read(b"/x", b"A"), Some(Cached::Deleted));
        assert_eq!(t.level(), 2);
        assert!(t.rollback().is_some());
        assert_eq!(t.id(), id);
        assert_eq!(t.read(b"/x", b"A"), Some(Cached::Written(b"2".to_vec())));
        assert!(t.rollback().is_some());
        assert_eq!(t.rollback(), None);
        assert_eq!(t.level(), 0);
    }
}

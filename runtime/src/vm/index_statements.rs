//! The alternate key index statements: SELECTINDEX (the keys of an index,
//! or the ids with one key), SETLEFT/SETRIGHT and SELECTLEFT/SELECTRIGHT
//! (a walk through the keys). Each sets STATUS() 0, or 1 when the file
//! has no such index (or the walk is past the edge), and @SELECTED.

use super::file_statements::THEN;
use super::{RuntimeError, Step, Vm};
use crate::bytecode::statement_ops::Sys;
use crate::host::ak_scan;
use crate::host::ak_store::{self, Index};
use crate::host::dir_file::DirFile;
use crate::host::select_list::SelectList;
use crate::value::ops::to_int;
use crate::value::Value;

impl Vm {
    /// Index statements (inputs on the stack as the parser lays them out).
    pub(super) fn index_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        let name = b(0);
        let file_at = if op == Sys::SelectIndexV { 2 } else { 1 };
        let Some(f) = args.get(file_at).and_then(|v| v.resource::<DirFile>()) else {
            return Err(RuntimeError::FileNotOpen.into());
        };
        let list_at = match op {
            Sys::SelectIndex => Some(2),
            Sys::SelectIndexV => Some(3),
            Sys::SelectLeft | Sys::SelectRight => Some(3),
            _ => None,
        };
        let list = match list_at {
            Some(i) => {
                let n = to_int(args.get(i).unwrap_or(&Value::Int(0)))?;
                if !(0..=10).contains(&n) {
                    return Err(RuntimeError::Fatal("Select list number out of range").into());
                }
                n as usize
            }
            None => 0,
        };
        let ix = {
            let _hold = ak_store::hold_shared(&f.path);
            ak_store::load(&f.path, &name)
        };
        self.status = Value::Int(if ix.is_some() { 0 } else { 1 });
        match op {
            Sys::SetLeft | Sys::SetRight => {
                if let Some(ix) = &ix {
                    let scan = ak_scan::at_edge(ix, op == Sys::SetRight);
                    ak_scan::put(&f.ak_scans, ix.slot, scan);
                }
            }
            Sys::SelectIndex => {
                let keys = ix
                    .map(|ix| ix.entries.into_iter().map(|(k, _)| k).collect())
                    .unwrap_or_default();
                self.set_index_list(list, keys);
            }
            Sys::SelectIndexV => {
                let value = b(1);
                let mut ids = Vec::new();
                match &ix {
                    // longer than any key: not indexable, so never found
                    Some(_) if value.len() > ak_store::MAX_KEY => self.status = Value::Int(1),
                    Some(ix) => {
                        if let Ok(i) = ix.search(&value) {
                            ids = ix.entries[i].1.clone();
                        }
                        ak_scan::put(&f.ak_scans, ix.slot, ak_scan::at_value(ix, &value));
                    }
                    None => {}
                }
                self.set_index_list(list, ids);
            }
            _ => {
                let setting = b(2) == b"1";
                let found = ix.as_ref().and_then(|ix| self.index_step(f, ix, op));
                let (key, ids) = match found {
                    Some(e) => e,
                    None => {
                        if ix.is_some() {
                            self.status = Value::Int(1);
                        }
                        (Vec::new(), Vec::new())
                    }
                };
                self.set_index_list(list, ids);
                if setting {
                    self.push(Value::str(key));
                }
            }
        }
        self.push(Value::Int(THEN));
        Ok(())
    }

    /// One SELECTLEFT/SELECTRIGHT step: the key reached and its ids.
    fn index_step(&self, f: &DirFile, ix: &Index, op: Sys) -> Option<(Vec<u8>, Vec<Vec<u8>>)> {
        let mut scan = ak_scan::get(&f.ak_scans, ix.slot);
        let at = ak_scan::step(ix, &mut scan, op == Sys::SelectRight);
        ak_scan::put(&f.ak_scans, ix.slot, scan);
        at.map(|i| ix.entries[i].clone())
    }

    /// Makes select list `n` of `items` and sets @SELECTED.
    fn set_index_list(&mut self, n: usize, items: Vec<Vec<u8>>) {
        self.sess.selected = items.len() as i64;
        if self.sess.lists.len() < 11 {
            self.sess.lists.resize(11, None);
        }
        self.sess.lists[n] = (!items.is_empty()).then(|| SelectList::new(items));
    }
}

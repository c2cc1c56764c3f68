//! Select lists.

use std::collections::VecDeque;

/// A select list of record ids (or values).
#[derive(Debug, Clone, Default)]
pub struct SelectList {
    /// Remaining items.
    pub items: VecDeque<Vec<u8>>,
    /// The items READNEXT has taken, in order. ScarletDME keeps a list as
    /// one string with a read position and a count of the items left; its
    /// query verbs copy the string without the position, so they read a
    /// partly read default list from its start, as many items as are left
    /// ([`SelectList::as_query_sees_it`]).
    pub read: Vec<Vec<u8>>,
}

/// A select list held in a variable (read through the shared value).
impl crate::value::Resource for std::cell::RefCell<SelectList> {}

impl SelectList {
    /// From items.
    pub fn new(items: Vec<Vec<u8>>) -> SelectList {
        SelectList {
            items: items.into(),
            read: Vec::new(),
        }
    }
    /// From a dynamic array: one item per field.
    pub fn from_dynarray(s: &[u8]) -> SelectList {
        if s.is_empty() {
            return SelectList::default();
        }
        SelectList {
            items: s.split(|&c| c == 0xFE).map(|x| x.to_vec()).collect(),
            read: Vec::new(),
        }
    }
    /// READNEXT: the next item, remembered as read.
    pub fn next_item(&mut self) -> Option<Vec<u8>> {
        let x = self.items.pop_front()?;
        self.read.push(x.clone());
        Some(x)
    }
    /// The items a query verb (SELECT, COUNT, LIST...) works on when this
    /// is the default list: as many as are left, counted from the start of
    /// the list (see [`SelectList::read`]).
    pub fn as_query_sees_it(self) -> Vec<Vec<u8>> {
        let n = self.items.len();
        self.read.into_iter().chain(self.items).take(n).collect()
    }
    /// Number of items left.
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// True when exhausted.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

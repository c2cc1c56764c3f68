//! Select lists.

use std::collections::VecDeque;

/// A select list of record ids (or values).
#[derive(Debug, Clone, Default)]
pub struct SelectList {
    /// Remaining items.
    pub items: VecDeque<Vec<u8>>,
}

/// A select list held in a variable (read through the shared value).
impl crate::value::Resource for std::cell::RefCell<SelectList> {}

impl SelectList {
    /// From items.
    pub fn new(items: Vec<Vec<u8>>) -> SelectList {
        SelectList {
            items: items.into(),
        }
    }
    /// From a dynamic array: one item per field.
    pub fn from_dynarray(s: &[u8]) -> SelectList {
        if s.is_empty() {
            return SelectList::default();
        }
        SelectList {
            items: s.split(|&c| c == 0xFE).map(|x| x.to_vec()).collect(),
        }
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

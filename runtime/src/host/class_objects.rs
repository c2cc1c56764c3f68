//! Where the objects of CLASS modules keep their variables: each object
//! has a block of the session's COMMON storage (`Session::commons`), taken
//! from the blocks of released objects when there are some. An object
//! released by its last variable is queued here, because its destructor
//! (DESTROY.OBJECT) is BASIC code that only the VM can run.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Chunk;
use crate::value::Value;

/// An object whose last reference has gone.
#[derive(Debug)]
pub struct Released {
    /// Its CLASS module.
    pub class: Rc<Chunk>,
    /// Its block of `Session::commons`.
    pub block: usize,
    /// The objects it inherited (released before its destructor runs).
    pub inherits: Vec<Value>,
    /// Its DESTROY.OBJECT has run (or is running).
    pub destructor_run: bool,
}

/// The session's object storage bookkeeping.
#[derive(Debug, Default)]
pub struct ClassObjects {
    /// Blocks of released objects, free for new ones.
    pub free: Vec<usize>,
    /// Objects released and not yet cleaned up; each object holds a
    /// reference to push itself here.
    pub released: Rc<RefCell<Vec<Released>>>,
}

impl ClassObjects {
    /// True when released objects wait for the VM.
    pub fn pending(&self) -> bool {
        !self.released.borrow().is_empty()
    }

    /// The next released object to clean up (oldest first).
    pub fn next_released(&self) -> Option<Released> {
        let mut r = self.released.borrow_mut();
        if r.is_empty() {
            None
        } else {
            Some(r.remove(0))
        }
    }
}

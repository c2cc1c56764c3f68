//! The process-global handle table.
//!
//! A handle is a positive `i32` packing three fields:
//!
//! ```text
//!  bit 31 | 30..29 | 28..16     | 15..0
//!    0    |  kind  | generation | slot index
//! ```
//!
//! `kind` is 1..=3 so a valid handle is never 0 and always below 2^31.
//! Each slot's generation is bumped when its object is removed, so an old
//! handle to a reused slot no longer matches. The table grows to its full
//! size before any freed slot is reused, and freed slots are then reused in
//! FIFO order, so a given handle value comes back only after
//! `capacity x 8191` objects (about 5.4e8 for the 65,536-slot global table).
//! The table lock is only held to look up, insert or remove an `Arc`; never
//! during I/O.

use crate::codes::{MVTLS_ERR_BAD_HANDLE, MVTLS_ERR_LIMIT, MVTLS_ERR_WRONG_KIND};
use crate::connection::Connection;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::listener::Listener;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, OnceLock};

const INDEX_BITS: u32 = 16;
const GEN_BITS: u32 = 13;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;
const GEN_MASK: u32 = (1 << GEN_BITS) - 1;
const KIND_SHIFT: u32 = INDEX_BITS + GEN_BITS;
/// Largest number of live objects the global table holds.
pub(crate) const MAX_SLOTS: usize = 1 << INDEX_BITS;

/// What a handle refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A server or client TLS context.
    Context = 1,
    /// A listening socket.
    Listener = 2,
    /// A connected socket (plain or TLS).
    Connection = 3,
}

impl Kind {
    fn from_bits(bits: u32) -> Option<Kind> {
        match bits {
            1 => Some(Kind::Context),
            2 => Some(Kind::Listener),
            3 => Some(Kind::Connection),
            _ => None,
        }
    }

    /// Upper-case name used by `MVTLS_INFO_KIND`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Context => "CONTEXT",
            Kind::Listener => "LISTENER",
            Kind::Connection => "CONNECTION",
        }
    }
}

/// Anything stored in a table knows its kind.
pub trait Kinded {
    /// The kind encoded into handles of this object.
    fn kind(&self) -> Kind;
}

struct Slot<T> {
    generation: u32,
    value: Option<T>,
}

/// A handle table holding values of type `T` (the global one holds [`Object`]).
pub struct Table<T> {
    slots: Vec<Slot<T>>,
    free: VecDeque<u32>,
    capacity: usize,
}

fn bad(h: i32, why: &str) -> Error {
    Error::new(MVTLS_ERR_BAD_HANDLE, format!("handle {h} {why}"))
}

impl<T: Kinded + Clone> Table<T> {
    /// An empty table holding at most `capacity` (<= 65536) live values.
    pub fn new(capacity: usize) -> Self {
        Table {
            slots: Vec::new(),
            free: VecDeque::new(),
            capacity: capacity.min(MAX_SLOTS),
        }
    }

    fn encode(kind: Kind, generation: u32, index: u32) -> i32 {
        (((kind as u32) << KIND_SHIFT) | ((generation & GEN_MASK) << INDEX_BITS) | index) as i32
    }

    /// Stores `value`, returning its new handle (> 0), or 1012 when full.
    pub fn insert(&mut self, value: T) -> Result<i32> {
        let kind = value.kind();
        // Grow before reusing: a freed slot comes back only once every slot
        // exists, so a handle value repeats only after capacity x 8191
        // objects (about 5.4e8 for the global table).
        let index = if self.slots.len() < self.capacity {
            self.slots.push(Slot {
                generation: 1,
                value: None,
            });
            (self.slots.len() - 1) as u32
        } else if let Some(i) = self.free.pop_front() {
            i
        } else {
            return Err(Error::new(
                MVTLS_ERR_LIMIT,
                format!("handle table full ({} live objects)", self.capacity),
            ));
        };
        let slot = &mut self.slots[index as usize];
        slot.value = Some(value);
        Ok(Self::encode(kind, slot.generation, index))
    }

    fn locate(&self, h: i32) -> Result<usize> {
        if h <= 0 {
            return Err(bad(h, "is not valid (zero or negative)"));
        }
        let h32 = h as u32;
        let index = (h32 & INDEX_MASK) as usize;
        let generation = (h32 >> INDEX_BITS) & GEN_MASK;
        let Some(kind) = Kind::from_bits(h32 >> KIND_SHIFT) else {
            return Err(bad(h, "is not an mvtls handle"));
        };
        match self.slots.get(index) {
            Some(Slot {
                generation: g,
                value: Some(v),
            }) if *g == generation && v.kind() == kind => Ok(index),
            _ => Err(bad(h, "is stale or unknown (closed or freed?)")),
        }
    }

    /// Returns a clone of the value behind `h`.
    pub fn get(&self, h: i32) -> Result<T> {
        let i = self.locate(h)?;
        Ok(self.slots[i]
            .value
            .clone()
            .expect("located slot is occupied"))
    }

    /// Removes and returns the value behind `h` if it is of kind `want`
    /// (one of them); the handle becomes stale.
    pub fn remove(&mut self, h: i32, want: &[Kind]) -> Result<T> {
        let i = self.locate(h)?;
        let kind = self.slots[i]
            .value
            .as_ref()
            .map(|v| v.kind())
            .expect("occupied");
        check_kind(h, kind, want)?;
        let slot = &mut self.slots[i];
        let value = slot.value.take().expect("occupied");
        slot.generation = (slot.generation + 1) & GEN_MASK;
        if slot.generation == 0 {
            slot.generation = 1;
        }
        self.free.push_back(i as u32);
        Ok(value)
    }

    /// Number of live values.
    pub fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// True when no value is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Fails with 7121 unless `kind` is one of `want`.
pub fn check_kind(h: i32, kind: Kind, want: &[Kind]) -> Result<()> {
    if want.contains(&kind) {
        return Ok(());
    }
    let names: Vec<&str> = want.iter().map(|k| k.name()).collect();
    Err(Error::new(
        MVTLS_ERR_WRONG_KIND,
        format!(
            "handle {h} is a {}, this call needs a {}",
            kind.name(),
            names.join(" or ")
        ),
    ))
}

/// An object in the global table.
#[derive(Clone)]
pub enum Object {
    /// A TLS context.
    Context(Arc<Context>),
    /// A listener.
    Listener(Arc<Listener>),
    /// A connection.
    Connection(Arc<Connection>),
}

impl Kinded for Object {
    fn kind(&self) -> Kind {
        match self {
            Object::Context(_) => Kind::Context,
            Object::Listener(_) => Kind::Listener,
            Object::Connection(_) => Kind::Connection,
        }
    }
}

fn global() -> &'static Mutex<Table<Object>> {
    static TABLE: OnceLock<Mutex<Table<Object>>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(Table::new(MAX_SLOTS)))
}

fn with_table<R>(f: impl FnOnce(&mut Table<Object>) -> R) -> R {
    // A poisoned lock only means a panic happened elsewhere while it was held;
    // the table itself is always left consistent, so keep using it.
    let mut guard = global().lock().unwrap_or_else(|p| p.into_inner());
    f(&mut guard)
}

/// Registers an object, returning its handle.
pub fn insert(obj: Object) -> Result<i32> {
    with_table(|t| t.insert(obj))
}

/// Looks up any object.
pub fn get(h: i32) -> Result<Object> {
    with_table(|t| t.get(h))
}

/// Removes an object of one of the `want` kinds; its handle becomes stale.
/// The object itself lives on while other users hold its `Arc`.
pub fn remove(h: i32, want: &[Kind]) -> Result<Object> {
    // The removed Arc is dropped outside the lock (dropping a connection may
    // close a socket).
    with_table(|t| t.remove(h, want))
}

/// Looks up a context.
pub fn context(h: i32) -> Result<Arc<Context>> {
    match get(h)? {
        Object::Context(c) => Ok(c),
        o => check_kind(h, o.kind(), &[Kind::Context]).map(|_| unreachable!()),
    }
}

/// Looks up a listener.
pub fn listener(h: i32) -> Result<Arc<Listener>> {
    match get(h)? {
        Object::Listener(l) => Ok(l),
        o => check_kind(h, o.kind(), &[Kind::Listener]).map(|_| unreachable!()),
    }
}

/// Looks up a connection.
pub fn connection(h: i32) -> Result<Arc<Connection>> {
    match get(h)? {
        Object::Connection(c) => Ok(c),
        o => check_kind(h, o.kind(), &[Kind::Connection]).map(|_| unreachable!()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct V(Kind, u32);
    impl Kinded for V {
        fn kind(&self) -> Kind {
            self.0
        }
    }

    #[test]
    fn handles_are_positive_31_bit_and_resolve() {
        let mut t = Table::new(MAX_SLOTS);
        for kind in [Kind::Context, Kind::Listener, Kind::Connection] {
            for n in 0..100 {
                let h = t.insert(V(kind, n)).unwrap();
                assert!(h > 0);
                assert!((h as i64) < (1i64 << 31));
                assert_eq!(t.get(h).unwrap(), V(kind, n));
            }
        }
        assert_eq!(t.len(), 300);
    }

    #[test]
    fn zero_negative_and_garbage_are_bad_handles() {
        let mut t = Table::new(8);
        t.insert(V(Kind::Context, 1)).unwrap();
        for h in [0, -1, i32::MIN, 1, 7, 12345, i32::MAX] {
            assert_eq!(
                t.get(h).unwrap_err().code,
                MVTLS_ERR_BAD_HANDLE,
                "handle {h}"
            );
        }
    }

    #[test]
    fn removed_handle_is_stale_even_after_slot_reuse() {
        let mut t = Table::new(1);
        let h1 = t.insert(V(Kind::Connection, 1)).unwrap();
        t.remove(h1, &[Kind::Connection]).unwrap();
        assert_eq!(t.get(h1).unwrap_err().code, MVTLS_ERR_BAD_HANDLE);
        assert_eq!(
            t.remove(h1, &[Kind::Connection]).unwrap_err().code,
            MVTLS_ERR_BAD_HANDLE
        );
        // Same slot, new generation (capacity 1 forces reuse).
        let h2 = t.insert(V(Kind::Connection, 2)).unwrap();
        assert_ne!(h1, h2);
        assert_eq!(h1 & 0xFFFF, h2 & 0xFFFF);
        assert_eq!(t.get(h1).unwrap_err().code, MVTLS_ERR_BAD_HANDLE);
        assert_eq!(t.get(h2).unwrap(), V(Kind::Connection, 2));
        // Reused for another kind: the old handle still does not resolve.
        t.remove(h2, &[Kind::Connection]).unwrap();
        let h3 = t.insert(V(Kind::Context, 3)).unwrap();
        assert_eq!(t.get(h2).unwrap_err().code, MVTLS_ERR_BAD_HANDLE);
        assert_eq!(t.get(h3).unwrap(), V(Kind::Context, 3));
    }

    #[test]
    fn generation_wraps_without_producing_zero_or_collisions_soon() {
        let mut t = Table::new(1);
        let mut seen = std::collections::HashSet::new();
        for n in 0..(GEN_MASK - 1) {
            let h = t.insert(V(Kind::Listener, n)).unwrap();
            assert!(h > 0);
            assert!(seen.insert(h), "handle {h} repeated after {n} reuses");
            t.remove(h, &[Kind::Listener]).unwrap();
        }
    }

    #[test]
    fn one_live_object_at_a_time_never_repeats_a_handle_soon() {
        // The life of a server: accept, serve, close, repeat.
        let mut t = Table::new(MAX_SLOTS);
        let mut seen = std::collections::HashSet::new();
        for n in 0..200_000u32 {
            let h = t.insert(V(Kind::Connection, n)).unwrap();
            assert!(seen.insert(h), "handle {h} repeated after {n} objects");
            t.remove(h, &[Kind::Connection]).unwrap();
        }
    }

    #[test]
    fn wrong_kind_is_reported_and_object_kept() {
        let mut t = Table::new(4);
        let h = t.insert(V(Kind::Listener, 1)).unwrap();
        let e = t.remove(h, &[Kind::Connection]).unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_WRONG_KIND);
        assert!(e.text.contains("LISTENER"), "{}", e.text);
        assert_eq!(t.get(h).unwrap(), V(Kind::Listener, 1));
        t.remove(h, &[Kind::Connection, Kind::Listener]).unwrap();
    }

    #[test]
    fn forged_kind_bits_do_not_resolve() {
        let mut t = Table::new(4);
        let h = t.insert(V(Kind::Listener, 1)).unwrap();
        let as_conn = (h & !(3 << KIND_SHIFT)) | ((Kind::Connection as i32) << KIND_SHIFT);
        assert_eq!(t.get(as_conn).unwrap_err().code, MVTLS_ERR_BAD_HANDLE);
    }

    #[test]
    fn exhaustion_gives_limit_and_frees_recover() {
        let mut t = Table::new(3);
        let hs: Vec<i32> = (0..3)
            .map(|n| t.insert(V(Kind::Context, n)).unwrap())
            .collect();
        assert_eq!(
            t.insert(V(Kind::Context, 9)).unwrap_err().code,
            MVTLS_ERR_LIMIT
        );
        t.remove(hs[1], &[Kind::Context]).unwrap();
        let h = t.insert(V(Kind::Context, 10)).unwrap();
        assert_eq!(t.get(h).unwrap(), V(Kind::Context, 10));
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn full_size_table_stays_in_31_bits() {
        let mut t = Table::new(MAX_SLOTS);
        let mut last = 0;
        for n in 0..MAX_SLOTS as u32 {
            last = t.insert(V(Kind::Connection, n)).unwrap();
            assert!(last > 0);
        }
        assert_eq!(last & 0xFFFF, 0xFFFF);
        assert_eq!(
            t.insert(V(Kind::Connection, 0)).unwrap_err().code,
            MVTLS_ERR_LIMIT
        );
    }
}

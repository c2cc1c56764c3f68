//! The BASIC value type.
//!
//! Values are cheap to clone: numbers are stored inline, strings are
//! reference-counted byte buffers that are mutated in place when uniquely
//! owned (so `S := X` in a loop appends without copying), and host objects
//! (sockets and the like) are reference counted and released when the last
//! variable holding them lets go.

use std::any::Any;
use std::rc::Rc;

use crate::builtins::mark_cursor::MarkCursor;

mod bstr;
pub mod ops;

pub use bstr::BStr;

/// A resource owned by an extension (for example a socket).
///
/// When the last [`Value`] holding it is dropped, `release(kind, handle)` is
/// called, so resources close automatically. Its string form is the decimal
/// handle.
pub struct HostObject {
    /// Extension-defined kind tag (which extension owns the handle).
    pub kind: u32,
    /// Extension-defined handle (for example an mvtls socket handle).
    pub handle: i32,
    /// Called once, when the object is dropped.
    pub release: fn(u32, i32),
}

impl Drop for HostObject {
    fn drop(&mut self) {
        (self.release)(self.kind, self.handle);
    }
}

impl std::fmt::Debug for HostObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HostObject({}, {})", self.kind, self.handle)
    }
}

/// A dimensioned matrix (`DIM A(10)` or `DIM G(3,4)`); element 0 is separate.
#[derive(Clone, Debug, Default)]
pub struct Matrix {
    /// Number of rows (first dimension).
    pub rows: usize,
    /// Number of columns (0 for a one-dimensional matrix).
    pub cols: usize,
    /// Element 0 followed by rows*max(cols,1) elements.
    pub elems: Vec<Value>,
}

impl Matrix {
    /// Creates a matrix with all elements unassigned.
    pub fn new(rows: usize, cols: usize) -> Matrix {
        let n = rows * cols.max(1) + 1;
        Matrix {
            rows,
            cols,
            elems: vec![Value::Unassigned; n],
        }
    }
    /// Re-dimensions, keeping elements in storage order (ScarletDME keeps
    /// existing values by position).
    pub fn redim(&mut self, rows: usize, cols: usize) {
        let n = rows * cols.max(1) + 1;
        self.elems.resize(n, Value::Unassigned);
        self.rows = rows;
        self.cols = cols;
    }
    /// Index into `elems` for (r, c), or None when out of range.
    pub fn index(&self, r: i64, c: Option<i64>) -> Option<usize> {
        let cols = self.cols.max(1) as i64;
        match c {
            // one index: a row; of a two-dimensional matrix, its first
            // column (ScarletDME works down the leftmost column)
            None => {
                if r < 0 || r as usize > self.rows {
                    None
                } else if r == 0 {
                    Some(0)
                } else {
                    Some(((r - 1) * cols + 1) as usize)
                }
            }
            // a zero row or column is element 0, of either kind of matrix
            Some(c) if r == 0 || c == 0 => Some(0),
            Some(c) => {
                if r < 1 || r as usize > self.rows || c < 1 || c > cols {
                    return None;
                }
                Some(((r - 1) * cols + c) as usize)
            }
        }
    }
    /// Number of elements excluding element 0.
    pub fn len(&self) -> usize {
        self.elems.len() - 1
    }
    /// True when the matrix has no elements besides element 0.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A runtime resource held in a variable: an open directory file, an open
/// sequential file, a select list (SELECTV / RTNLIST). The types belong to
/// the services that make them (`crate::host`); a value only stores, shares
/// and displays them, and the VM gets the type back with
/// [`Value::resource`].
pub trait Resource: Any + std::fmt::Debug {
    /// The string form of a variable holding the resource ("" unless it
    /// has a name: an open file shows the name it was opened by).
    fn display(&self) -> &[u8] {
        b""
    }
    /// False when the value has no truth value (`IF obj` stops with
    /// `Non-numeric where numeric required`, as ScarletDME does for an
    /// object); an open file is true.
    fn has_truth(&self) -> bool {
        true
    }
}

/// A BASIC value.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// A variable that was never assigned.
    #[default]
    Unassigned,
    /// A 32-bit integer (ScarletDME INTEGER); overflow becomes Float.
    Int(i64),
    /// A double.
    Float(f64),
    /// A byte string.
    Str(Rc<BStr>),
    /// A dimensioned matrix (only in variable slots and MAT arguments).
    Mat(Rc<Matrix>),
    /// A runtime resource (file variable, sequential file, select list).
    /// The outer `Rc` keeps this variant one pointer wide (a `Rc<dyn _>`
    /// is two), so that a `Value` is 16 bytes: values are copied on every
    /// push and pop, handles are rare. Build it with [`Value::handle`].
    Handle(Rc<Rc<dyn Resource>>),
    /// A host object owned by an extension (for example a socket).
    Object(Rc<HostObject>),
}

// Values are copied on every push and pop of the operand stack: keep them
// two words (see `Value::Handle`).
const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// The empty string.
    pub fn empty() -> Value {
        Value::Str(Rc::new(BStr::default()))
    }
    /// A string value from bytes.
    pub fn str(b: Vec<u8>) -> Value {
        Value::Str(Rc::new(BStr::new(b)))
    }
    /// A string value from a byte slice.
    pub fn from_bytes(b: &[u8]) -> Value {
        Value::str(b.to_vec())
    }
    /// A string value from text.
    pub fn text(s: &str) -> Value {
        Value::str(s.as_bytes().to_vec())
    }
    /// A boolean as 1/0.
    pub fn bool(b: bool) -> Value {
        Value::Int(b as i64)
    }
    /// An integer value, becoming a Float outside the 32-bit range.
    pub fn int(i: i64) -> Value {
        if i >= i32::MIN as i64 && i <= i32::MAX as i64 {
            Value::Int(i)
        } else {
            Value::Float(i as f64)
        }
    }
    /// A number value from a double: always a `Float`, even when integral
    /// (use [`Value::int`] for integers).
    pub fn num(f: f64) -> Value {
        Value::Float(f)
    }
    /// A value holding a runtime resource.
    pub fn handle(r: Rc<dyn Resource>) -> Value {
        Value::Handle(Rc::new(r))
    }
    /// The resource of type `T` this value holds, if it holds one.
    pub fn resource<T: Resource>(&self) -> Option<&T> {
        match self {
            Value::Handle(h) => {
                let r: &dyn Resource = &***h;
                (r as &dyn Any).downcast_ref::<T>()
            }
            _ => None,
        }
    }
    /// True when it holds a runtime resource (an open file, a select list).
    pub fn is_handle(&self) -> bool {
        matches!(self, Value::Handle(_))
    }
    /// True when unassigned.
    pub fn is_unassigned(&self) -> bool {
        matches!(self, Value::Unassigned)
    }
    /// The string form (allocates for numbers).
    pub fn to_bytes(&self, prec: u8) -> std::borrow::Cow<'_, [u8]> {
        use std::borrow::Cow;
        match self {
            Value::Str(s) => Cow::Borrowed(s.bytes()),
            Value::Int(i) => Cow::Owned(i.to_string().into_bytes()),
            Value::Float(f) => Cow::Owned(crate::builtins::num::format_float(*f, prec as usize)),
            Value::Unassigned => Cow::Borrowed(b""),
            Value::Mat(_) => Cow::Borrowed(b""),
            Value::Handle(h) => Cow::Borrowed(h.display()),
            Value::Object(o) => Cow::Owned(o.handle.to_string().into_bytes()),
        }
    }
    /// Appends the string form to `out`.
    pub fn append_to(&self, out: &mut Vec<u8>, prec: u8) {
        match self {
            Value::Str(s) => out.extend_from_slice(s.bytes()),
            Value::Int(i) => {
                let mut buf = itoa_buf(*i);
                out.extend_from_slice(buf.as_bytes_mut());
            }
            other => out.extend_from_slice(&other.to_bytes(prec)),
        }
    }
    /// Mutable access to the bytes, converting to a uniquely owned string
    /// first (copy-on-write). The mark cursor is cleared: the caller may
    /// change any byte.
    pub fn make_str_mut(&mut self, prec: u8) -> &mut BStr {
        let s = self.make_str_mut_keep(prec);
        s.cursor.set(MarkCursor::default());
        s
    }

    /// [`Value::make_str_mut`] keeping the mark cursor, for callers that
    /// keep it true themselves (appends, in-place dynamic-array edits,
    /// REMOVE, which changes no byte).
    pub fn make_str_mut_keep(&mut self, prec: u8) -> &mut BStr {
        if !matches!(self, Value::Str(_)) {
            let b = self.to_bytes(prec).into_owned();
            *self = Value::str(b);
        }
        match self {
            Value::Str(rc) => Rc::make_mut(rc),
            _ => unreachable!("converted to Str above"),
        }
    }
}

/// Small helper for integer formatting without going through `format!`.
struct ItoaBuf {
    buf: [u8; 24],
    start: usize,
}

impl ItoaBuf {
    fn as_bytes_mut(&mut self) -> &[u8] {
        &self.buf[self.start..]
    }
}

fn itoa_buf(mut n: i64) -> ItoaBuf {
    let mut buf = [0u8; 24];
    let mut pos = 24;
    let neg = n < 0;
    if n == 0 {
        pos -= 1;
        buf[pos] = b'0';
    }
    while n != 0 {
        let d = (n % 10).unsigned_abs() as u8;
        pos -= 1;
        buf[pos] = b'0' + d;
        n /= 10;
    }
    if neg {
        pos -= 1;
        buf[pos] = b'-';
    }
    ItoaBuf { buf, start: pos }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicI32, Ordering};

    static RELEASED: AtomicI32 = AtomicI32::new(0);

    fn rel(kind: u32, handle: i32) {
        assert_eq!(kind, 7);
        RELEASED.fetch_add(handle, Ordering::SeqCst);
    }

    #[test]
    fn host_object_released_once_when_last_copy_drops() {
        let v = Value::Object(Rc::new(HostObject {
            kind: 7,
            handle: 42,
            release: rel,
        }));
        assert_eq!(&*v.to_bytes(4), b"42");
        let copy = v.clone();
        drop(v);
        assert_eq!(RELEASED.load(Ordering::SeqCst), 0);
        drop(copy);
        assert_eq!(RELEASED.load(Ordering::SeqCst), 42);
    }

    #[test]
    fn in_place_append_when_unique() {
        let mut v = Value::text("ab");
        let p1 = match &v {
            Value::Str(s) => s.bytes().as_ptr(),
            _ => unreachable!(),
        };
        v.make_str_mut(4).data_mut().reserve(100);
        v.make_str_mut(4).data_mut().extend_from_slice(b"cd");
        assert_eq!(&*v.to_bytes(4), b"abcd");
        let shared = v.clone();
        v.make_str_mut(4).data_mut().push(b'!');
        assert_eq!(&*shared.to_bytes(4), b"abcd");
        assert_eq!(&*v.to_bytes(4), b"abcd!");
        let _ = p1;
    }

    #[test]
    fn integers_format_and_overflow() {
        assert_eq!(&*Value::int(-2147483648).to_bytes(4), b"-2147483648");
        assert!(matches!(Value::int(2147483648), Value::Float(_)));
        let mut out = Vec::new();
        Value::Int(-905).append_to(&mut out, 4);
        Value::Int(0).append_to(&mut out, 4);
        assert_eq!(out, b"-9050");
    }
}

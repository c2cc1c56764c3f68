//! What the parser and compiler know of extensions: the names of extra
//! functions and statements, and how many arguments each takes. The table is
//! handed to [`crate::syntax::parser::parse`] and [`crate::compiler::compile`]
//! by whoever embeds the runtime (see `crate::extensions::ExtTable`); the
//! front end never imports the modules that implement them.

/// The argument counts an extension accepts (`min..=max`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arity {
    /// Fewest arguments.
    pub min: u8,
    /// Most arguments.
    pub max: u8,
}

impl Arity {
    /// Exactly `n` arguments.
    pub const fn exactly(n: u8) -> Arity {
        Arity { min: n, max: n }
    }
    /// Between `min` and `max` arguments.
    pub const fn between(min: u8, max: u8) -> Arity {
        Arity { min, max }
    }
    /// True when `n` arguments are accepted.
    pub fn accepts(self, n: usize) -> bool {
        (self.min as usize..=self.max as usize).contains(&n)
    }
}

/// Extension names by kind. Names are upper case and may contain dots.
///
/// The front end does not check argument counts: an extension reports a
/// wrong count itself when called (socket verbs set STATUS() 1000), so the
/// arity here is what the implementation is told it accepts.
pub trait ExtNames {
    /// The arity of extension function `name` (`X = NAME(args)`), if any.
    fn function(&self, name: &str) -> Option<Arity>;
    /// The arity of extension statement `name` (`NAME arg, arg`), if any.
    fn statement(&self, name: &str) -> Option<Arity>;
}

/// An empty table: a front end with no extensions.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoExtensions;

impl ExtNames for NoExtensions {
    fn function(&self, _: &str) -> Option<Arity> {
        None
    }
    fn statement(&self, _: &str) -> Option<Arity> {
        None
    }
}

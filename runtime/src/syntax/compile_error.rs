//! Compile errors: what the preprocessor, lexer, parser and compiler report,
//! all of them, each at a file and line.
//!
//! ScarletDME's compiler reports errors as text without numbers, so a kind
//! carries its text only: typed variants for the errors that name something
//! (a statement, a label, a matrix...), [`ErrorKind::Syntax`] for the fixed
//! texts.

use std::fmt;

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A fixed-text error (`Syntax error`, `Name expected`, `EXIT outside a
    /// loop`, ...).
    Syntax(&'static str),
    /// Something the grammar requires is not there (`Expected THEN`).
    Expected(String),
    /// A block is not closed (`Missing END`, `Missing NEXT`, ...).
    Missing(&'static str),
    /// A statement keyword no rule knows.
    UnrecognisedStatement(String),
    /// A statement mvbasic recognises but does not implement.
    UnsupportedStatement(String),
    /// A character that cannot start a token.
    UnexpectedCharacter(char),
    /// An intrinsic called with too few or too many arguments.
    WrongArgumentCount(String),
    /// A matrix used with another number of subscripts than its DIM.
    WrongSubscriptCount(String),
    /// GOTO/GOSUB to a label that does not exist.
    LabelNotFound(String),
    /// A label defined twice.
    DuplicateLabel(String),
    /// GOSUB to a LOCAL routine that does not exist.
    LocalRoutineNotFound(String),
    /// A matrix name without subscript where an element is needed.
    MatrixWithoutSubscript(String),
    /// `NAME(...)` that is neither a matrix, a function nor an extension.
    NotDimensioned(String),
    /// `MAT NAME` outside an argument list.
    MatOnlyAsArgument(String),
    /// An @-variable mvbasic does not know.
    UnknownAtVariable(String),
    /// `$INCLUDE` of an item that is not found.
    IncludeNotFound(String),
}

impl From<&'static str> for ErrorKind {
    fn from(text: &'static str) -> ErrorKind {
        ErrorKind::Syntax(text)
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Syntax(t) => f.write_str(t),
            ErrorKind::Expected(what) => write!(f, "Expected {what}"),
            ErrorKind::Missing(what) => write!(f, "Missing {what}"),
            ErrorKind::UnrecognisedStatement(kw) => write!(f, "Unrecognised statement {kw}"),
            ErrorKind::UnsupportedStatement(kw) => write!(f, "Unsupported statement {kw}"),
            ErrorKind::UnexpectedCharacter(c) => write!(f, "Unexpected character '{c}'"),
            ErrorKind::WrongArgumentCount(n) => write!(f, "Wrong number of arguments to {n}"),
            ErrorKind::WrongSubscriptCount(n) => write!(f, "Wrong number of subscripts for {n}"),
            ErrorKind::LabelNotFound(l) => write!(f, "Label {l} not found"),
            ErrorKind::DuplicateLabel(l) => write!(f, "Duplicate label {l}"),
            ErrorKind::LocalRoutineNotFound(n) => write!(f, "Local subroutine {n} not found"),
            ErrorKind::MatrixWithoutSubscript(m) => write!(f, "Matrix {m} used without subscript"),
            ErrorKind::NotDimensioned(m) => {
                write!(f, "Matrix {m} is not referenced in a DIM statement")
            }
            ErrorKind::MatOnlyAsArgument(m) => write!(f, "MAT {m} is only allowed as an argument"),
            ErrorKind::UnknownAtVariable(n) => write!(f, "Unknown @ variable @{n}"),
            ErrorKind::IncludeNotFound(i) => write!(f, "Include item {i} not found"),
        }
    }
}

/// A compile error at a place in one unit's sources: `file` indexes the
/// unit's file list (0 the main source, then each `$INCLUDE`d item).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    /// File index.
    pub file: u16,
    /// Line.
    pub line: u32,
    /// What is wrong.
    pub kind: ErrorKind,
}

impl CompileError {
    /// An error of `kind` at `file`:`line`.
    pub fn new(file: u16, line: u32, kind: impl Into<ErrorKind>) -> CompileError {
        CompileError {
            file,
            line,
            kind: kind.into(),
        }
    }
}

/// A compile error with its source named: shown as `SOURCE:LINE: text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The source file (or program name) the error is in.
    pub source: String,
    /// Line.
    pub line: u32,
    /// What is wrong.
    pub kind: ErrorKind,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.kind)
    }
}

impl std::error::Error for SourceError {}

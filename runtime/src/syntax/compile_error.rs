//! Compile errors: what the preprocessor, lexer, parser and compiler report,
//! all of them, each at a file and line.
//!
//! ScarletDME's compiler reports errors as text without numbers, so a kind
//! carries its text only: typed variants for the errors that name something
//! (a statement, a label, a matrix...), [`ErrorKind::Syntax`] for the fixed
//! texts.

use std::fmt;

/// What is wrong. Texts are ScarletDME's compiler messages where it has one
/// (`N: message` lines of its compiler output).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A fixed-text error (`Syntax error`, `Misplaced EXIT`, ...).
    Syntax(&'static str),
    /// A message built at run time (`Misplaced WHILE`, ...).
    Text(String),
    /// Something the grammar requires is not there: `TO not found where
    /// expected`.
    NotFound(String),
    /// A construct is not closed at the end of the source: `Unterminated
    /// FOR statement`.
    Unterminated(&'static str),
    /// A word that is no statement: ScarletDME's `Unrecognised statement`
    /// (the word is kept for the caller, not shown, as ScarletDME shows none).
    UnrecognisedStatement(String),
    /// A ScarletDME statement mvbasic does not implement, named.
    UnsupportedStatement(String),
    /// A ScarletDME intrinsic function mvbasic does not implement, named.
    UnsupportedFunction(String),
    /// A character that cannot start a token.
    UnexpectedCharacter(char),
    /// An intrinsic called with too few or too many arguments.
    WrongArgumentCount(String),
    /// GOTO/GOSUB to a label that does not exist.
    LabelNotFound(String),
    /// A label defined twice (ScarletDME does not name it).
    DuplicateLabel(String),
    /// A matrix name without subscript where an element is needed.
    MatrixWithoutSubscript(String),
    /// `NAME(...)` that is neither a matrix, a function nor an extension.
    NotDimensioned(String),
    /// `MAT NAME` outside an argument list.
    MatOnlyAsArgument(String),
    /// An @-variable ScarletDME does not know.
    UnknownAtVariable(String),
    /// `$INCLUDE` of an item that is not found.
    IncludeNotFound(String),
}

impl From<&'static str> for ErrorKind {
    fn from(text: &'static str) -> ErrorKind {
        ErrorKind::Syntax(text)
    }
}

impl From<String> for ErrorKind {
    fn from(text: String) -> ErrorKind {
        ErrorKind::Text(text)
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Syntax(t) => f.write_str(t),
            ErrorKind::Text(t) => f.write_str(t),
            ErrorKind::NotFound(what) => write!(f, "{what} not found where expected"),
            ErrorKind::Unterminated(what) => write!(f, "Unterminated {what}"),
            ErrorKind::UnrecognisedStatement(_) => f.write_str("Unrecognised statement"),
            ErrorKind::UnsupportedStatement(kw) => {
                write!(f, "Unsupported statement {kw} (not implemented by mvbasic)")
            }
            ErrorKind::UnsupportedFunction(name) => {
                write!(
                    f,
                    "Unsupported function {name}() (not implemented by mvbasic)"
                )
            }
            ErrorKind::UnexpectedCharacter(c) => write!(f, "Unexpected character '{c}'"),
            ErrorKind::WrongArgumentCount(n) => write!(f, "Wrong number of arguments to {n}"),
            ErrorKind::LabelNotFound(l) => write!(f, "Label {l} referenced but not defined"),
            ErrorKind::DuplicateLabel(_) => f.write_str("Duplicate label"),
            // ScarletDME's text, which does not name the matrix
            ErrorKind::MatrixWithoutSubscript(_) => f.write_str("Matrix reference requires index"),
            ErrorKind::NotDimensioned(m) => {
                write!(f, "Matrix {m} is not referenced in a DIM statement")
            }
            ErrorKind::MatOnlyAsArgument(m) => write!(f, "MAT {m} is only allowed as an argument"),
            ErrorKind::UnknownAtVariable(_) => f.write_str("Unrecognised @ variable"),
            ErrorKind::IncludeNotFound(i) => write!(f, "Include record {i} not found"),
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

//! Syntax of the terminal and printer statements (INPUT, INPUT @,
//! INPUTFIELD, IN, HEADING, FOOTING, PAGE, PRINTER, RESTORE.SCREEN).

use crate::syntax::ast::{Clauses, Expr, LValue};

/// INPUT flag: trailing colon (no newline after the echo).
pub const IN_NOLF: i64 = 1;
/// INPUT flag: underscore (no automatic end at the length limit).
pub const IN_NOCRLF: i64 = 2;
/// INPUT flag: UPCASE.
pub const IN_UPCASE: i64 = 4;
/// INPUT flag: HIDDEN (echo `*`).
pub const IN_HIDDEN: i64 = 8;
/// INPUT @ flag: colon after `@(x, y)`: show the variable's value first.
pub const IN_DISPLAY: i64 = 16;
/// INPUTFIELD.
pub const IN_FIELD: i64 = 32;
/// INPUT @ flag: a format mask follows.
pub const IN_MASK: i64 = 64;
/// INPUT @ flag: PANNING.
pub const IN_PANNING: i64 = 128;

/// INPUT @ or INPUTFIELD (a position is given).
pub const IN_AT: i64 = 256;

/// INPUT, INPUT @ and INPUTFIELD.
#[derive(Debug, Clone)]
pub struct InputStmt {
    /// `@(col, row)`.
    pub at: Option<(Expr, Expr)>,
    /// Target variable.
    pub var: LValue,
    /// Maximum length (0 / absent: no limit; negative: test for input).
    pub len: Option<Expr>,
    /// `IN_*` flags.
    pub flags: i64,
    /// Format mask (INPUT @).
    pub mask: Option<Expr>,
    /// FOR / TIMEOUT / WAITING value.
    pub timeout: Option<Expr>,
    /// THEN / ELSE clauses, when written.
    pub clauses: Option<Clauses>,
}

/// PRINTER statement forms.
#[derive(Debug, Clone)]
pub enum PrinterOp {
    /// PRINTER ON.
    On,
    /// PRINTER OFF.
    Off,
    /// PRINTER RESET.
    Reset,
    /// PRINTER CLOSE [ON unit] (absent: all units).
    Close(Option<Expr>),
}

/// A terminal or printer statement.
#[derive(Debug, Clone)]
pub enum TermStmt {
    /// INPUT forms.
    Input(Box<InputStmt>),
    /// `IN var [FOR tenths] [THEN/ELSE]`.
    In {
        /// Target variable.
        var: LValue,
        /// Timeout in tenths of a second.
        timeout: Option<Expr>,
        /// THEN / ELSE clauses.
        clauses: Option<Clauses>,
    },
    /// HEADING / FOOTING.
    Heading {
        /// FOOTING.
        footing: bool,
        /// HEADING without NO.EJECT.
        eject: bool,
        /// ON unit.
        unit: Option<Expr>,
        /// The text.
        text: Expr,
    },
    /// `PAGE [ON unit] [page]`.
    Page {
        /// ON unit.
        unit: Option<Expr>,
        /// New page number.
        page: Option<Expr>,
    },
    /// PRINTER ON / OFF / RESET / CLOSE.
    Printer(PrinterOp),
    /// `RESTORE.SCREEN image, restore_all`.
    RestoreScreen(Expr, Expr),
    /// `CLEARINPUT` / `INPUTCLEAR`: discard the keyboard's type-ahead.
    ClearInput,
    /// `TTYSET settings`.
    Ttyset(Expr),
}

//! Run-time errors: what stops a program with `PROGRAM line N: text`.
//!
//! Each error carries ScarletDME's number where one exists: the message
//! number of its fatal error text (`MESSAGES/nnnn`, e.g. 1104 non-numeric)
//! or the ERR.H STATUS() code of the failed action (e.g. 3037 write error).

use std::fmt;

use crate::bytecode::intrinsics::I;
use crate::bytecode::statement_ops::Sys;
use crate::syntax::compile_error::SourceError;
use crate::value::ops::ValueError;

/// A fatal run-time error (program name and line are added by [`RunError`]).
/// Kept to 32 bytes: the VM returns it through every instruction's result.
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimeError {
    /// An operation on values failed (non-numeric, unassigned, divide by zero).
    Value(ValueError),
    /// A variable read before it was assigned.
    UnassignedVariable(String),
    /// A matrix element read before it was assigned (`M(0)`, `M(2,1)`).
    UnassignedElement(String),
    /// A matrix used before DIM.
    NotDimensioned(String),
    /// A matrix index outside its dimensions.
    SubscriptOutOfRange(String),
    /// DIM with a negative or too large size.
    InvalidDimensions,
    /// A statement that needs a matrix got something else (the text names
    /// the statement and operand, e.g. `MATREAD target`).
    NotAMatrix(&'static str),
    /// STR() or SPACE() asked for more than 500,000,000 bytes.
    StringTooLong,
    /// A fatal error with ScarletDME's own text (e.g. `SQRT() attempted for
    /// negative value`).
    Fatal(&'static str),
    /// More than 100,000 nested GOSUBs.
    GosubOverflow,
    /// More than 5,000 nested CALLs.
    CallStackOverflow,
    /// A file statement on a variable that holds no open file.
    FileNotOpen,
    /// A sequential-file statement on a variable that holds none.
    NotSequentialFile,
    /// WRITE failed in the operating system.
    WriteFailed(String),
    /// A WRITE, WRITEV or DELETE refused with a STATUS() code and no ON
    /// ERROR clause: 3000 an empty record id, 3018 a file opened READONLY,
    /// 3023 no update lock inside a transaction.
    RecordUpdate {
        /// The STATUS() code.
        code: i32,
        /// Which statement (each has its own message).
        verb: UpdateVerb,
    },
    /// TRANS/XLATE could not evaluate the field it was asked for (the
    /// text says why, e.g. `Invalid I-type`).
    Translate(String),
    /// CALL or DEFFUN of a routine that is not catalogued.
    RoutineNotFound(String),
    /// The source of a called routine does not compile.
    RoutineDoesNotCompile(Box<RoutineErrors>),
    /// A DEFFUN call of a routine that is not a FUNCTION.
    NotAFunction(String),
    /// A CALL of a routine that is not a SUBROUTINE.
    NotASubroutine(String),
    /// A CALL with another number of arguments than the routine has.
    ArgumentCount {
        /// The routine (`None` for a LOCAL routine).
        routine: Option<Box<str>>,
        /// Arguments passed.
        passed: u32,
        /// Parameters declared.
        expected: u32,
    },
    /// A call of a LOCAL routine the program does not define.
    LocalRoutineUndefined,
    /// RETURN TO inside a LOCAL routine.
    ReturnToInLocal,
    /// A call of an extension the host does not provide.
    UnknownExtension(String),
    /// An intrinsic id the VM does not implement (a bytecode/VM mismatch).
    UnsupportedFunction(I),
    /// A statement operation the VM does not implement.
    UnsupportedStatement(Sys),
    /// A fatal error whose ScarletDME text carries a value (e.g. `Error
    /// 3002 creating file`).
    Failed(String),
    /// A form of a statement or function mvbasic cannot do (the text names
    /// it, e.g. `GETPU key 1002 (lines left on the page)`).
    NotSupported(String),
    /// A statement operation id outside the table (corrupt bytecode).
    BadStatementOp,
    /// A variable operation that is not REMOVE, GETREM or SETREM.
    BadVariableOp,
    /// The test sandbox's budget of jumps and calls ran out.
    SandboxExhausted,
    /// A CCALL request refused (where ScarletDME would fault or corrupt memory).
    Ccall(crate::host::ccall::CcallError),
    /// `MVBASIC_CCALL_SLOTS` holds something other than 32 or 64.
    CcallSetting(String),
}

/// A called routine that does not compile, with its compile errors.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutineErrors {
    /// The routine.
    pub name: String,
    /// Its compile errors.
    pub errors: Vec<SourceError>,
}

impl RuntimeError {
    /// ScarletDME's number for the error, where one exists: a fatal-error
    /// message number (`MESSAGES/nnnn`: 1005, 11xx, 1200) or an ERR.H
    /// STATUS() code (3013 not a sequential file, 3037 write error).
    pub fn scarletdme_number(&self) -> Option<u16> {
        match self {
            RuntimeError::Value(e) => e.message_number(),
            RuntimeError::UnassignedVariable(_) | RuntimeError::UnassignedElement(_) => Some(1105),
            RuntimeError::SubscriptOutOfRange(_) => Some(1100),
            RuntimeError::NotDimensioned(_) | RuntimeError::NotAMatrix(_) => Some(1102),
            RuntimeError::FileNotOpen => Some(1200),
            RuntimeError::NotSequentialFile => Some(3013),
            RuntimeError::WriteFailed(_) => Some(3037),
            RuntimeError::RecordUpdate { code, .. } => Some(*code as u16),
            RuntimeError::RoutineNotFound(_) => Some(1125),
            RuntimeError::ArgumentCount { .. } => Some(1005),
            _ => None,
        }
    }
}

impl RuntimeError {
    /// True for the errors whose ScarletDME message names the variable
    /// that held the bad value (`... in X`).
    pub fn names_operand(&self) -> bool {
        matches!(self, RuntimeError::Value(ValueError::NonNumeric(_)))
    }

    /// The error as ScarletDME words it in its fatal-error line and in
    /// @ABORT.MESSAGE (`Non-numeric where numeric required`, `Divide by zero
    /// error`, `Unassigned variable X`, ...); mvbasic's own text otherwise.
    pub fn scarletdme_text(&self) -> String {
        match self {
            RuntimeError::Value(ValueError::NonNumeric(_)) => {
                "Non-numeric where numeric required".into()
            }
            RuntimeError::Value(ValueError::Unassigned) => "Unassigned variable".into(),
            RuntimeError::Value(ValueError::Num(crate::builtins::num::NumError::DivideByZero)) => {
                "Divide by zero error".into()
            }
            RuntimeError::UnassignedVariable(v) | RuntimeError::UnassignedElement(v) => {
                format!("Unassigned variable {v}")
            }
            RuntimeError::ArgumentCount {
                routine: Some(n),
                passed,
                expected,
            } => format!("Argument count mismatch calling {n} (Call={passed}, subr={expected})"),
            RuntimeError::FileNotOpen => "Requires file variable".into(),
            RuntimeError::Fatal(t) => (*t).into(),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuntimeError::Value(e) => e.fmt(f),
            // ScarletDME's texts (its run-time messages)
            RuntimeError::UnassignedVariable(v) => write!(f, "Unassigned variable {v}"),
            RuntimeError::UnassignedElement(m) => write!(f, "Unassigned variable {m}"),
            RuntimeError::NotDimensioned(m) => write!(f, "Expected array variable {m}"),
            // an object's matrix property has no variable name to give
            RuntimeError::SubscriptOutOfRange(m) if m.is_empty() => {
                f.write_str("Array subscript out of range")
            }
            RuntimeError::SubscriptOutOfRange(m) => {
                write!(f, "Array subscript out of range in variable {m}")
            }
            RuntimeError::InvalidDimensions => f.write_str("Invalid matrix dimensions"),
            RuntimeError::NotAMatrix(what) => write!(f, "{what} is not a matrix"),
            RuntimeError::StringTooLong => f.write_str("String too long"),
            RuntimeError::Fatal(t) => f.write_str(t),
            RuntimeError::GosubOverflow => f.write_str("GOSUB stack overflow"),
            RuntimeError::CallStackOverflow => {
                f.write_str("Call stack overflow (too many nested calls)")
            }
            RuntimeError::FileNotOpen => f.write_str("Requires file variable"),
            RuntimeError::NotSequentialFile => {
                f.write_str("Variable is not an open sequential file")
            }
            RuntimeError::WriteFailed(e) => write!(f, "Write error: {e}"),
            RuntimeError::RecordUpdate {
                code,
                verb: UpdateVerb::Write,
            } => write!(
                f,
                "Error {code} (o/s 0) writing record (Possible full disk?)"
            ),
            // ScarletDME's WRITEV runs as a recursive routine: its own message
            RuntimeError::RecordUpdate {
                code,
                verb: UpdateVerb::WriteV,
            } => write!(f, "Error {code} updating record"),
            // ScarletDME prints DELETE's (negative) status as it stands
            RuntimeError::RecordUpdate {
                code,
                verb: UpdateVerb::Delete,
            } => write!(f, "Error -{code} deleting record"),
            RuntimeError::Translate(e) => f.write_str(e),
            RuntimeError::RoutineNotFound(n) => write!(f, "Unable to load '{n}' object code"),
            RuntimeError::RoutineDoesNotCompile(r) => {
                write!(f, "Compilation of '{}' failed:", r.name)?;
                r.errors.iter().try_for_each(|e| write!(f, "\n{e}"))
            }
            RuntimeError::NotAFunction(n) => write!(f, "'{n}' is not a FUNCTION"),
            RuntimeError::NotASubroutine(n) => write!(f, "'{n}' is not a SUBROUTINE"),
            RuntimeError::ArgumentCount {
                routine: Some(n),
                passed,
                expected,
            } => write!(
                f,
                "Argument count mismatch calling {n} (Call={passed}, subr={expected})"
            ),
            RuntimeError::ArgumentCount {
                routine: None,
                passed,
                expected,
            } => write!(
                f,
                "Argument count mismatch ({passed} passed, {expected} expected)"
            ),
            RuntimeError::LocalRoutineUndefined => f.write_str("Local routine not defined"),
            RuntimeError::ReturnToInLocal => f.write_str("RETURN TO inside a LOCAL routine"),
            RuntimeError::UnknownExtension(n) => write!(f, "Unknown extension {n}"),
            RuntimeError::UnsupportedFunction(i) => write!(f, "Function {i:?} is not supported"),
            RuntimeError::UnsupportedStatement(s) => write!(f, "Unsupported operation {s:?}"),
            RuntimeError::Failed(text) => f.write_str(text),
            RuntimeError::NotSupported(what) => write!(f, "{what} is not supported by mvbasic"),
            RuntimeError::BadStatementOp => f.write_str("Bad statement op"),
            RuntimeError::BadVariableOp => f.write_str("Bad variable op"),
            RuntimeError::SandboxExhausted => f.write_str("Sandbox step budget exhausted"),
            RuntimeError::Ccall(e) => e.fmt(f),
            RuntimeError::CcallSetting(e) => write!(f, "CCALL: {e}"),
        }
    }
}

impl std::error::Error for RuntimeError {}

impl From<ValueError> for RuntimeError {
    fn from(e: ValueError) -> RuntimeError {
        RuntimeError::Value(e)
    }
}

/// A run-time error where it happened: shown as `PROGRAM line N: text`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunError {
    /// The program, subroutine or function running.
    pub program: String,
    /// Its source line.
    pub line: u32,
    /// What went wrong.
    pub error: RuntimeError,
    /// The variable whose value was wrong (`X`, `M(2)`, `/BLK/V`), for the
    /// errors whose ScarletDME message names it.
    pub operand: Option<String>,
}

impl RunError {
    /// The error as ScarletDME's fatal-error line words it, before its
    /// ` at line N of PATH`: `Non-numeric where numeric required in X`.
    pub fn scarletdme_message(&self) -> String {
        let text = self.error.scarletdme_text();
        match &self.operand {
            Some(v) if self.error.names_operand() => format!("{text} in {v}"),
            _ => text,
        }
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} line {}: {}",
            self.program,
            self.line,
            self.scarletdme_message()
        )
    }
}

impl std::error::Error for RunError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_stay_small_and_keep_their_texts() {
        assert!(std::mem::size_of::<RuntimeError>() <= 32);
        let e = RuntimeError::ArgumentCount {
            routine: Some("SUB".into()),
            passed: 1,
            expected: 2,
        };
        assert_eq!(
            e.to_string(),
            "Argument count mismatch calling SUB (Call=1, subr=2)"
        );
        assert_eq!(e.scarletdme_number(), Some(1005));
        let e = RuntimeError::from(ValueError::NonNumeric(Some("x".into())));
        assert_eq!(e.to_string(), "Non-numeric where numeric required");
        assert_eq!(e.scarletdme_number(), Some(1104));
        let at = RunError {
            program: "P".into(),
            line: 3,
            error: RuntimeError::GosubOverflow,
            operand: Some("X".into()),
        };
        assert_eq!(at.to_string(), "P line 3: GOSUB stack overflow");
        let at = RunError {
            error: ValueError::NonNumeric(None).into(),
            ..at
        };
        assert_eq!(
            at.to_string(),
            "P line 3: Non-numeric where numeric required in X"
        );
    }
}

/// The statement of a refused record update (`RuntimeError::RecordUpdate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateVerb {
    /// WRITE, WRITEU, MATWRITE, MATWRITEU.
    Write,
    /// WRITEV, WRITEVU.
    WriteV,
    /// DELETE, DELETEU.
    Delete,
}

//! Abstract syntax tree produced by the parser and consumed by the compiler.

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Cat,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    And,
    Or,
    Matches,
    Fmt,
}

/// An expression.
#[derive(Debug, Clone)]
pub enum Expr {
    /// Numeric literal (text kept for exact parsing).
    Num(String),
    /// String literal.
    Str(Vec<u8>),
    /// A variable (or an equate resolved at compile time).
    Var(String),
    /// `@NAME`.
    At(String),
    /// Binary operation.
    Bin(BinOp, Box<Expr>, Box<Expr>),
    /// Unary minus.
    Neg(Box<Expr>),
    /// Unary plus (no-op).
    Pos(Box<Expr>),
    /// `NAME(args)`: function call, matrix element or intrinsic (resolved by
    /// the compiler).
    Call(String, Vec<Expr>),
    /// `X<f[,v[,s]]>`.
    Field(Box<Expr>, Vec<Expr>),
    /// `X[s,l]` (two args) or `X[n]` (one arg).
    Substr(Box<Expr>, Vec<Expr>),
    /// `IF c THEN a ELSE b` as an expression.
    If(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `(expr)`: kept so CALL can pass parenthesised variables by value.
    Paren(Box<Expr>),
    /// `MAT name` as an argument.
    Mat(String),
    /// `obj->name` or `obj->name(args)` read (a property, a GET routine
    /// or a PUBLIC FUNCTION of a CLASS object).
    ObjGet(Box<Expr>, String, Vec<Expr>),
    /// `ME` inside a CLASS module: the object the routine runs for.
    Me,
}

/// A target of assignment or of a statement's output.
pub type LValue = Expr;

/// Assignment operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
    Mul,
    Div,
    Cat,
}

/// A statement with its source line.
#[derive(Debug, Clone)]
pub struct Stmt {
    /// File index.
    pub file: u16,
    /// Source line.
    pub line: u32,
    /// The line run-time messages give for its code: the number of the
    /// ScarletDME line-table entry it starts in (`parser::line_table`).
    pub rline: u32,
    /// The statement.
    pub kind: StmtKind,
}

/// PRINT/CRT items.
#[derive(Debug, Clone)]
pub enum PrintItem {
    /// An expression.
    Expr(Expr),
    /// A comma (TAB).
    Comma,
}

/// LOCATE statement forms.
#[derive(Debug, Clone)]
pub struct Locate {
    /// Value sought.
    pub what: Expr,
    /// Dynamic array variable/expression.
    pub array: Expr,
    /// Indices (field[, value[, sub]]) as written.
    pub idx: Vec<Expr>,
    /// Ordering code (AL, AR, DL, DR) if any.
    pub order: Option<Expr>,
    /// SETTING target.
    pub setting: LValue,
    /// True for Pick syntax `LOCATE(x, A, f, v; p; ord)`.
    pub pick: bool,
    /// THEN branch.
    pub then: Vec<Stmt>,
    /// ELSE branch.
    pub els: Vec<Stmt>,
}

/// File-statement forms sharing THEN/ELSE/ON ERROR/LOCKED clauses.
#[derive(Debug, Clone, Default)]
pub struct Clauses {
    /// THEN branch.
    pub then: Vec<Stmt>,
    /// ELSE branch.
    pub els: Vec<Stmt>,
    /// LOCKED branch.
    pub locked: Option<Vec<Stmt>>,
    /// ON ERROR branch.
    pub on_error: Option<Vec<Stmt>>,
    /// A THEN or an ELSE keyword was there (even with an empty branch).
    pub then_else: bool,
}

/// Statements.
#[derive(Debug, Clone)]
pub enum StmtKind {
    Assign(LValue, AssignOp, Expr),
    Print {
        crt: bool,
        items: Vec<PrintItem>,
        newline: bool,
        on: Option<Expr>,
    },
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    Case(Vec<(Expr, Vec<Stmt>, u32)>),
    Loop(Vec<LoopPart>),
    For {
        var: LValue,
        from: Expr,
        to: Expr,
        step: Option<Expr>,
        cond: Option<(bool, Expr)>,
        body: Vec<Stmt>,
    },
    Exit,
    Continue,
    /// WHILE (`until` false) or UNTIL as a statement of a LOOP or FOR body
    /// below the LOOP's own level (inside an IF, a CASE, a FOR): leaves the
    /// innermost loop as ScarletDME's BCOMP does; with its run-time line.
    LoopTest {
        until: bool,
        cond: Expr,
        rline: u32,
    },
    /// DO as a statement of a LOOP or FOR body: no effect (BCOMP only checks
    /// that a loop is open).
    Do,
    Label(String),
    Goto(String),
    /// RETURN TO label: drop the GOSUB return address, then GOTO.
    ReturnTo(String),
    /// CLEARDATA: empty the DATA stack.
    ClearData,
    Gosub(String),
    OnGoto {
        gosub: bool,
        expr: Expr,
        labels: Vec<String>,
    },
    Return(Option<Expr>),
    Stop(Option<Expr>),
    Abort(Option<Expr>),
    /// ERRMSG id, args: a Pick-style message from the ERRMSG file; STOPE and
    /// ABORTE (and STOP and ABORT under `$MODE PICK.ERRMSG`) with a message
    /// show it and then stop or abort.
    ErrMsg {
        id: Expr,
        args: Vec<Expr>,
        then: MsgThen,
    },
    Call {
        name: Option<String>,
        indirect: Option<Expr>,
        args: Vec<Expr>,
    },
    Null,
    Dim(Vec<(String, Vec<Expr>)>),
    MatAssign(String, Expr),
    MatCopy(String, String),
    Precision(Expr),
    Convert {
        from: Expr,
        to: Expr,
        var: LValue,
    },
    Ins {
        value: Expr,
        var: LValue,
        idx: Vec<Expr>,
    },
    Del {
        var: LValue,
        idx: Vec<Expr>,
    },
    Locate(Box<Locate>),
    Find {
        substr: bool,
        what: Expr,
        array: Expr,
        occ: Option<Expr>,
        setting: Vec<LValue>,
        then: Vec<Stmt>,
        els: Vec<Stmt>,
    },
    Remove {
        var: LValue,
        from: String,
        delim: LValue,
    },
    SetRem {
        pos: Expr,
        var: String,
    },
    /// Generic I/O statement: keyword, inputs, outputs, clauses.
    Io {
        kw: String,
        inputs: Vec<Expr>,
        outputs: Vec<LValue>,
        clauses: Clauses,
    },
    Execute {
        cmd: Expr,
        capturing: Option<LValue>,
        returning: Option<LValue>,
        rtnlist: Option<LValue>,
        passlist: Option<Expr>,
        /// TRAPPING ABORTS: an abort of the command returns here.
        trapping: bool,
    },
    Data(Vec<Expr>),
    /// A terminal or printer statement (`syntax::term_ast`).
    Term(crate::syntax::term_ast::TermStmt),
    Input {
        var: LValue,
        prompt: Option<Expr>,
    },
    Prompt(Expr),
    Sleep(Expr),
    Nap(Expr),
    MatParse {
        mat: String,
        src: Expr,
        delim: Expr,
    },
    MatBuild {
        var: LValue,
        mat: String,
        delim: Option<Expr>,
        /// First and last element (`FROM mat, start[, end]`).
        range: Vec<Expr>,
    },
    SetExitStatus(Expr),
    /// SET.ARG n, value: stores into the routine's n-th argument.
    SetArg(Expr, Expr),
    Chain(Expr),
    Clearselect(Option<Expr>),
    /// LOCAL SUBROUTINE / LOCAL FUNCTION definition.
    Local {
        name: String,
        is_fn: bool,
        params: Vec<String>,
        /// Parameters declared `((X))`: the routine works on a copy.
        by_value: Vec<String>,
        body: Vec<Stmt>,
    },
    /// PRIVATE variables of a local routine.
    Private(Vec<String>),
    /// GOSUB name(args) / CALL of a local subroutine.
    LocalCall(String, Vec<Expr>),
    /// Extension statement (looked up in the ext registry).
    Ext(String, Vec<Expr>),
    Echo(Expr),
    /// BEGIN TRANSACTION ... END TRANSACTION.
    Transaction(Vec<Stmt>),
    /// VOID expr: evaluated for its side effects.
    Void(Expr),
    /// Operands evaluated in order and dropped (TIMEOUT file, seconds: no
    /// read waits on a regular file, but an unassigned operand is still an
    /// error, as in ScarletDME).
    Eval(Vec<Expr>),
    /// CLEAR (false) / CLEAR COMMON, CLEARCOMMON (true).
    Clear(bool),
    /// RANDOMIZE [seed].
    Randomize(Option<Expr>),
    /// HUSH state [SETTING var]: display output off (1) or on (0).
    Hush(Expr, Option<LValue>),
    /// DPARSE and the CSV statements.
    Csv(Box<CsvStmt>),
    /// A GET, SET, PUBLIC SUBROUTINE or PUBLIC FUNCTION routine of a
    /// CLASS module.
    Method(Box<Method>),
    /// `obj->name(args) [= value]` as a statement: a SET routine, a
    /// PUBLIC SUBROUTINE or a property assignment.
    ObjSet {
        /// The object.
        obj: Expr,
        /// Property or method name.
        name: String,
        /// Arguments in brackets.
        args: Vec<Expr>,
        /// The value after `=`, the routine's last argument.
        value: Option<Expr>,
    },
    /// INHERIT obj (false) / DISINHERIT obj (true) in a CLASS module.
    Inherit(bool, Expr),
}

/// What a CLASS module routine is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    /// `GET name(args)`: read of a property.
    Get,
    /// `SET name(args)`: assignment of a property (value last).
    Set,
    /// `PUBLIC FUNCTION name(args)`.
    Function,
    /// `PUBLIC SUBROUTINE name(args)`.
    Subroutine,
}

impl MethodKind {
    /// True for the routines that return a value (GET, PUBLIC FUNCTION).
    pub fn returns(self) -> bool {
        matches!(self, MethodKind::Get | MethodKind::Function)
    }
}

/// A routine of a CLASS module.
#[derive(Debug, Clone)]
pub struct Method {
    /// What it is.
    pub kind: MethodKind,
    /// Its name (the property or method name).
    pub name: String,
    /// Parameter names.
    pub params: Vec<String>,
    /// Parameters written `(X)`: the routine works on a copy.
    pub by_value: Vec<String>,
    /// VAR.ARGS: callers may pass fewer arguments.
    pub var_args: bool,
    /// Body (up to its END).
    pub body: Vec<Stmt>,
}

/// A PUBLIC or PRIVATE variable of a CLASS module: one per object.
#[derive(Debug, Clone)]
pub struct ClassVar {
    /// Name.
    pub name: String,
    /// PUBLIC (a property), else PRIVATE.
    pub public: bool,
    /// PUBLIC ... READONLY: `obj->name = v` is refused.
    pub readonly: bool,
    /// A matrix: `(rows, cols)`, cols 0 for one dimension; every object
    /// gets it dimensioned, its elements unassigned.
    pub dims: Option<(usize, usize)>,
}

/// What a CLASS statement and the variable declarations of its module say.
#[derive(Debug, Clone, Default)]
pub struct ClassDecl {
    /// MAX.ARGS (default 32): the most arguments a routine takes.
    pub max_args: usize,
    /// INHERITS classes, objects of which CREATE.OBJECT inherits.
    pub inherits: Vec<String>,
    /// Object variables in declaration order.
    pub vars: Vec<ClassVar>,
}

/// DPARSE and the CSV statements (ScarletDME's CSV rules: `CSVDQ()` to
/// split, `FORMCSV` quoting to join).
#[derive(Debug, Clone)]
pub enum CsvStmt {
    /// `DPARSE src, delim, targets` (FIELD of each part), `DPARSE.CSV src,
    /// delim, targets` (`csv`: the parts of `CSVDQ(src, delim)`).
    Dparse {
        csv: bool,
        src: Expr,
        delim: Expr,
        targets: Vec<LValue>,
    },
    /// `INPUTCSV targets`: one input line split at commas.
    Input(Vec<LValue>),
    /// `READCSV FROM file TO targets THEN/ELSE`: one line of a sequential
    /// file split at commas.
    Read {
        file: Expr,
        targets: Vec<LValue>,
        clauses: Clauses,
    },
    /// `MATREADCSV mat FROM file THEN/ELSE`: one line into a matrix.
    MatRead {
        mat: String,
        file: Expr,
        clauses: Clauses,
    },
    /// `PRINTCSV [ON n] items [:]`.
    Print {
        on: Option<Expr>,
        items: Vec<Expr>,
        newline: bool,
    },
    /// `WRITECSV items TO file THEN/ELSE`.
    Write {
        items: Vec<Expr>,
        file: Expr,
        clauses: Clauses,
    },
}

/// A part of a LOOP body.
#[derive(Debug, Clone)]
pub enum LoopPart {
    /// Plain statements.
    Body(Vec<Stmt>),
    /// WHILE cond (exit when false), with its run-time line.
    While(Expr, u32),
    /// UNTIL cond (exit when true), with its run-time line.
    Until(Expr, u32),
}

/// A compiled unit's header.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// PROGRAM/SUBROUTINE/FUNCTION name.
    pub name: String,
    /// "PROGRAM", "SUBROUTINE", "FUNCTION" or "" (main program without header).
    pub kind: String,
    /// Parameter names; MAT parameters flagged.
    pub params: Vec<(String, bool)>,
    /// VAR.ARGS after the parameter list.
    pub var_args: bool,
}

/// A COMMON variable: its name and its DIM bounds (none for a scalar).
pub type CommonVar = (String, Vec<Expr>);

/// Declarations collected while parsing.
#[derive(Debug, Clone, Default)]
pub struct Decls {
    /// COMMON blocks: (block name, "$" for blank), variable names (with DIMs).
    pub commons: Vec<(String, Vec<CommonVar>)>,
    /// DEFFUN names with argument counts (`usize::MAX`: VAR.ARGS, any
    /// count).
    pub deffuns: Vec<(String, usize)>,
    /// LOCAL SUBROUTINE/FUNCTION names (true for functions) with param counts.
    pub locals: Vec<(String, bool)>,
    /// DEFFUN ... LOCAL names: LOCAL FUNCTIONs that may be called (no
    /// other call of a LOCAL FUNCTION compiles in ScarletDME).
    pub deffun_local: Vec<String>,
    /// DEFFUN ... CALLING "name": function name to catalogue name.
    pub deffun_alias: Vec<(String, String)>,
    /// Names that are dimensioned somewhere (DIM, MAT params, COMMON with dims).
    pub dims: Vec<String>,
    /// Names used as scalars before their DIM (an error at the DIM; their
    /// scalar uses are not reported again).
    pub dims_after_use: Vec<String>,
    /// The CLASS module's declarations (None for other units).
    pub class: Option<ClassDecl>,
}

/// A parsed compilation unit.
#[derive(Debug, Clone, Default)]
pub struct Unit {
    /// Header.
    pub header: Header,
    /// Declarations.
    pub decls: Decls,
    /// Body.
    pub body: Vec<Stmt>,
    /// The last line of the source: where ScarletDME reports undefined
    /// labels and undimensioned matrices.
    pub last_line: u32,
}

/// What follows a Pick-style message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MsgThen {
    /// The program goes on (ERRMSG).
    Continue,
    /// STOPE: the program stops.
    Stop,
    /// ABORTE: the program aborts.
    Abort,
}

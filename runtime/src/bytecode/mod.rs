//! Compact bytecode: 12-byte instructions (a tag and at most two 32-bit
//! operands, asserted below) over an operand stack.
//!
//! Variable references (`VarRef`, a `u32`) address either a local slot of
//! the current frame or, with the top bit set, a slot of a COMMON block
//! (bits 16..31 the program's block number, bits 0..16 the slot).

use crate::value::Value;

pub mod at_var_names;
pub mod intrinsics;
pub mod statement_ops;
pub mod term_ops;

/// Encoded variable reference.
pub type VarRef = u32;

/// Bit marking a COMMON variable reference.
pub const COMMON_BIT: u32 = 0x8000_0000;

/// Builds a COMMON reference.
pub fn common_ref(block: usize, idx: usize) -> VarRef {
    COMMON_BIT | ((block as u32 & 0x7fff) << 16) | (idx as u32 & 0xffff)
}

/// Instructions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// Push constant.
    Const(u32),
    /// Push small integer.
    Int(i32),
    /// Push "".
    Empty,
    /// Push a variable's value (error when unassigned).
    Load(VarRef),
    /// Two Loads in one instruction (peephole).
    Load2(VarRef, VarRef),
    /// Load then push a small integer (peephole).
    LoadInt(VarRef, i32),
    /// Push a variable's value without the unassigned check.
    LoadRaw(VarRef),
    /// Pop into variable.
    Store(VarRef),
    /// Move a variable's value out onto the stack (by-reference argument).
    Take(VarRef),
    /// Move a variable's value out onto the stack to be changed and stored
    /// back (`INS x BEFORE X<f>`: X is edited in place); error when
    /// unassigned, as a Load.
    TakeAssigned(VarRef),
    /// Pop and append to the variable (`:=`), in place.
    Append(VarRef),
    /// Push 1 when the variable is assigned.
    Assigned(VarRef),
    /// Push an @-variable.
    LoadAt(u16),
    /// Pop into an @-variable.
    StoreAt(u16),
    /// Discard top.
    Pop,
    /// Duplicate top.
    Dup,
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Neg,
    Cat,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    And,
    Or,
    Not,
    Matches,
    Fmt,
    /// Pop value, limit, step below it: push (step >= 0 ? v <= limit : v >= limit).
    ForCmp,
    /// FOR NEXT step 1: push var + step (step in local slot).
    ForIncr(VarRef, u16),
    /// FOR NEXT step 2: pop limit and new value; when within the limit
    /// (direction from the step in the local slot) store it in the variable
    /// and push true, else push false.
    ForTest(VarRef, u16),
    /// Fused comparison and branch: pops b, a; compares (kind 0..5 = EQ NE
    /// LT GT LE GE); jumps when the result is false.
    CmpJumpF(u8, u32),
    /// Pops a value and adds it to the variable in place (`X += e`).
    AddTo(VarRef),
    /// `MOD(a, b)`: pops b, a (peephole of `Intr(MOD, 2)`).
    Mod,
    /// Peephole `Int(k)` + `Add`: adds k to the top of the stack.
    AddK(i32),
    /// Peephole `Int(k)` + `Mul`: multiplies the top of the stack by k.
    MulK(i32),
    /// Peephole `Int(k)` + `Mod`: the top of the stack modulo k.
    ModK(i32),
    /// Peephole `Int(k)` + `CmpJumpF(kind, t)`: pops a, compares it with k
    /// (kind as in `CmpJumpF`) and jumps to t when the result is false.
    CmpKJumpF(u8, i32, u32),
    /// FOR NEXT with a limit expression free of side effects, in one
    /// instruction: pops the limit, computes var + step (step in the
    /// local slot), and when within the limit stores it and jumps to the
    /// loop body (the target), else falls through.
    ForNext(u16, VarRef, u32),
    /// Unconditional jump.
    Jump(u32),
    /// Pop; jump when false.
    JumpF(u32),
    /// Pop; jump when true.
    JumpT(u32),
    /// Internal subroutine call.
    Gosub(u32),
    /// Call a LOCAL routine: table index (entry, is_fn, nparams, slots), argc.
    LocalCall(u32, u8),
    /// RETURN (from GOSUB, else from the subroutine/program).
    Return,
    /// RETURN value from a FUNCTION.
    ReturnVal,
    /// ON GOTO/GOSUB: pop index; table index; gosub flag.
    OnGo(u32, bool),
    /// `s[start,len]`: pops s, start, len.
    Substr,
    /// `s[n]`: pops s, n.
    Substr1,
    /// `X<f[,v[,s]]>` with n indices.
    Extract(u8),
    /// Pops indices and value: replace in place in the variable.
    StoreField(VarRef, u8),
    /// Pops start, len, value: substring assignment in the variable.
    StoreSubstr(VarRef),
    /// Pops nd indices: push matrix element.
    ElemLoad(VarRef, u8),
    /// Pops nd indices and value: store matrix element.
    ElemStore(VarRef, u8),
    /// Pops nd indices: move the element out (by-reference argument).
    ElemTake(VarRef, u8),
    /// Pushes a reference to the variable as the next argument of a CALL
    /// or DEFFUN call: the callee's parameter aliases the variable.
    ArgRef(VarRef),
    /// Pops nd indices: pushes a reference to the matrix element as the
    /// next argument of a CALL or DEFFUN call.
    ArgElemRef(VarRef, u8),
    /// Intrinsic function id with argc arguments.
    Intr(u16, u8),
    /// Statement operation id with argc inputs (pushes its outputs).
    Sys(u16, u8),
    /// Statement operation on a variable (REMOVE, SETREM, ...).
    SysVar(u16, VarRef),
    /// Append the top value to the print line.
    PrintPart,
    /// Append a TAB (PRINT comma).
    PrintTab,
    /// Finish the print line (bit 0 newline, bit 1 printer channel).
    PrintEnd(u8),
    /// Call external subroutine named by constant, argc.
    Call(u32, u8),
    /// Call subroutine named by popped value (below args), argc.
    CallInd(u8),
    /// Call external function named by constant, argc (pushes args, result).
    CallFn(u32, u8),
    /// Extension function/statement (const name index, argc); pushes args, result.
    Ext(u32, u8),
    /// STOP (bit: has message on stack).
    Stop(bool),
    /// ABORT.
    Abort(bool),
    /// DIM: variable, number of dimensions (popped).
    Dim(VarRef, u8),
    /// MAT var = value (pops value).
    MatFill(VarRef),
    /// MAT a = MAT b.
    MatCopy(VarRef, VarRef),
    /// A CLASS object operation ([`obj_op`] kind, argument count,
    /// constant index of the property or method name).
    Obj(u8, u8, u32),
    /// No-op.
    Nop,
}

/// The kinds of `Op::Obj`.
pub mod obj_op {
    /// `OBJECT(name, args)`: the class name below `argc` arguments becomes
    /// the new object, whose CREATE.OBJECT runs with the arguments.
    pub const NEW: u8 = 0;
    /// `obj->name(args)` read: object below `argc` arguments; pushes the
    /// property or the routine's result.
    pub const GET: u8 = 1;
    /// `obj->name(args) [= value]` statement: object below `argc`
    /// arguments (the value last).
    pub const SET: u8 = 2;
    /// `ME`: pushes the object the routine runs for.
    pub const ME: u8 = 3;
    /// `INHERIT obj` (pops it).
    pub const INHERIT: u8 = 4;
    /// `DISINHERIT obj` (pops it).
    pub const DISINHERIT: u8 = 5;
    /// `OBJINFO(var, key)`: pops key and value, pushes the information.
    pub const INFO: u8 = 6;
}

// The instruction size the module documentation promises.
const _: () = assert!(std::mem::size_of::<Op>() == 12);

/// The kind of a compiled unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Program,
    Subroutine,
    Function,
    /// A CLASS module: its routines run for objects (`Chunk::class`).
    Class,
}

/// One name of a CLASS module's name map: a property (object variable),
/// a GET and/or SET routine, or a PUBLIC FUNCTION / SUBROUTINE.
#[derive(Debug, Clone, Default)]
pub struct ClassMember {
    /// The name, upper case.
    pub name: String,
    /// Object variable index + 1 of a PUBLIC variable (0: none),
    /// negative when READONLY.
    pub var: i32,
    /// Routine index + 1 run by `obj->name(args) = v` / `obj->name(args)`
    /// statements (SET, PUBLIC SUBROUTINE; 0: none).
    pub set: u32,
    /// Routine index + 1 run when `obj->name(args)` is read (GET, PUBLIC
    /// FUNCTION; 0: none).
    pub get: u32,
}

/// A routine of a CLASS module.
#[derive(Debug, Clone)]
pub struct ClassRoutine {
    /// Its first instruction.
    pub entry: u32,
    /// Number of arguments it declares.
    pub nargs: u8,
    /// VAR.ARGS: callers may pass fewer.
    pub var_args: bool,
    /// Returns a value (GET, PUBLIC FUNCTION).
    pub returns: bool,
}

/// What the VM needs of a CLASS module besides its code.
#[derive(Debug, Clone, Default)]
pub struct ClassInfo {
    /// The name map.
    pub members: Vec<ClassMember>,
    /// The routines members refer to.
    pub routines: Vec<ClassRoutine>,
    /// Which of the chunk's COMMON blocks holds the object variables (each
    /// object has its own block: it is mapped in when a routine runs).
    pub block: usize,
    /// The PUBLIC / PRIVATE matrices: object variable index, rows, columns
    /// (0 for one dimension). A new object has them dimensioned.
    pub matrices: Vec<(usize, usize, usize)>,
}

impl ClassInfo {
    /// The member called `name`.
    pub fn member(&self, name: &str) -> Option<&ClassMember> {
        self.members.iter().find(|m| m.name == name)
    }
}

/// A resolved CALL/DEFFUN target and the object-cache generation it was
/// resolved under.
pub type Link = (std::rc::Rc<Chunk>, u64);

/// A compiled program, subroutine or function.
#[derive(Debug)]
pub struct Chunk {
    /// Program name (from the header, or the item name).
    pub name: String,
    /// Source file names (index 0 the main source).
    pub files: Vec<String>,
    /// Kind.
    pub kind: UnitKind,
    /// Instructions.
    pub ops: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Constant pool.
    pub consts: Vec<Value>,
    /// Local variable names (slot order); parameters first.
    pub var_names: Vec<String>,
    /// Number of parameters.
    pub nparams: usize,
    /// VAR.ARGS: a CALL may pass fewer than `nparams` arguments (the rest
    /// stay unassigned).
    pub var_args: bool,
    /// COMMON blocks used: (name, size).
    pub commons: Vec<(String, usize)>,
    /// COMMON variable names per block.
    pub common_names: Vec<Vec<String>>,
    /// ON GOTO/GOSUB jump tables.
    pub tables: Vec<Vec<u32>>,
    /// A CLASS module's name map and routines.
    pub class: Option<Box<ClassInfo>>,
    /// Resolved CALL/DEFFUN targets by constant index (filled at run
    /// time), with the object-cache generation they were resolved under.
    pub links: std::cell::RefCell<Vec<Option<Link>>>,
    /// Where the BASIC command catalogues the program (`$CATALOGUE`): the
    /// catalogue name and mode (`LOCAL`, `GLOBAL`; None: private).
    pub catalogue: Option<(String, Option<String>)>,
}

//! mvbasic: a ScarletDME-dialect MultiValue BASIC runtime.
//!
//! Pipeline (data flows one way): [`preproc`] (includes, `$DEFINE`) ->
//! [`lexer`] -> [`parser`] (AST in [`ast`]) -> [`compiler`] (bytecode in
//! [`bytecode`]) -> [`vm`]. Values are in [`value`]; library functions in
//! `builtins`; extensions (sockets) register through [`ext`].

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod execute;
pub mod ext;
pub mod files;
pub mod intrinsics;
pub mod lexer;
pub mod loader;
pub mod net;
pub mod num;
pub mod parser;
pub mod preproc;
pub mod select;
pub mod seqfile;
pub mod sysop;
pub mod value;
pub mod vm;

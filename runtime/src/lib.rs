//! mvbasic: a ScarletDME-dialect MultiValue BASIC runtime.
//!
//! Pipeline (data flows one way): [`syntax`] (preprocessor, lexer, parser,
//! AST) -> [`compiler`] (bytecode in [`bytecode`]) -> [`vm`]. Values are in
//! [`value`]; library functions in [`builtins`]; files, programs and
//! processes in [`host`]; the command level's query language in [`query`]; extensions (sockets, [`net`]) register through
//! [`extensions`]; [`runner`] runs a program or a command line.

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod extensions;
pub mod host;
pub mod net;
pub mod query;
pub mod runner;
pub mod status_codes;
pub mod syntax;
pub mod value;
pub mod vm;

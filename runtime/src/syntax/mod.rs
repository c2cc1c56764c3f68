//! The BASIC front end: preprocessor, lexer, parser and the AST they build.
//! Knows nothing of bytecode, the VM or the host.

pub mod ast;
pub mod catalogue_directive;
pub mod compile_error;
pub mod ext_names;
pub mod file_dicts;
pub mod function_words;
pub mod lexer;
pub mod parser;
pub mod preproc;
pub mod statement_words;
pub mod term_ast;

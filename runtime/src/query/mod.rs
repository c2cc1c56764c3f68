//! The query language of the command level (SELECT, SSELECT, COUNT, LIST):
//! parsing a sentence ([`sentence`]), dictionary items and I-type
//! expressions ([`dict`], [`itype`]), selection, sorting and SAVING
//! ([`select`]) and LIST's report ([`report`], its breaks and totals
//! [`breaks`]).
//!
//! This module knows nothing of files or sessions: records and dictionary
//! items come through [`dict::Source`], which `host` implements over its
//! directory files. It stays out of the BASIC parser: query sentences are
//! their own small language.

pub mod agg;
pub mod breaks;
pub mod cond;
pub mod dict;
pub mod itype;
mod itype_funcs;
mod layouts;
pub mod report;
pub mod select;
pub mod sentence;

//! Host services beside the VM: directory files, sequential files, select
//! lists, finding and compiling programs in the account, PHANTOM processes,
//! CCALL's calls of C code and the session state shared by every program
//! level.
//!
//! The VM is given a [`Host`] at start-up (inside its
//! [`session::Session`]): the extension table and the executable that runs
//! a command line in a new process. Nothing here depends on the VM.

pub mod ak_scan;
pub mod ak_store;
pub mod catalog;
pub mod ccall;
mod ccall_call;
pub mod class_objects;
pub mod cmd_catalog;
pub mod cmd_files;
pub mod cmd_index;
pub mod cmd_query;
pub mod cmd_setptr;
pub mod commands;
pub mod dir_file;
mod dir_reader;
pub mod display;
pub mod errmsg;
pub mod file_source;
pub mod file_status;
pub mod heading;
pub mod lock_bytes;
pub mod locks;
pub mod object_cache;
pub mod os_command;
pub mod os_names;
pub mod paragraph;
pub mod phantom;
pub mod print_units;
pub mod printer_setting;
pub mod programs;
pub mod select_list;
pub mod seq_file;
pub mod session;
pub mod spool;
pub mod translate;
pub mod tty_modes;
pub mod txn;
pub mod voc;

use std::path::PathBuf;

use crate::extensions::ExtTable;

/// What the embedding gives the VM at start-up.
#[derive(Clone)]
pub struct Host {
    /// Extension functions, statements and EXECUTE hooks (their names are
    /// also what the compiler accepts).
    pub extensions: ExtTable,
    /// The executable that runs one command line in an account
    /// (`EXE --account DIR exec COMMAND`): PHANTOM starts it.
    pub executable: PathBuf,
    /// Width of CCALL's argument slots (`MVBASIC_CCALL_SLOTS`), or why the
    /// setting is unusable (CCALL then fails with that text).
    pub ccall_slots: Result<ccall::SlotWidth, String>,
}

impl Host {
    /// A host with `extensions`, whose PHANTOMs run this process's own
    /// executable, with CCALL slots as `MVBASIC_CCALL_SLOTS` says.
    pub fn new(extensions: ExtTable) -> Host {
        let executable = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("mvbasic"));
        Host {
            extensions,
            executable,
            ccall_slots: ccall::SlotWidth::from_env(),
        }
    }
}

impl Default for Host {
    fn default() -> Host {
        Host {
            extensions: ExtTable::default(),
            executable: PathBuf::new(),
            ccall_slots: Ok(ccall::SlotWidth::default()),
        }
    }
}

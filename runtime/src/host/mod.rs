//! Host services beside the VM: directory files, sequential files, select
//! lists, finding and compiling programs in the account, PHANTOM processes
//! and the session state shared by every program level.

pub mod dir_file;
pub mod phantom;
pub mod programs;
pub mod select_list;
pub mod seq_file;
pub mod session;

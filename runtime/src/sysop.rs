//! Statement operations (`Op::Sys` / `Op::SysVar`): ids shared by the
//! compiler and the VM. Each pops its inputs and pushes its outputs, then
//! (for statements with THEN/ELSE clauses) a branch code: 0 ELSE, 1 THEN,
//! 2 LOCKED, 3 ON ERROR.

/// Statement operation ids.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Sys {
    Open, OpenPath, Read, ReadU, ReadL, ReadV, ReadVU, ReadVL, MatRead, Write, WriteU, WriteV,
    MatWrite, Delete, Release, Close, OpenSeq, ReadSeq, WriteSeq, WriteSeqF, WriteBlk, ReadBlk,
    WeofSeq, CloseSeq, Seek, Create, Select, SSelect, SelectV, ReadNext, ReadList, ClearSelect,
    Execute, Data, Input, Prompt, Sleep, Nap, Precision, SetExitStatus, Chain, Locate, Find,
    FindStr, Remove, RemoveFn, GetRem, SetRem, MatParse, MatBuild, Echo, Inmat, PopGosub, ClearData,
}

/// All ids in order (index = discriminant).
pub static ALL: &[Sys] = &[
    Sys::Open, Sys::OpenPath, Sys::Read, Sys::ReadU, Sys::ReadL, Sys::ReadV, Sys::ReadVU,
    Sys::ReadVL, Sys::MatRead, Sys::Write, Sys::WriteU, Sys::WriteV, Sys::MatWrite, Sys::Delete,
    Sys::Release, Sys::Close, Sys::OpenSeq, Sys::ReadSeq, Sys::WriteSeq, Sys::WriteSeqF,
    Sys::WriteBlk, Sys::ReadBlk, Sys::WeofSeq, Sys::CloseSeq, Sys::Seek, Sys::Create, Sys::Select,
    Sys::SSelect, Sys::SelectV, Sys::ReadNext, Sys::ReadList, Sys::ClearSelect, Sys::Execute,
    Sys::Data, Sys::Input, Sys::Prompt, Sys::Sleep, Sys::Nap, Sys::Precision, Sys::SetExitStatus,
    Sys::Chain, Sys::Locate, Sys::Find, Sys::FindStr, Sys::Remove, Sys::RemoveFn, Sys::GetRem,
    Sys::SetRem, Sys::MatParse, Sys::MatBuild, Sys::Echo, Sys::Inmat, Sys::PopGosub, Sys::ClearData,
];

impl Sys {
    /// From the encoded id.
    pub fn from_u16(i: u16) -> Option<Sys> {
        ALL.get(i as usize).copied()
    }
}

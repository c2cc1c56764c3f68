//! Sub-operations of `Sys::Term` (terminal and printer statements): the
//! first input of the operation is one of these codes.

/// `[unit]`: the print unit of the next PRINT (PRINT ON unit).
pub const PRINT_UNIT: i32 = 1;
/// `[col, row, current, len, mask, timeout, flags]` → pushes the THEN/ELSE
/// code, then the input (INPUT, INPUT @, INPUTFIELD; col -1: no `@`).
pub const INPUT: i32 = 2;
/// `[timeout]` → pushes the THEN/ELSE code, then the key's code (IN).
pub const IN: i32 = 3;
/// `[unit, text, kind]`: HEADING (kind 0), HEADING NO.EJECT (1), FOOTING (2).
pub const HEADING: i32 = 4;
/// `[unit, page]`: PAGE (page -1: unchanged).
pub const PAGE: i32 = 5;
/// `[op, unit]`: PRINTER ON (0), OFF (1), RESET (2), CLOSE (3; unit -2 all).
pub const PRINTER: i32 = 6;
/// `[image, restore_all]`: RESTORE.SCREEN.
pub const RESTORE_SCREEN: i32 = 7;
/// `[]`: CLEARINPUT / INPUTCLEAR.
pub const CLEAR_INPUT: i32 = 8;
/// `[settings]`: TTYSET.
pub const TTYSET: i32 = 9;

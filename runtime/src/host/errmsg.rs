//! The ERRMSG file of Pick-style messages (ERRMSG, STOPE, ABORTE). A
//! message is a record whose fields are the steps of
//! [`crate::builtins::pick_msg`]. ScarletDME keeps the file in its system
//! account (every account's VOC points at it); mvbasic ships the messages
//! listed below, written from what ScarletDME prints, and an account that
//! has its own `ERRMSG` (a VOC record or a directory of that name) uses
//! that file instead, as ScarletDME opens `ERRMSG` through the VOC.

use std::path::Path;

/// The messages mvbasic ships: id, fields.
const MESSAGES: &[(&str, &[&str])] = &[
    ("NULL", &["H MESSAGE ID IS NULL: UNDEFINED ERROR"]),
    ("3", &["E VERB?"]),
    ("10", &["E FILE NAME MISSING"]),
    ("100", &["E '", "A", "H ' IS NOT.", "A"]),
    ("200", &["E FILE NAME?"]),
    ("201", &["E '", "A", "H' IS NOT A FILE NAME"]),
    ("202", &["H'", "A", "H' NOT ON FILE."]),
    ("203", &["E ITEM NAME?"]),
    ("204", &["E FILE DEFINITION '", "A", "H' IS MISSING."]),
    ("206", &["L", "E '", "A", "H' ASSEMBLED."]),
    ("221", &["H'", "A", "H' FILED."]),
    ("222", &["H'", "A", "H' DELETED."]),
    ("223", &["H'", "A", "H' EXISTS ON FILE"]),
    ("401", &["E NO ITEMS PRESENT."]),
    ("403", &["L1", "HEND OF LIST"]),
    ("404", &["E", "H ", "A", "H  ITEMS SELECTED."]),
    ("405", &["L(1)", "A", "H ITEMS LISTED."]),
    ("407", &["H ", "A", "H ITEMS COUNTED"]),
    ("408", &["HONE ITEM COUNTED."]),
    ("409", &["E '", "A", "H' IS NOT ON FILE."]),
    (
        "417",
        &[
            "L",
            "E FILE '",
            "A",
            "H' CREATED; BASE = ",
            "A",
            "H, MODULO = ",
            "A",
            "H, SEPAR = ",
            "A",
            "H.",
        ],
    ),
    ("B0", &["A", "H CATALOGED!"]),
];

/// The numeric ids (inclusive ranges) of the records of ScarletDME's
/// ERRMSG file (commit 38cc96b).
const SCARLETDME_NUMBERS: &[(u32, u32)] = &[
    (2, 3),
    (5, 5),
    (7, 11),
    (13, 13),
    (15, 15),
    (17, 22),
    (24, 26),
    (29, 29),
    (53, 53),
    (71, 72),
    (79, 80),
    (82, 82),
    (91, 100),
    (111, 111),
    (118, 118),
    (120, 120),
    (158, 158),
    (163, 164),
    (166, 170),
    (173, 173),
    (192, 230),
    (232, 235),
    (237, 237),
    (239, 247),
    (250, 251),
    (260, 260),
    (265, 265),
    (267, 268),
    (270, 270),
    (272, 282),
    (289, 291),
    (293, 293),
    (298, 298),
    (316, 316),
    (331, 331),
    (335, 338),
    (340, 342),
    (390, 391),
    (398, 399),
    (401, 401),
    (403, 432),
    (520, 525),
    (530, 536),
    (550, 552),
    (604, 604),
    (630, 638),
    (640, 641),
    (644, 646),
    (651, 660),
    (700, 701),
    (705, 706),
    (708, 708),
    (780, 783),
    (802, 803),
    (805, 806),
    (808, 808),
    (911, 911),
    (950, 954),
    (990, 990),
    (992, 993),
    (999, 999),
    (1004, 1004),
    (1011, 1011),
    (1050, 1051),
    (1059, 1060),
    (1065, 1065),
    (1099, 1119),
    (1121, 1123),
    (1126, 1127),
    (1129, 1135),
    (1140, 1141),
    (1143, 1145),
    (1147, 1151),
    (1160, 1162),
    (1169, 1184),
    (1200, 1204),
    (1209, 1222),
    (1229, 1235),
    (1239, 1243),
    (4321, 4321),
];

/// Its other ids.
const SCARLETDME_NAMES: &[&str] = &[
    "A0098", "A0099", "B0", "B1", "B10", "B11", "B12", "B13", "B14", "B15", "B16", "B17", "B18",
    "B19", "B20", "B21", "B22", "B24", "B25", "B26", "B27", "B28", "B29", "B30", "B31", "B32",
    "B33", "B34", "B41", "B100", "B101", "B102", "B103", "B104", "B105", "B106", "B107", "B108",
    "B109", "B110", "B111", "B112", "B113", "B114", "B115", "B116", "B117", "B118", "B119", "B120",
    "B121", "B122", "B123", "B124", "B125", "B126", "B127", "B128", "B130", "B154", "B199", "B209",
    "B210", "B220", "NULL",
];

/// What an ERRMSG statement finds for a message id.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The message record (fields separated by @FM).
    Found(Vec<u8>),
    /// No such message.
    Missing,
    /// ScarletDME's file has the message but mvbasic does not ship it.
    NotShipped,
    /// The account's VOC names an ERRMSG file that cannot be opened.
    CannotOpen,
}

/// Finds message `id` (already `NULL` for an empty id) in the account's own
/// ERRMSG file, or else among the messages mvbasic ships.
pub fn lookup(account: &Path, id: &[u8]) -> Lookup {
    match super::voc::file_ref(account, "ERRMSG", false) {
        super::voc::FileRef::Missing => {}
        _ => {
            return match super::dir_file::open(account, b"ERRMSG") {
                Some(f) => f.read(id).map_or(Lookup::Missing, Lookup::Found),
                None => Lookup::CannotOpen,
            }
        }
    }
    if let Some((_, fields)) = MESSAGES.iter().find(|(k, _)| k.as_bytes() == id) {
        let rec = fields.iter().map(|f| f.as_bytes()).collect::<Vec<_>>();
        return Lookup::Found(rec.join(&crate::builtins::dynarray::FM));
    }
    if in_scarletdme(id) {
        Lookup::NotShipped
    } else {
        Lookup::Missing
    }
}

/// Whether ScarletDME's ERRMSG file has a record `id`.
fn in_scarletdme(id: &[u8]) -> bool {
    let canonical =
        !id.is_empty() && id.iter().all(u8::is_ascii_digit) && (id[0] != b'0' || id.len() == 1);
    if canonical {
        if let Some(n) = std::str::from_utf8(id)
            .ok()
            .and_then(|s| s.parse::<u32>().ok())
        {
            return SCARLETDME_NUMBERS
                .iter()
                .any(|&(a, b)| (a..=b).contains(&n));
        }
        return false;
    }
    SCARLETDME_NAMES.iter().any(|n| n.as_bytes() == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_and_known() {
        let empty = std::env::temp_dir().join("mvbasic-errmsg-test-no-account");
        assert_eq!(
            lookup(&empty, b"202"),
            Lookup::Found(b"H'\xFEA\xFEH' NOT ON FILE.".to_vec())
        );
        assert_eq!(lookup(&empty, b"1004"), Lookup::NotShipped);
        assert_eq!(lookup(&empty, b"B10"), Lookup::NotShipped);
        assert_eq!(lookup(&empty, b"0202"), Lookup::Missing);
        assert_eq!(lookup(&empty, b"77777"), Lookup::Missing);
    }
}

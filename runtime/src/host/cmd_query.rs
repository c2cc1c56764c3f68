//! The query verbs over directory files: SELECT, SSELECT, COUNT, LIST,
//! and the saved select lists (SAVE.LIST, GET.LIST, DELETE.LIST, kept as
//! records of the `$SAVEDLISTS` file). The sentence is parsed and run by
//! `crate::query`; this module supplies the records and dictionaries and
//! ScarletDME's messages.

use super::commands::Outcome;
use super::dir_file::{self, DirFile};
use super::file_source::FileSource;
use super::select_list::SelectList;
use super::session::Session;
use crate::query::dict::Source;
use crate::query::{report, select, sentence};

fn open_source(sess: &Session, dict: bool, file: &str) -> Option<FileSource> {
    let acct = &sess.account;
    let data = dir_file::open_part(acct, file.as_bytes(), dict).ok()?;
    let dict_part = if dict {
        None
    } else {
        dir_file::open_part(acct, file.as_bytes(), true).ok()
    };
    Some(FileSource {
        data,
        dict: dict_part,
        name: file.to_string(),
        account: acct.clone(),
    })
}

/// Parses the sentence against the file's dictionary and opens the file;
/// the error has been shown.
fn prepare(sess: &mut Session, cmd: &str) -> Result<(sentence::Query, FileSource), Outcome> {
    let toks = sentence::tokens(cmd);
    let mut i = 1;
    let dict =
        matches!(toks.get(1), Some(sentence::Token::Word(w)) if w.eq_ignore_ascii_case("DICT"));
    if dict {
        i += 1;
    }
    let file = match toks.get(i) {
        Some(sentence::Token::Word(w)) | Some(sentence::Token::Lit(w)) => w.clone(),
        None => {
            sess.say("File name required");
            return Err(Outcome::Done(-1));
        }
    };
    let Some(src) = open_source(sess, dict, &file) else {
        sess.say("File not found");
        return Err(Outcome::Done(-1));
    };
    let is_field = |w: &str| src.dict_record(w).is_some();
    match sentence::parse(cmd, &is_field) {
        Ok(q) => Ok((q, src)),
        Err(e) => {
            sess.say(&e);
            Err(Outcome::Done(-1))
        }
    }
}

/// SELECT / SSELECT / COUNT / LIST.
pub fn query_verb(sess: &mut Session, verb: &str, cmd: &str) -> Outcome {
    // ScarletDME's query processor starts by clearing @SELECTED: a
    // sentence it refuses leaves 0
    sess.selected = 0;
    let (q, src) = match prepare(sess, cmd) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let sorted = verb == "SSELECT" || verb == "SORT";
    // every query verb works on the active default list, and uses it up;
    // ids of records the file does not hold drop out (COUNT and LIST name
    // them after their result)
    let mut not_found: Vec<Vec<u8>> = Vec::new();
    let candidates = match sess.lists.get_mut(0).and_then(|l| l.take()) {
        Some(l) => {
            let mut found = Vec::new();
            for id in l.as_query_sees_it() {
                if src.record(&id).is_some() {
                    found.push(id);
                } else if !not_found.contains(&id) {
                    not_found.push(id);
                }
            }
            found
        }
        None => src.data.ids(),
    };
    // record ids named in the sentence that the file does not hold
    for id in &q.ids {
        let id = id.as_bytes().to_vec();
        if src.record(&id).is_none() && !not_found.contains(&id) {
            not_found.push(id);
        }
    }
    let show_not_found = |sess: &mut Session, not_found: &[Vec<u8>]| {
        for id in not_found {
            sess.say(&format!("'{}' not found", String::from_utf8_lossy(id)));
        }
    };
    let list = match select::run(&q, &src, candidates, sorted) {
        Ok(l) => l,
        Err(e) => {
            sess.say(&e);
            return Outcome::Done(-1);
        }
    };
    let n = list.len();
    let sample = q.sample.is_some() || q.sampled.is_some();
    let sample_of = if sample { "Sample of " } else { "" };
    match verb {
        "COUNT" => {
            sess.say(&format!("{sample_of}{n} record(s) counted"));
            show_not_found(sess, &not_found);
            sess.selected = n as i64;
            Outcome::Done(n as i64)
        }
        "LIST" | "SORT" => {
            // an exploded sort's items carry positions after the id
            let rows: Vec<(Vec<u8>, Vec<u8>)> = list
                .into_iter()
                .map(|mut id| {
                    if let Some(at) = id.iter().position(|&c| c == 0xFD) {
                        id.truncate(at);
                    }
                    id
                })
                .filter_map(|id| src.record(&id).map(|r| (id, r)))
                .collect();
            let mut page = page_text(&q);
            page.sample = sample;
            match report::report(&q, &src, &rows, cmd, &page) {
                Ok(lines) => {
                    // LPTR: the report goes to the printer, which keeps
                    // nothing (as ScarletDME's with no printer: its spooler
                    // command fails and the report is lost)
                    if q.lptr.is_none() {
                        for mut l in lines {
                            l.push(b'\n');
                            sess.write(&l);
                        }
                    }
                    show_not_found(sess, &not_found);
                    sess.selected = rows.len() as i64;
                    Outcome::Done(rows.len() as i64)
                }
                Err(e) => {
                    sess.say(&e);
                    Outcome::Done(-1)
                }
            }
        }
        _ => {
            let target = q.to_list.unwrap_or(0);
            if let Some(slot) = sess.lists.get_mut(target) {
                *slot = (n > 0).then(|| SelectList::new(list));
            }
            sess.selected = n as i64;
            sess.say(&format!(
                "{sample_of}{n} record(s) selected to list {target}"
            ));
            Outcome::Done(n as i64)
        }
    }
}

/// LIST's HEADING and FOOTING expanded for page 1 of the display.
fn page_text(q: &sentence::Query) -> report::PageText {
    use super::print_units::DISPLAY_SIZE;
    let now = super::display::utc_clock();
    let expand = |t: &Option<String>| {
        t.as_ref().map(|t| {
            let (out, _) = super::heading::expand(t.as_bytes(), 1, DISPLAY_SIZE, now);
            out.split(|&c| c == 0xFE)
                .map(|l| String::from_utf8_lossy(l).into_owned())
                .collect()
        })
    };
    report::PageText {
        heading: expand(&q.heading),
        footing: expand(&q.footing),
        page_lines: DISPLAY_SIZE as usize,
        width: DISPLAY_SIZE as usize,
        sample: false,
    }
}

fn saved_lists(sess: &Session) -> Option<DirFile> {
    saved_lists_file(&sess.account)
}

/// The file of saved select lists (`$SAVEDLISTS` in the VOC, directory
/// `$SVLISTS`), created when missing.
pub fn saved_lists_file(account: &std::path::Path) -> Option<DirFile> {
    if let Ok(f) = dir_file::open_part(account, b"$SAVEDLISTS", false) {
        return Some(f);
    }
    let path = account.join("$SVLISTS");
    std::fs::create_dir_all(&path).ok()?;
    Some(DirFile::new("$SAVEDLISTS", path))
}

fn list_number(w: &[String], kw: &str) -> usize {
    w.iter()
        .position(|x| x.eq_ignore_ascii_case(kw))
        .and_then(|i| w.get(i + 1))
        .and_then(|n| n.parse().ok())
        .filter(|n: &usize| *n <= 10)
        .unwrap_or(0)
}

/// SAVE.LIST / GET.LIST / DELETE.LIST.
pub fn list_verb(sess: &mut Session, verb: &str, w: &[String]) -> Outcome {
    let Some(name) = w.get(1).cloned() else {
        sess.say("List name required");
        return Outcome::Done(-1);
    };
    let Some(file) = saved_lists(sess) else {
        sess.say("Cannot open $SAVEDLISTS");
        return Outcome::Done(-1);
    };
    match verb {
        "SAVE.LIST" => {
            let from = list_number(w, "FROM");
            let Some(list) = sess.lists.get_mut(from).and_then(|l| l.take()) else {
                sess.say(&format!("Select list {from} is not active"));
                return Outcome::Done(-1);
            };
            let items: Vec<Vec<u8>> = list.items.into_iter().collect();
            if file.write(name.as_bytes(), &items.join(&0xFEu8)).is_err() {
                sess.say(&format!("Cannot write saved select list '{name}'"));
                return Outcome::Done(-1);
            }
            sess.say(&format!(
                "{} records saved to select list '{name}'",
                items.len()
            ));
            Outcome::Done(items.len() as i64)
        }
        "GET.LIST" => {
            let to = list_number(w, "TO");
            let Some(rec) = file.read(name.as_bytes()) else {
                sess.say(&format!("Saved select list '{name}' not found"));
                // ScarletDME: minus the READ's STATUS() (record not found)
                return Outcome::Done(-(crate::status_codes::ER_RNF as i64));
            };
            let list = SelectList::from_dynarray(&rec);
            let n = list.len();
            if let Some(slot) = sess.lists.get_mut(to) {
                *slot = (n > 0).then_some(list);
            }
            sess.selected = n as i64;
            sess.say(&format!("{n} record(s) selected to select list {to}"));
            Outcome::Done(n as i64)
        }
        _ => match file.delete(name.as_bytes()) {
            Ok(true) => {
                sess.say(&format!("Deleted saved select list '{name}'"));
                Outcome::Done(0)
            }
            _ => {
                sess.say(&format!("Saved select list '{name}' not found"));
                Outcome::Done(-(crate::status_codes::ER_RNF as i64))
            }
        },
    }
}

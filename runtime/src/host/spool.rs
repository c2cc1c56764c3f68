//! Print units that print to a file: ScarletDME's mode 3 (PRINT_TO_FILE),
//! the default of print units 1 to 255 and what `SETPTR unit,...,3` makes
//! of unit 0. Output goes to a record of `$HOLD` (`P<unit>`, or the name of
//! `SETPTR ... AS name`), paged as ScarletDME pages it: top margin, heading,
//! the data lines, the footing after blank lines down to the foot of the
//! page, then CR FF before the next page. The record is created empty on the
//! first output and written in 2048-byte blocks as the buffer fills, the
//! rest when the unit is closed (PRINTER CLOSE, or the end of the session).
//! Other modes (the printer, mode 1) keep mvbasic's old behaviour: the text
//! is not kept.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use crate::host::display::Page;
use crate::host::session::Session;

/// ScarletDME's buffer of print file output: written when full.
const BLOCK: usize = 2048;

/// A print unit's page layout (SETPTR / SETPU settings).
#[derive(Debug, Clone, Copy)]
struct Layout {
    width: i64,
    lines: i64,
    top: i64,
    bottom: i64,
    left: i64,
}

/// The state of one print unit printing to a file.
#[derive(Debug)]
pub struct SpoolUnit {
    heading: Option<Vec<u8>>,
    footing: Option<Vec<u8>>,
    page_no: i64,
    line: i64,
    col: i64,
    hdr_next: bool,
    /// Something was written since the file was started (CR FF is due
    /// before the next page).
    output: bool,
    in_footer: bool,
    /// The open record and the bytes not yet written to it.
    file: Option<std::fs::File>,
    buf: Vec<u8>,
    /// The command level that owns the unit (0: none yet): the level it was
    /// defined at, or where it printed after a close. The end of an
    /// EXECUTEd command closes the units its level owns.
    level: usize,
}

impl Default for SpoolUnit {
    fn default() -> SpoolUnit {
        SpoolUnit {
            heading: None,
            footing: None,
            page_no: 1,
            line: 0,
            col: 0,
            hdr_next: false,
            output: false,
            in_footer: false,
            file: None,
            buf: Vec::new(),
            level: 0,
        }
    }
}

/// The print units printing to files, by unit number.
#[derive(Debug, Default)]
pub struct Spools {
    units: HashMap<i64, SpoolUnit>,
    /// EXECUTE nesting: the command level is this plus 1.
    exec_depth: usize,
}

impl Spools {
    /// Unit `u`'s state, defined now if it is new: ScarletDME makes a print
    /// unit on its first use at the current command level (unit 0 exists
    /// from the start, owned by no level until it prints).
    fn unit(&mut self, u: i64) -> &mut SpoolUnit {
        let level = if u == 0 { 0 } else { self.exec_depth + 1 };
        self.units.entry(u).or_insert_with(|| SpoolUnit {
            level,
            ..SpoolUnit::default()
        })
    }
}

impl SpoolUnit {
    /// Lines of the page left for data.
    fn data_lines(&self, l: &Layout) -> i64 {
        if l.lines == 0 {
            return 0;
        }
        let mut d = l.lines - l.top - l.bottom;
        for t in [&self.heading, &self.footing].into_iter().flatten() {
            d -= Page::text_lines(t);
        }
        d.max(0)
    }

    fn emit(&mut self, b: &[u8]) {
        let mut b = b;
        while !b.is_empty() {
            if self.buf.len() == BLOCK {
                self.flush_buf();
            }
            let n = b.len().min(BLOCK - self.buf.len());
            self.buf.extend_from_slice(&b[..n]);
            b = &b[n..];
        }
        self.output = true;
    }

    fn flush_buf(&mut self) {
        if let Some(f) = self.file.as_mut() {
            let _ = f.write_all(&self.buf);
        }
        self.buf.clear();
    }

    /// Text to the file: ScarletDME's to_file (newline, form feed and
    /// carriage return are the controls; a form feed ends the page).
    fn put(&mut self, s: &[u8], l: &Layout, now: (i64, i64)) {
        let mut s = s;
        while !s.is_empty() {
            if !self.in_footer {
                let d = self.data_lines(l);
                if d != 0 && self.line == d {
                    self.footer(l, now);
                }
                if self.hdr_next {
                    self.hdr_next = false;
                    self.header(l, now);
                }
            }
            let mut n = s.len();
            let mut ctl = 0u8;
            for c in [b'\n', b'\x0c', b'\r'] {
                if let Some(p) = s[..n].iter().position(|&x| x == c) {
                    n = p;
                    ctl = c;
                }
            }
            if n > 0 {
                if self.col == 0 {
                    let pad = vec![b' '; l.left.max(0) as usize];
                    self.emit(&pad);
                    self.col = l.left.max(0);
                }
                self.emit(&s[..n]);
                self.col += n as i64;
            }
            s = &s[n..];
            match ctl {
                b'\n' => {
                    self.emit(b"\n");
                    self.line += 1;
                    self.col = 0;
                    s = &s[1..];
                }
                b'\x0c' => {
                    self.footer(l, now);
                    self.hdr_next = true;
                    self.col = 0;
                    s = &s[1..];
                }
                b'\r' => {
                    self.emit(b"\r");
                    self.col = 0;
                    s = &s[1..];
                }
                _ => {}
            }
        }
    }

    /// The end of a page: the footing after blank lines down to the foot.
    fn footer(&mut self, l: &Layout, now: (i64, i64)) {
        if !self.hdr_next {
            if let Some(f) = self.footing.clone() {
                self.in_footer = true;
                let d = self.data_lines(l);
                while self.line < d {
                    self.emit(b"\n");
                    self.line += 1;
                }
                self.heading_footing(&f, false, l, now);
                self.in_footer = false;
            }
        }
        self.page_no += 1;
        self.line = 0;
        self.hdr_next = true;
    }

    /// The top of a page: CR FF after earlier output, the top margin, the
    /// heading.
    fn header(&mut self, l: &Layout, now: (i64, i64)) {
        if self.output {
            self.emit(b"\r\x0c");
        }
        for _ in 0..l.top {
            self.put(b"\n", l, now);
        }
        self.col = 0;
        if let Some(h) = self.heading.clone() {
            self.heading_footing(&h, true, l, now);
        }
        self.line = 0;
    }

    /// A heading or footing expanded for this page: its lines, and a final
    /// newline after a heading.
    fn heading_footing(&mut self, text: &[u8], heading: bool, l: &Layout, now: (i64, i64)) {
        let (out, _) = crate::host::heading::expand(text, self.page_no, l.width, now);
        let parts: Vec<&[u8]> = out.split(|&c| c == 0xFE).collect();
        let n = parts.len();
        for (i, p) in parts.into_iter().enumerate() {
            self.put(p, l, now);
            if i + 1 < n {
                self.put(b"\n", l, now);
                self.line = 0;
            }
        }
        if heading && !out.is_empty() {
            self.put(b"\n", l, now);
        }
    }

    /// Ends the file: the last footing, the rest of the buffer.
    fn end(&mut self, l: &Layout, now: (i64, i64)) {
        if self.file.is_some() {
            self.footer(l, now);
            self.flush_buf();
            self.file = None;
        }
        self.output = false;
    }
}

impl Session {
    /// The print unit PRINT ON `unit` writes to when that unit prints to a
    /// file (mode 3); None for the display and other modes.
    pub fn spool_unit(&self, unit: i64) -> Option<i64> {
        let u = match unit {
            0 if self.term.printer_on => 0,
            0 | -1 => return None,
            u if (1..=255).contains(&u) => u,
            _ => return None,
        };
        (self.print_units.int_setting(u, 1) == 3).then_some(u)
    }

    fn layout(&self, u: i64) -> Layout {
        let p = &self.print_units;
        Layout {
            width: p.int_setting(u, 2),
            lines: p.int_setting(u, 3),
            top: p.int_setting(u, 4),
            bottom: p.int_setting(u, 5),
            left: p.int_setting(u, 6),
        }
    }

    /// The record a unit prints to: `$HOLD P<unit>` unless SETPTR named one.
    fn spool_path(&self, u: i64) -> Option<PathBuf> {
        let name = self.print_units.text_setting(u, 1018);
        let (dir, id) = match name.strip_prefix(b"$HOLD ") {
            Some(id) => (self.account.join("$HOLD"), id.to_vec()),
            None if name.is_empty() => (self.account.join("$HOLD"), format!("P{u}").into_bytes()),
            None => {
                return Some(self.account.join(String::from_utf8_lossy(&name).as_ref()));
            }
        };
        std::fs::create_dir_all(&dir).ok()?;
        crate::host::dir_file::DirFile::new("$HOLD", dir).record_path(&id)
    }

    /// Text printed on file unit `u` (a newline after it if `newline`).
    pub fn spool_print(&mut self, u: i64, text: &[u8], newline: bool) {
        let l = self.layout(u);
        let now = (self.term.clock)();
        self.spool_start(u);
        let level = self.spools.exec_depth + 1;
        let su = self.spools.unit(u);
        // printing claims a unit no level owns (ScarletDME's op_print)
        if su.level == 0 {
            su.level = level;
        }
        su.put(text, &l, now);
        if newline {
            su.put(b"\n", &l, now);
        }
        self.mirror_unit0(u);
    }

    /// Starts unit `u`'s file if it is not open: the record is made (empty)
    /// when output starts.
    fn spool_start(&mut self, u: i64) {
        if self.spools.units.get(&u).is_some_and(|s| s.file.is_some()) {
            return;
        }
        let path = self.spool_path(u);
        let su = self.spools.unit(u);
        su.file = path.and_then(|p| std::fs::File::create(p).ok());
        su.buf.clear();
        su.hdr_next = true;
        su.col = 0;
        su.output = false;
    }

    /// HEADING (kind 0), HEADING NO.EJECT (1), FOOTING (2) on file unit `u`.
    pub fn spool_heading(&mut self, u: i64, text: Vec<u8>, kind: i64) {
        let l = self.layout(u);
        let now = (self.term.clock)();
        let su = self.spools.unit(u);
        let text = (!text.is_empty()).then_some(text);
        if kind == 2 {
            su.footing = text;
            return;
        }
        su.heading = text;
        if kind == 0 || !su.output {
            if su.heading.is_some() && su.line != 0 {
                su.put(b"\x0c", &l, now);
            }
            su.line = 0;
            su.col = 0;
            su.hdr_next = true;
        }
        self.mirror_unit0(u);
    }

    /// PAGE on file unit `u` (`page` >= 0: the new page number).
    pub fn spool_page(&mut self, u: i64, page: i64) {
        let l = self.layout(u);
        let now = (self.term.clock)();
        self.spool_start(u);
        let su = self.spools.unit(u);
        su.put(b"\x0c", &l, now);
        if page >= 0 {
            su.page_no = page;
        }
        self.mirror_unit0(u);
    }

    /// PRINTER CLOSE of unit `unit` (-2: all units): the file is finished,
    /// heading and footing dropped, page 1.
    pub fn spool_close(&mut self, unit: i64) {
        let now = (self.term.clock)();
        let units: Vec<i64> = self
            .spools
            .units
            .keys()
            .copied()
            .filter(|&u| unit == -2 || u == unit)
            .collect();
        for u in units {
            let l = self.layout(u);
            if let Some(su) = self.spools.units.get_mut(&u) {
                // a unit that printed nothing stays with its level
                let level = if su.file.is_some() { 0 } else { su.level };
                su.end(&l, now);
                *su = SpoolUnit {
                    level,
                    ..SpoolUnit::default()
                };
            }
        }
    }

    /// A unit defined by SETPTR (or SETPU): it belongs to the current level.
    pub fn spool_define(&mut self, u: i64) {
        if (1..=255).contains(&u) {
            self.spools.unit(u);
        }
    }

    /// An EXECUTE starts a command level.
    pub fn spool_exec_begin(&mut self) {
        self.spools.exec_depth += 1;
    }

    /// After each command of an EXECUTE (and when it ends: `last`), as
    /// ScarletDME's command processor does with PRINTER CLOSE ON -3: the
    /// units owned by the command's level or a deeper one lose heading and
    /// footing and go back to page 1; those that printed are finished (their
    /// hold record written) and owned by no level until they print again.
    pub fn spool_exec_end(&mut self, last: bool) {
        let level = self.spools.exec_depth + 1;
        let now = (self.term.clock)();
        let units: Vec<i64> = self
            .spools
            .units
            .iter()
            .filter(|(_, su)| su.level != 0 && su.level >= level)
            .map(|(&u, _)| u)
            .collect();
        for u in units {
            let l = self.layout(u);
            if let Some(su) = self.spools.units.get_mut(&u) {
                if su.file.is_some() {
                    su.end(&l, now);
                    su.level = 0;
                }
                su.heading = None;
                su.footing = None;
                su.page_no = 1;
                su.line = 0;
            }
            self.mirror_unit0(u);
        }
        if last {
            self.spools.exec_depth = self.spools.exec_depth.saturating_sub(1);
        }
    }

    /// At the end of the session: every file unit finished.
    pub fn spool_close_all(&mut self) {
        self.spool_close(-2);
    }

    /// Unit 0's page and line as SYSTEM() reports them for the printer.
    fn mirror_unit0(&mut self, u: i64) {
        if u == 0 {
            if let Some(su) = self.spools.units.get(&0) {
                self.term.lptr.line = su.line;
                self.term.lptr.page_no = su.page_no;
            }
        }
    }
}

/// A print unit's page state as GETPU and PRINTER.SETTING report it.
#[derive(Debug, Clone, Copy)]
pub struct UnitState {
    /// Lines output on the current page (after the heading).
    pub line: i64,
    /// Page number.
    pub page_no: i64,
    /// Lines the heading takes.
    pub heading_lines: i64,
    /// Lines the footing takes.
    pub footing_lines: i64,
    /// Lines of the page left for data.
    pub data_lines: i64,
}

impl Session {
    /// The page state of print unit `u` (-1 the display): a unit printing
    /// to a file from its spool state, unit 0 otherwise from the printer's
    /// page counters.
    pub fn unit_state(&self, u: i64) -> UnitState {
        let l = self.layout(u);
        let (heading, footing, line, page_no) = match self.spools.units.get(&u) {
            Some(su) => (
                su.heading.as_deref(),
                su.footing.as_deref(),
                su.line,
                su.page_no,
            ),
            None => {
                let pg = match u {
                    -1 => Some(&self.term.dsp),
                    0 => Some(&self.term.lptr),
                    _ => None,
                };
                match pg {
                    Some(p) => (
                        p.heading.as_deref(),
                        p.footing.as_deref(),
                        p.line,
                        p.page_no,
                    ),
                    None => (None, None, 0, 1),
                }
            }
        };
        let heading_lines = heading.map_or(0, Page::text_lines);
        let footing_lines = footing.map_or(0, Page::text_lines);
        let data_lines = if l.lines == 0 {
            0
        } else {
            (l.lines - l.top - l.bottom - heading_lines - footing_lines).max(0)
        };
        UnitState {
            line,
            page_no,
            heading_lines,
            footing_lines,
            data_lines,
        }
    }
}

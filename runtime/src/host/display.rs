//! The display and the default printer as ScarletDME pages them with no
//! terminal: line and page counters, HEADING / FOOTING, the page prompt
//! (`Press RETURN to continue...`) and PRINTER ON routing. With no keyboard
//! the page prompt reads end of input, and ScarletDME then ends the whole
//! process ("Process terminated") once the current statement is done:
//! `Terminal::terminated` records that for the VM.
//!
//! Only the newline that ends a PRINT/CRT (or an INPUT echo, or a heading
//! line) counts as a line; newlines inside printed text do not (ScarletDME
//! writes those through untouched).

use crate::host::print_units::DISPLAY_SIZE;
use crate::host::session::Session;

/// Clear screen (xterm), written before a heading and after a page prompt.
pub const CLEAR: &[u8] = b"\x1b[H\x1b[2J";

/// The page prompt, on the display's last line.
const PAGE_PROMPT: &str =
    "Press RETURN to continue, A to abort, Q to Quit, S to suppress pagination";

/// The page state of one print unit.
#[derive(Debug, Clone)]
pub struct Page {
    /// Lines output on this page (after the heading).
    pub line: i64,
    /// Page number.
    pub page_no: i64,
    /// HEADING text (None: no heading).
    pub heading: Option<Vec<u8>>,
    /// FOOTING text.
    pub footing: Option<Vec<u8>>,
    /// Page prompts / page breaks active.
    pub paginate: bool,
    /// A heading is due before the next output.
    pub hdr_next: bool,
    /// Something was output on this unit.
    pub output: bool,
    /// Lines per page.
    pub lines_per_page: i64,
    /// Lines per page left for data (without heading and footing lines).
    pub data_lines: i64,
}

impl Page {
    fn new(lines_per_page: i64) -> Page {
        Page {
            line: 0,
            page_no: 1,
            heading: None,
            footing: None,
            paginate: true,
            hdr_next: false,
            output: false,
            lines_per_page,
            data_lines: lines_per_page,
        }
    }

    /// Lines a heading or footing text takes: one, plus one per `L` option.
    pub(crate) fn text_lines(t: &[u8]) -> i64 {
        let mut n = 1;
        let mut ctrl = false;
        for &c in t {
            if c == b'\'' {
                ctrl = !ctrl;
            } else if ctrl && c == b'L' {
                n += 1;
            }
        }
        n
    }

    /// Recomputes the data lines after HEADING / FOOTING changed.
    pub fn set_data_lines(&mut self) {
        let mut d = self.lines_per_page;
        for t in [&self.heading, &self.footing].into_iter().flatten() {
            d -= Page::text_lines(t);
        }
        self.data_lines = d.max(0);
    }

    /// SYSTEM(6): the line number the next output goes to.
    pub fn line_number(&self) -> i64 {
        if self.line >= self.data_lines {
            1
        } else {
            self.line + 1
        }
    }
}

/// The display (print unit -1) and print unit 0 (the printer).
#[derive(Debug, Clone)]
pub struct Terminal {
    /// The display.
    pub dsp: Page,
    /// Print unit 0 (PRINT with PRINTER ON).
    pub lptr: Page,
    /// PRINTER ON.
    pub printer_on: bool,
    /// Set when input reached its end where ScarletDME waits for a key:
    /// the process ends after the current statement. `Some(true)` when it
    /// happened while output was captured (the closing message is lost).
    pub terminated: Option<bool>,
    /// Q answered at a page prompt: the program stops.
    pub quit: bool,
    /// A footer is being output (no page prompt inside it).
    pub in_footer: bool,
    /// The print unit of the PRINT being compiled into a line (PRINT ON).
    pub next_unit: i64,
    /// Today's day number and the time (for the `D` and `T` options).
    pub clock: fn() -> (i64, i64),
    /// TTYGET() / TTYSET settings (the display's newline among them).
    pub tty: super::tty_modes::TtyModes,
}

/// Today's day number and the seconds past midnight (UTC).
pub(crate) fn utc_clock() -> (i64, i64) {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    (t.div_euclid(86400) + 732, t.rem_euclid(86400))
}

/// A screen image (SAVE.SCREEN): with no terminal it holds only the
/// pagination state RESTORE.SCREEN puts back; it is not a string.
#[derive(Debug)]
pub struct ScreenImage {
    /// Pagination was on when it was saved.
    pub pagination: bool,
}

impl crate::value::Resource for ScreenImage {}

impl Default for Terminal {
    fn default() -> Terminal {
        Terminal {
            dsp: Page::new(DISPLAY_SIZE),
            lptr: Page::new(66),
            printer_on: false,
            terminated: None,
            quit: false,
            in_footer: false,
            next_unit: 0,
            clock: utc_clock,
            tty: Default::default(),
        }
    }
}

/// True when standard input is a pipe.
pub fn stdin_is_pipe() -> bool {
    // SAFETY: fstat writes only into the zeroed struct it is given.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        libc::fstat(0, &mut st) == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFIFO
    }
}

/// CLEARINPUT: discards what was typed on the terminal and not read yet.
/// Standard input that is no terminal holds no type-ahead and is left as
/// it is (ScarletDME reads such input to its end and then spins forever:
/// `docs/dialect-terminal.md`).
pub fn clear_type_ahead() {
    // SAFETY: isatty and tcflush only act on the open descriptor 0.
    unsafe {
        if libc::isatty(0) == 1 {
            libc::tcflush(0, libc::TCIFLUSH);
        }
    }
}

/// Where PRINT output of a unit goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dest {
    /// The display.
    Display,
    /// Print unit 0, the printer (output not kept: there is no spooler).
    Printer,
    /// Another print unit (output not kept).
    Other,
}

impl Session {
    /// The destination of PRINT ON `unit` (0 = the default).
    pub fn print_dest(&self, unit: i64) -> Dest {
        match unit {
            0 if self.term.printer_on => Dest::Printer,
            0 | -1 => Dest::Display,
            _ => Dest::Other,
        }
    }

    /// The end of standard input where a key or a line was wanted. With no
    /// terminal (standard input a file or `/dev/null`, as ScarletDME is run
    /// for the dialect corpus) ScarletDME ends the process: "Process
    /// terminated". From a pipe mvbasic keeps its own rule: the program
    /// stops quietly (ScarletDME would go on with an empty input).
    pub fn input_ended(&mut self) {
        if stdin_is_pipe() {
            self.term.quit = true;
        } else {
            self.terminate();
        }
    }

    /// Marks the process as ended for lack of input.
    pub fn terminate(&mut self) {
        if self.term.terminated.is_none() {
            self.term.terminated = Some(!self.capture.is_empty());
        }
    }

    /// Reads one key from standard input, as ScarletDME's keyin(): None at
    /// end of input (the process then ends: [`Session::terminate`]).
    pub fn key_in(&mut self) -> Option<u8> {
        use std::io::Read;
        let mut b = [0u8; 1];
        let got = if self.sandbox.is_some() {
            0
        } else {
            self.flush();
            std::io::stdin().read(&mut b).unwrap_or(0)
        };
        if got == 0 {
            self.input_ended();
            None
        } else {
            Some(b[0])
        }
    }

    /// Writes display text (no line counting); a due heading comes first.
    pub fn dsp_text(&mut self, b: &[u8]) {
        self.term.dsp.output = true;
        if self.term.dsp.hdr_next {
            self.term.dsp.hdr_next = false;
            if self.term.dsp.heading.is_some() {
                self.display_header();
            }
        }
        self.write(b);
    }

    /// Ends a display line: counts it and prompts at the end of a page.
    pub fn dsp_newline(&mut self) {
        self.dsp_text(b"");
        self.new_line();
    }

    /// A newline that counts (ScarletDME's tio_new_line).
    fn new_line(&mut self) {
        if !self.capture.is_empty() {
            self.write(b"\n");
        } else if !self.hush {
            // TTYSET's output newline (CR LF by default)
            let nl = self.term.tty.newline_out();
            if nl == b"\n" {
                self.write(b"\n");
            } else {
                let nl = nl.to_vec();
                self.write(&nl);
            }
        }
        let d = &mut self.term.dsp;
        d.line += 1;
        if d.paginate && d.line == d.data_lines - 1 && !self.term.in_footer {
            self.display_footer();
        }
    }

    /// Writes `text` and a counted newline to the display.
    pub fn dsp_line(&mut self, text: &[u8]) {
        self.dsp_text(text);
        self.new_line();
    }

    /// Output to a print unit other than the display: not kept (no
    /// spooler), but its line counter moves.
    pub fn printer_text(&mut self, dest: Dest, newline: bool) {
        if dest == Dest::Printer && newline {
            let p = &mut self.term.lptr;
            p.output = true;
            p.line += 1;
            if p.line >= p.data_lines {
                p.line = 0;
                p.page_no += 1;
            }
        }
    }

    /// A form feed sent to the printer (PAGE, an ejecting HEADING): as
    /// ScarletDME's to_file, the footing ends the page and the page number
    /// moves on even when nothing was printed on it.
    fn printer_form_feed(&mut self) {
        let p = &mut self.term.lptr;
        p.page_no += 1;
        p.line = 0;
        p.hdr_next = true;
    }

    /// Clear screen (not when output is captured); line 0.
    fn clear_screen(&mut self) {
        if self.capture.is_empty() {
            self.write(CLEAR);
        }
        self.term.dsp.line = 0;
    }

    /// The heading at the top of a new display page.
    fn display_header(&mut self) {
        self.clear_screen();
        let text = self.term.dsp.heading.clone().unwrap_or_default();
        self.emit_heading_footing(&text);
        self.term.dsp.line = 0;
    }

    fn emit_heading_footing(&mut self, text: &[u8]) {
        let page = self.term.dsp.page_no;
        let now = (self.term.clock)();
        let (out, no_paginate) = crate::host::heading::expand(text, page, DISPLAY_SIZE, now);
        if no_paginate {
            self.term.dsp.paginate = false;
        }
        let parts: Vec<&[u8]> = out.split(|&c| c == 0xFE).collect();
        let n = parts.len();
        for (i, p) in parts.into_iter().enumerate() {
            self.write(p);
            if i + 1 < n {
                self.new_line();
                self.term.dsp.line = 0;
            }
        }
        // the display always ends the text with a newline
        self.new_line();
    }

    /// The end of a display page: the footing (after blank lines down to
    /// the foot of the page), then the page prompt, which reads a key.
    fn display_footer(&mut self) {
        self.term.in_footer = true;
        if let Some(f) = self.term.dsp.footing.clone() {
            while self.term.dsp.line < self.term.dsp.data_lines - 1 {
                self.new_line();
            }
            self.emit_heading_footing(&f);
        }
        if self.capture.is_empty() {
            let at = crate::builtins::term_codes::at_code(
                0,
                DISPLAY_SIZE - 1,
                DISPLAY_SIZE,
                DISPLAY_SIZE,
            );
            self.write(&at);
            self.write(PAGE_PROMPT.as_bytes());
            match self.key_in().map(|c| c.to_ascii_uppercase()) {
                Some(b'S') => self.term.dsp.paginate = false,
                Some(b'Q') => self.term.quit = true,
                _ => {}
            }
            self.new_line();
        }
        self.term.in_footer = false;
        let d = &mut self.term.dsp;
        d.page_no += 1;
        d.hdr_next = true;
        d.line = 0;
    }

    /// PAGE on the display: the page prompt if anything is on the page,
    /// then a clear screen.
    pub fn dsp_new_page(&mut self) {
        if self.term.dsp.line != 0 && self.term.dsp.paginate {
            self.display_footer();
        }
        if self.capture.is_empty() {
            self.clear_screen();
        }
    }

    fn unit_page(&mut self, unit: i64) -> Option<&mut Page> {
        match self.print_dest(unit) {
            Dest::Display => Some(&mut self.term.dsp),
            Dest::Printer => Some(&mut self.term.lptr),
            Dest::Other => None,
        }
    }

    /// HEADING (kind 0), HEADING NO.EJECT (1), FOOTING (2) ON `unit`.
    pub fn heading(&mut self, unit: i64, text: Vec<u8>, kind: i64) {
        if let Some(u) = self.spool_unit(unit) {
            return self.spool_heading(u, text, kind);
        }
        let display = self.print_dest(unit) == Dest::Display;
        let Some(pg) = self.unit_page(unit) else {
            return;
        };
        let text = if text.is_empty() { None } else { Some(text) };
        let eject = kind == 0 || !pg.output;
        if kind == 2 {
            pg.footing = text;
        } else {
            pg.heading = text;
        }
        pg.paginate = pg.heading.is_some() || pg.footing.is_some();
        if kind != 2 && eject {
            if pg.heading.is_some() && pg.line != 0 {
                if display {
                    self.dsp_new_page();
                } else if self.print_dest(unit) == Dest::Printer {
                    self.printer_form_feed();
                }
            }
            let Some(pg) = self.unit_page(unit) else {
                return;
            };
            pg.line = 0;
            pg.hdr_next = true;
        }
        if let Some(pg) = self.unit_page(unit) {
            pg.set_data_lines();
        }
    }

    /// PAGE ON `unit` (`page` >= 0: the new page number).
    pub fn page(&mut self, unit: i64, page: i64) {
        if let Some(u) = self.spool_unit(unit) {
            return self.spool_page(u, page);
        }
        match self.print_dest(unit) {
            Dest::Display => self.dsp_new_page(),
            Dest::Printer => self.printer_form_feed(),
            Dest::Other => {}
        }
        if let Some(pg) = self.unit_page(unit) {
            if page >= 0 {
                pg.page_no = page;
            }
        }
    }

    /// PRINTER ON (0), OFF (1), RESET (2), CLOSE ON `unit` (3; -2 all).
    pub fn printer(&mut self, op: i64, unit: i64) {
        match op {
            0 => self.term.printer_on = true,
            1 => self.term.printer_on = false,
            2 => {
                self.term.printer_on = false;
                let d = &mut self.term.dsp;
                d.paginate = true;
                d.page_no = 1;
                d.line = 0;
                d.heading = None;
                d.footing = None;
            }
            _ => {
                self.spool_close(unit);
                if unit == -2 || unit == -1 {
                    if self.term.dsp.footing.is_some() && self.term.dsp.line != 0 {
                        self.display_footer();
                    }
                    let d = &mut self.term.dsp;
                    d.output = false;
                    d.heading = None;
                    d.footing = None;
                    d.set_data_lines();
                    d.page_no = 1;
                    d.line = 0;
                }
                if unit == -2 || unit == 0 {
                    self.term.printer_on = false;
                    let p = &mut self.term.lptr;
                    p.output = false;
                    p.heading = None;
                    p.footing = None;
                    p.set_data_lines();
                    p.page_no = 1;
                    p.line = 0;
                }
            }
        }
    }

    /// At the end of the process: ScarletDME's "Process terminated" when
    /// input ran out (lost when it ran out inside captured output).
    pub fn end_terminated(&mut self) {
        if self.term.terminated == Some(false) {
            self.capture.clear();
            self.dsp_line(b"Process terminated");
        }
    }
}

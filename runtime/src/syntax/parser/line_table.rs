//! The line numbers of run-time messages as ScarletDME computes them.
//!
//! ScarletDME's compiler keeps a line table: one entry per "line" it
//! processes, holding the byte count of that line's object code; at run time
//! the line of an instruction is the index of the entry that holds it. An
//! entry starts at each statement group it reads as a line (the first token
//! of a source line, but also what is left of a line after a statement that
//! stops early: `LOOP`, or any statement followed by `WHILE`, `UNTIL`,
//! `REPEAT` or `NEXT`), at each `CASE`, at an IF's `THEN` that starts the
//! next line and at an IF's `ELSE` that follows a THEN clause, and at each
//! directive processed as a statement (`$INCLUDE`, `$DEFINE`, ...); lines of
//! an included item start none. Blank and comment lines (and `END` lines of
//! blocks) start none but are still counted, so when an entry starts on
//! source line L its number is `max(previous + 1, L)`: after a line that
//! started two entries the following lines are numbered one too high until
//! the next blank line. The parser calls [`Parser::line_entry`] where
//! ScarletDME's compiler starts one and gives each statement the number of
//! the entry it starts in ([`Stmt::rline`](crate::syntax::ast::Stmt)).

use super::Parser;

impl Parser<'_> {
    /// The statements whose THEN and ELSE clauses ScarletDME's compiler
    /// reads with IF's code (which starts entries at a THEN on the next
    /// line and at an ELSE after a THEN).
    pub(crate) fn if_like_statement(kw: &str) -> bool {
        matches!(
            kw,
            "FIND"
                | "FINDSTR"
                | "GETLIST"
                | "IN"
                | "INPUT"
                | "LOCATE"
                | "MATREADCSV"
                | "READCSV"
                | "SAVELIST"
                | "STATUS"
        )
    }

    /// Starts a line-table entry at the current token, as ScarletDME's
    /// compiler does at the start of a statement group.
    pub(crate) fn line_entry(&mut self) {
        let t = self.cur();
        let (file, line) = (t.file, t.line);
        // The directives before this point started entries of their own. A
        // token of an included item (file index f) follows its $INCLUDE
        // line, whose item got an index <= f: the directives up to the last
        // such include are behind it.
        let upto = if file == 0 {
            self.directives[self.dir_next..]
                .iter()
                .take_while(|d| d.0 < line)
                .count()
        } else {
            self.directives[self.dir_next..]
                .iter()
                .rposition(|d| d.1 != 0 && d.1 <= file)
                .map_or(0, |i| i + 1)
        };
        for i in 0..upto {
            let d = self.directives[self.dir_next + i].0;
            self.rline = (self.rline + 1).max(d);
        }
        self.dir_next += upto;
        if file == 0 {
            self.rline = (self.rline + 1).max(line);
        }
    }
}

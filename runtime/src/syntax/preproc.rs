//! Source preprocessing: `$INCLUDE`/`$INSERT`, `$DEFINE`, `$IFDEF`,
//! `$IFNDEF`, `$ELSE`, `$ENDIF` (and their `#` forms); `$MODE` names are
//! checked and passed on to the parser as a `$MODE name` line; `$CATALOGUE`
//! is read (`catalogue_directive`); other `$` lines are accepted and ignored. Produces source lines
//! tagged with file and line; errors carry ScarletDME's messages.

use std::collections::HashSet;

use crate::syntax::compile_error::{CompileError, ErrorKind};

/// One preprocessed source line.
#[derive(Debug, Clone)]
pub struct SrcLine {
    /// Index into the file-name table.
    pub file: u16,
    /// 1-based line number in that file.
    pub line: u32,
    /// The text of the line.
    pub text: Vec<u8>,
}

/// Output of preprocessing.
#[derive(Debug, Default)]
pub struct Preprocessed {
    /// File names (index 0 is the main source).
    pub files: Vec<String>,
    /// Lines in order.
    pub lines: Vec<SrcLine>,
    /// Errors as (file index, line, message).
    pub errors: Vec<CompileError>,
    /// The `$CATALOGUE` directive, if any.
    pub catalogue: Option<super::catalogue_directive::CatalogueDirective>,
    /// Main-source lines of the directives that ScarletDME's compiler
    /// processes as statements (`$INCLUDE`, `INCLUDE`, `$DEFINE` without a
    /// value, `$CATALOGUE`, ...), in order, each with the file index its
    /// included item got (0: not an include): each starts an entry of the
    /// run-time line table (`parser::line_table`).
    pub directives: Vec<(u32, u16)>,
}

/// Resolves an include reference (`[FILE] ITEM`) to (display name, text).
pub type IncludeResolver<'a> =
    dyn Fn(Option<&str>, &str) -> Result<(String, Vec<u8>), IncludeMiss> + 'a;

/// Why an include reference was not found: ScarletDME names the file when
/// the file itself is missing, else the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncludeMiss {
    /// The named file does not exist.
    File,
    /// The file exists (or none was named) but the record does not.
    Record,
}

/// Preprocesses `text` (named `name`).
pub fn preprocess(name: &str, text: &[u8], resolve: &IncludeResolver) -> Preprocessed {
    let mut out = Preprocessed::default();
    let mut defined = HashSet::new();
    out.files.push(name.to_string());
    let mut cond: Vec<Cond> = Vec::new();
    run(0, text, resolve, &mut out, &mut defined, &mut cond, 0);
    if let Some(c) = cond.first() {
        // ScarletDME names the outermost open construct, after the last line
        let last = out
            .lines
            .iter()
            .rev()
            .find(|l| l.file == 0)
            .map(|l| l.line)
            .unwrap_or(1);
        out.errors.push(CompileError::new(
            0,
            last,
            format!(
                "Unterminated conditional compilation construct starting on line {}",
                c.line
            ),
        ));
    }
    out
}

/// An open `$IFDEF`/`$IFNDEF`.
struct Cond {
    /// Lines are taken.
    active: bool,
    /// The enclosing construct's lines are taken.
    parent: bool,
    /// Where it started.
    line: u32,
}

/// `$MODE` names ScarletDME's compiler knows.
const MODE_NAMES: &[&str] = &[
    "UV.LOCATE",
    "PICK.ERRMSG",
    "STRING.LOCATE",
    "COMPOSITE.READNEXT",
    "SELECTV",
    "PRCLOSE.DEFAULT.0",
    "FOR.STORE.BEFORE.TEST",
    "CASE.SENSITIVE",
    "PICK.MATRIX",
    "PICK.JUMP.RANGE",
    "PICK.READ",
    "OPTIONAL.FINAL.END",
    "PICK.SUBSTR",
    "COMPATIBLE.APPEND",
    "PICK.ENTER",
    "TRAP.UNUSED",
    "PICK.SUBSTR.ASSIGN",
    "UNASSIGNED.COMMON",
    "HEADING.NO.EJECT",
    "NO.ECHO.DATA",
    "NO.CASE.INVERT",
    "OPTIONAL.THEN.ELSE",
];

fn split_lines(text: &[u8]) -> Vec<&[u8]> {
    let mut v: Vec<&[u8]> = text.split(|&c| c == b'\n' || c == 0xFE).collect();
    for l in v.iter_mut() {
        if l.last() == Some(&b'\r') {
            *l = &l[..l.len() - 1];
        }
    }
    if v.last().map(|l| l.is_empty()).unwrap_or(false) {
        v.pop();
    }
    v
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.to_string()).collect()
}

#[allow(clippy::too_many_arguments)]
fn run(
    file: u16,
    text: &[u8],
    resolve: &IncludeResolver,
    out: &mut Preprocessed,
    defined: &mut HashSet<String>,
    cond: &mut Vec<Cond>,
    depth: usize,
) {
    for (i, raw) in split_lines(text).into_iter().enumerate() {
        let line = (i + 1) as u32;
        let active = cond.last().map(|c| c.active).unwrap_or(true);
        let trimmed_start = raw
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .unwrap_or(raw.len());
        let body = &raw[trimmed_start..];
        // a directive is `$` or `#` as the line's first token, then its
        // name: `#INCLUDE` is `$INCLUDE`, and so is `$ INCLUDE` (ScarletDME
        // takes the name as the next token)
        let is_dollar = matches!(body.first(), Some(b'$' | b'#'));
        let s = if is_dollar {
            let name = body[1..]
                .iter()
                .position(|c| !c.is_ascii_whitespace())
                .map_or(&body[body.len()..], |n| &body[1 + n..]);
            format!("${}", String::from_utf8_lossy(name))
        } else {
            String::from_utf8_lossy(body).to_string()
        };
        let upper = s.to_ascii_uppercase();
        let w = words(&upper);
        let first = w.first().map(|s| s.as_str()).unwrap_or("");
        if is_dollar {
            // a `$DEFINE` with a value becomes an EQUATE statement line
            let mut as_stmt = false;
            // the file index an included item gets
            let included = out.files.len() as u16;
            match first {
                "$IFDEF" | "$IFNDEF" => {
                    let name = w.get(1).cloned().unwrap_or_default();
                    let d = defined.contains(&name);
                    let take = if first == "$IFDEF" { d } else { !d };
                    cond.push(Cond {
                        active: active && take,
                        parent: active,
                        line,
                    });
                }
                "$ELSE" => {
                    if let Some(c) = cond.last_mut() {
                        c.active = c.parent && !c.active;
                    } else {
                        out.errors.push(CompileError::new(
                            file,
                            line,
                            "$ELSE without $IFDEF or $IFNDEF",
                        ));
                    }
                }
                "$ENDIF" => {
                    let closed = cond.pop();
                    if closed.is_none() {
                        out.errors.push(CompileError::new(
                            file,
                            line,
                            "$ENDIF without $IFDEF or $IFNDEF",
                        ));
                    }
                }
                _ if !active => {}
                "$MODE" => match w.get(1) {
                    None => out.errors.push(CompileError::new(
                        file,
                        line,
                        "Mode name required after $MODE",
                    )),
                    Some(m) if MODE_NAMES.contains(&m.as_str()) => {
                        out.lines.push(SrcLine {
                            file,
                            line,
                            text: format!("$MODE {m}").into_bytes(),
                        });
                        continue;
                    }
                    Some(_) => {
                        out.errors
                            .push(CompileError::new(file, line, "Unrecognised mode name"))
                    }
                },
                "$DEFINE" => {
                    let orig = words(&s);
                    if w.len() < 2 {
                        out.errors
                            .push(CompileError::new(file, line, "Misformed $DEFINE"));
                    } else if defined.contains(&w[1]) {
                        out.errors.push(CompileError::new(
                            file,
                            line,
                            "Duplicate $DEFINE/EQUATE token",
                        ));
                    } else if let Some(name) = w.get(1) {
                        defined.insert(name.clone());
                        if orig.len() > 2 {
                            // $DEFINE NAME value -> an equate to the value text
                            let rest = s
                                .splitn(3, char::is_whitespace)
                                .nth(2)
                                .unwrap_or("")
                                .trim()
                                .to_string();
                            let text = format!("EQUATE {} TO {}", name, rest);
                            as_stmt = true;
                            out.lines.push(SrcLine {
                                file,
                                line,
                                text: text.into_bytes(),
                            });
                        }
                    }
                }
                "$INCLUDE" | "$INSERT" => {
                    let src = String::from_utf8_lossy(body);
                    include(file, line, &src, resolve, out, defined, cond, depth)
                }
                "$CATALOGUE" | "$CATALOG" => {
                    let after = body
                        .iter()
                        .position(|c| c.is_ascii_whitespace())
                        .map_or(&body[body.len()..], |n| &body[n..]);
                    match super::catalogue_directive::parse(&w[0], after) {
                        Ok(d) => out.catalogue = Some(d),
                        Err(m) => out.errors.push(CompileError::new(file, line, m)),
                    }
                }
                // listing and cross-reference switches: nothing to do
                "$DEBUG" | "$LIST" | "$NO.SYMBOLS" | "$NO.XREF" | "$PAGE" | "$QMCALL" => {}
                // directives that change what the program does, which
                // mvbasic does not implement: fail loudly with the name
                "$NOCASE.STRINGS" | "$EXECUTE" | "$DICT" => out.errors.push(CompileError::new(
                    file,
                    line,
                    format!("{first} is not supported by mvbasic"),
                )),
                // anything else ($UNDEFINE, $IF, ...) is not a ScarletDME
                // directive (its compiler's list ends at $RECURSIVE, an
                // internal-mode one)
                _ => out.errors.push(CompileError::new(
                    file,
                    line,
                    "Unrecognised compiler directive",
                )),
            }
            // $IFDEF and its kin are read with the source lines, the others
            // as statements (not those of an include: its lines have none)
            let conditional = matches!(first, "$IFDEF" | "$IFNDEF" | "$ELSE" | "$ENDIF");
            if file == 0 && active && !conditional && !as_stmt {
                let inc = matches!(first, "$INCLUDE" | "$INSERT");
                out.directives.push((line, if inc { included } else { 0 }));
            }
            out.lines.push(SrcLine {
                file,
                line,
                text: Vec::new(),
            });
            continue;
        }
        if !active {
            out.lines.push(SrcLine {
                file,
                line,
                text: Vec::new(),
            });
            continue;
        }
        if first == "INCLUDE" {
            if file == 0 {
                out.directives.push((line, out.files.len() as u16));
            }
            include(file, line, &s, resolve, out, defined, cond, depth);
            out.lines.push(SrcLine {
                file,
                line,
                text: Vec::new(),
            });
            continue;
        }
        out.lines.push(SrcLine {
            file,
            line,
            text: raw.to_vec(),
        });
    }
}

#[allow(clippy::too_many_arguments)]
fn include(
    file: u16,
    line: u32,
    s: &str,
    resolve: &IncludeResolver,
    out: &mut Preprocessed,
    defined: &mut HashSet<String>,
    cond: &mut Vec<Cond>,
    depth: usize,
) {
    // ScarletDME reads the names from the line's text, not its tokens: up
    // to the first `;` (a comment may follow), split at spaces, the first
    // word being the directive itself
    let w = words(s.split(';').next().unwrap_or(""));
    let (f, item) = match w.len() {
        2 => (None, w[1].clone()),
        3 => (Some(w[1].clone()), w[2].clone()),
        0 | 1 => {
            out.errors.push(CompileError::new(
                file,
                line,
                "Expected include file or record name",
            ));
            return;
        }
        _ => {
            out.errors.push(CompileError::new(
                file,
                line,
                "Unexpected text after $INCLUDE",
            ));
            return;
        }
    };
    if depth > 20 {
        out.errors
            .push(CompileError::new(file, line, "Includes nested too deeply"));
        return;
    }
    // each name as written, then in upper case
    let upper_f = f.as_ref().map(|f| f.to_ascii_uppercase());
    let mut found = Err(IncludeMiss::File);
    for f in [f.as_deref(), upper_f.as_deref()] {
        found = resolve(f, &item).or_else(|_| resolve(f, &item.to_ascii_uppercase()));
        if found != Err(IncludeMiss::File) {
            break;
        }
    }
    match found {
        Ok((name, text)) => {
            let idx = out.files.len() as u16;
            out.files.push(name);
            run(idx, &text, resolve, out, defined, cond, depth + 1);
        }
        // ScarletDME names the record as written: `BP ITEM` with its file
        Err(IncludeMiss::File) => out.errors.push(CompileError::new(
            file,
            line,
            format!("Include file {} not found", f.unwrap_or_default()),
        )),
        Err(IncludeMiss::Record) => out.errors.push(CompileError::new(
            file,
            line,
            ErrorKind::IncludeNotFound(match &f {
                Some(f) => format!("{f} {item}"),
                None => item,
            }),
        )),
    }
}

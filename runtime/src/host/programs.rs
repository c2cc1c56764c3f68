//! Finding and compiling BASIC source: preprocess, lex, parse, compile,
//! with every error reported as a [`SourceError`] (`FILE:LINE: message`).
//!
//! Source lookup for `CALL`/`DEFFUN` and `$INCLUDE` without a file name:
//! the calling program's own directory file first, then `BP`, then each
//! directory file named in the `MVBASIC_PATH` environment variable
//! (colon-separated, relative to the account).

use std::path::{Path, PathBuf};

use crate::bytecode::Chunk;
use crate::host::dir_file::id_to_filename;
use crate::syntax::compile_error::{CompileError, SourceError};
use crate::syntax::ext_names::ExtNames;
use crate::syntax::preproc::IncludeMiss;

/// Compiles source text. `display` names the source in error messages;
/// `dir` is the directory (file) the source came from, used for includes;
/// `ext` the extension names the program may use.
pub fn compile_source(
    account: &Path,
    dir: Option<&Path>,
    display: &str,
    name: &str,
    text: &[u8],
    ext: &dyn ExtNames,
) -> Result<Chunk, Vec<SourceError>> {
    let resolve = |file: Option<&str>, item: &str| -> Result<(String, Vec<u8>), IncludeMiss> {
        let fname = id_to_filename(item.as_bytes());
        let candidates: Vec<PathBuf> = match file {
            Some(f) if !account.join(f).is_dir() => return Err(IncludeMiss::File),
            Some(f) => vec![account.join(f).join(&fname)],
            None => {
                let mut v = Vec::new();
                if let Some(d) = dir {
                    v.push(d.join(&fname));
                }
                v.extend(search_path().iter().map(|d| account.join(d).join(&fname)));
                v
            }
        };
        for c in candidates {
            if let Ok(t) = std::fs::read(&c) {
                return Ok((c.to_string_lossy().to_string(), t));
            }
        }
        Err(IncludeMiss::Record)
    };
    let pp = crate::syntax::preproc::preprocess(display, text, &resolve);
    let mut errors: Vec<CompileError> = pp.errors.clone();
    let (toks, lex_errs) = crate::syntax::lexer::lex(&pp.lines);
    errors.extend(lex_errs);
    let dicts = AccountDicts(account);
    let (unit, parse_errs) = crate::syntax::parser::parse(&toks, ext, &dicts, &pp.directives);
    errors.extend(parse_errs);
    if let Some(d) = &pp.catalogue {
        // no name: the record's, which must be the program's own
        let own = &unit.header.name;
        if d.name.is_none() && !own.is_empty() && !own.eq_ignore_ascii_case(name) {
            errors.push(CompileError::new(
                0,
                unit.last_line,
                "Default catalogue name differs from record name",
            ));
        }
    }
    let files = pp.files.clone();
    let named = |mut errs: Vec<CompileError>| -> Vec<SourceError> {
        // stable: errors of one line keep the order they were found in
        errs.sort_by_key(|e| (e.file, e.line));
        errs.into_iter()
            .map(|e| SourceError {
                source: files.get(e.file as usize).cloned().unwrap_or_default(),
                line: e.line,
                kind: e.kind,
            })
            .collect()
    };
    // compile even after syntax errors, so that every error is reported
    match crate::compiler::compile(&unit, name, pp.files.clone(), ext) {
        Ok(mut c) if errors.is_empty() => {
            c.catalogue = pp.catalogue.map(|d| {
                let n = d.name.unwrap_or_else(|| name.to_string());
                (n, d.mode)
            });
            Ok(c)
        }
        Ok(_) => Err(named(errors)),
        Err(compile_errs) => {
            errors.extend(compile_errs);
            Err(named(errors))
        }
    }
}

/// The account's dictionaries, read by FILE statements at compile time.
struct AccountDicts<'a>(&'a Path);

impl crate::syntax::file_dicts::FileDicts for AccountDicts<'_> {
    fn exists(&self, file: &str) -> bool {
        crate::host::dir_file::open_part(self.0, file.as_bytes(), true).is_ok()
    }
    fn record(&self, file: &str, item: &str) -> Option<Vec<u8>> {
        crate::host::dir_file::open_part(self.0, file.as_bytes(), true)
            .ok()?
            .read(item.as_bytes())
    }
}

/// The directory files searched after the program's own: `BP`, then each
/// one named in `MVBASIC_PATH`.
fn search_path() -> Vec<String> {
    let mut dirs = vec!["BP".to_string()];
    if let Ok(p) = std::env::var("MVBASIC_PATH") {
        dirs.extend(
            p.split(':')
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string()),
        );
    }
    dirs
}

/// Finds the source of a catalogued routine: (path, text).
pub fn find_routine(account: &Path, prog_file: &str, name: &str) -> Option<(PathBuf, Vec<u8>)> {
    // the local and private catalogues come first
    if let Some((p, _)) = crate::host::catalog::find(account, name) {
        if let Ok(t) = std::fs::read(&p) {
            return Some((p, t));
        }
    }
    // a prefixed name (`*NAME`, `!NAME`) is in the global catalogue or
    // nowhere, as in ScarletDME
    if crate::host::catalog::has_prefix(name) {
        return None;
    }
    let fname = id_to_filename(name.as_bytes());
    let mut dirs: Vec<String> = Vec::new();
    if !prog_file.is_empty() {
        dirs.push(prog_file.to_string());
    }
    dirs.extend(search_path());
    for d in dirs {
        let p = account.join(&d).join(&fname);
        if p.is_file() {
            if let Ok(t) = std::fs::read(&p) {
                return Some((p, t));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::compile_error::ErrorKind;
    use crate::syntax::ext_names::NoExtensions;

    #[test]
    fn every_error_is_reported_with_source_and_line() {
        let src = b"X = 1\nFOO.BAR 1\nREAD R FROM F, 1\n\nIF X THEN\nGOTO 99\n";
        let errs = compile_source(
            Path::new("/nonexistent"),
            None,
            "BP/P",
            "P",
            src,
            &NoExtensions,
        )
        .expect_err("must not compile");
        let shown: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        // ScarletDME's texts and places: an unknown word is unrecognised, a
        // missing THEN/ELSE is reported on the next line, unclosed blocks and
        // undefined labels at the end of the source
        assert_eq!(
            shown,
            [
                "BP/P:2: Unrecognised statement",
                "BP/P:4: Expected THEN or ELSE",
                "BP/P:6: Unterminated THEN clause",
                "BP/P:6: Label 99 referenced but not defined"
            ]
        );
        assert_eq!(errs[2].kind, ErrorKind::Unterminated("THEN clause"));
    }
}

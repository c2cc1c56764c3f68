//! The CATALOG and DELETE.CATALOG verbs, with ScarletDME's catalogue
//! modes: LOCAL (the VOC), private (no mode) and GLOBAL, the last one also
//! implied by a call name that starts with a prefix character (`*NAME`,
//! `!NAME`; see [`super::catalog`]).

use super::catalog::{self, Scope};
use super::commands::{compile_item, Outcome};
use super::session::Session;

const INCOMPATIBLE: &str = "Incompatible cataloguing modes specified";

/// CATALOG file [catalogue.name] item [LOCAL | GLOBAL]: adds the program to
/// a catalogue. The call name is in upper case; with two names a prefixed
/// item name (`CATALOG BP *X`) catalogues item `X` globally as `*X`.
pub(super) fn catalog_verb(sess: &mut Session, w: &[String]) -> Outcome {
    let mut args: Vec<&String> = w.iter().skip(1).collect();
    let mut scope = None;
    while let Some(last) = args.last() {
        let mode = if last.eq_ignore_ascii_case("LOCAL") {
            Scope::Local
        } else if last.eq_ignore_ascii_case("GLOBAL") {
            Scope::Global
        } else {
            break;
        };
        if scope.is_some_and(|s| s != mode) {
            sess.say(INCOMPATIBLE);
            return Outcome::Done(-1);
        }
        scope = Some(mode);
        args.pop();
    }
    let (file, name, item) = match args.as_slice() {
        [f, i] => {
            let name = i.to_ascii_uppercase();
            let item = if catalog::has_prefix(&name) {
                &i[1..]
            } else {
                i.as_str()
            };
            (f.as_str(), name, item)
        }
        [f, n, i] => (f.as_str(), n.to_ascii_uppercase(), i.as_str()),
        [f] => {
            sess.say(&format!("{} {} not found", f, f));
            return Outcome::Done(-1);
        }
        _ => {
            sess.say("Catalogue name required");
            return Outcome::Done(-1);
        }
    };
    if catalog::has_prefix(&name) {
        if scope.is_some_and(|s| s != Scope::Global) {
            sess.say(INCOMPATIBLE);
            return Outcome::Done(-1);
        }
        scope = Some(Scope::Global);
    }
    let scope = scope.unwrap_or(Scope::Private);
    if scope == Scope::Global && catalog::global_file().is_none() {
        sess.say(&catalog::no_global_message());
        return Outcome::Done(-1);
    }
    let account = sess.account.clone();
    let Some((source, _)) = compile_item(sess, file, item, false) else {
        return Outcome::Done(-1);
    };
    let source = std::fs::canonicalize(&source).unwrap_or(source);
    match catalog::add(&account, &name, &source, scope) {
        Ok(m) => {
            sess.say(&m);
            Outcome::Done(0)
        }
        Err(m) => {
            sess.say(&m);
            Outcome::Done(-1)
        }
    }
}

/// DELETE.CATALOG name... [LOCAL | GLOBAL]: removes each name (in upper
/// case) from the private catalogue, the local one with LOCAL, the global
/// one with GLOBAL or a prefixed name.
pub(super) fn delete_catalog(sess: &mut Session, w: &[String]) -> Outcome {
    let mut names = Vec::new();
    let (mut local, mut global) = (false, false);
    for x in w.iter().skip(1) {
        if x.eq_ignore_ascii_case("LOCAL") {
            local = true;
        } else if x.eq_ignore_ascii_case("GLOBAL") {
            global = true;
        } else {
            names.push(x.to_ascii_uppercase());
        }
    }
    if names.is_empty() {
        sess.say("Catalogue name required");
        return Outcome::Done(-1);
    }
    if local && global {
        sess.say(INCOMPATIBLE);
        return Outcome::Done(-1);
    }
    let account = sess.account.clone();
    let mut code = 0;
    for name in names {
        let scope = if global || catalog::has_prefix(&name) {
            Scope::Global
        } else if local {
            Scope::Local
        } else {
            Scope::Private
        };
        let (msg, ok) = catalog::delete(&account, &name, scope);
        sess.say(&msg);
        if !ok {
            code = -9;
        }
    }
    Outcome::Done(code)
}

//! Paragraphs (`PA` VOC records) as ScarletDME's command processor runs
//! them. Each field after the first is a line; a line ending in `_` goes on
//! in the next one. Line by line, at the moment it runs:
//!
//! * inline prompts `<<...>>` are replaced (see [`expand`]);
//! * `*` starts a comment; a first word ending in `:` is a label;
//! * `IF a op b [AND|OR ...] THEN sentence` runs the sentence when true;
//! * `GO label` jumps (forward only, except for the hidden labels of
//!   `LOOP` / `REPEAT`, which become `@n:` and `GO @n`);
//! * `STOP` ends the paragraph, `ABORT text` aborts;
//! * after a verb, the `DATA` lines that follow are queued for it.
//!
//! This module is the text side (parsing and substitution); the VM runs
//! the sentences.

use crate::builtins::compare::compare_values;
use crate::builtins::pattern;

/// What inline prompts and IF need from the running session.
pub trait Context {
    /// The value of @-variable `name` (upper case, no `@`), None when
    /// there is no such variable.
    fn at_var(&mut self, name: &str) -> Option<String>;
    /// Record `id` of file `file`.
    fn record(&mut self, file: &str, id: &str) -> Option<Vec<u8>>;
    /// SYSTEM(n).
    fn system(&mut self, n: i64) -> String;
    /// The next entry of select list `n`.
    fn readnext(&mut self, n: usize) -> Option<String>;
    /// Shows `prompt` and reads a line from the keyboard (not the DATA
    /// queue).
    fn keyboard(&mut self, prompt: &str) -> String;
}

/// The answers given to inline prompts so far: a prompt asked again takes
/// the same answer.
#[derive(Debug, Default, Clone)]
pub struct Prompts {
    names: Vec<String>,
    answers: Vec<String>,
}

/// Merges continuation lines and turns `LOOP` / `REPEAT` into hidden
/// labels and jumps. `body` is the record's fields after `PA`.
pub fn preparse(body: &[String]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < body.len() {
        let mut sent = body[i].clone();
        i += 1;
        while sent.ends_with('_') && i < body.len() {
            sent.pop();
            sent.push(' ');
            sent.push_str(&body[i]);
            i += 1;
        }
        let sent = sent.trim_start().to_string();
        let upper = sent.to_ascii_uppercase();
        out.push(match upper.as_str() {
            "LOOP" => {
                depth += 1;
                format!("@{}:", depth - 1)
            }
            "REPEAT" => {
                if depth == 0 {
                    return Err(UNPAIRED.into());
                }
                depth -= 1;
                format!("GO @{depth}")
            }
            _ => sent,
        });
    }
    if depth != 0 {
        return Err(UNPAIRED.into());
    }
    Ok(out)
}

const UNPAIRED: &str = "Paragraph contains unpaired LOOP and REPEAT constructs";

/// The line a paragraph jumps to for `GO label`: the first line at or
/// after `from` (from the start for `@` labels) that begins with `label:`.
pub fn find_label(lines: &[String], from: usize, label: &str) -> Option<usize> {
    let mut want = label.to_string();
    if !want.ends_with(':') {
        want.push(':');
    }
    let start = if want.starts_with('@') { 0 } else { from };
    (start..lines.len()).find(|&i| lines[i].starts_with(&want))
}

/// The line without its label (a first word ending in `:`).
pub fn strip_label(line: &str) -> &str {
    let first = line.split(' ').next().unwrap_or("");
    if first.ends_with(':') {
        line[first.len()..].trim_start()
    } else {
        line
    }
}

/// Words `lo..=hi` of `s` as the command processor counts them (quoted
/// strings are one word, quotes kept), joined by single spaces; and the
/// number of words.
fn sentence_words(s: &str, lo: usize, hi: usize) -> (String, usize) {
    let mut words: Vec<&str> = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        let c = rest.chars().next().unwrap_or(' ');
        let end = if matches!(c, '"' | '\'' | '\\') {
            rest[1..].find(c).map(|j| j + 2).unwrap_or(rest.len())
        } else {
            rest.find(' ').unwrap_or(rest.len())
        };
        words.push(&rest[..end]);
        rest = rest[end..].trim_start();
    }
    let n = words.len();
    let hi = hi.min(n);
    let picked = if lo >= 1 && lo <= hi {
        words[lo - 1..hi].join(" ")
    } else {
        String::new()
    };
    (picked, n)
}

/// Replaces every inline prompt of `line` (innermost first, left to
/// right). `sentence` is the paragraph's @SENTENCE.
pub fn expand(
    line: &str,
    sentence: &str,
    ctx: &mut dyn Context,
    mem: &mut Prompts,
) -> Result<String, String> {
    let mut s = line.to_string();
    while let Some(start) = s.find("<<") {
        // the matching >> (nested prompts are expanded first)
        let after = &s[start + 2..];
        let mut n = 1;
        let inner_end = loop {
            let Some(e) = nth_find(after, ">>", n) else {
                return Err("Unterminated inline prompt".into());
            };
            let inner = &after[..e];
            if inner.matches("<<").count() == inner.matches(">>").count() {
                break e;
            }
            n += 1;
        };
        let inner = after[..inner_end].to_string();
        let value = if inner.contains("<<") {
            // expand the nested ones, then look at this one again
            let x = expand(&inner, sentence, ctx, mem)?;
            s = format!("{}<<{}>>{}", &s[..start], x, &after[inner_end + 2..]);
            continue;
        } else {
            one_prompt(&inner, sentence, ctx, mem)
        };
        s = format!("{}{}{}", &s[..start], value, &after[inner_end + 2..]);
    }
    Ok(s)
}

fn nth_find(s: &str, pat: &str, n: usize) -> Option<usize> {
    let mut from = 0;
    for k in 1..=n {
        let i = s[from..].find(pat)? + from;
        if k == n {
            return Some(i);
        }
        from = i + pat.len();
    }
    None
}

/// How a prompt gets its answer.
enum Mode {
    /// From an earlier answer to the same prompt, else the keyboard.
    UseOld,
    /// Always the keyboard.
    Ask,
    /// Already known.
    Known(String),
}

/// The answer to one inline prompt `p` (the text between `<<` and `>>`).
fn one_prompt(p: &str, sentence: &str, ctx: &mut dyn Context, mem: &mut Prompts) -> String {
    let mut p = p.trim_start().to_string();
    let mut mode = Mode::UseOld;
    let mut upper = false;
    let mut repeat: Option<String> = None;
    // control options, each followed by a comma
    loop {
        let token1 = p.split(',').next().unwrap_or("").to_string();
        let default = token1
            .split_once(':')
            .map(|x| x.1.to_string())
            .unwrap_or_default();
        let token1 = token1.split(':').next().unwrap_or("").to_string();
        let rest = || {
            p.split_once(',')
                .map(|x| x.1.to_string())
                .unwrap_or_default()
        };
        let or_default = |v: String| if v.is_empty() { default.clone() } else { v };
        let range = |lo: usize, hi: usize| sentence_words(sentence, lo, hi).0;
        let t = token1.to_ascii_uppercase();
        if let Some(name) = t.strip_prefix('@') {
            mode = Mode::Known(or_default(ctx.at_var(name).unwrap_or_default()));
            p = rest();
        } else if let Some(name) = token1.strip_prefix('$') {
            mode = Mode::Known(or_default(std::env::var(name).unwrap_or_default()));
            p = rest();
        } else if p.starts_with("A,") {
            mode = Mode::Ask;
            p = p[2..].to_string();
        } else if t == "C#" {
            mode = Mode::Known(sentence_words(sentence, 1, usize::MAX).1.to_string());
            p = rest();
        } else if let Some(spec) = t.strip_prefix('C').filter(|x| !x.is_empty()) {
            let Some((lo, hi)) = word_range(spec) else {
                break;
            };
            mode = Mode::Known(or_default(range(lo, hi)));
            p = rest();
        } else if let Some(n) = t.strip_prefix('I').and_then(digits) {
            // (ScarletDME takes no :default for In: an empty word prompts)
            let v = range(n, n);
            if !v.is_empty() {
                mode = Mode::Known(v);
            }
            p = rest();
        } else if let Some(n) = t.strip_prefix('S').and_then(digits) {
            mode = Mode::Known(range(n, n));
            p = rest();
        } else if t.starts_with('L') && (t.len() == 1 || digits(&t[1..]).is_some()) {
            let n = digits(&t[1..]).unwrap_or(0);
            mode = Mode::Known(ctx.readnext(n).unwrap_or_default());
            p = rest();
        } else if let Some(spec) = p.strip_prefix("F(") {
            let Some((args, after)) = spec.split_once(')') else {
                break;
            };
            let a: Vec<&str> = args.split(',').collect();
            let mut v = String::new();
            if (2..=5).contains(&a.len()) {
                if let Some(rec) = ctx.record(a[0], a[1]) {
                    v = if a.len() > 2 {
                        let n = |i: usize| a.get(i).and_then(|x| x.trim().parse::<i64>().ok());
                        let f = n(2).unwrap_or(0);
                        let val = n(3).unwrap_or(0);
                        let sv = n(4).unwrap_or(0);
                        let x = crate::builtins::dynarray::extract(&rec, f, val, sv);
                        String::from_utf8_lossy(x).into_owned()
                    } else {
                        String::from_utf8_lossy(&rec).into_owned()
                    };
                }
            }
            mode = Mode::Known(v);
            p = after
                .split_once(',')
                .map(|x| x.1.to_string())
                .unwrap_or_default();
        } else if let Some(n) = t
            .strip_prefix("SYSTEM(")
            .and_then(|x| x.strip_suffix(')'))
            .and_then(|d| d.parse::<i64>().ok())
        {
            mode = Mode::Known(ctx.system(n));
            p = rest();
        } else if p.starts_with("R,") {
            repeat = Some(" ".into());
            p = p[2..].to_string();
        } else if let Some(x) = p.strip_prefix("R(") {
            let Some((d, after)) = x.split_once("),") else {
                break;
            };
            repeat = Some(d.to_string());
            p = after.to_string();
        } else if p.starts_with("U,") {
            upper = true;
            p = p[2..].to_string();
        } else {
            break;
        }
    }
    let text = p.trim_start();
    // a check code (pattern or (conversion)) after a comma is not the
    // prompt text
    let text = text.split(',').next().unwrap_or("").to_string();
    let answer = match mode {
        Mode::Known(v) => v,
        Mode::UseOld => match mem
            .names
            .iter()
            .position(|n| !text.is_empty() && *n == text)
        {
            Some(i) => mem.answers[i].clone(),
            None => ask(ctx, &text, repeat.as_deref()),
        },
        Mode::Ask => ask(ctx, &text, repeat.as_deref()),
    };
    if !text.is_empty() {
        match mem.names.iter().position(|n| *n == text) {
            Some(i) => mem.answers[i] = answer.clone(),
            None => {
                mem.names.push(text);
                mem.answers.push(answer.clone());
            }
        }
    }
    if upper {
        answer.to_uppercase()
    } else {
        answer
    }
}

fn ask(ctx: &mut dyn Context, text: &str, repeat: Option<&str>) -> String {
    let Some(delim) = repeat else {
        return ctx.keyboard(&format!("{text}="));
    };
    let mut all = String::new();
    loop {
        let s = ctx.keyboard(&format!("{text}="));
        if s.is_empty() {
            return all;
        }
        if !all.is_empty() {
            all.push_str(delim);
        }
        all.push_str(&s);
    }
}

fn digits(s: &str) -> Option<usize> {
    (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `n`, `m-n` or `n+` after `C`.
fn word_range(spec: &str) -> Option<(usize, usize)> {
    if let Some(n) = digits(spec) {
        return Some((n, n));
    }
    if let Some(n) = spec.strip_suffix('+').and_then(digits) {
        return Some((n, usize::MAX));
    }
    let (a, b) = spec.split_once('-')?;
    Some((digits(a)?, digits(b)?))
}

/// Tokens of an IF sentence: quoted strings (marked literal) and words.
fn if_tokens(s: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        let c = rest.chars().next().unwrap_or(' ');
        if matches!(c, '"' | '\'' | '\\') {
            let end = rest[1..].find(c).map(|j| j + 1).unwrap_or(rest.len());
            out.push((rest[1..end].to_string(), true));
            rest = rest.get(end + 1..).unwrap_or("").trim_start();
        } else {
            let end = rest.find(' ').unwrap_or(rest.len());
            out.push((rest[..end].to_string(), false));
            rest = rest[end..].trim_start();
        }
    }
    out
}

/// A relational operator of IF.
fn rel_op(w: &str) -> Option<&'static str> {
    Some(match w.to_ascii_uppercase().as_str() {
        "=" | "EQ" => "=",
        "#" | "NE" | "<>" | "><" => "#",
        "<" | "LT" => "<",
        "<=" | "LE" | "=<" => "<=",
        ">=" | "GE" | "=>" => ">=",
        ">" | "GT" => ">",
        "LIKE" | "MATCHES" | "MATCHING" => "LIKE",
        "UNLIKE" | "NOT.MATCHING" => "UNLIKE",
        _ => return None,
    })
}

/// Replaces each `@name` in `v` by the variable's value.
fn expand_at(v: &str, ctx: &mut dyn Context) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('@') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let j = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .unwrap_or(after.len());
        match ctx.at_var(&after[..j].to_ascii_uppercase()) {
            Some(x) => {
                out.push_str(&x);
                rest = &after[j..];
            }
            None => {
                // not a variable: left out, as ScarletDME does
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `IF` (the words after it): the sentence to run when the condition
/// holds, None when it does not; the error is the abort message.
pub fn eval_if(rest: &str, ctx: &mut dyn Context) -> Result<Option<String>, String> {
    let toks = if_tokens(rest);
    let mut i = 0;
    let mut value = false;
    let mut or = true;
    let value_of = |t: &(String, bool), ctx: &mut dyn Context| {
        if !t.1 && t.0.starts_with('@') {
            expand_at(&t.0, ctx)
        } else {
            t.0.clone()
        }
    };
    loop {
        let Some(t) = toks.get(i) else {
            return Err("Value 1 missing in IF".into());
        };
        let (v1, op) = match (!t.1).then(|| rel_op(&t.0)).flatten() {
            // a prompt answered with nothing leaves the operator first
            Some(op) => {
                i += 1;
                (String::new(), op)
            }
            None => {
                let v1 = value_of(t, ctx);
                let op = toks
                    .get(i + 1)
                    .filter(|t| !t.1)
                    .and_then(|t| rel_op(&t.0))
                    .ok_or_else(|| "Relational operator missing in IF".to_string())?;
                i += 2;
                (v1, op)
            }
        };
        let v2 = match toks.get(i) {
            Some(t)
                if t.1 || !["AND", "OR", "THEN"].contains(&t.0.to_ascii_uppercase().as_str()) =>
            {
                i += 1;
                value_of(t, ctx)
            }
            Some(_) => String::new(),
            None => return Err("Value 2 missing in IF".into()),
        };
        let o = compare_values(v1.as_bytes(), v2.as_bytes());
        let r = match op {
            "=" => o.is_eq(),
            "#" => o.is_ne(),
            "<" => o.is_lt(),
            "<=" => o.is_le(),
            ">=" => o.is_ge(),
            ">" => o.is_gt(),
            "LIKE" => pattern::matches(v1.as_bytes(), v2.as_bytes()),
            _ => !pattern::matches(v1.as_bytes(), v2.as_bytes()),
        };
        value = if or { value || r } else { value && r };
        let kw = toks
            .get(i)
            .map(|t| t.0.to_ascii_uppercase())
            .unwrap_or_default();
        i += 1;
        match kw.as_str() {
            "AND" => or = false,
            "OR" => or = true,
            "THEN" => break,
            _ => return Err("THEN not found where expected in IF".into()),
        }
    }
    if !value {
        return Ok(None);
    }
    // the rest of the line after THEN, as written
    let upper = rest.to_ascii_uppercase();
    let at = find_word(&upper, "THEN")
        .map(|k| k + 4)
        .unwrap_or(rest.len());
    Ok(Some(rest[at..].trim_start().to_string()))
}

/// Byte offset of `word` standing as a word of `s` outside quotes.
fn find_word(s: &str, word: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, b'"' | b'\'' | b'\\') => quote = Some(c),
            None => {
                let before_ok = i == 0 || b[i - 1] == b' ';
                let end = i + word.len();
                if before_ok && s[i..].starts_with(word) && (end == b.len() || b[end] == b' ') {
                    return Some(i);
                }
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Ctx;
    impl Context for Ctx {
        fn at_var(&mut self, name: &str) -> Option<String> {
            (name == "SELECTED").then(|| "3".into())
        }
        fn record(&mut self, _: &str, id: &str) -> Option<Vec<u8>> {
            (id == "R1").then(|| b"a\xFEb\xFDc".to_vec())
        }
        fn system(&mut self, n: i64) -> String {
            n.to_string()
        }
        fn readnext(&mut self, _: usize) -> Option<String> {
            None
        }
        fn keyboard(&mut self, _: &str) -> String {
            "typed".into()
        }
    }

    fn x(line: &str) -> String {
        expand(
            line,
            "SHOW.ARGS apple 'two words' pear",
            &mut Ctx,
            &mut Prompts::default(),
        )
        .unwrap()
    }

    #[test]
    fn inline_prompts_take_sentence_words_and_values() {
        assert_eq!(x("DISPLAY first <<I2,Word>>"), "DISPLAY first apple");
        assert_eq!(x("X <<C3>> <<C5:none>>!"), "X 'two words' none!");
        assert_eq!(
            x("<<C2-3>>|<<C3+>>|<<C#>>"),
            "apple 'two words'|'two words' pear|4"
        );
        assert_eq!(x("<<@SELECTED>> <<F(T,R1,2,2)>> <<SYSTEM(7)>>"), "3 c 7");
        assert_eq!(x("<<Name>> and <<Name>>"), "typed and typed");
        assert_eq!(x("<<I<<C#>>,last>>"), "pear");
    }

    #[test]
    fn if_conditions() {
        assert_eq!(
            eval_if("@SELECTED > 2 THEN DISPLAY yes", &mut Ctx).unwrap(),
            Some("DISPLAY yes".into())
        );
        assert_eq!(
            eval_if("a = b OR 1 = 1 THEN GO X", &mut Ctx).unwrap(),
            Some("GO X".into())
        );
        assert_eq!(
            eval_if("a = b AND 1 = 1 THEN GO X", &mut Ctx).unwrap(),
            None
        );
        assert_eq!(
            eval_if("= '' THEN STOP", &mut Ctx).unwrap(),
            Some("STOP".into())
        );
        assert!(eval_if("a = b", &mut Ctx).is_err());
    }

    #[test]
    fn loops_become_labels() {
        let b: Vec<String> = ["LOOP", "DISPLAY a _", "b", "REPEAT"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(preparse(&b).unwrap(), ["@0:", "DISPLAY a  b", "GO @0"]);
        assert_eq!(find_label(&["x".into(), "L1: y".into()], 0, "L1"), Some(1));
        assert_eq!(strip_label("L1: DISPLAY y"), "DISPLAY y");
    }
}

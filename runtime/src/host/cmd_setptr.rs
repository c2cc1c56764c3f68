//! The SETPTR verb: `SETPTR unit,width,depth,top,bottom,mode{,option...}`
//! sets a print unit's page layout and destination as ScarletDME's SETPTR
//! does (settings not given go back to their defaults). Mode 3 prints to a
//! `$HOLD` record (`host::spool`); mode 1 is the printer, whose output
//! mvbasic does not keep. Options: BRIEF, `AS name`, `AS PATHNAME path`,
//! `AT printer`, `COPIES n`, `LEFT.MARGIN n`, `BANNER text`, `FORM name`.
//! Without BRIEF ScarletDME asks for confirmation at the terminal, which
//! mvbasic does not do: it refuses with the verb's name, as it does for the
//! options and modes it does not implement.

use crate::host::commands::Outcome;
use crate::host::session::Session;
use crate::value::Value;

/// ScarletDME's largest page width and depth for SETPTR.
const MAX_WIDTH: i64 = 32767;
const MAX_DEPTH: i64 = 32767;
const MAX_MARGIN: i64 = 50;

fn number(t: &str) -> Option<i64> {
    (!t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Runs `SETPTR` (`cmd`: the whole command line).
pub fn setptr(sess: &mut Session, cmd: &str) -> Outcome {
    let rest = cmd.trim_start();
    let rest = rest
        .split_once(char::is_whitespace)
        .map_or("", |(_, r)| r)
        .trim();
    let parts: Vec<&str> = rest.split(',').map(str::trim).collect();
    let fail = |sess: &mut Session, m: &str| {
        sess.say(m);
        Outcome::Done(-1)
    };
    let unit = match parts.first().and_then(|t| t.parse::<i64>().ok()) {
        Some(u) if (0..=255).contains(&u) => u,
        Some(_) => return fail(sess, "Invalid print unit number"),
        None => {
            return fail(
                sess,
                "SETPTR without a print unit number is not supported by mvbasic",
            )
        }
    };
    if parts.len() == 1 {
        return fail(
            sess,
            "SETPTR reporting a unit's settings is not supported by mvbasic",
        );
    }
    // width, depth, top margin, bottom margin, mode: defaults where absent
    let mut vals = [80i64, 66, 0, 0, 1];
    let mut i = 1;
    for (k, v) in vals.iter_mut().enumerate() {
        let Some(t) = parts.get(i) else { break };
        let Some(n) = number(t) else { break };
        let ok = match k {
            0 => (1..=MAX_WIDTH).contains(&n),
            1 => n <= MAX_DEPTH,
            2 | 3 => n <= MAX_MARGIN,
            _ => matches!(n, 0 | 1 | 3..=6),
        };
        if !ok {
            let what = ["Width", "Depth", "Top margin", "Bottom margin", "Mode"][k];
            return fail(sess, &format!("{what} parameter is out of range"));
        }
        *v = n;
        i += 1;
    }
    let [width, depth, top, bottom, mode] = vals;
    if mode != 1 && mode != 3 {
        return fail(
            sess,
            &format!("SETPTR mode {mode} is not supported by mvbasic"),
        );
    }
    let (mut brief, mut file_name, mut printer, mut copies, mut left) =
        (false, String::new(), String::new(), 1i64, 0i64);
    let mut texts: Vec<(i64, String)> = Vec::new();
    for opt in &parts[i..] {
        let w: Vec<&str> = opt.split_whitespace().collect();
        let kw = w
            .first()
            .map(|s| s.to_ascii_uppercase())
            .unwrap_or_default();
        let arg = w.get(1).copied().unwrap_or("");
        match kw.as_str() {
            "" => {}
            "BRIEF" => brief = true,
            "AS" if mode == 3 && arg.eq_ignore_ascii_case("PATHNAME") && w.len() == 3 => {
                file_name = w[2].to_string()
            }
            "AS" if mode == 3 && arg.eq_ignore_ascii_case("NEXT") => {
                return fail(sess, "SETPTR option AS NEXT is not supported by mvbasic")
            }
            "AS" if mode == 3 && w.len() == 2 => file_name = format!("$HOLD {arg}"),
            "AT" if mode == 1 && w.len() == 2 => printer = arg.to_string(),
            "COPIES" if number(arg).is_some() => copies = number(arg).unwrap_or(1),
            "LEFT.MARGIN" if number(arg).is_some_and(|n| n <= MAX_MARGIN) => {
                left = number(arg).unwrap_or(0)
            }
            "BANNER" if mode == 1 && w.len() == 2 => texts.push((10, arg.to_string())),
            "FORM" if mode == 1 && w.len() == 2 => texts.push((9, arg.to_string())),
            _ => {
                return fail(
                    sess,
                    &format!("SETPTR option {opt} is not supported by mvbasic"),
                );
            }
        }
    }
    if !brief {
        return fail(
            sess,
            "SETPTR without BRIEF (its confirmation prompt) is not supported by mvbasic",
        );
    }
    let pu = &mut sess.print_units;
    let mut set = |key: i64, v: Value| {
        let n = match &v {
            Value::Int(n) => Some(*n),
            _ => None,
        };
        let _ = pu.set(key, unit, v, n);
    };
    set(1, Value::Int(mode));
    set(2, Value::Int(width));
    set(3, Value::Int(depth));
    set(4, Value::Int(top));
    set(5, Value::Int(bottom));
    set(6, Value::Int(left));
    set(12, Value::Int(copies));
    set(1017, Value::text(&printer));
    set(1018, Value::text(&file_name));
    for k in [9, 10] {
        let t = texts
            .iter()
            .find(|(key, _)| *key == k)
            .map(|(_, t)| t.as_str());
        set(k, Value::text(t.unwrap_or("")));
    }
    sess.spool_define(unit);
    Outcome::Done(0)
}

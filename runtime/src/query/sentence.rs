//! Parsing a query sentence (`SELECT CUST WITH CITY = "London" BY NAME`)
//! into a [`Query`]. The words after the verb are read the way ScarletDME's
//! query processor reads them: `DICT`, the file name, quoted record ids,
//! then clauses (`WITH`, `BY`, `BY.DSND`, `SAVING [UNIQUE]`, `TO n`),
//! report options (`HDR.SUP`, `COL.HDR.SUPP`, `ID.SUP`) and, for LIST, the
//! names of the fields to show. A word that is none of these is an error
//! naming it.

use super::agg::Agg;
use super::cond::parse_cond;
pub use super::cond::{Cond, Op};

/// A word of the sentence: quoted text is a literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// An unquoted word.
    Word(String),
    /// A quoted string (quotes removed).
    Lit(String),
}

/// Splits a sentence into tokens: `"..."`, `'...'` and `\...\` are
/// literals; other text splits at blanks.
pub fn tokens(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => {
                out.push(Token::Lit(std::mem::take(&mut cur)));
                quote = None;
            }
            Some(_) => cur.push(c),
            None if (c == '"' || c == '\'' || c == '\\') && cur.is_empty() => quote = Some(c),
            None if c == ' ' || c == '\t' => {
                if !cur.is_empty() {
                    out.push(Token::Word(std::mem::take(&mut cur)));
                }
            }
            None => cur.push(c),
        }
    }
    match quote {
        Some(_) => out.push(Token::Lit(cur)),
        None if !cur.is_empty() => out.push(Token::Word(cur)),
        None => {}
    }
    out
}

/// `SAVING [UNIQUE] [MULTI.VALUE] field [NO.NULLS]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Saving {
    /// The dictionary item whose value makes the list.
    pub field: String,
    /// `UNIQUE`: a value already in the list is not added again.
    pub unique: bool,
    /// `MULTI.VALUE`: each value (and subvalue) is a list item; without
    /// it the whole field, marks and all, is one item.
    pub multi: bool,
    /// `NO.NULLS`: empty values are left out.
    pub no_nulls: bool,
}

/// A sort key of a BY clause.
#[derive(Debug, Clone, PartialEq)]
pub struct SortKey {
    /// Dictionary item (or `@ID`).
    pub field: String,
    /// `BY.DSND` / `BY.EXP.DSND`.
    pub desc: bool,
    /// `BY.EXP` / `BY.EXP.DSND`: one list item per value, with its
    /// position.
    pub exploded: bool,
}

/// A parsed query sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// The verb (upper case).
    pub verb: String,
    /// `DICT file`.
    pub dict: bool,
    /// File name.
    pub file: String,
    /// Record ids named in the sentence.
    pub ids: Vec<String>,
    /// The WITH condition.
    pub cond: Option<Cond>,
    /// Sort keys in order.
    pub sort: Vec<SortKey>,
    /// The SAVING clause.
    pub saving: Option<Saving>,
    /// `TO n`.
    pub to_list: Option<usize>,
    /// Fields to show (LIST).
    pub columns: Vec<String>,
    /// Report options (upper case): HDR.SUP, COL.HDR.SUPP, ID.SUP,
    /// DET.SUP.
    pub options: Vec<String>,
    /// The accumulating columns (`TOTAL`, `AVG`, ...): index into
    /// `columns` and how.
    pub aggs: Vec<(usize, Agg)>,
    /// Field modifiers (`COL.HDG`, `FMT`, `CONV`): index into `columns`
    /// and the modifier, in sentence order.
    pub mods: Vec<(usize, Modifier)>,
    /// `HEADING "text"` (the first one).
    pub heading: Option<String>,
    /// `FOOTING "text"` (the first one).
    pub footing: Option<String>,
    /// The control breaks (`BREAK.ON`, `BREAK.SUP`), outermost first.
    pub breaks: Vec<BreakOn>,
    /// `GRAND.TOTAL "text"`: the text at the start of the grand total line.
    pub grand_total: Option<String>,
    /// `SAMPLE [n]`: only the first n records that pass the selection
    /// (10 when n is missing), taken before sorting.
    pub sample: Option<usize>,
    /// `SAMPLED [n]`: only every nth record read (10 when n is missing),
    /// the first one included, before the selection.
    pub sampled: Option<usize>,
    /// `VERTICALLY`: each record as lines `heading : value`.
    pub vertical: bool,
    /// `LPTR [n]`: the report goes to print unit n (0 when missing).
    pub lptr: Option<i64>,
    /// `CSV [1|2] ['d']` or `DELIMITER 'd'`: one line per record, values
    /// joined by the delimiter.
    pub delimited: Option<Delimited>,
}

/// A delimited report (`CSV`, `DELIMITER`).
#[derive(Debug, Clone, PartialEq)]
pub struct Delimited {
    /// The delimiter (`^nnn` and `<TAB>` in its text already replaced).
    pub delimiter: Vec<u8>,
    /// CSV quoting: 0 none (DELIMITER), 1 RFC 4180 (a value holding a
    /// quote or the delimiter is quoted), 2 every value that is not made
    /// of digits, `.` and `-`.
    pub csv: u8,
}

/// A modifier following a field of LIST.
#[derive(Debug, Clone, PartialEq)]
pub enum Modifier {
    /// `COL.HDG "text"`: the column heading (`'L'` starts a new line).
    ColHdg(String),
    /// `FMT "code"`: the format code.
    Fmt(String),
    /// `CONV "code"`: the output conversion.
    Conv(String),
    /// `DISPLAY.LIKE field`: the heading, format, conversion and
    /// single/multivalued flag of another dictionary item.
    Like(String),
}

/// A control break of LIST: `BREAK.ON ["text"] field` or `BREAK.SUP field`.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakOn {
    /// Index into `columns` of the break's field.
    pub column: usize,
    /// The text shown in the break line in place of `**`.
    pub text: Option<String>,
    /// False for BREAK.SUP: the field is not a column of the report.
    pub shown: bool,
}

/// ScarletDME's LIST keywords that mvbasic's query processor does not
/// implement: a sentence using one is refused by name rather than listed
/// differently.
const UNSUPPORTED: &[&str] = &[
    "CALC",
    "CALCULATE",
    "COL.HDG",
    "FMT",
    "CONV",
    "AS",
    "DBL.SPC",
    "DOUBLE.SPACE",
    "BOXED",
    "NO.SPLIT",
    "MARGIN",
    "NO.GRAND.TOTAL",
    "COL.SPCS",
    "COL.SPACES",
    "COL.SUP",
    "COL.SUPP",
    "PAN",
    "SUPP",
    "DETAIL",
    "T.DET",
    "BREAK",
    "NO.NULLS",
];

const OPTIONS: &[&str] = &[
    "HDR.SUP",
    "HDR-SUP",
    "COL.HDR.SUPP",
    "COL.HDR.SUP",
    "COL-HDR-SUPP",
    "ID.SUP",
    "ID-SUP",
    "ID.SUPP",
    "NOPAGE",
    "NO.PAGE",
    "COUNT.SUP",
    "DET.SUP",
    "DET-SUPP",
];

/// Parses `sentence`; `is_field` says whether a word names a dictionary
/// item of the file. The error is the message to show.
pub fn parse(sentence: &str, is_field: &dyn Fn(&str) -> bool) -> Result<Query, String> {
    let toks = tokens(sentence);
    let mut q = Query::default();
    let mut i = 0;
    let word = |i: usize| match toks.get(i) {
        Some(Token::Word(w)) => Some(w.to_ascii_uppercase()),
        _ => None,
    };
    q.verb = word(0).unwrap_or_default();
    i += 1;
    if word(i).as_deref() == Some("DICT") {
        q.dict = true;
        i += 1;
    }
    match toks.get(i) {
        Some(Token::Word(w)) | Some(Token::Lit(w)) => q.file = w.clone(),
        None => return Err("File name required".into()),
    }
    i += 1;
    while i < toks.len() {
        let t = &toks[i];
        let w = match t {
            Token::Lit(l) => {
                q.ids.push(l.clone());
                i += 1;
                continue;
            }
            Token::Word(w) => w.to_ascii_uppercase(),
        };
        // as in ScarletDME, a dictionary item is a field even where its
        // name is a keyword (an I-type called TOTAL)
        if let Token::Word(raw) = t {
            if is_field(raw) {
                q.columns.push(raw.clone());
                i = modifiers(&toks, i + 1, &mut q, None)?;
                continue;
            }
        }
        match w.as_str() {
            "WITH" | "WHEN" | "IF" => {
                let (c, next) = parse_cond(&toks, i + 1)?;
                q.cond = Some(match q.cond.take() {
                    Some(prev) => Cond::And(Box::new(prev), Box::new(c)),
                    None => c,
                });
                i = next;
            }
            "BY" | "BY.DSND" | "BY-DSND" | "BY.EXP" | "BY-EXP" | "BY.EXP.DSND" | "BY-EXP-DSND" => {
                let field = field_word(&toks, i + 1, &w)?;
                let exploded = w.contains("EXP");
                if exploded && q.sort.iter().any(|k| k.exploded) {
                    return Err("Only one exploded sort is allowed".into());
                }
                q.sort.push(SortKey {
                    field,
                    desc: w.ends_with("DSND"),
                    exploded,
                });
                i += 2;
            }
            "SAVING" => {
                let mut at = i + 1;
                let unique = word(at).as_deref() == Some("UNIQUE");
                if unique {
                    at += 1;
                }
                let multi = matches!(
                    word(at).as_deref(),
                    Some("MULTI.VALUE" | "MULTI.VALUED" | "MULTIVALUED")
                );
                if multi {
                    at += 1;
                }
                let field = field_word(&toks, at, "SAVING")?;
                at += 1;
                let no_nulls = matches!(word(at).as_deref(), Some("NO.NULLS" | "NO-NULLS"));
                if no_nulls {
                    at += 1;
                }
                q.saving = Some(Saving {
                    field,
                    unique,
                    multi,
                    no_nulls,
                });
                i = at;
            }
            "TO" => {
                let n = word(i + 1)
                    .and_then(|n| n.parse::<usize>().ok())
                    .filter(|n| *n <= 10)
                    .ok_or_else(|| "Select list number required after TO".to_string())?;
                q.to_list = Some(n);
                i += 2;
            }
            "BREAK.ON" | "BREAK-ON" | "BREAK.SUP" | "BREAK-SUP" | "GRAND.TOTAL" | "GRAND-TOTAL"
            | "DET.SUP" | "DET-SUPP" | "HEADING" | "FOOTING"
                if q.verb != "LIST" && q.verb != "SORT" =>
            {
                return Err(format!(
                    "{w} is only supported in LIST and SORT by mvbasic's query processor"
                ));
            }
            "BREAK.ON" | "BREAK-ON" | "BREAK.SUP" | "BREAK-SUP" => {
                let mut at = i + 1;
                let mut text = None;
                if let Some(Token::Lit(l)) = toks.get(at) {
                    if l.contains('\'') {
                        return Err(format!(
                            "{w} control codes ('...' in \"{l}\") are not supported by mvbasic's query processor"
                        ));
                    }
                    if !l.is_empty() {
                        text = Some(l.clone());
                    }
                    at += 1;
                }
                let field = display_field(&toks, at, &w, is_field)?;
                q.breaks.push(BreakOn {
                    column: q.columns.len(),
                    text,
                    shown: w.contains("ON"),
                });
                q.columns.push(field);
                i = modifiers(&toks, at + 1, &mut q, None)?;
            }
            a if Agg::from_word(a).is_some() => {
                if q.verb != "LIST" && q.verb != "SORT" {
                    return Err(format!(
                        "{w} is only supported in LIST and SORT by mvbasic's query processor"
                    ));
                }
                let mut agg = Agg::from_word(a).expect("checked");
                let mut at = i + 1;
                if let (Agg::Pct(_), Some(n)) = (agg, word(at).and_then(|n| n.parse().ok())) {
                    agg = Agg::Pct(n);
                    at += 1;
                }
                let field = display_field(&toks, at, &w, is_field)?;
                q.aggs.push((q.columns.len(), agg));
                q.columns.push(field);
                i = modifiers(&toks, at + 1, &mut q, Some(agg))?;
            }
            "HEADING" | "FOOTING" => {
                let Some(Token::Lit(l)) = toks.get(i + 1) else {
                    let what = w.to_ascii_lowercase();
                    return Err(format!("Literal {what} text not found where expected"));
                };
                let slot = if w == "HEADING" {
                    &mut q.heading
                } else {
                    &mut q.footing
                };
                if slot.is_none() {
                    *slot = Some(l.clone());
                }
                i += 2;
            }
            "GRAND.TOTAL" | "GRAND-TOTAL" => {
                let Some(Token::Lit(l)) = toks.get(i + 1) else {
                    return Err("Literal grand total text not found where expected".into());
                };
                if l.contains('\'') {
                    return Err(format!(
                        "GRAND.TOTAL control codes ('...' in \"{l}\") are not supported by mvbasic's query processor"
                    ));
                }
                q.grand_total = Some(l.clone());
                i += 2;
            }
            "SAMPLE" | "SAMPLED" => {
                let n = match word(i + 1) {
                    Some(n) if n.chars().all(|c| c.is_ascii_digit()) => {
                        i += 1;
                        n.parse::<usize>().unwrap_or(usize::MAX)
                    }
                    _ => 10,
                };
                if n == 0 {
                    return Err(if w == "SAMPLE" {
                        "Invalid sample record count".into()
                    } else {
                        "Invalid sample interval".into()
                    });
                }
                if w == "SAMPLE" {
                    q.sample = Some(n);
                } else {
                    q.sampled = Some(n);
                }
                i += 1;
            }
            "VERTICALLY" | "VERT" | "LPTR" | "CSV" | "DELIMITER"
                if q.verb != "LIST" && q.verb != "SORT" =>
            {
                return Err(format!(
                    "{w} is only supported in LIST and SORT by mvbasic's query processor"
                ));
            }
            "VERTICALLY" | "VERT" => {
                q.vertical = true;
                i += 1;
            }
            "LPTR" => {
                i += 1;
                let mut unit = 0;
                if let Some(n) = word(i).and_then(|n| n.parse::<i64>().ok()) {
                    if !(0..=255).contains(&n) {
                        return Err("Invalid print unit number".into());
                    }
                    unit = n;
                    i += 1;
                }
                q.lptr = Some(unit);
            }
            "CSV" | "DELIMITER" => {
                if q.delimited.is_some() {
                    return Err("Multiple use of DELIMITER or CSV options".into());
                }
                i += 1;
                let mut d = Delimited {
                    delimiter: b",".to_vec(),
                    csv: u8::from(w == "CSV"),
                };
                if w == "CSV" {
                    if let Some(n @ ("1" | "2")) = word(i).as_deref() {
                        d.csv = n.parse().expect("digit");
                        i += 1;
                    }
                }
                match toks.get(i) {
                    Some(Token::Lit(l)) => {
                        d.delimiter = delimiter_text(l)?;
                        if w == "CSV" && (d.delimiter == b"\"" || d.delimiter.len() != 1) {
                            return Err("CSV delimiter must be a single character other than a double quote".into());
                        }
                        i += 1;
                    }
                    _ if w == "DELIMITER" => {
                        return Err("Literal delimiter text not found where expected".into());
                    }
                    Some(Token::Word(x)) if x.chars().all(|c| c.is_ascii_digit()) => {
                        // ScarletDME takes a number after CSV other than 1
                        // or 2 as a delimiter
                        return Err(format!(
                            "CSV {x} is not supported by mvbasic's query processor"
                        ));
                    }
                    _ => {}
                }
                q.delimited = Some(d);
            }
            o if UNSUPPORTED.contains(&o.replace('-', ".").as_str()) => {
                return Err(format!("{o} is not supported by mvbasic's query processor"));
            }
            o if OPTIONS.contains(&o) => {
                let o = o.replace('-', ".");
                let o = match o.as_str() {
                    "COL.HDR.SUP" => "COL.HDR.SUPP".to_string(),
                    "ID.SUPP" => "ID.SUP".to_string(),
                    "NO.PAGE" => "NOPAGE".to_string(),
                    "DET.SUPP" => "DET.SUP".to_string(),
                    _ => o,
                };
                q.options.push(o);
                q.options.dedup();
                i += 1;
            }
            _ => {
                let raw = match t {
                    Token::Word(w) => w.clone(),
                    Token::Lit(l) => l.clone(),
                };
                if is_field(&raw) || raw.eq_ignore_ascii_case("@ID") {
                    q.columns.push(raw);
                    i = modifiers(&toks, i + 1, &mut q, None)?;
                } else if raw.chars().all(|c| c.is_ascii_digit() || c == '.') {
                    // an unquoted record id
                    q.ids.push(raw);
                    i += 1;
                } else {
                    return Err(format!("Unrecognised word {raw} in query sentence"));
                }
            }
        }
    }
    Ok(q)
}

/// Reads the modifiers (`COL.HDG`, `FMT`, `CONV`; `NO.NULLS` after `AVG`
/// and `MIN`) that follow the field just added to `q`'s columns, from
/// token `i`; returns the index after them.
fn modifiers(
    toks: &[Token],
    mut i: usize,
    q: &mut Query,
    agg: Option<Agg>,
) -> Result<usize, String> {
    let col = q.columns.len() - 1;
    while let Some(Token::Word(w)) = toks.get(i) {
        let w = w.to_ascii_uppercase().replace('-', ".");
        let m = match w.as_str() {
            "COL.HDG" | "FMT" | "CONV" => {
                let Some(Token::Lit(l)) = toks.get(i + 1) else {
                    return Err(match w.as_str() {
                        "COL.HDG" => "Literal column heading text not found where expected",
                        "FMT" => "Format specification not found where expected",
                        _ => "Conversion specification not found where expected",
                    }
                    .into());
                };
                i += 2;
                match w.as_str() {
                    "COL.HDG" => Modifier::ColHdg(l.clone()),
                    "FMT" => Modifier::Fmt(l.clone()),
                    _ => Modifier::Conv(l.clone()),
                }
            }
            "DISPLAY.LIKE" => {
                let Some(Token::Word(f)) = toks.get(i + 1) else {
                    return Err("Field name or synonym required after DISPLAY.LIKE".into());
                };
                i += 2;
                Modifier::Like(f.clone())
            }
            "NO.NULLS" if matches!(agg, Some(Agg::Avg { .. } | Agg::Min { .. })) => {
                if let Some(last) = q.aggs.last_mut() {
                    last.1 = match last.1 {
                        Agg::Avg { .. } => Agg::Avg { no_nulls: true },
                        _ => Agg::Min { no_nulls: true },
                    };
                }
                i += 1;
                continue;
            }
            _ => break,
        };
        q.mods.push((col, m));
    }
    Ok(i)
}

/// The text of a DELIMITER or CSV delimiter: `^nnn` is the character
/// with code nnn, `^^` a caret, `<TAB>` a tab.
fn delimiter_text(t: &str) -> Result<Vec<u8>, String> {
    let t = t.replace("<TAB>", "\t").replace("<tab>", "\t");
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut k = 0;
    while k < b.len() {
        if b[k] == b'^' && b.get(k + 1) == Some(&b'^') {
            out.push(b'^');
            k += 2;
        } else if b[k] == b'^' && b.len() >= k + 4 && b[k + 1..k + 4].iter().all(u8::is_ascii_digit)
        {
            let n: u32 = t[k + 1..k + 4].parse().expect("digits");
            let byte =
                u8::try_from(n).map_err(|_| "Invalid ^nnn character reference".to_string())?;
            out.push(byte);
            k += 4;
        } else {
            out.push(b[k]);
            k += 1;
        }
    }
    Ok(out)
}

/// The field named after BREAK.ON / TOTAL: a dictionary item or `@ID`.
fn display_field(
    toks: &[Token],
    i: usize,
    after: &str,
    is_field: &dyn Fn(&str) -> bool,
) -> Result<String, String> {
    let f = field_word(toks, i, after)?;
    if is_field(&f) || f.eq_ignore_ascii_case("@ID") {
        Ok(f)
    } else {
        Err(format!("Invalid field name '{f}' after {after}"))
    }
}

fn field_word(toks: &[Token], i: usize, after: &str) -> Result<String, String> {
    match toks.get(i) {
        Some(Token::Word(w)) => Ok(w.clone()),
        _ => Err(format!("Field name required after {after}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_are_parsed() {
        let f = |w: &str| ["NAME", "CITY", "BAL"].contains(&w);
        let q = parse(
            "SSELECT CUST WITH CITY = 'London' AND BAL > 200 OR NAME LIKE \"B...\" BY NAME BY.DSND BAL SAVING UNIQUE CITY TO 2",
            &f,
        )
        .unwrap();
        assert_eq!(q.file, "CUST");
        let keys: Vec<(&str, bool)> = q.sort.iter().map(|k| (k.field.as_str(), k.desc)).collect();
        assert_eq!(keys, [("NAME", false), ("BAL", true)]);
        let sv = q.saving.as_ref().unwrap();
        assert_eq!(
            (sv.field.as_str(), sv.unique, sv.multi),
            ("CITY", true, false)
        );
        assert_eq!(q.to_list, Some(2));
        assert!(matches!(q.cond, Some(Cond::Or(_, _))));
        let q = parse("LIST DICT CUST NAME \"C1\" HDR.SUP", &f).unwrap();
        assert!(q.dict);
        assert_eq!(q.columns, ["NAME"]);
        assert_eq!(q.ids, ["C1"]);
        assert_eq!(q.options, ["HDR.SUP"]);
        assert!(parse("LIST CUST BOGUS", &f).unwrap_err().contains("BOGUS"));
    }

    #[test]
    fn breaks_and_totals() {
        let f = |w: &str| ["CITY", "BAL"].contains(&w);
        let q = parse(
            "LIST CUST BY CITY BREAK.ON 'Sub' CITY BREAK.SUP BAL TOTAL BAL DET-SUPP GRAND.TOTAL 'All'",
            &f,
        )
        .unwrap();
        assert_eq!(q.columns, ["CITY", "BAL", "BAL"]);
        assert_eq!(q.aggs, [(2, Agg::Total)]);
        assert_eq!(q.breaks.len(), 2);
        assert_eq!(
            (q.breaks[0].column, q.breaks[0].text.as_deref()),
            (0, Some("Sub"))
        );
        assert!(!q.breaks[1].shown);
        assert_eq!(q.options, ["DET.SUP"]);
        assert_eq!(q.grand_total.as_deref(), Some("All"));
        // a dictionary item named like a keyword is a field
        let g = |w: &str| ["CITY", "TOTAL"].contains(&w);
        let q = parse("LIST CUST TOTAL CITY", &g).unwrap();
        assert_eq!((q.columns.len(), q.aggs.len()), (2, 0));
        // what is not implemented is refused by name
        for (s, word) in [
            ("LIST CUST CALC BAL", "CALC"),
            ("COUNT CUST AVG BAL", "AVG"),
            ("LIST CUST BREAK.ON \"Total'D'\" CITY", "BREAK.ON"),
            ("LIST CUST TOTAL BAL GRAND.TOTAL \"All'P'\"", "GRAND.TOTAL"),
            ("COUNT CUST BREAK.ON CITY", "BREAK.ON"),
            ("LIST CUST BREAK.ON NOPE", "NOPE"),
        ] {
            assert!(parse(s, &f).unwrap_err().contains(word), "{s}");
        }
    }
}

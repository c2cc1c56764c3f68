//! Dialect corpus harness: runs every program of `tests/dialect/<dir>/`
//! (`stmt`, `intr`, `fuzz`, ...) with the mvbasic binary and compares it
//! with what real ScarletDME did (see `tests/dialect/README.md`).
//!
//! * `<STEM>.out`: the program runs in a fresh account whose `BP` directory
//!   file holds the program as `T<STEM>` and the support items named on its
//!   `* SUPPORT:` line; stdout must equal the file byte for byte.
//! * `<STEM>.cerr`: ScarletDME rejected the program at compile time; `mvbasic
//!   check` must fail and print exactly the same `N: message` lines, in order
//!   (a `BP/T<STEM>:` prefix before the line number is ignored; other lines
//!   around them are allowed).
//! * `<dir>/XFAIL`: strict expected failures, `STEM  # reason`. A listed
//!   program that passes, or a listed stem with no program, fails the suite.
//!
//! `DIALECT_FILTER=text` runs only the programs whose `dir/STEM` contains
//! `text` (XFAIL strictness then applies to those programs only).

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long one program may run before it is killed (a runaway loop fails fast).
const RUN_LIMIT: Duration = Duration::from_secs(30);
/// How much standard output or error one program may produce before it is killed.
const OUTPUT_CAP: usize = 4 << 20;

/// What real ScarletDME did with a program.
enum Expect {
    /// Its exact standard output.
    Out(Vec<u8>),
    /// The `N: message` lines of its compile failure.
    Cerr(Vec<String>),
}

/// One corpus program.
struct Program {
    /// Its directory name (`stmt`, `intr`, ...).
    dir: String,
    /// File stem, e.g. `LOCATE_03`.
    stem: String,
    /// Path of the `.bas` file.
    path: PathBuf,
    /// Support item names from its `* SUPPORT:` line.
    support: Vec<String>,
    /// The expectation, or why it could not be loaded.
    expect: Result<Expect, String>,
}

impl Program {
    fn key(&self) -> String {
        format!("{}/{}", self.dir, self.stem)
    }
}

/// Outcome of running one program.
enum Outcome {
    Pass,
    /// Failed, with a readable explanation.
    Fail(String),
}

fn corpus_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("dialect")
}

/// The support item names on the `* SUPPORT:` line among the first lines.
fn support_names(src: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(src);
    for line in text.lines().take(10) {
        let t = line.trim_start();
        let Some(rest) = t.strip_prefix('*') else {
            continue;
        };
        let rest = rest.trim_start();
        if rest.len() >= 8 && rest[..8].eq_ignore_ascii_case("SUPPORT:") {
            return rest[8..].split_whitespace().map(str::to_string).collect();
        }
    }
    Vec::new()
}

fn load_expect(bas: &Path) -> Result<Expect, String> {
    let out = bas.with_extension("out");
    let cerr = bas.with_extension("cerr");
    match (out.is_file(), cerr.is_file()) {
        (true, true) => Err("both .out and .cerr exist".into()),
        (true, false) => std::fs::read(&out)
            .map(Expect::Out)
            .map_err(|e| e.to_string()),
        (false, true) => {
            let text = std::fs::read_to_string(&cerr).map_err(|e| e.to_string())?;
            let lines: Vec<String> = text.lines().map(str::to_string).collect();
            if lines.is_empty() {
                return Err(".cerr is empty".into());
            }
            Ok(Expect::Cerr(lines))
        }
        (false, false) => Err("no .out or .cerr (run scripts/dialect-expect on it)".into()),
    }
}

/// Program directories and their programs, sorted.
fn discover(root: &Path, filter: Option<&str>) -> Vec<Program> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("read tests/dialect")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && p.file_name().map(|n| n != "support").unwrap_or(false))
        .collect();
    dirs.sort();
    let mut progs = Vec::new();
    for d in dirs {
        let dir = d.file_name().unwrap().to_string_lossy().to_string();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
            .expect("read program dir")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().map(|x| x == "bas").unwrap_or(false))
            .collect();
        files.sort();
        for path in files {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let p = Program {
                dir: dir.clone(),
                stem,
                support: support_names(&std::fs::read(&path).unwrap_or_default()),
                expect: load_expect(&path),
                path,
            };
            if filter.map(|f| p.key().contains(f)).unwrap_or(true) {
                progs.push(p);
            }
        }
    }
    progs
}

/// XFAIL entries of one directory: stem -> reason.
fn load_xfail(dir: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(dir.join("XFAIL")) else {
        return m;
    };
    for line in text.lines() {
        let (stem, reason) = line.split_once('#').unwrap_or((line, ""));
        let stem = stem.trim();
        if !stem.is_empty() {
            m.insert(stem.to_string(), reason.trim().to_string());
        }
    }
    m
}

/// The `N: message` lines of a compiler's output; `prefix` (the program
/// path and a colon) is removed first where present.
fn error_lines(output: &[u8], prefix: &str) -> Vec<String> {
    String::from_utf8_lossy(output)
        .lines()
        .map(|l| l.strip_prefix(prefix).unwrap_or(l).to_string())
        .filter(|l| {
            let digits = l.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && l[digits..].starts_with(": ")
        })
        .collect()
}

/// Reads `from` into a buffer of at most OUTPUT_CAP bytes; raises `over` past it.
fn capped_reader(
    mut from: impl Read + Send + 'static,
    over: Arc<AtomicBool>,
) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let mut chunk = [0u8; 8192];
        while let Ok(n) = from.read(&mut chunk) {
            if n == 0 {
                break;
            }
            if buf.len() + n > OUTPUT_CAP {
                over.store(true, Ordering::SeqCst);
                break;
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        buf
    })
}

/// Runs the mvbasic binary in `dir` with empty standard input, killing it
/// after RUN_LIMIT or once it writes more than OUTPUT_CAP bytes.
fn run_bounded(dir: &Path, args: &[&str]) -> common::RunOut {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mvbasic"))
        .args(args)
        .current_dir(dir)
        // the global catalogue (`CATALOG BP *NAME`) of this program only
        .env(mvbasic::host::catalog::GLOBAL_ENV, dir.join(".gcat"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn mvbasic");
    let over = Arc::new(AtomicBool::new(false));
    let out = capped_reader(child.stdout.take().unwrap(), over.clone());
    let err = capped_reader(child.stderr.take().unwrap(), over.clone());
    let deadline = Instant::now() + RUN_LIMIT;
    let mut killed = None;
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait mvbasic") {
            break st;
        }
        if over.load(Ordering::SeqCst) {
            killed = Some(format!("output over {} bytes", OUTPUT_CAP));
        } else if Instant::now() >= deadline {
            killed = Some(format!("still running after {} s", RUN_LIMIT.as_secs()));
        }
        if killed.is_some() {
            let _ = child.kill();
            break child.wait().expect("wait mvbasic");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out.join().unwrap_or_default();
    let mut stderr = err.join().unwrap_or_default();
    if let Some(why) = killed {
        stderr.extend_from_slice(format!("\n[killed: {}]\n", why).as_bytes());
    }
    common::RunOut {
        stdout,
        stderr,
        status: status.code(),
    }
}

fn run_program(p: &Program, support_dir: &Path) -> Outcome {
    let expect = match &p.expect {
        Ok(e) => e,
        Err(why) => return Outcome::Fail(why.clone()),
    };
    let acct = common::TempAccount::new("dialect");
    for s in &p.support {
        match std::fs::read(support_dir.join(format!("{}.bas", s))) {
            Ok(b) => {
                if let Err(e) = acct.put_support(s, &b) {
                    return Outcome::Fail(e);
                }
            }
            Err(e) => return Outcome::Fail(format!("support item {}: {}", s, e)),
        }
    }
    let item = format!("T{}", p.stem);
    acct.put("BP", &item, &std::fs::read(&p.path).unwrap());
    let prog = format!("BP/{}", item);
    match expect {
        Expect::Out(want) => {
            let out = run_bounded(&acct.path, &["run", &prog]);
            if &out.stdout == want {
                Outcome::Pass
            } else {
                let mut msg = format!("exit {:?}\n{}", out.status, common::diff(want, &out.stdout));
                if !out.stderr.is_empty() {
                    let e = String::from_utf8_lossy(&out.stderr);
                    msg.push_str(&format!(
                        "  stderr: {}\n",
                        e.trim_end().replace('\n', "\n          ")
                    ));
                }
                Outcome::Fail(msg)
            }
        }
        Expect::Cerr(want) => {
            let out = run_bounded(&acct.path, &["check", &prog]);
            let prefix = format!("{}:", prog);
            let mut got = error_lines(&out.stderr, &prefix);
            got.extend(error_lines(&out.stdout, &prefix));
            if out.status == Some(0) {
                Outcome::Fail(format!(
                    "compiled cleanly; ScarletDME rejects it with:\n    {}",
                    want.join("\n    ")
                ))
            } else if &got != want {
                Outcome::Fail(format!(
                    "compile errors differ\n  expected:\n    {}\n  actual:\n    {}",
                    want.join("\n    "),
                    if got.is_empty() {
                        "<no N: lines>".to_string()
                    } else {
                        got.join("\n    ")
                    }
                ))
            } else {
                Outcome::Pass
            }
        }
    }
}

#[test]
fn dialect_corpus() {
    let root = corpus_root();
    let filter = std::env::var("DIALECT_FILTER")
        .ok()
        .filter(|s| !s.is_empty());
    let progs = discover(&root, filter.as_deref());
    assert!(
        !progs.is_empty(),
        "no dialect programs under {}",
        root.display()
    );
    let support_dir = root.join("support");

    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::new());
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(p) = progs.get(i) else { break };
                let o = run_program(p, &support_dir);
                results.lock().unwrap().push((i, o));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);

    let mut xfails: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for p in &progs {
        xfails
            .entry(p.dir.clone())
            .or_insert_with(|| load_xfail(&root.join(&p.dir)));
    }
    let (mut passed, mut xfailed) = (0, 0);
    let mut problems = Vec::new();
    for (i, outcome) in &results {
        let p = &progs[*i];
        let listed = xfails.get(&p.dir).and_then(|m| m.get(&p.stem));
        match (outcome, listed) {
            (Outcome::Pass, None) => passed += 1,
            (Outcome::Fail(_), Some(_)) => xfailed += 1,
            (Outcome::Pass, Some(_)) => problems.push(format!(
                "--- {}: passes but is listed in {}/XFAIL: remove it from the list",
                p.key(),
                p.dir
            )),
            (Outcome::Fail(why), None) => problems.push(format!("--- {}: {}", p.key(), why)),
        }
    }
    if filter.is_none() {
        for (dir, m) in &xfails {
            for stem in m.keys() {
                if !progs.iter().any(|p| &p.dir == dir && &p.stem == stem) {
                    problems.push(format!(
                        "--- {}/XFAIL lists {}, which is not a program",
                        dir, stem
                    ));
                }
            }
        }
    }
    let summary = format!(
        "dialect: {} passed, {} xfail, {} failed\n",
        passed,
        xfailed,
        problems.len()
    );
    // Written past the test harness's output capture so that it shows on success too.
    let _ = std::io::stderr().lock().write_all(summary.as_bytes());
    if !problems.is_empty() {
        panic!("{}\n{}", problems.join("\n"), summary);
    }
}

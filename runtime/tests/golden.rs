//! Golden tests for behaviour the conformance corpus does not cover: each
//! `tests/golden/NAME.bas` runs as `BP/NAME` in a fresh account whose BP
//! also holds the other (suffix-less) items of `tests/golden`, and its stdout
//! must equal `NAME.out`.

mod common;

use std::path::PathBuf;

#[test]
fn golden_programs() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let is = |p: &PathBuf, ext: &str| p.to_string_lossy().ends_with(ext);
    let items: Vec<&PathBuf> = entries
        .iter()
        .filter(|p| !is(p, ".bas") && !is(p, ".out"))
        .collect();
    let progs: Vec<&PathBuf> = entries.iter().filter(|p| is(p, ".bas")).collect();
    assert!(!progs.is_empty());
    let mut failures = Vec::new();
    for prog in &progs {
        let name = prog.file_stem().unwrap().to_string_lossy().to_string();
        let acct = common::TempAccount::new(&format!("golden-{}", name));
        for it in &items {
            acct.put(
                "BP",
                &it.file_name().unwrap().to_string_lossy(),
                &std::fs::read(it).unwrap(),
            );
        }
        acct.put("BP", &name, &std::fs::read(prog).unwrap());
        let out = acct.run(&format!("BP/{}", name), &[]);
        let expected = std::fs::read(prog.with_extension("out"));
        match expected {
            Ok(e) if e == out.stdout => {}
            Ok(e) => failures.push(format!(
                "--- {}\n{}stderr: {}",
                name,
                common::diff(&e, &out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )),
            Err(_) => failures.push(format!(
                "--- {}: no .out file; output was:\n{}\nstderr: {}",
                name,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )),
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} golden programs failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

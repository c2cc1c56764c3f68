//! Conformance harness: runs every `NNN_topic.bas` of the shared corpus
//! with the mvbasic binary, in a fresh account whose `BP` directory file
//! holds the support items (catalogued LOCAL where `sdrun` catalogues
//! them) and the program (as `TNNN_TOPIC`), and compares
//! stdout byte for byte with `NNN_topic.out`. Reports every failure.
//!
//! Corpus location: `$SHARED_DIR/conformance` when SHARED_DIR is set, else
//! `<repo root>/../shared/conformance`.

mod common;

use std::path::PathBuf;

fn corpus_dir() -> Option<PathBuf> {
    if let Ok(s) = std::env::var("SHARED_DIR") {
        let p = PathBuf::from(s).join("conformance");
        if p.is_dir() {
            return Some(p);
        }
    }
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let p = repo.join("..").join("shared").join("conformance");
    if p.is_dir() {
        return Some(p);
    }
    None
}

#[test]
fn conformance_corpus() {
    let dir = corpus_dir()
        .expect("conformance corpus not found (set SHARED_DIR or place shared/ beside the repo)");
    let support: Vec<PathBuf> = std::fs::read_dir(dir.join("support"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read corpus dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            n.ends_with(".bas")
                && n.as_bytes()
                    .first()
                    .map(|c| c.is_ascii_digit())
                    .unwrap_or(false)
        })
        .collect();
    progs.sort();
    assert!(!progs.is_empty(), "no programs in {}", dir.display());
    let mut failures = Vec::new();
    let total = progs.len();
    for prog in &progs {
        let stem = prog.file_stem().unwrap().to_string_lossy().to_string();
        let (num, topic) = stem.split_once('_').unwrap_or((&stem, ""));
        let name = format!("T{}_{}", num, topic.to_ascii_uppercase());
        let expected = std::fs::read(prog.with_extension("out")).unwrap_or_default();
        let acct = common::TempAccount::new(&format!("conf-{}", num));
        for s in &support {
            let fname = s.file_name().unwrap().to_string_lossy().to_string();
            let item = fname.strip_suffix(".bas").unwrap_or(&fname).to_string();
            if let Err(e) = acct.put_support(&item, &std::fs::read(s).unwrap()) {
                failures.push(e);
            }
        }
        acct.put("BP", &name, &std::fs::read(prog).unwrap());
        let out = acct.run(&format!("BP/{}", name), &[]);
        if out.stdout != expected {
            failures.push(format!(
                "--- {} (exit {:?})\n{}{}",
                stem,
                out.status,
                common::diff(&expected, &out.stdout),
                if out.stderr.is_empty() {
                    String::new()
                } else {
                    format!("stderr: {}\n", String::from_utf8_lossy(&out.stderr))
                }
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} conformance programs failed:\n{}",
            failures.len(),
            total,
            failures.join("\n")
        );
    }
}

//! Deterministic mutation smoke test of the compile pipeline (preprocess,
//! lex, parse, compile): mutated corpus and golden programs must give a chunk
//! or errors, never a panic. (The libFuzzer target in `fuzz/` goes further.)

use std::path::PathBuf;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() as usize) % n
        }
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let mut v = Vec::new();
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden");
    let shared = std::env::var("SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join("..")
                .join("shared")
        })
        .join("conformance");
    for d in [golden, shared.clone(), shared.join("support")] {
        if let Ok(rd) = std::fs::read_dir(&d) {
            for e in rd.flatten() {
                let p = e.path();
                if p.to_string_lossy().ends_with(".out") || !p.is_file() {
                    continue;
                }
                if let Ok(b) = std::fs::read(&p) {
                    v.push(b);
                }
            }
        }
    }
    v
}

const TOKENS: &[&[u8]] = &[
    b"IF ",
    b" THEN ",
    b" ELSE ",
    b"END",
    b"\n",
    b";",
    b"(",
    b")",
    b"<",
    b">",
    b"[",
    b"]",
    b",",
    b":",
    b"=",
    b"\"",
    b"'",
    b"\\",
    b"LOOP",
    b"REPEAT",
    b"FOR I = 1 TO ",
    b"NEXT",
    b"BEGIN CASE",
    b"CASE ",
    b"END CASE",
    b"GOSUB ",
    b"GOTO ",
    b"RETURN",
    b"CALL ",
    b"DIM A(",
    b"MAT ",
    b"@",
    b"$INCLUDE ",
    b"$IFDEF X",
    b"$ENDIF",
    b"EQU X TO ",
    b"LOCATE ",
    b" IN ",
    b" SETTING ",
    b"READ ",
    b" FROM ",
    b"-",
    b"**",
    b"999999999999999999",
    b"*",
    b"!",
    b"REM ",
    b"X<-1>",
    b"FUNCTION F(A)",
    b"SUBROUTINE S(MAT M)",
    b"COMMON /C/ A",
    b"DEFFUN F(X)",
];

#[test]
fn mutated_sources_never_panic() {
    let seeds = seeds();
    assert!(!seeds.is_empty());
    let account = std::path::Path::new("/nonexistent-mvbasic-account");
    let ext = mvbasic::runner::standard_extensions();
    let mut rng = Lcg(0x5eed);
    let cases = std::env::var("MVBASIC_SMOKE_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000usize);
    for _ in 0..cases {
        let mut s = seeds[rng.below(seeds.len())].clone();
        for _ in 0..1 + rng.below(6) {
            let pos = rng.below(s.len() + 1);
            match rng.below(4) {
                0 => {
                    let t = TOKENS[rng.below(TOKENS.len())];
                    s.splice(pos..pos, t.iter().copied());
                }
                1 if !s.is_empty() => {
                    let end = (pos + 1 + rng.below(20)).min(s.len());
                    let pos = pos.min(end);
                    s.drain(pos..end);
                }
                2 if !s.is_empty() => {
                    let p = pos.min(s.len() - 1);
                    s[p] = rng.next() as u8;
                }
                _ => s.truncate(pos),
            }
        }
        let _ = mvbasic::host::programs::compile_source(account, None, "SMOKE", "SMOKE", &s, &ext);
    }
}

/// Runs mutated programs in a sandboxed VM (budgeted, no stdin, no sleep,
/// output captured): run-time errors are fine, panics are not.
#[test]
fn mutated_programs_run_without_panic() {
    use mvbasic::host::session::Session;
    use mvbasic::vm::Vm;
    let seeds = seeds();
    let account = std::env::temp_dir().join(format!("mvbasic-smoke-run-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&account);
    std::fs::create_dir_all(account.join("BP")).unwrap();
    let host = mvbasic::runner::standard_host();
    let mut rng = Lcg(0xbadc0de);
    let cases = std::env::var("MVBASIC_SMOKE_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600usize);
    for _ in 0..cases {
        let mut s = seeds[rng.below(seeds.len())].clone();
        for _ in 0..1 + rng.below(3) {
            let pos = rng.below(s.len() + 1);
            match rng.below(3) {
                0 => {
                    let t = TOKENS[rng.below(TOKENS.len())];
                    s.splice(pos..pos, t.iter().copied());
                }
                1 if !s.is_empty() => {
                    let p = pos.min(s.len() - 1);
                    let alphabet: &[u8] = b"0123456789-+*/:<>=,()[]\"@ABXYZ\n";
                    s[p] = alphabet[rng.below(alphabet.len())];
                }
                _ => {
                    let end = (pos + 1 + rng.below(8)).min(s.len());
                    let pos = pos.min(end);
                    s.drain(pos..end);
                }
            }
        }
        if let Ok(chunk) = mvbasic::host::programs::compile_source(
            &account,
            Some(&account.join("BP")),
            "SMOKE",
            "SMOKE",
            &s,
            &host.extensions,
        ) {
            let mut sess = Session::new(account.clone(), host.clone());
            sess.sandbox = Some(20_000);
            sess.prog_file = "BP".into();
            sess.capture.push(Vec::new());
            let mut vm = Vm::new(std::rc::Rc::new(chunk), sess);
            let _ = vm.run();
        }
    }
    let _ = std::fs::remove_dir_all(&account);
}

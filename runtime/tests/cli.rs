//! Command-line behaviour: compile errors as FILE:LINE: message (all of
//! them), run-time errors naming program/line/cause with a non-zero exit,
//! exit status, arguments in @SENTENCE, --account, hostile input.

mod common;

use common::{run_in, TempAccount};

#[test]
fn check_reports_every_error_with_file_and_line() {
    let a = TempAccount::new("check");
    a.put(
        "BP",
        "BAD",
        b"X = 1\nY = (2 + \nCRT \"ok\"\nFOO BAR\nGOTO NOWHERE\nZ = 123456789012345678\n",
    );
    let out = run_in(&a.path, &["check", "BP/BAD"], &[], b"");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status, Some(1), "{}", err);
    // ScarletDME's places: the unfinished expression on line 2 is reported
    // on line 3, the undefined label at the end of the source (line 6)
    for line in [3, 4, 6] {
        assert!(
            err.contains(&format!("BP/BAD:{}: ", line)),
            "missing error for line {}: {}",
            line,
            err
        );
    }
    a.put("BP", "GOOD", b"CRT 1\n");
    let out = run_in(&a.path, &["check", "BP/GOOD"], &[], b"");
    assert_eq!(out.status, Some(0));
    assert!(out.stderr.is_empty());
}

#[test]
fn run_compile_error_does_not_run() {
    let a = TempAccount::new("cerr");
    a.put("BP", "P", b"CRT \"before\"\nIF 1 THEN\n");
    let out = a.run("BP/P", &[]);
    assert_ne!(out.status, Some(0));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("BP/P:"));
}

#[test]
fn runtime_error_names_program_line_and_cause() {
    let a = TempAccount::new("rterr");
    a.put(
        "BP",
        "RT",
        b"CRT \"start\"\nX = \"abc\"\nY = X + 1\nCRT \"not reached\"\n",
    );
    let out = a.run("BP/RT", &[]);
    assert_eq!(out.stdout, b"start\n");
    assert_eq!(out.status, Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("RT line 3") && err.contains("Non-numeric"),
        "{}",
        err
    );
    a.put("BP", "UN", b"\nCRT NEVER.SET\n");
    let out = a.run("BP/UN", &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status, Some(1));
    assert!(
        err.contains("UN line 2") && err.contains("NEVER.SET"),
        "{}",
        err
    );
    a.put("BP", "DZ", b"X = 0\nCRT 1 / X\n");
    let out = a.run("BP/DZ", &[]);
    assert_eq!(out.status, Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("DZ line 2"));
}

#[test]
fn missing_subroutine_is_a_runtime_error() {
    let a = TempAccount::new("nosub");
    a.put("BP", "P", b"CALL NO.SUCH.SUB(1)\n");
    let out = a.run("BP/P", &[]);
    assert_eq!(out.status, Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("NO.SUCH.SUB"));
}

#[test]
fn sentence_args_exit_status_and_account_option() {
    let a = TempAccount::new("args");
    a.put(
        "BP",
        "ARGS",
        b"CRT @SENTENCE\nCRT FIELD(SENTENCE(), \" \", 4)\nSET.EXIT.STATUS 3\n",
    );
    let out = a.run("BP/ARGS", &["one", "two"]);
    assert_eq!(out.stdout, b"RUN BP ARGS one two\none\n");
    assert_eq!(out.status, Some(3));
    // --account from another directory
    let acct = a.path.to_string_lossy().to_string();
    let out = run_in(
        &std::env::temp_dir(),
        &["--account", &acct, "run", "BP/ARGS"],
        &["x"],
        b"",
    );
    assert_eq!(out.stdout, b"RUN BP ARGS x\nx\n");
}

#[test]
fn stop_and_abort() {
    let a = TempAccount::new("stop");
    a.put("BP", "S", b"CRT 1\nSTOP\nCRT 2\n");
    let out = a.run("BP/S", &[]);
    assert_eq!(out.stdout, b"1\n");
    assert_eq!(out.status, Some(0));
    a.put("BP", "A", b"CRT 1\nABORT \"bad thing\"\n");
    let out = a.run("BP/A", &[]);
    assert_eq!(out.stdout, b"1\nbad thing\n");
    assert_ne!(out.status, Some(0));
}

#[test]
fn input_reads_stdin_when_no_data() {
    let a = TempAccount::new("input");
    a.put(
        "BP",
        "I",
        b"PROMPT \"\"\nINPUT X\nCRT \"got \":X\nINPUT Y\nCRT \"never\"\n",
    );
    let out = a.run_stdin("BP/I", b"hello\n");
    assert_eq!(out.stdout, b"got hello\n");
}

#[test]
fn hostile_sources_never_panic() {
    let a = TempAccount::new("hostile");
    let cases: Vec<Vec<u8>> = vec![
        b"X = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1".to_vec(),
        b"IF IF IF THEN ELSE END END".to_vec(),
        b"X<1,2,3,4,5> = 1\nCRT X<".to_vec(),
        b"\"unterminated".to_vec(),
        b"LOOP\nFOR I = 1 TO\nNEXT\nREPEAT REPEAT".to_vec(),
        vec![0xFF, 0xFE, 0x00, b'\n', b'@', b'(', b')'],
        b"DIM A(3)\nA(99) = 1\n".to_vec(),
        b"X = STR(\"a\", 2000000000)\n".to_vec(),
        b"$INCLUDE\n$IFDEF\n$ENDIF\n$ENDIF\n".to_vec(),
        b"GOSUB X\nX: GOSUB X\n".to_vec(),
        [b"X = 1".to_vec(), b" + 1".repeat(100_000), b"\nCRT X\n".to_vec()].concat(),
        [b"X = 1".to_vec(), b":\"a\"".repeat(50_000), b"\n".to_vec()].concat(),
        b"IF 1 THEN\n".repeat(5000),
        b"CALL SELF.CALL\n".to_vec(),
    ];
    a.put(
        "BP",
        "SELF.CALL",
        b"SUBROUTINE SELF.CALL\nCALL SELF.CALL\nRETURN\n",
    );
    for (i, c) in cases.iter().enumerate() {
        let name = format!("H{}", i);
        a.put("BP", &name, c);
        let out = a.run(&format!("BP/{}", name), &[]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "case {} panicked: {}", i, err);
        assert!(out.status.is_some(), "case {} killed by a signal", i);
    }
}

/// The process exit status is the low 8 bits of SET.EXIT.STATUS, for `run`
/// and `exec` alike (real ScarletDME: `SET.EXIT.STATUS 257` exits 1, 256
/// exits 0).
#[test]
fn exit_status_above_255_keeps_its_low_byte() {
    let a = TempAccount::new("exit257");
    a.put("BP", "E257", b"SET.EXIT.STATUS 257\nCRT \"X\"\n");
    a.put("BP", "E256", b"SET.EXIT.STATUS 256\n");
    let out = a.run("BP/E257", &[]);
    assert_eq!((out.status, out.stdout.as_slice()), (Some(1), &b"X\n"[..]));
    assert_eq!(a.run("BP/E256", &[]).status, Some(0));
    let out = common::run_in(&a.path, &["exec", "RUN BP E257"], &[], b"");
    assert_eq!(
        out.status,
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = common::run_in(&a.path, &["exec", "RUN BP E256"], &[], b"");
    assert_eq!(out.status, Some(0));
}

/// A program catalogued with CATALOG runs by name from `mvbasic exec`, with
/// the command line as its @SENTENCE (as ScarletDME's command level sets it),
/// and stops running by name after DELETE.CATALOG.
#[test]
fn catalogued_program_runs_by_name_from_exec() {
    let a = TempAccount::new("catexec");
    a.put(
        "BP",
        "SHOWME",
        b"PRINT \"sentence=\":@SENTENCE\nPRINT \"word2=\":FIELD(SENTENCE(), \" \", 2)\n",
    );
    let out = common::run_in(&a.path, &["exec", "CATALOG BP SHOWME LOCAL"], &[], b"");
    assert_eq!(out.stdout, b"SHOWME added to local catalogue\n");
    let out = common::run_in(&a.path, &["exec", "SHOWME alpha  beta"], &[], b"");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "sentence=SHOWME alpha  beta\nword2=alpha\n"
    );
    let out = common::run_in(&a.path, &["exec", "DELETE.CATALOG SHOWME LOCAL"], &[], b"");
    assert_eq!(out.stdout, b"SHOWME deleted from the local catalogue\n");
    let out = common::run_in(&a.path, &["exec", "SHOWME alpha"], &[], b"");
    assert_eq!(out.stdout, b"SHOWME is not in your VOC\n");
}

#[test]
fn include_and_call_search_mvbasic_path() {
    // $INCLUDE ITEM (no file name) and CALL look in the program's own file,
    // then BP, then each directory file named in MVBASIC_PATH
    let a = TempAccount::new("incpath");
    a.put("LIB", "LIB.DEFS.H", b"EQU GREETING TO \"from LIB\"\n");
    a.put(
        "LIB",
        "LIB.SHOW",
        b"SUBROUTINE LIB.SHOW(X)\nCRT \"show \":X\nRETURN\nEND\n",
    );
    a.put(
        "PROGS",
        "P",
        b"$INCLUDE LIB.DEFS.H\nCALL LIB.SHOW(GREETING)\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mvbasic"))
        .args(["run", "PROGS/P"])
        .current_dir(&a.path)
        .env("MVBASIC_PATH", "NONE:LIB")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run mvbasic");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "show from LIB\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

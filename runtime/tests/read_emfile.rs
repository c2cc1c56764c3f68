//! READ when the process has no file descriptor left (EMFILE): ELSE with
//! STATUS() 3006, as ScarletDME (its directory-file READ maps any open
//! failure to "record not found"), and OS.ERROR() 24, so a program can
//! tell that from a missing record (OS.ERROR() 2) and back off instead of
//! acting on "missing". SERAPHIM's workers rely on this under descriptor
//! exhaustion.

use std::os::unix::process::CommandExt;
use std::process::Command;

const PROGRAM: &str = r#"OPEN "BP" TO F ELSE STOP "no BP"
WRITE "present" ON F, "REC"
DIM S(400)
N = 0
FOR I = 1 TO 400
   OPENSEQ "BP", "REC" TO S(I) ELSE EXIT
   N = I
NEXT I
IF N = 400 THEN CRT "descriptors never ran out" ; STOP
READ X FROM F, "REC" THEN CRT "read ":X ELSE CRT "exhausted: else, status ":STATUS():", os.error ":OS.ERROR()
READ X FROM F, "NO.SUCH" THEN CRT "?" ELSE CRT "missing while exhausted: os.error ":OS.ERROR()
FOR I = 1 TO N
   CLOSESEQ S(I)
NEXT I
MAT S = ""
READ X FROM F, "REC" THEN CRT "after: read ":X ELSE CRT "after: else ":OS.ERROR()
READ X FROM F, "NO.SUCH" THEN CRT "?" ELSE CRT "after: missing, os.error ":OS.ERROR()
"#;

#[test]
fn read_under_descriptor_exhaustion_takes_else_with_os_error_24() {
    let dir = std::env::temp_dir().join(format!("mvbasic-emfile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("BP")).unwrap();
    std::fs::write(dir.join("BP").join("T"), PROGRAM).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mvbasic"));
    cmd.args(["run", "BP/T"]).current_dir(&dir);
    // SAFETY: only setrlimit, async-signal-safe, between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: 64,
                rlim_max: 64,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().expect("run mvbasic");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        text,
        "exhausted: else, status 3006, os.error 24\n\
         missing while exhausted: os.error 24\n\
         after: read present\n\
         after: missing, os.error 2\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

//! Locks between real mvbasic processes of one account: a record lock held
//! by one process is seen (RECORDLOCKED -2, LOCKED clause) and waited for
//! by another; a killed process leaves no lock behind; task locks and file
//! locks are shared the same way; a reader never sees half a record while
//! another process rewrites it.
//!
//! Processes say where they are by printing a line (readiness), and wait
//! for the test by reading a line from their standard input: no sleeps, no
//! timing assertions.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use common::TempAccount;

/// A running mvbasic program driven line by line.
struct Proc {
    child: Child,
    stdin: Option<ChildStdin>,
    out: BufReader<ChildStdout>,
}

impl Proc {
    fn start(acct: &Path, prog: &str) -> Proc {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mvbasic"))
            .args(["run", prog])
            .current_dir(acct)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn mvbasic");
        let stdin = child.stdin.take();
        let out = BufReader::new(child.stdout.take().expect("stdout"));
        Proc { child, stdin, out }
    }

    /// The next line it prints (without the newline); empty at its end.
    fn line(&mut self) -> String {
        let mut s = String::new();
        self.out.read_line(&mut s).expect("read child output");
        s.trim_end_matches('\n').to_string()
    }

    /// Waits for the line `want`, failing on anything else.
    fn expect(&mut self, want: &str) {
        let got = self.line();
        assert_eq!(got, want, "process printed {got:?}, expected {want:?}");
    }

    /// Lets it go on past its next INPUT.
    fn go(&mut self) {
        let i = self.stdin.as_mut().expect("stdin");
        i.write_all(b"go\n").expect("write child stdin");
        i.flush().expect("flush child stdin");
    }

    /// The rest of its output, once it ended.
    fn finish(mut self) -> (String, Option<i32>) {
        drop(self.stdin.take());
        let mut rest = String::new();
        loop {
            let l = self.line();
            if l.is_empty() {
                break;
            }
            rest.push_str(&l);
            rest.push('\n');
        }
        let st = self.child.wait().expect("wait child");
        (rest, st.code())
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        // a failed assertion must not leave a process waiting on a lock
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn account(tag: &str) -> TempAccount {
    let a = TempAccount::new(tag);
    std::fs::create_dir_all(a.path.join("DATA")).unwrap();
    a
}

#[test]
fn update_lock_is_seen_waited_for_and_dropped_when_its_process_is_killed() {
    let a = account("lk-wait");
    a.put("DATA", "R", b"old\n");
    a.put(
        "BP",
        "HOLD",
        b"PROMPT ''\nOPEN 'DATA' TO F ELSE STOP\nREADU X FROM F, 'R' ELSE X = ''\nPRINT 'locked'\n\
          INPUT GO\nWRITE 'new' ON F, 'R'\nPRINT 'written'\nINPUT GO\n\
          READU X FROM F, 'R' ELSE NULL\nPRINT 'locked again'\nINPUT GO\n",
    );
    a.put(
        "BP",
        "PROBE",
        b"OPEN 'DATA' TO F ELSE STOP\nPRINT RECORDLOCKED(F, 'R'):' ':(STATUS() > 0)\n\
          READU X FROM F, 'R' LOCKED PRINT 'locked ':(STATUS() > 0) THEN PRINT 'got ':X\n\
          READL X FROM F, 'R' LOCKED PRINT 'shared refused' THEN PRINT 'shared ':X\n\
          FILELOCK F LOCKED PRINT 'file refused'\nLOCK 1 THEN PRINT 'task 1'\n",
    );
    a.put(
        "BP",
        "WAITER",
        b"PROMPT ''\nOPEN 'DATA' TO F ELSE STOP\nPRINT 'waiting'\nREADU X FROM F, 'R' ELSE X = 'none'\n\
          PRINT 'got ':X\n",
    );
    let mut hold = Proc::start(&a.path, "BP/HOLD");
    hold.expect("locked");

    // another process sees the lock and, with LOCKED, does not wait
    let probe = a.run("BP/PROBE", &[]);
    assert_eq!(
        String::from_utf8_lossy(&probe.stdout),
        "-2 1\nlocked 1\nshared refused\nfile refused\ntask 1\n"
    );

    // without LOCKED it waits, and then reads what the holder wrote
    let mut waiter = Proc::start(&a.path, "BP/WAITER");
    waiter.expect("waiting");
    hold.go();
    hold.expect("written");
    waiter.expect("got new");
    assert_eq!(waiter.finish().1, Some(0));

    // killed while holding a lock: the lock goes with the process
    hold.go();
    hold.expect("locked again");
    hold.child.kill().unwrap();
    hold.child.wait().unwrap();
    let probe = a.run("BP/PROBE", &[]);
    assert_eq!(
        String::from_utf8_lossy(&probe.stdout),
        "0 0\ngot new\nshared new\ntask 1\n"
    );
}

#[test]
fn task_locks_and_file_locks_are_shared_between_processes() {
    let a = account("lk-task");
    a.put(
        "BP",
        "HOLD",
        b"PROMPT ''\nOPEN 'DATA' TO F ELSE STOP\nLOCK 7\nFILELOCK F\nPRINT 'held'\nINPUT GO\n",
    );
    a.put(
        "BP",
        "PROBE",
        b"OPEN 'DATA' TO F ELSE STOP\nLOCK 7 THEN PRINT 'got 7' ELSE PRINT 'busy ':(STATUS() > 0)\n\
          UNLOCK 7 ELSE PRINT 'unlock ':STATUS()\nPRINT 'state ':RECORDLOCKED(F, 'ANY')\n\
          RECORDLOCKU F, 'ANY' LOCKED PRINT 'record refused'\nFILEUNLOCK F\nPRINT 'fileunlock ':STATUS()\n",
    );
    let mut hold = Proc::start(&a.path, "BP/HOLD");
    hold.expect("held");
    let probe = a.run("BP/PROBE", &[]);
    assert_eq!(
        String::from_utf8_lossy(&probe.stdout),
        "busy 1\nunlock 3011\nstate -3\nrecord refused\nfileunlock 3011\n"
    );
    hold.go();
    assert_eq!(hold.finish().1, Some(0));
    let probe = a.run("BP/PROBE", &[]);
    assert_eq!(
        String::from_utf8_lossy(&probe.stdout),
        "got 7\nstate 0\nfileunlock 3012\n"
    );
}

#[test]
fn a_reader_never_sees_half_a_record() {
    let a = account("lk-atomic");
    // records of 200,000 bytes, all one letter, rewritten 150 times
    a.put(
        "BP",
        "WRITER",
        b"PROMPT ''\nOPEN 'DATA' TO F ELSE STOP\nA = STR('A', 200000)\nB = STR('B', 200000)\n\
          WRITE A ON F, 'BIG'\nPRINT 'ready'\nINPUT GO\n\
          FOR I = 1 TO 150\n  IF MOD(I, 2) THEN WRITE B ON F, 'BIG' ELSE WRITE A ON F, 'BIG'\nNEXT I\n\
          PRINT 'wrote'\n",
    );
    a.put(
        "BP",
        "READER",
        b"PROMPT ''\nOPEN 'DATA' TO F ELSE STOP\nBAD = 0\nPRINT 'ready'\nINPUT GO\n\
          FOR I = 1 TO 150\n  READ R FROM F, 'BIG' ELSE R = ''\n\
          IF LEN(R) # 200000 OR CONVERT(R[1, 1], '', R) # '' THEN BAD += 1\nNEXT I\n\
          PRINT 'bad ':BAD\n",
    );
    let mut w = Proc::start(&a.path, "BP/WRITER");
    w.expect("ready");
    let mut r = Proc::start(&a.path, "BP/READER");
    r.expect("ready");
    w.go();
    r.go();
    r.expect("bad 0");
    w.expect("wrote");
    assert_eq!(w.finish().1, Some(0));
    assert_eq!(r.finish().1, Some(0));
}

#[test]
fn a_committed_transaction_is_seen_whole_by_a_locking_reader() {
    let a = account("lk-txn");
    a.put("DATA", "A", b"100\n");
    a.put("DATA", "B", b"0\n");
    // moves 40 from A to B in a transaction, stopping between the writes
    a.put(
        "BP",
        "MOVE",
        b"PROMPT ''\nOPEN 'DATA' TO F ELSE STOP\nBEGIN TRANSACTION\n  READU X FROM F, 'A' ELSE STOP\n\
          READU Y FROM F, 'B' ELSE STOP\n  WRITE X - 40 ON F, 'A'\n  PRINT 'half'\n  INPUT GO\n\
          WRITE Y + 40 ON F, 'B'\n  COMMIT\nEND TRANSACTION\nPRINT 'committed'\nINPUT GO\n",
    );
    a.put(
        "BP",
        "SUM",
        b"OPEN 'DATA' TO F ELSE STOP\nREAD X FROM F, 'A' ELSE X = '?'\nPRINT 'before ':X\n\
          READL X FROM F, 'A' LOCKED\n  PRINT 'locked'\n  STOP\nEND ELSE X = 0\n\
          READL Y FROM F, 'B' ELSE Y = 0\nPRINT X:' ':Y:' ':X + Y\n",
    );
    let mut m = Proc::start(&a.path, "BP/MOVE");
    m.expect("half");
    // nothing of the transaction is in the file yet, and its records are
    // locked
    let early = a.run("BP/SUM", &[]);
    assert_eq!(
        String::from_utf8_lossy(&early.stdout),
        "before 100\nlocked\n"
    );
    m.go();
    m.expect("committed");
    let sum = a.run("BP/SUM", &[]);
    assert_eq!(
        String::from_utf8_lossy(&sum.stdout),
        "before 60\n60 40 100\n"
    );
    m.go();
    assert_eq!(m.finish().1, Some(0));
}

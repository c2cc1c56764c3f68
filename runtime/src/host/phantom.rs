//! PHANTOM: detached background mvbasic processes, and the LIST.PHANTOMS and
//! STOP.PHANTOM commands.
//!
//! A phantom is a new session (`setsid`) in the account directory, with
//! stdin from `/dev/null` and stdout + stderr appended to a log file in the
//! account's `$COMO` directory, named `PH<n>_<yyyymmdd>_<hhmmss>` (UTC). It
//! runs `launcher.program launcher.args... <command>` with the environment
//! variables `MVBASIC_USERNO=<n>` (its @USERNO) and `MVBASIC_PHANTOM=1`.
//! Every descriptor above 2 is marked close-on-exec in the child, so a
//! phantom inherits no files or sockets, and being a new process image it
//! inherits no variables.
//!
//! User numbers come from the account's `$PHANTOMS` directory: one record
//! per number (`$PHANTOMS/<n>`: pid, process start time, start time, log,
//! command), allocated lowest-free-first under an `flock` on
//! `$PHANTOMS/.lock`. A number whose process has ended (checked with the
//! pid *and* the kernel's start time, so a recycled pid is not mistaken for
//! the phantom) is free again.

use crate::status_codes::{ER_ARGS, ER_FAILED, ER_NOT_FOUND, ER_PROCESS};
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Directory (in the account) holding the phantom register.
pub const PHANTOMS_DIR: &str = "$PHANTOMS";
/// Directory (in the account) holding phantom output logs.
pub const COMO_DIR: &str = "$COMO";
/// Environment variable carrying a process's @USERNO.
pub const USERNO_ENV: &str = "MVBASIC_USERNO";
/// Environment variable set to 1 in phantom processes.
pub const PHANTOM_ENV: &str = "MVBASIC_PHANTOM";
/// The subcommand of the `mvbasic` executable that runs one command line in
/// an account as EXECUTE would (`mvbasic --account DIR exec COMMAND`): what
/// a phantom process runs.
pub const EXEC_SUBCOMMAND: &str = "exec";
/// Grace period STOP.PHANTOM gives SIGTERM before SIGKILL.
pub const STOP_GRACE: Duration = Duration::from_secs(5);

/// Why a PHANTOM command failed: a ScarletDME STATUS() code and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhantomError {
    /// PHANTOM without a command (ER$ARGS).
    MissingCommand,
    /// STOP.PHANTOM without a user number or ALL (ER$ARGS).
    StopUsage,
    /// The process could not be started or registered (ER$PROCESS).
    Process(String),
    /// No phantom has this user number (ER$NOT.FOUND).
    NotFound(u32),
    /// The phantom outlived SIGKILL (ER$FAILED).
    DidNotEnd {
        /// Its user number.
        userno: u32,
        /// Its process id.
        pid: i32,
    },
}

impl PhantomError {
    /// The ERR.H code (@SYSTEM.RETURN.CODE is its negation).
    pub fn code(&self) -> i32 {
        match self {
            PhantomError::MissingCommand | PhantomError::StopUsage => ER_ARGS,
            PhantomError::Process(_) => ER_PROCESS,
            PhantomError::NotFound(_) => ER_NOT_FOUND,
            PhantomError::DidNotEnd { .. } => ER_FAILED,
        }
    }
}

impl std::fmt::Display for PhantomError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PhantomError::MissingCommand => f.write_str("Phantom command missing"),
            PhantomError::StopUsage => f.write_str("usage: STOP.PHANTOM user.no | ALL"),
            PhantomError::Process(text) => f.write_str(text),
            PhantomError::NotFound(n) => write!(f, "Phantom user {n} not found"),
            PhantomError::DidNotEnd { userno, pid } => {
                write!(f, "phantom user {userno} (pid {pid}) did not end")
            }
        }
    }
}

impl std::error::Error for PhantomError {}

/// Result of a phantom operation.
pub type PhantomResult<T> = Result<T, PhantomError>;

/// How to run a command line as a new process: `program args... command`.
#[derive(Debug, Clone)]
pub struct Launcher {
    /// Executable, normally `std::env::current_exe()` (mvbasic itself).
    pub program: PathBuf,
    /// Arguments placed before the command (e.g. the option that makes
    /// mvbasic execute one TCL command in the current account).
    pub args: Vec<OsString>,
}

/// A started phantom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Started {
    /// Its user number (@USERNO, and @SYSTEM.RETURN.CODE of PHANTOM).
    pub userno: u32,
    /// Its process id.
    pub pid: i32,
    /// Its log file.
    pub log: PathBuf,
}

/// One entry of the phantom register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhantomEntry {
    /// User number.
    pub userno: u32,
    /// Process id.
    pub pid: i32,
    /// Kernel start time of the process (clock ticks since boot).
    pub start_ticks: u64,
    /// Start time, seconds since the Unix epoch.
    pub started: u64,
    /// Log file.
    pub log: PathBuf,
    /// The command it runs.
    pub command: String,
    /// Whether the process is still running.
    pub alive: bool,
}

/// What an EXECUTE of a phantom command produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandOutcome {
    /// Text to display (or capture), lines ending in LF.
    pub output: String,
    /// @SYSTEM.RETURN.CODE: the user number for PHANTOM, the number of
    /// entries for LIST.PHANTOMS, the number stopped for STOP.PHANTOM; the
    /// negated ERR.H code on failure (ScarletDME's convention).
    pub return_code: i64,
}

/// The EXECUTE hook: runs `PHANTOM command`, `LIST.PHANTOMS` or
/// `STOP.PHANTOM n|ALL` in `account`; `None` if `sentence` is another verb.
pub fn execute(sentence: &str, account: &Path, launcher: &Launcher) -> Option<CommandOutcome> {
    let trimmed = sentence.trim_start();
    let (verb, rest) = match trimmed.find(char::is_whitespace) {
        Some(i) => (&trimmed[..i], trimmed[i..].trim()),
        None => (trimmed, ""),
    };
    let fail = |e: PhantomError| CommandOutcome {
        output: format!("{e}\n"),
        return_code: -(e.code() as i64),
    };
    match verb.to_ascii_uppercase().as_str() {
        "PHANTOM" => Some(match start(account, rest, launcher) {
            Ok(s) => CommandOutcome {
                output: format!("Started phantom user {}\n", s.userno),
                return_code: s.userno as i64,
            },
            Err(e) => fail(e),
        }),
        "LIST.PHANTOMS" => {
            let entries = list(account);
            Some(CommandOutcome {
                output: format_list(&entries),
                return_code: entries.len() as i64,
            })
        }
        "STOP.PHANTOM" => Some(stop_command(account, rest).unwrap_or_else(fail)),
        _ => None,
    }
}

fn stop_command(account: &Path, arg: &str) -> PhantomResult<CommandOutcome> {
    let targets: Vec<u32> = if arg.eq_ignore_ascii_case("ALL") {
        list(account)
            .iter()
            .filter(|e| e.alive)
            .map(|e| e.userno)
            .collect()
    } else {
        vec![arg.parse().map_err(|_| PhantomError::StopUsage)?]
    };
    let mut output = String::new();
    for n in &targets {
        stop(account, *n, STOP_GRACE)?;
        output.push_str(&format!("Stopped phantom user {n}\n"));
    }
    Ok(CommandOutcome {
        output,
        return_code: targets.len() as i64,
    })
}

/// Formats the register as LIST.PHANTOMS shows it.
pub fn format_list(entries: &[PhantomEntry]) -> String {
    let mut s = String::from("User   Pid      Alive  Command\n");
    for e in entries {
        s.push_str(&format!(
            "{:<6} {:<8} {:<6} {}\n",
            e.userno,
            e.pid,
            if e.alive { "yes" } else { "no" },
            e.command
        ));
    }
    s.push_str(&format!("{} phantom(s)\n", entries.len()));
    s
}

/// Starts `command` as a phantom in `account`.
pub fn start(account: &Path, command: &str, launcher: &Launcher) -> PhantomResult<Started> {
    let command = command.trim();
    if command.is_empty() {
        return Err(PhantomError::MissingCommand);
    }
    let reg = account.join(PHANTOMS_DIR);
    let como = account.join(COMO_DIR);
    for d in [&reg, &como] {
        fs::create_dir_all(d)
            .map_err(|e| PhantomError::Process(format!("cannot create {}: {e}", d.display())))?;
    }
    let _lock = RegisterLock::take(&reg)?;
    let userno = free_userno(&reg);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let log = como.join(format!("PH{userno}_{}", stamp(now)));
    let log_file = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o644)
        .open(&log)
        .map_err(|e| PhantomError::Process(format!("cannot open log {}: {e}", log.display())))?;
    let err_file = log_file
        .try_clone()
        .map_err(|e| PhantomError::Process(format!("cannot open log: {e}")))?;

    let mut cmd = Command::new(&launcher.program);
    cmd.args(&launcher.args)
        .arg(command)
        .current_dir(account)
        .env(USERNO_ENV, userno.to_string())
        .env(PHANTOM_ENV, "1")
        .stdin(Stdio::null())
        .stdout(Stdio::from(log_file))
        .stderr(Stdio::from(err_file));
    // SAFETY: the closure only makes async-signal-safe system calls
    // (setsid, close_range, fcntl) between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            mark_cloexec_from(3);
            Ok(())
        });
    }
    let child = cmd.spawn().map_err(|e| {
        PhantomError::Process(format!(
            "Failed to create phantom process ({}): {e}",
            launcher.program.display()
        ))
    })?;
    let pid = child.id() as i32;
    let start_ticks = proc_start_ticks(pid).unwrap_or(0);
    // Reap the child when it ends so no zombie stays behind.
    std::thread::spawn(move || {
        let mut child = child;
        let _ = child.wait();
    });
    let entry = PhantomEntry {
        userno,
        pid,
        start_ticks,
        started: now,
        log: log.clone(),
        command: command.to_string(),
        alive: true,
    };
    write_record(&reg, &entry)?;
    Ok(Started { userno, pid, log })
}

/// The phantom register of `account`, by user number.
pub fn list(account: &Path) -> Vec<PhantomEntry> {
    let reg = account.join(PHANTOMS_DIR);
    let mut out: Vec<PhantomEntry> = match fs::read_dir(&reg) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse::<u32>().ok()))
            .filter_map(|n| read_record(&reg, n))
            .collect(),
        Err(_) => Vec::new(),
    };
    out.sort_by_key(|e| e.userno);
    out
}

/// Stops phantom `userno`: SIGTERM to its process group, SIGKILL after
/// `grace`, waits until it has gone, and removes its register entry.
/// Returns whether it was still running.
pub fn stop(account: &Path, userno: u32, grace: Duration) -> PhantomResult<bool> {
    let reg = account.join(PHANTOMS_DIR);
    let entry = read_record(&reg, userno).ok_or(PhantomError::NotFound(userno))?;
    let was_alive = entry.alive;
    if was_alive {
        signal(&entry, libc::SIGTERM);
        if !wait_gone(&entry, grace) {
            signal(&entry, libc::SIGKILL);
            if !wait_gone(&entry, Duration::from_secs(5)) {
                return Err(PhantomError::DidNotEnd {
                    userno,
                    pid: entry.pid,
                });
            }
        }
    }
    let _lock = RegisterLock::take(&reg)?;
    // Remove only if the record still describes the process we stopped.
    if read_record(&reg, userno)
        .map(|e| e.pid == entry.pid && e.start_ticks == entry.start_ticks)
        .unwrap_or(false)
    {
        let _ = fs::remove_file(reg.join(userno.to_string()));
    }
    Ok(was_alive)
}

/// This process's @USERNO: `MVBASIC_USERNO` (set for phantoms, or by
/// whoever starts mvbasic), else the process id.
pub fn userno() -> i64 {
    std::env::var(USERNO_ENV)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(std::process::id() as i64)
}

/// The user number of process `pid` of the account: a live phantom's
/// number, else the process id (as [`userno`] gives it in that process).
pub fn userno_of_pid(account: &Path, pid: i32) -> i64 {
    list(account)
        .into_iter()
        .find(|e| e.pid == pid)
        .map(|e| e.userno as i64)
        .unwrap_or(pid as i64)
}

/// Removes the calling phantom's own register entry; a phantom calls it as
/// it ends (when `MVBASIC_PHANTOM` is set). No-op elsewhere.
pub fn on_exit(account: &Path) {
    if std::env::var_os(PHANTOM_ENV).is_none() {
        return;
    }
    let Some(n) = std::env::var(USERNO_ENV)
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
    else {
        return;
    };
    let reg = account.join(PHANTOMS_DIR);
    if let Some(e) = read_record(&reg, n) {
        if e.pid == std::process::id() as i32 {
            let _ = fs::remove_file(reg.join(n.to_string()));
        }
    }
}

fn signal(e: &PhantomEntry, sig: i32) {
    if !is_alive(e.pid, e.start_ticks) {
        return;
    }
    // SAFETY: kill has no memory-safety preconditions. The phantom leads its
    // own process group (setsid), so -pid reaches its children too.
    unsafe {
        if libc::kill(-e.pid, sig) != 0 {
            libc::kill(e.pid, sig);
        }
    }
}

/// Waits (polling the process table) until the process has ended.
fn wait_gone(e: &PhantomEntry, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if !is_alive(e.pid, e.start_ticks) {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// True if `pid` is a running (not zombie) process started at `start_ticks`
/// (0 = do not check the start time).
pub fn is_alive(pid: i32, start_ticks: u64) -> bool {
    match proc_stat(pid) {
        Some((state, ticks)) => {
            state != 'Z' && state != 'X' && (start_ticks == 0 || ticks == start_ticks)
        }
        None => false,
    }
}

/// (state, start time) from /proc/<pid>/stat.
fn proc_stat(pid: i32) -> Option<(char, u64)> {
    if pid <= 0 {
        return None;
    }
    let text = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces: parse after its ')'.
    let rest = &text[text.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    let ticks = fields.get(19)?.parse().ok()?; // field 22 overall
    Some((state, ticks))
}

fn proc_start_ticks(pid: i32) -> Option<u64> {
    proc_stat(pid).map(|(_, t)| t)
}

/// Lowest user number whose record is absent or describes an ended process.
fn free_userno(reg: &Path) -> u32 {
    let mut n = 1;
    loop {
        match read_record(reg, n) {
            Some(e) if e.alive => n += 1,
            _ => return n,
        }
    }
}

fn write_record(reg: &Path, e: &PhantomEntry) -> PhantomResult<()> {
    let path = reg.join(e.userno.to_string());
    let tmp = reg.join(format!(".{}.tmp", e.userno));
    let text = format!(
        "{}\n{}\n{}\n{}\n{}\n",
        e.pid,
        e.start_ticks,
        e.started,
        e.log.display(),
        e.command
    );
    fs::write(&tmp, text)
        .and_then(|_| fs::rename(&tmp, &path))
        .map_err(|err| PhantomError::Process(format!("cannot write {}: {err}", path.display())))
}

fn read_record(reg: &Path, userno: u32) -> Option<PhantomEntry> {
    let text = fs::read_to_string(reg.join(userno.to_string())).ok()?;
    let mut lines = text.splitn(5, '\n');
    let pid: i32 = lines.next()?.trim().parse().ok()?;
    let start_ticks: u64 = lines.next()?.trim().parse().ok()?;
    let started: u64 = lines.next()?.trim().parse().ok()?;
    let log = PathBuf::from(lines.next()?);
    let command = lines
        .next()
        .unwrap_or("")
        .trim_end_matches('\n')
        .to_string();
    let alive = is_alive(pid, start_ticks);
    Some(PhantomEntry {
        userno,
        pid,
        start_ticks,
        started,
        log,
        command,
        alive,
    })
}

/// An exclusive `flock` on `$PHANTOMS/.lock`, released on drop.
struct RegisterLock(File);

impl RegisterLock {
    fn take(reg: &Path) -> PhantomResult<Self> {
        let f = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(reg.join(".lock"))
            .map_err(|e| {
                PhantomError::Process(format!("cannot open phantom register lock: {e}"))
            })?;
        // SAFETY: flock on a descriptor we own.
        if unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX) } != 0 {
            return Err(PhantomError::Process(format!(
                "cannot lock phantom register: {}",
                std::io::Error::last_os_error()
            )));
        }
        Ok(RegisterLock(f))
    }
}

impl Drop for RegisterLock {
    fn drop(&mut self) {
        let _ = self.0.flush();
        // SAFETY: unlocking our own descriptor.
        unsafe {
            libc::flock(self.0.as_raw_fd(), libc::LOCK_UN);
        }
    }
}

/// Marks every descriptor >= `first` close-on-exec (async-signal-safe).
fn mark_cloexec_from(first: u32) {
    const CLOSE_RANGE_CLOEXEC: libc::c_uint = 1 << 2;
    // SAFETY: raw system calls on descriptor numbers only.
    unsafe {
        if libc::syscall(
            libc::SYS_close_range,
            first,
            libc::c_uint::MAX,
            CLOSE_RANGE_CLOEXEC,
        ) == 0
        {
            return;
        }
        let max = match libc::sysconf(libc::_SC_OPEN_MAX) {
            n if n > 0 && n < 65536 => n as i32,
            _ => 65536,
        };
        for fd in first as i32..max {
            let flags = libc::fcntl(fd, libc::F_GETFD);
            if flags >= 0 && flags & libc::FD_CLOEXEC == 0 {
                libc::fcntl(fd, libc::F_SETFD, flags | libc::FD_CLOEXEC);
            }
        }
    }
}

/// `yyyymmdd_hhmmss` (UTC) for a Unix time.
fn stamp(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let tod = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!(
        "{y:04}{m:02}{d:02}_{:02}{:02}{:02}",
        tod / 3600,
        tod % 3600 / 60,
        tod % 60
    )
}

#[cfg(test)]
mod tests {
    use super::stamp;

    #[test]
    fn stamp_formats_utc() {
        assert_eq!(stamp(0), "19700101_000000");
        assert_eq!(stamp(1_795_000_000), "20261118_110640");
        assert_eq!(stamp(951_782_400), "20000229_000000");
    }
}

/*
 * Shared helpers for the mvtls C harness: assertions, a time bound per test,
 * temporary directories, spawned peers (openssl, curl) whose output is captured
 * in memory, certificate generation with the openssl CLI, and small wrappers
 * around the mvtls C ABI (info as a string, line exchange, client threads).
 *
 * Every test is one program: t_begin() arms alarm(), t_end() prints the verdict
 * and returns the exit status. Spawned peers are killed and reaped on every
 * exit path, including the alarm.
 */
#ifndef FFI_TESTS_COMMON_H
#define FFI_TESTS_COMMON_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "mvtls.h"

/* ---- test bookkeeping ---------------------------------------------------- */

/** Starts a test named `name`, bounded by `seconds` of wall time (alarm()). */
void t_begin(const char *name, unsigned seconds);
/** Prints the verdict, kills leftover peers, removes temp dirs; returns exit status. */
int t_end(void);
/** Records a failed check (thread-safe). */
void t_fail(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/** Records a failed check of condition text `cond` (thread-safe). */
void t_failc(const char *file, int line, const char *cond, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/** Prints an informational line prefixed with "  # ". */
void t_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/** Ends the test at once as failed (after a fatal check). */
void t_abort(void) __attribute__((noreturn));
/** Number of failed checks so far. */
int t_failures(void);

#define CHECK(cond, ...)                                                                 \
    do {                                                                                 \
        if (!(cond)) t_failc(__FILE__, __LINE__, #cond, __VA_ARGS__);                    \
    } while (0)

#define REQUIRE(cond, ...)                                                               \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            t_failc(__FILE__, __LINE__, #cond, __VA_ARGS__);                             \
            t_abort();                                                                   \
        }                                                                                \
    } while (0)

/** Checks that the thread's mvtls status equals `want`; `what` names the call. */
#define CHECK_STATUS(want, what)                                                         \
    do {                                                                                 \
        int32_t st_ = mvtls_status();                                                    \
        if (st_ != (want))                                                               \
            t_fail(__FILE__, __LINE__, "%s: status %d (%s), want %d", (what), (int)st_,  \
                   mv_err(), (int)(want));                                               \
    } while (0)

/* ---- mvtls helpers -------------------------------------------------------- */

/** The calling thread's mvtls error text (thread-local buffer). */
const char *mv_err(void);
/** mvtls_info as a string in a thread-local ring of buffers; "<ERR n: text>" on failure. */
const char *mv_info(int32_t handle, int32_t key);
/** MVTLS_INFO_LOCAL_PORT of a listener/connection as an int (-1 on error). */
int mv_port(int32_t handle);
/** Writes all of `len` bytes; returns 1 on success. */
int mv_write_all(int32_t conn, const void *buf, size_t len, int timeout_ms);
/** Writes a NUL-terminated string; returns 1 on success. */
int mv_write_str(int32_t conn, const char *s, int timeout_ms);
/**
 * Reads until a '\n' was received (kept), end of stream, error or `cap-1` bytes.
 * Returns the byte count (buffer NUL-terminated) or -1 on error/timeout before any '\n'.
 */
int mv_read_line(int32_t conn, char *buf, size_t cap, int timeout_ms);
/** Reads exactly `len` bytes; returns 1 on success, 0 otherwise (status tells why). */
int mv_read_exact(int32_t conn, void *buf, size_t len, int timeout_ms);

/**
 * A client connection made from its own thread (so a single-threaded mvtls
 * server in the test's main thread can accept it): connect, record the TLS
 * facts seen from the client side, send `send`, read one reply line, close.
 */
typedef struct {
    /* inputs */
    const char *host;
    int port;
    int32_t ctx;
    int timeout_ms;
    const char *send;  /* NULL: send nothing */
    int read_reply;    /* read one line after sending */
    int keep_open;     /* do not close (the caller closes `conn`) */
    /* outputs */
    int32_t conn;
    int connect_status;
    char connect_err[512];
    char subject[256];
    char version[32];
    char alpn[64];
    char verify[16];
    char reply[4096];
    int reply_len;
    int read_status;
    pthread_t thread;
} client_job;

/** Starts `job` on a new thread. */
void client_start(client_job *job);
/** Joins the thread of `job`. */
void client_join(client_job *job);

/** Accepts one connection with `timeout_ms`, failing the test (not aborting) on error. */
int32_t accept_one(int32_t listener, int timeout_ms, const char *what);
/** Reads one line from `conn` and answers `prefix` + line; returns 1 on success. */
int serve_echo_line(int32_t conn, const char *prefix, int timeout_ms);

/* ---- processes -------------------------------------------------------------- */

typedef struct proc proc_t;

/**
 * Spawns argv[0] (PATH search) with stdin from `stdin_path` (NULL: /dev/null);
 * stdout and stderr go to an in-memory buffer filled by a reader thread.
 */
proc_t *proc_spawn(const char *const argv[], const char *stdin_path);
/** Waits until `needle` appears in the output; 1 if found, 0 on timeout/exit. */
int proc_wait_output(proc_t *p, const char *needle, int timeout_ms);
/** Waits for exit; returns the exit status (128+sig if killed), or -1 after killing it on timeout. */
int proc_wait_exit(proc_t *p, int timeout_ms);
/** The output captured so far (stable copy owned by the proc, valid until proc_free). */
const char *proc_output(proc_t *p);
/** Kills (SIGKILL), reaps and frees. Safe on NULL and on exited processes. */
void proc_free(proc_t *p);
/** 1 once the process closed its output (normally: exited). Never blocks. */
int proc_done(proc_t *p);
/**
 * Stops (1) or resumes (0) draining the process's output. Held, the pipe fills
 * up and the process blocks writing to it: an `openssl s_client -quiet` then
 * stops reading its socket, like a client that stops reading.
 */
void proc_hold_output(proc_t *p, int hold);
/** Bytes of output captured so far. */
size_t proc_output_len(proc_t *p);
/** pid of the process. */
pid_t proc_pid(proc_t *p);
/** Runs a command to completion (bounded by `timeout_ms`); returns exit status, prints output on failure. */
int run_cmd(const char *const argv[], int timeout_ms);

/**
 * Starts `openssl s_server -accept 0 <extra...>` and waits for its ACCEPT line;
 * returns the process and stores the port. `extra` is NULL-terminated.
 */
proc_t *s_server_start(const char *const extra[], int *port);

/* ---- files, certificates, sockets ------------------------------------------ */

/** Creates a temporary directory removed at t_end(); returns its path (static storage). */
const char *t_tmpdir(void);
/** Joins dir + "/" + name into a newly allocated string (freed at t_end()). */
const char *path_in(const char *dir, const char *name);
/** Writes `len` bytes to `path`; returns 1 on success. */
int write_file(const char *path, const void *data, size_t len);
/** Reads a whole file (malloc'd, NUL-terminated); NULL on error. */
char *read_file(const char *path, size_t *len);

/** Makes a self-signed CA `dir/<name>.pem` + `dir/<name>-key.pem` with CN=<name>. */
int mk_ca(const char *dir, const char *name);
/**
 * Makes a leaf certificate `dir/<name>.pem` + `dir/<name>-key.pem` with CN=<cn>,
 * subjectAltName `san` (e.g. "DNS:localhost,IP:127.0.0.1"), signed by
 * `ca_cert` / `ca_key`. `expired`: validity 2020-01-01 .. 2021-01-01.
 */
int mk_leaf(const char *dir, const char *name, const char *cn, const char *san,
            const char *ca_cert, const char *ca_key, int expired);

/** Reads from `conn` until `end` appears (or error/EOF/cap); returns bytes read or -1. */
int mv_read_until(int32_t conn, char *buf, size_t cap, const char *end, int timeout_ms);

/** Plain TCP connect to 127.0.0.1:port; returns the fd or -1. */
int tcp_connect(int port);
/** Number of open file descriptors of this process (/proc/self/fd). */
int count_fds(void);
/** Monotonic milliseconds. */
long long now_ms(void);

#endif

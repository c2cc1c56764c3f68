/* Shared helpers for the mvtls C harness; see common.h. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "common.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- test bookkeeping ---------------------------------------------------- */

static const char *g_name = "?";
static int g_failures;
static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;

#define MAX_TRACKED 64
static volatile pid_t g_pids[MAX_TRACKED]; /* live children, for the alarm handler */
static char *g_tmpdirs[16];
static int g_ntmpdirs;
static char *g_paths[512];
static int g_npaths;

static void track_pid(pid_t pid) {
    for (int i = 0; i < MAX_TRACKED; i++)
        if (__sync_bool_compare_and_swap(&g_pids[i], 0, pid)) return;
}
static void untrack_pid(pid_t pid) {
    for (int i = 0; i < MAX_TRACKED; i++)
        if (g_pids[i] == pid) g_pids[i] = 0;
}

static void kill_tracked(void) {
    for (int i = 0; i < MAX_TRACKED; i++) {
        pid_t p = g_pids[i];
        if (p > 0) {
            kill(p, SIGKILL);
            waitpid(p, NULL, 0);
            g_pids[i] = 0;
        }
    }
}

static void on_alarm(int sig) {
    (void)sig;
    static const char msg[] = "  FAIL: time limit exceeded (alarm)\n";
    ssize_t r = write(2, msg, sizeof msg - 1);
    (void)r;
    kill_tracked();
    _exit(3);
}

void t_begin(const char *name, unsigned seconds) {
    g_name = name;
    setvbuf(stdout, NULL, _IOLBF, 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    alarm(seconds);
    printf("# %s (limit %us)\n", name, seconds);
}

static int rm_cb(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
    (void)sb; (void)flag; (void)ftw;
    return remove(path);
}

static void cleanup(void) {
    kill_tracked();
    for (int i = 0; i < g_ntmpdirs; i++) {
        if (!getenv("KEEP_TMP")) nftw(g_tmpdirs[i], rm_cb, 16, FTW_DEPTH | FTW_PHYS);
        free(g_tmpdirs[i]);
    }
    g_ntmpdirs = 0;
    for (int i = 0; i < g_npaths; i++) free(g_paths[i]);
    g_npaths = 0;
}

int t_end(void) {
    alarm(0);
    cleanup();
    if (g_failures == 0) {
        printf("ok %s\n", g_name);
        return 0;
    }
    printf("not ok %s: %d failed check(s)\n", g_name, g_failures);
    return 1;
}

void t_abort(void) {
    cleanup();
    printf("not ok %s: aborted after %d failed check(s)\n", g_name, g_failures);
    fflush(stdout);
    exit(1);
}

void t_fail(const char *file, int line, const char *fmt, ...) {
    pthread_mutex_lock(&g_mu);
    g_failures++;
    fprintf(stdout, "  FAIL %s:%d: ", file, line);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    fflush(stdout);
    pthread_mutex_unlock(&g_mu);
}

void t_failc(const char *file, int line, const char *cond, const char *fmt, ...) {
    pthread_mutex_lock(&g_mu);
    g_failures++;
    fprintf(stdout, "  FAIL %s:%d: (%s) ", file, line, cond);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    fflush(stdout);
    pthread_mutex_unlock(&g_mu);
}

void t_note(const char *fmt, ...) {
    pthread_mutex_lock(&g_mu);
    fputs("  # ", stdout);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    pthread_mutex_unlock(&g_mu);
}

int t_failures(void) {
    pthread_mutex_lock(&g_mu);
    int n = g_failures;
    pthread_mutex_unlock(&g_mu);
    return n;
}

long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- mvtls helpers -------------------------------------------------------- */

const char *mv_err(void) {
    static _Thread_local char buf[1024];
    buf[0] = 0;
    mvtls_error_text(buf, (int32_t)sizeof buf);
    return buf;
}

const char *mv_info(int32_t handle, int32_t key) {
    static _Thread_local char ring[8][512];
    static _Thread_local int next;
    char *buf = ring[next++ % 8];
    int32_t n = mvtls_info(handle, key, buf, 512);
    if (n < 0) {
        int32_t st = mvtls_status();
        snprintf(buf, 512, "<ERR %d: %s>", (int)st, mv_err());
    }
    return buf;
}

int mv_port(int32_t handle) {
    const char *s = mv_info(handle, MVTLS_INFO_LOCAL_PORT);
    if (s[0] == '<') return -1;
    return atoi(s);
}

int mv_write_all(int32_t conn, const void *buf, size_t len, int timeout_ms) {
    const uint8_t *p = buf;
    while (len > 0) {
        int32_t chunk = len > (1u << 30) ? (1 << 30) : (int32_t)len;
        int32_t n = mvtls_write(conn, p, chunk, timeout_ms);
        if (n <= 0) return 0;
        /* the contract: write returns len on success (all bytes) */
        if (n != chunk) {
            t_fail(__FILE__, __LINE__, "mvtls_write returned %d, want %d", (int)n, (int)chunk);
            return 0;
        }
        p += n;
        len -= (size_t)n;
    }
    return 1;
}

int mv_write_str(int32_t conn, const char *s, int timeout_ms) {
    return mv_write_all(conn, s, strlen(s), timeout_ms);
}

/* Whether `end` occurs in the first `got` bytes of buf (which may hold NULs). */
static int contains_bytes(const char *buf, size_t got, const char *end) {
    size_t n = strlen(end);
    for (size_t i = 0; n <= got && i <= got - n; i++)
        if (memcmp(buf + i, end, n) == 0) return 1;
    return 0;
}

int mv_read_until(int32_t conn, char *buf, size_t cap, const char *end, int timeout_ms) {
    size_t got = 0;
    buf[0] = 0;
    while (got + 1 < cap) {
        int32_t n = mvtls_read(conn, (uint8_t *)buf + got, (int32_t)(cap - 1 - got), timeout_ms);
        if (n < 0) return got > 0 ? (int)got : -1;
        if (n == 0) break;
        got += (size_t)n;
        buf[got] = 0;
        if (contains_bytes(buf, got, end)) break;
    }
    buf[got] = 0;
    return (int)got;
}

int mv_read_line(int32_t conn, char *buf, size_t cap, int timeout_ms) {
    return mv_read_until(conn, buf, cap, "\n", timeout_ms);
}

int mv_read_exact(int32_t conn, void *buf, size_t len, int timeout_ms) {
    uint8_t *p = buf;
    while (len > 0) {
        int32_t want = len > (1u << 20) ? (1 << 20) : (int32_t)len;
        int32_t n = mvtls_read(conn, p, want, timeout_ms);
        if (n <= 0) return 0;
        p += n;
        len -= (size_t)n;
    }
    return 1;
}

static void copy_info(int32_t h, int32_t key, char *dst, size_t cap) {
    snprintf(dst, cap, "%s", mv_info(h, key));
}

static void *client_main(void *arg) {
    client_job *j = arg;
    j->conn = mvtls_connect(j->host, j->port, j->timeout_ms, j->ctx);
    j->connect_status = mvtls_status();
    snprintf(j->connect_err, sizeof j->connect_err, "%s", mv_err());
    j->reply_len = -1;
    if (j->conn <= 0) return NULL;
    copy_info(j->conn, MVTLS_INFO_PEER_SUBJECT, j->subject, sizeof j->subject);
    copy_info(j->conn, MVTLS_INFO_TLS_VERSION, j->version, sizeof j->version);
    copy_info(j->conn, MVTLS_INFO_ALPN, j->alpn, sizeof j->alpn);
    copy_info(j->conn, MVTLS_INFO_VERIFY, j->verify, sizeof j->verify);
    if (j->send && !mv_write_str(j->conn, j->send, j->timeout_ms)) {
        j->read_status = mvtls_status();
    } else if (j->read_reply) {
        j->reply_len = mv_read_line(j->conn, j->reply, sizeof j->reply, j->timeout_ms);
        j->read_status = mvtls_status();
    }
    if (!j->keep_open) mvtls_close(j->conn);
    return NULL;
}

void client_start(client_job *job) {
    if (job->timeout_ms == 0) job->timeout_ms = 10000;
    if (!job->host) job->host = "localhost";
    int rc = pthread_create(&job->thread, NULL, client_main, job);
    REQUIRE(rc == 0, "pthread_create: %s", strerror(rc));
}

void client_join(client_job *job) { pthread_join(job->thread, NULL); }

int32_t accept_one(int32_t listener, int timeout_ms, const char *what) {
    int32_t c = mvtls_accept(listener, timeout_ms);
    if (c <= 0) {
        int32_t st = mvtls_status();
        t_fail(__FILE__, __LINE__, "%s: mvtls_accept returned %d, status %d (%s)", what, (int)c,
               (int)st, mv_err());
    }
    return c;
}

int serve_echo_line(int32_t conn, const char *prefix, int timeout_ms) {
    char line[4096];
    int n = mv_read_line(conn, line, sizeof line, timeout_ms);
    if (n <= 0) return 0;
    char out[4200];
    snprintf(out, sizeof out, "%s%s", prefix, line);
    return mv_write_str(conn, out, timeout_ms);
}

/* ---- processes -------------------------------------------------------------- */

struct proc {
    pid_t pid;
    int out_fd;
    int reaped;
    int status;
    pthread_t reader;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    char *buf;
    size_t len, cap;
    int eof;
    int hold; /* 1: the reader thread leaves the pipe alone (see proc_hold_output) */
    char *snapshot;
};

static void *reader_main(void *arg) {
    proc_t *p = arg;
    char chunk[4096];
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (p->hold) pthread_cond_wait(&p->cv, &p->mu);
        pthread_mutex_unlock(&p->mu);
        ssize_t n = read(p->out_fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        pthread_mutex_lock(&p->mu);
        if (n <= 0) {
            p->eof = 1;
            pthread_cond_broadcast(&p->cv);
            pthread_mutex_unlock(&p->mu);
            break;
        }
        if (p->len + (size_t)n + 1 > p->cap) {
            size_t nc = (p->cap ? p->cap * 2 : 8192);
            while (nc < p->len + (size_t)n + 1) nc *= 2;
            p->buf = realloc(p->buf, nc);
            p->cap = nc;
        }
        memcpy(p->buf + p->len, chunk, (size_t)n);
        p->len += (size_t)n;
        p->buf[p->len] = 0;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
    }
    return NULL;
}

proc_t *proc_spawn(const char *const argv[], const char *stdin_path) {
    int pfd[2];
    REQUIRE(pipe2(pfd, O_CLOEXEC) == 0, "pipe: %s", strerror(errno));
    int in_fd = open(stdin_path ? stdin_path : "/dev/null", O_RDONLY | O_CLOEXEC);
    REQUIRE(in_fd >= 0, "open %s: %s", stdin_path ? stdin_path : "/dev/null", strerror(errno));
    pid_t pid = fork();
    REQUIRE(pid >= 0, "fork: %s", strerror(errno));
    if (pid == 0) {
        dup2(in_fd, 0);
        dup2(pfd[1], 1);
        dup2(pfd[1], 2);
        signal(SIGPIPE, SIG_DFL);
        alarm(0);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    track_pid(pid);
    close(in_fd);
    close(pfd[1]);
    proc_t *p = calloc(1, sizeof *p);
    p->pid = pid;
    p->out_fd = pfd[0];
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    pthread_create(&p->reader, NULL, reader_main, p);
    return p;
}

static void deadline_ts(struct timespec *ts, int timeout_ms) {
    clock_gettime(CLOCK_REALTIME, ts);
    ts->tv_sec += timeout_ms / 1000;
    ts->tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000L;
    }
}

int proc_wait_output(proc_t *p, const char *needle, int timeout_ms) {
    struct timespec dl;
    deadline_ts(&dl, timeout_ms);
    pthread_mutex_lock(&p->mu);
    int found = 0;
    for (;;) {
        if (p->buf && strstr(p->buf, needle)) { found = 1; break; }
        if (p->eof) break;
        if (pthread_cond_timedwait(&p->cv, &p->mu, &dl) == ETIMEDOUT) {
            found = p->buf && strstr(p->buf, needle);
            break;
        }
    }
    pthread_mutex_unlock(&p->mu);
    return found;
}

static void proc_reap(proc_t *p, int sig) {
    if (p->reaped) return;
    if (sig) kill(p->pid, sig);
    int st = 0;
    while (waitpid(p->pid, &st, 0) < 0 && errno == EINTR) {}
    untrack_pid(p->pid);
    p->reaped = 1;
    p->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

int proc_wait_exit(proc_t *p, int timeout_ms) {
    if (p->reaped) return p->status;
    struct timespec dl;
    deadline_ts(&dl, timeout_ms);
    pthread_mutex_lock(&p->mu);
    int timed_out = 0;
    while (!p->eof) {
        if (pthread_cond_timedwait(&p->cv, &p->mu, &dl) == ETIMEDOUT) { timed_out = !p->eof; break; }
    }
    pthread_mutex_unlock(&p->mu);
    if (timed_out) {
        proc_reap(p, SIGKILL);
        return -1;
    }
    proc_reap(p, 0);
    return p->status;
}

const char *proc_output(proc_t *p) {
    pthread_mutex_lock(&p->mu);
    free(p->snapshot);
    p->snapshot = strdup(p->buf ? p->buf : "");
    pthread_mutex_unlock(&p->mu);
    return p->snapshot;
}

pid_t proc_pid(proc_t *p) { return p->pid; }

int proc_done(proc_t *p) {
    pthread_mutex_lock(&p->mu);
    int d = p->eof;
    pthread_mutex_unlock(&p->mu);
    return d;
}

void proc_hold_output(proc_t *p, int hold) {
    pthread_mutex_lock(&p->mu);
    p->hold = hold;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

size_t proc_output_len(proc_t *p) {
    pthread_mutex_lock(&p->mu);
    size_t n = p->len;
    pthread_mutex_unlock(&p->mu);
    return n;
}

void proc_free(proc_t *p) {
    if (!p) return;
    proc_hold_output(p, 0);
    proc_reap(p, SIGKILL);
    pthread_join(p->reader, NULL);
    close(p->out_fd);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
    free(p->buf);
    free(p->snapshot);
    free(p);
}

int run_cmd(const char *const argv[], int timeout_ms) {
    proc_t *p = proc_spawn(argv, NULL);
    int st = proc_wait_exit(p, timeout_ms);
    if (st != 0) {
        t_note("command %s exited %d:\n%s", argv[0], st, proc_output(p));
    }
    proc_free(p);
    return st;
}

proc_t *s_server_start(const char *const extra[], int *port) {
    const char *argv[64];
    int n = 0;
    argv[n++] = "openssl";
    argv[n++] = "s_server";
    argv[n++] = "-accept";
    argv[n++] = "0";
    for (int i = 0; extra[i] && n < 62; i++) argv[n++] = extra[i];
    argv[n] = NULL;
    proc_t *p = proc_spawn(argv, NULL);
    *port = -1;
    if (!proc_wait_output(p, "ACCEPT", 10000)) {
        t_fail(__FILE__, __LINE__, "openssl s_server did not print ACCEPT:\n%s", proc_output(p));
        proc_free(p);
        return NULL;
    }
    /* "ACCEPT [::]:44287" or "ACCEPT 0.0.0.0:44287": the port follows the last ':' */
    const char *out = proc_output(p);
    const char *line = strstr(out, "ACCEPT");
    const char *eol = strchr(line, '\n');
    if (!eol) {
        /* the line is still being written; wait for its end */
        proc_wait_output(p, "\n", 2000);
        out = proc_output(p);
        line = strstr(out, "ACCEPT");
        eol = strchr(line, '\n');
    }
    const char *colon = NULL;
    for (const char *c = line; *c && (!eol || c < eol); c++)
        if (*c == ':') colon = c;
    if (colon) *port = atoi(colon + 1);
    if (*port <= 0) {
        t_fail(__FILE__, __LINE__, "cannot parse s_server port from: %s", out);
        proc_free(p);
        return NULL;
    }
    return p;
}

/* ---- files, certificates, sockets ------------------------------------------ */

const char *t_tmpdir(void) {
    char tmpl[] = "/tmp/mvtls-ffi-XXXXXX";
    char *d = mkdtemp(tmpl);
    REQUIRE(d != NULL, "mkdtemp: %s", strerror(errno));
    REQUIRE(g_ntmpdirs < 16, "too many temp dirs");
    g_tmpdirs[g_ntmpdirs] = strdup(d);
    return g_tmpdirs[g_ntmpdirs++];
}

const char *path_in(const char *dir, const char *name) {
    char *s = NULL;
    REQUIRE(asprintf(&s, "%s/%s", dir, name) > 0, "asprintf");
    pthread_mutex_lock(&g_mu);
    if (g_npaths < 512) g_paths[g_npaths++] = s;
    pthread_mutex_unlock(&g_mu);
    return s;
}

int write_file(const char *path, const void *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    int ok = fwrite(data, 1, len, f) == len;
    ok &= fclose(f) == 0;
    return ok;
}

char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n + 4096 + 1 > cap) { cap *= 2; buf = realloc(buf, cap); }
        size_t r = fread(buf + n, 1, 4096, f);
        n += r;
        if (r == 0) break;
    }
    fclose(f);
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

int mk_ca(const char *dir, const char *name) {
    char cert[512], key[512], subj[256];
    snprintf(cert, sizeof cert, "%s/%s.pem", dir, name);
    snprintf(key, sizeof key, "%s/%s-key.pem", dir, name);
    snprintf(subj, sizeof subj, "/CN=%s", name);
    const char *argv[] = {"openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                          "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert,
                          "-subj", subj, "-days", "30",
                          "-addext", "basicConstraints=critical,CA:TRUE",
                          "-addext", "keyUsage=critical,keyCertSign,cRLSign", NULL};
    return run_cmd(argv, 20000) == 0;
}

int mk_leaf(const char *dir, const char *name, const char *cn, const char *san,
            const char *ca_cert, const char *ca_key, int expired) {
    char cert[512], key[512], csr[512], cnf[512], subj[256], db[512], serial[512], newdir[512];
    snprintf(cert, sizeof cert, "%s/%s.pem", dir, name);
    snprintf(key, sizeof key, "%s/%s-key.pem", dir, name);
    snprintf(csr, sizeof csr, "%s/%s.csr", dir, name);
    snprintf(cnf, sizeof cnf, "%s/%s.cnf", dir, name);
    snprintf(db, sizeof db, "%s/%s.index", dir, name);
    snprintf(serial, sizeof serial, "%s/%s.serial", dir, name);
    snprintf(newdir, sizeof newdir, "%s/%s.newcerts", dir, name);
    snprintf(subj, sizeof subj, "/CN=%s", cn);
    mkdir(newdir, 0700);
    if (!write_file(db, "", 0)) return 0;
    char serno[64];
    snprintf(serno, sizeof serno, "%08lX%08lX\n", (unsigned long)random(), (unsigned long)getpid());
    if (!write_file(serial, serno, strlen(serno))) return 0;
    char conf[2048];
    int n = snprintf(conf, sizeof conf,
                     "[ca]\ndefault_ca = d\n"
                     "[d]\ndatabase = %s\nnew_certs_dir = %s\nserial = %s\n"
                     "default_md = sha256\npolicy = p\nunique_subject = no\n"
                     "copy_extensions = none\nx509_extensions = ext\n"
                     "[p]\ncommonName = supplied\n"
                     "[ext]\nbasicConstraints = critical,CA:FALSE\n"
                     "keyUsage = critical,digitalSignature\n"
                     "extendedKeyUsage = serverAuth,clientAuth\n"
                     "subjectAltName = %s\n"
                     "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n",
                     db, newdir, serial, san);
    if (!write_file(cnf, conf, (size_t)n)) return 0;
    const char *req[] = {"openssl", "req", "-new", "-newkey", "ec", "-pkeyopt",
                         "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", csr,
                         "-subj", subj, NULL};
    if (run_cmd(req, 20000) != 0) return 0;
    const char *sign_valid[] = {"openssl", "ca", "-batch", "-notext", "-config", cnf, "-cert", ca_cert,
                                "-keyfile", ca_key, "-in", csr, "-out", cert, "-days", "30", NULL};
    const char *sign_expired[] = {"openssl", "ca", "-batch", "-notext", "-config", cnf, "-cert", ca_cert,
                                  "-keyfile", ca_key, "-in", csr, "-out", cert,
                                  "-startdate", "20200101000000Z", "-enddate", "20210101000000Z", NULL};
    return run_cmd(expired ? sign_expired : sign_valid, 20000) == 0;
}

int tcp_connect(int port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int count_fds(void) {
    DIR *d = opendir("/proc/self/fd");
    if (!d) return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') n++;
    closedir(d);
    return n - 1; /* the directory stream's own fd */
}

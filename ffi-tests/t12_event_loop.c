/*
 * Test 12: the event-loop API, and bad input the library must refuse.
 * - a client that stops reading (openssl s_client whose output we stop
 *   draining): mvtls_write_some fills the output buffer, then says "would
 *   block" (0, 1011) without blocking; WRITE is not reported; the same
 *   thread meanwhile serves a curl request on another connection; once the
 *   client reads again, WRITE comes back, mvtls_flush empties the buffer and
 *   the client got every byte in order.
 * - slow handshakers (6 openssl s_client) with MVTLS_OPT_HANDSHAKE_STEPS=1:
 *   every mvtls_poll_events call still reports the ready keep-alive curl
 *   connection, after at most one handshake step; all 6 complete.
 * - close from another thread wakes a read, a poll and a flush blocked with
 *   timeout -1 (7120 / MVTLS_POLL_NVAL); there is no periodic re-check, so
 *   only a wake-up can end those waits.
 * - a connect to a black-holed address times out (1011) within its timeout.
 * - PEM inputs: /dev/zero, a FIFO (3003, at once), a 1 MiB + 1 file (1012).
 * - malformed options: each refused, the text naming the option.
 */
#include "common.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *g_dir, *g_ca;
static int32_t g_sctx;

/* mvtls_poll_events on 1 or 2 handles; revents untouched (-1) unless events came. */
static int poll2(int32_t h0, int32_t e0, int32_t h1, int32_t e1, int count, int32_t rev[2], int timeout_ms) {
    int32_t hs[2] = {h0, h1}, ev[2] = {e0, e1};
    rev[0] = rev[1] = -1;
    return mvtls_poll_events(hs, ev, count, rev, timeout_ms);
}

/* Printable bytes in a pattern that shows loss or reordering. */
static char *make_pattern(size_t len) {
    char *p = malloc(len + 1);
    REQUIRE(p != NULL, "malloc");
    for (size_t i = 0; i < len; i++) p[i] = (char)('A' + (i * 7 + i / 4096) % 26);
    p[len] = 0;
    return p;
}

/* mvtls_write_some until it would block; returns the bytes taken. */
static size_t fill(int32_t c, const char *data, size_t len) {
    size_t pos = 0;
    while (pos < len) {
        size_t chunk = len - pos < 32768 ? len - pos : 32768;
        int32_t n = mvtls_write_some(c, (const uint8_t *)data + pos, (int32_t)chunk);
        if (n == 0) {
            CHECK_STATUS(MVTLS_ERR_TIMEOUT, "write_some when full");
            CHECK(strstr(mv_err(), "would block") != NULL, "text '%s'", mv_err());
            return pos;
        }
        REQUIRE(n > 0, "write_some: %s", mv_err());
        pos += (size_t)n;
    }
    t_fail(__FILE__, __LINE__, "the client took %zu bytes without reading", pos);
    return pos;
}

/*
 * Fills `s` (whose client does not read) until not even a wait makes room:
 * the kernel may still move bytes towards the client after a fill. Returns
 * the bytes taken from `data`.
 */
static size_t stall(int32_t s, const char *data, size_t total, int32_t limit) {
    size_t taken = 0;
    int32_t rev[2];
    for (int round = 0;; round++) {
        REQUIRE(round < 1000, "the held client keeps taking data");
        taken += fill(s, data + taken, total - taken);
        int32_t pending = mvtls_pending_output(s);
        CHECK(pending >= limit && pending <= limit + 4096, "pending %d with limit %d", pending, limit);
        int n = poll2(s, MVTLS_POLL_WRITE, 0, 0, 1, rev, 300);
        if (n == 0) {
            CHECK_STATUS(MVTLS_ERR_TIMEOUT, "WRITE poll on a stalled client");
            CHECK(rev[0] == -1, "revents written on timeout");
            return taken;
        }
        CHECK(n == 1 && rev[0] == MVTLS_POLL_WRITE, "poll %d rev %d: %s", n, rev[0], mv_err());
    }
}

/* Answers one HTTP request on `c` (request read in full first) and closes it. */
static void serve_http(int32_t c, const char *body) {
    char req[4096];
    int got = mv_read_until(c, req, sizeof req, "\r\n\r\n", 10000);
    CHECK(got > 0 && strncmp(req, "GET /", 5) == 0, "request '%s' (%s)", got > 0 ? req : "", mv_err());
    char resp[512];
    snprintf(resp, sizeof resp, "HTTP/1.1 200 OK\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n%s",
             strlen(body), body);
    size_t off = 0, len = strlen(resp);
    while (off < len) { /* the event-loop way: write_some + WRITE readiness */
        int32_t n = mvtls_write_some(c, (const uint8_t *)resp + off, (int32_t)(len - off));
        REQUIRE(n >= 0, "write_some response: %s", mv_err());
        off += (size_t)n;
        if (off < len) {
            int32_t rev[2];
            CHECK(poll2(c, MVTLS_POLL_WRITE, 0, 0, 1, rev, 10000) == 1, "WRITE for the response");
        }
    }
    CHECK(mvtls_flush(c, 10000) == 0, "flush response: %s", mv_err());
    CHECK(mvtls_close(c) == 0, "close: %s", mv_err());
}

static proc_t *curl_start(int port, const char *path) {
    static char url[256];
    snprintf(url, sizeof url, "https://localhost:%d%s", port, path);
    const char *argv[] = {"curl", "-sS", "--max-time", "60", "--cacert", g_ca, "--http1.1", url, NULL};
    return proc_spawn(argv, NULL);
}

static proc_t *s_client_start(int port) {
    char addr[64];
    snprintf(addr, sizeof addr, "127.0.0.1:%d", port);
    const char *argv[] = {"openssl", "s_client", "-connect", addr, "-servername", "localhost",
                          "-CAfile", g_ca, "-quiet", NULL};
    return proc_spawn(argv, NULL);
}

static void stalled_reader(void) {
    t_note("a client that stops reading (s_client, output held) vs write_some + WRITE readiness");
    int32_t l = mvtls_listen("127.0.0.1", 0, 0, 0, g_sctx);
    REQUIRE(l > 0, "listen: %s", mv_err());
    int port = mv_port(l);
    proc_t *sc = s_client_start(port);
    proc_hold_output(sc, 1);
    int32_t s = accept_one(l, 10000, "s_client");
    REQUIRE(s > 0, "accept");
    const int32_t limit = 65536;
    CHECK(mvtls_set_option(s, MVTLS_OPT_OUTPUT_LIMIT, limit) == 0, "OUTPUT_LIMIT: %s", mv_err());
    size_t total = 64u << 20;
    char *data = make_pattern(total);
    size_t taken = stall(s, data, total, limit);
    int32_t rev[2];
    t_note("  %zu bytes taken, %d still buffered, client not reading", taken, mvtls_pending_output(s));

    /* The same thread serves a curl request meanwhile. */
    proc_t *cu = curl_start(port, "/meanwhile");
    int32_t c2 = 0;
    for (int i = 0; i < 1000 && c2 <= 0; i++) {
        int n = poll2(l, MVTLS_POLL_READ, s, MVTLS_POLL_WRITE, 2, rev, 10000);
        REQUIRE(n >= 1, "poll for curl: %s", mv_err());
        if (rev[1] & MVTLS_POLL_WRITE) taken += fill(s, data + taken, total - taken); /* the kernel made room */
        if (rev[0] & MVTLS_POLL_READ) c2 = mvtls_accept(l, 0);
    }
    REQUIRE(c2 > 0, "accept curl: %s", mv_err());
    int n = 0;
    for (int i = 0; i < 1000; i++) {
        n = poll2(c2, MVTLS_POLL_READ, s, MVTLS_POLL_WRITE, 2, rev, 10000);
        REQUIRE(n >= 1, "poll for curl's request: %s", mv_err());
        if (rev[1] & MVTLS_POLL_WRITE) taken += fill(s, data + taken, total - taken); /* the kernel made room */
        if (rev[0] & MVTLS_POLL_READ) break;
    }
    CHECK(rev[0] & MVTLS_POLL_READ, "curl request readiness %d %d", n, rev[0]);
    serve_http(c2, "served meanwhile\n");
    CHECK(proc_wait_exit(cu, 20000) == 0, "curl: %s", proc_output(cu));
    CHECK(strstr(proc_output(cu), "served meanwhile") != NULL, "curl got '%s'", proc_output(cu));
    proc_free(cu);
    CHECK(mvtls_pending_output(s) > 0, "the stalled connection's output drained without its client");

    /* The client reads again: WRITE returns, everything arrives in order. */
    proc_hold_output(sc, 0);
    n = poll2(s, MVTLS_POLL_WRITE, 0, 0, 1, rev, 20000);
    CHECK(n == 1 && rev[0] == MVTLS_POLL_WRITE, "WRITE after the client resumed: %d %d %s", n, rev[0], mv_err());
    CHECK(mvtls_flush(s, 30000) == 0, "flush: %s", mv_err());
    CHECK(mvtls_pending_output(s) == 0, "pending after flush %d", mvtls_pending_output(s));
    CHECK(mvtls_close(s) == 0, "close: %s", mv_err());
    CHECK(proc_wait_exit(sc, 30000) >= 0, "s_client did not exit after close");
    size_t got = proc_output_len(sc);
    const char *out = proc_output(sc);
    CHECK(got >= taken, "s_client printed %zu bytes, %zu were sent", got, taken);
    CHECK(memmem(out, got, data, taken) != NULL, "s_client did not receive the %zu bytes in order", taken);
    proc_free(sc);
    free(data);
    mvtls_close(l);
}

static void slow_handshakers(void) {
    t_note("6 slow handshakers with HANDSHAKE_STEPS=1 vs a ready keep-alive connection (curl)");
    int32_t l = mvtls_listen("127.0.0.1", 0, 0, 0, g_sctx);
    REQUIRE(l > 0, "listen: %s", mv_err());
    int port = mv_port(l);
    CHECK(mvtls_set_option(l, MVTLS_OPT_HANDSHAKE_STEPS, 1) == 0, "HANDSHAKE_STEPS: %s", mv_err());
    proc_t *cu = curl_start(port, "/ready");
    int32_t s = accept_one(l, 10000, "curl");
    REQUIRE(s > 0, "accept curl");
    int32_t rev[2];
    CHECK(poll2(s, MVTLS_POLL_READ, 0, 0, 1, rev, 10000) == 1, "curl's request: %s", mv_err());
    enum { K = 6 };
    proc_t *hs[K];
    for (int i = 0; i < K; i++) hs[i] = s_client_start(port);
    int32_t acc[K];
    int naccepted = 0, calls = 0;
    unsigned long long max_steps = 0;
    while (naccepted < K) {
        unsigned long long before = strtoull(mv_info(l, MVTLS_INFO_HANDSHAKE_STEPS), NULL, 10);
        int n = poll2(l, MVTLS_POLL_READ, s, MVTLS_POLL_READ, 2, rev, -1);
        calls++;
        unsigned long long steps = strtoull(mv_info(l, MVTLS_INFO_HANDSHAKE_STEPS), NULL, 10) - before;
        if (steps > max_steps) max_steps = steps;
        REQUIRE(n >= 1, "poll: %s", mv_err());
        REQUIRE(rev[1] == MVTLS_POLL_READ, "the ready connection was not reported (rev %d)", rev[1]);
        REQUIRE(steps <= 1, "one poll call ran %llu handshake steps", steps);
        if (rev[0] & MVTLS_POLL_READ) {
            int32_t c = mvtls_accept(l, 0);
            REQUIRE(c > 0, "accept: %s", mv_err());
            acc[naccepted++] = c;
        }
    }
    t_note("  %d handshakes done in %d poll calls, at most %llu step per call", K, calls, max_steps);
    serve_http(s, "ready first\n");
    CHECK(proc_wait_exit(cu, 20000) == 0, "curl: %s", proc_output(cu));
    CHECK(strstr(proc_output(cu), "ready first") != NULL, "curl got '%s'", proc_output(cu));
    proc_free(cu);
    for (int i = 0; i < K; i++) {
        mvtls_close(acc[i]);
        proc_free(hs[i]);
    }
    mvtls_close(l);
}

/* ---- close wakes blocked threads ---------------------------------------- */
typedef struct {
    int32_t h;
    int what; /* 0 read, 1 poll, 2 flush */
    int32_t ret, status, rev;
    long long done_ms;
} waiter_t;

static void *waiter_main(void *arg) {
    waiter_t *w = arg;
    if (w->what == 0) {
        uint8_t b[16];
        w->ret = mvtls_read(w->h, b, sizeof b, -1);
    } else if (w->what == 1) {
        int32_t rev[2];
        w->ret = poll2(w->h, MVTLS_POLL_READ, 0, 0, 1, rev, -1);
        w->rev = rev[0];
    } else {
        w->ret = mvtls_flush(w->h, -1);
    }
    w->status = mvtls_status();
    w->done_ms = now_ms();
    return NULL;
}

static void close_wakes(void) {
    t_note("close from another thread wakes read / poll / flush blocked with timeout -1");
    int32_t l = mvtls_listen("127.0.0.1", 0, 0, 0, g_sctx);
    REQUIRE(l > 0, "listen: %s", mv_err());
    proc_t *sc = s_client_start(mv_port(l));
    proc_hold_output(sc, 1);
    int32_t s = accept_one(l, 10000, "s_client");
    REQUIRE(s > 0, "accept");
    CHECK(mvtls_set_option(s, MVTLS_OPT_OUTPUT_LIMIT, 65536) == 0, "OUTPUT_LIMIT: %s", mv_err());
    char *data = make_pattern(64u << 20);
    stall(s, data, 64u << 20, 65536); /* output pending and stuck: a flush blocks */
    free(data);
    waiter_t w[3] = {{.h = s, .what = 0}, {.h = s, .what = 1}, {.h = s, .what = 2}};
    pthread_t th[3];
    for (int i = 0; i < 3; i++) pthread_create(&th[i], NULL, waiter_main, &w[i]);
    /* Nothing ends these waits but the close: give them time to block. */
    struct timespec ts = {0, 100 * 1000000L};
    nanosleep(&ts, NULL);
    long long t0 = now_ms();
    CHECK(mvtls_close(s) == 0, "close: %s", mv_err());
    long long worst = 0;
    for (int i = 0; i < 3; i++) {
        pthread_join(th[i], NULL);
        if (w[i].done_ms - t0 > worst) worst = w[i].done_ms - t0;
    }
    CHECK(w[0].ret == -1 && w[0].status == MVTLS_ERR_BAD_HANDLE, "read: %d status %d", w[0].ret, w[0].status);
    CHECK((w[1].ret == 1 && w[1].status == 0 && w[1].rev == MVTLS_POLL_NVAL) ||
              (w[1].ret == -1 && w[1].status == MVTLS_ERR_BAD_HANDLE),
          "poll: %d status %d rev %d", w[1].ret, w[1].status, w[1].rev);
    CHECK(w[2].ret == -1 && w[2].status == MVTLS_ERR_BAD_HANDLE, "flush: %d status %d", w[2].ret, w[2].status);
    CHECK(worst < 5000, "woken after %lld ms", worst);
    t_note("  3 blocked threads woken %lld ms after the close", worst);
    proc_free(sc);
    mvtls_close(l);
}

/* ---- connect to an address that never answers ----------------------------- */
static void black_hole_connect(void) {
    t_note("connect to a black-holed address times out within its timeout");
    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    REQUIRE(bind(lfd, (struct sockaddr *)&a, sizeof a) == 0 && listen(lfd, 0) == 0, "listen: %s", strerror(errno));
    socklen_t alen = sizeof a;
    getsockname(lfd, (struct sockaddr *)&a, &alen);
    int port = ntohs(a.sin_port);
    int fill_fds[16], nfill = 0, full = 0;
    while (nfill < 16 && !full) { /* connect until one stays pending: the accept queue is full */
        int f = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        (void)connect(f, (struct sockaddr *)&a, sizeof a);
        struct pollfd p = {.fd = f, .events = POLLOUT};
        full = poll(&p, 1, 300) == 0;
        fill_fds[nfill++] = f;
    }
    REQUIRE(full, "could not fill the accept queue");
    long long t0 = now_ms();
    int32_t c = mvtls_connect("127.0.0.1", port, 400, 0);
    long long dt = now_ms() - t0;
    CHECK(c == 0, "connect returned %d", c);
    CHECK_STATUS(MVTLS_ERR_TIMEOUT, "connect to a black hole");
    CHECK(strstr(mv_err(), "timed out") != NULL, "text '%s'", mv_err());
    CHECK(dt >= 350 && dt < 5000, "connect(400 ms) took %lld ms", dt);
    for (int i = 0; i < nfill; i++) close(fill_fds[i]);
    close(lfd);
}

/* ---- PEM inputs ------------------------------------------------------------ */
static void pem_inputs(void) {
    t_note("PEM inputs: devices and FIFOs refused at once, 1 MiB limit");
    const char *key = path_in(g_dir, "server-key.pem");
    long long t0 = now_ms();
    CHECK(mvtls_server_context_new("/dev/zero", key, NULL) == 0, "/dev/zero accepted");
    CHECK_STATUS(MVTLS_ERR_FILE, "/dev/zero cert");
    CHECK(strstr(mv_err(), "not a regular file") != NULL, "text '%s'", mv_err());
    CHECK(mvtls_server_context_new(path_in(g_dir, "server.pem"), "/dev/zero", NULL) == 0, "/dev/zero key accepted");
    CHECK_STATUS(MVTLS_ERR_FILE, "/dev/zero key");
    const char *fifo = path_in(g_dir, "fifo.pem");
    REQUIRE(mkfifo(fifo, 0600) == 0, "mkfifo: %s", strerror(errno));
    CHECK(mvtls_server_context_new(fifo, key, NULL) == 0, "FIFO accepted");
    CHECK_STATUS(MVTLS_ERR_FILE, "FIFO cert");
    char opts[600];
    snprintf(opts, sizeof opts, "CA=/dev/zero");
    CHECK(mvtls_client_context_new(opts) == 0, "CA=/dev/zero accepted");
    CHECK_STATUS(MVTLS_ERR_FILE, "CA=/dev/zero");
    long long dt = now_ms() - t0;
    CHECK(dt < 5000, "refusing devices took %lld ms", dt);
    size_t big = (1u << 20) + 1;
    char *junk = malloc(big);
    REQUIRE(junk != NULL, "malloc");
    memset(junk, 'A', big);
    const char *bigpath = path_in(g_dir, "big.pem");
    REQUIRE(write_file(bigpath, junk, big), "write big");
    free(junk);
    CHECK(mvtls_server_context_new(bigpath, key, NULL) == 0, "1 MiB + 1 accepted");
    CHECK_STATUS(MVTLS_ERR_LIMIT, "1 MiB + 1 cert");
    CHECK(strstr(mv_err(), "1 MiB") != NULL, "text '%s'", mv_err());
}

/* ---- options ----------------------------------------------------------------- */
static void malformed_options(void) {
    t_note("malformed options are refused, the text naming the option");
    static const struct {
        int server;
        const char *opts, *name;
        int32_t status;
    } cases[] = {
        {1, "ALPN=", "ALPN", MVTLS_ERR_PARAMS},
        {1, "ALPN=,,,", "ALPN", MVTLS_ERR_PARAMS},
        {0, "ALPN=h2,,http/1.1", "ALPN", MVTLS_ERR_PARAMS},
        {0, "ALPN=h2;ALPN=h2", "ALPN", MVTLS_ERR_PARAMS},
        {0, "ALPN=h2,h2", "ALPN", MVTLS_ERR_PARAMS},
        {1, "MIN.VERSION=", "MIN.VERSION", MVTLS_ERR_PARAMS},
        {0, "MIN.VERSION=1.2\nmin_version=1.3", "MIN.VERSION", MVTLS_ERR_PARAMS},
        {0, "VERIFY=", "VERIFY", MVTLS_ERR_PARAMS},
        {0, "HANDSHAKE.TIMEOUT=+5", "HANDSHAKE.TIMEOUT", MVTLS_ERR_PARAMS},
        {1, "HANDSHAKE.TIMEOUT=", "HANDSHAKE.TIMEOUT", MVTLS_ERR_PARAMS},
        {1, "SNI=a.pem", "SNI", MVTLS_ERR_PARAMS},
        {1, "CIPHERS=fast", "CIPHERS", MVTLS_ERR_BAD_KEY},
        {0, "=x", "=x", MVTLS_ERR_PARAMS},
        {0, "NOEQUALS", "NOEQUALS", MVTLS_ERR_PARAMS},
    };
    const char *cert = path_in(g_dir, "server.pem"), *key = path_in(g_dir, "server-key.pem");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int32_t h = cases[i].server ? mvtls_server_context_new(cert, key, cases[i].opts)
                                    : mvtls_client_context_new(cases[i].opts);
        CHECK(h == 0, "'%s' accepted", cases[i].opts);
        CHECK_STATUS(cases[i].status, cases[i].opts);
        CHECK(strstr(mv_err(), cases[i].name) != NULL, "'%s': text '%s' does not name it", cases[i].opts, mv_err());
        if (h > 0) mvtls_context_free(h);
    }
}

int main(void) {
    t_begin("t12_event_loop", 240);
    g_dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(g_dir, "localhost,127.0.0.1") == 0, "dev certs: %s", mv_err());
    g_ca = path_in(g_dir, "ca.pem");
    g_sctx = mvtls_server_context_new(path_in(g_dir, "server.pem"), path_in(g_dir, "server-key.pem"), "ALPN=http/1.1");
    REQUIRE(g_sctx > 0, "server ctx: %s", mv_err());

    stalled_reader();
    slow_handshakers();
    close_wakes();
    black_hole_connect();
    pem_inputs();
    malformed_options();

    mvtls_context_free(g_sctx);
    return t_end();
}

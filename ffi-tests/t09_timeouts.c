/*
 * Test 9: timeouts.
 * - accept with no client: 0 with 1011 after about the timeout; timeout 0 polls.
 * - read from a silent peer (server side, and client side against openssl
 *   s_server): -1 with 1011; the connection still works afterwards.
 * - connect to a TCP listener that never speaks TLS: 1011.
 * - write to a peer that never reads: -1 with 1011 once the buffers are full.
 * - clients that connect and send nothing never reach a listener that defers
 *   accepts (the default: PENDING stays 0 while a good client is served);
 *   with deferral off, they (or half a ClientHello) do not delay a
 *   well-behaved client; with a short HANDSHAKE.TIMEOUT they are dropped.
 */
#include "common.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static const char *g_dir;
static int32_t g_cctx;

/* ---- a client that connects, waits for a go signal, then talks ---------- */
typedef struct {
    int port;
    int go[2];
    int ok;
    char err[512];
    pthread_t th;
} lazy_t;

static void *lazy_main(void *arg) {
    lazy_t *z = arg;
    int32_t h = mvtls_connect("localhost", z->port, 10000, g_cctx);
    if (h <= 0) { snprintf(z->err, sizeof z->err, "connect: %s", mv_err()); return NULL; }
    char b;
    if (read(z->go[0], &b, 1) != 1) b = 'x';
    if (b == 'T') { /* talk */
        char line[64];
        if (mv_write_str(h, "late\n", 10000) && mv_read_line(h, line, sizeof line, 10000) > 0)
            z->ok = strcmp(line, "echo:late\n") == 0;
        if (!z->ok) snprintf(z->err, sizeof z->err, "exchange: '%s' %s", line, mv_err());
    } else {
        z->ok = 1;
    }
    mvtls_close(h);
    return NULL;
}

static void lazy_start(lazy_t *z, int port) {
    z->port = port;
    REQUIRE(pipe(z->go) == 0, "pipe");
    pthread_create(&z->th, NULL, lazy_main, z);
}
static void lazy_go(lazy_t *z, char what) {
    REQUIRE(write(z->go[1], &what, 1) == 1, "signal");
    pthread_join(z->th, NULL);
    close(z->go[0]);
    close(z->go[1]);
}

static void accept_timeouts(int32_t l) {
    t_note("accept with no client");
    long long t0 = now_ms();
    int32_t c = mvtls_accept(l, 300);
    long long dt = now_ms() - t0;
    CHECK(c == 0, "accept returned %d", (int)c);
    CHECK_STATUS(MVTLS_ERR_TIMEOUT, "accept timeout");
    CHECK(dt >= 280 && dt < 5000, "accept(300 ms) took %lld ms", dt);
    t0 = now_ms();
    c = mvtls_accept(l, 0);
    dt = now_ms() - t0;
    CHECK(c == 0 && dt < 1000, "accept(0) returned %d after %lld ms", (int)c, dt);
    CHECK_STATUS(MVTLS_ERR_TIMEOUT, "accept poll");
    int32_t hs[1] = {l}, ready[1] = {7};
    t0 = now_ms();
    CHECK(mvtls_poll(hs, 1, ready, 300) == 0, "poll on an idle listener");
    CHECK_STATUS(MVTLS_ERR_TIMEOUT, "poll timeout");
    CHECK(now_ms() - t0 >= 280, "poll(300 ms) returned after %lld ms", now_ms() - t0);
}

static void server_read_timeout(int32_t l) {
    t_note("server reads from a silent client");
    lazy_t z = {0};
    lazy_start(&z, mv_port(l));
    int32_t c = accept_one(l, 10000, "lazy client");
    if (c <= 0) { lazy_go(&z, 'Q'); return; }
    uint8_t buf[64];
    long long t0 = now_ms();
    int32_t n = mvtls_read(c, buf, sizeof buf, 300);
    long long dt = now_ms() - t0;
    CHECK(n == -1, "read from a silent peer returned %d", (int)n);
    CHECK_STATUS(MVTLS_ERR_TIMEOUT, "read timeout");
    CHECK(dt >= 280 && dt < 5000, "read(300 ms) took %lld ms", dt);
    CHECK(mvtls_read(c, buf, sizeof buf, 0) == -1, "read(0) on a silent peer");
    CHECK_STATUS(MVTLS_ERR_TIMEOUT, "read poll");
    int32_t hs[1] = {c}, ready[1] = {7};
    CHECK(mvtls_poll(hs, 1, ready, 100) == 0, "poll on a silent connection");
    /* the client now talks: the timed-out connection must still work */
    REQUIRE(write(z.go[1], "T", 1) == 1, "signal");
    CHECK(mvtls_poll(hs, 1, ready, 10000) == 1 && ready[0] == 1, "poll after the client wrote: ready %d (%s)",
          (int)ready[0], mv_err());
    CHECK(serve_echo_line(c, "echo:", 10000), "exchange after timeouts: %s", mv_err());
    pthread_join(z.th, NULL);
    close(z.go[0]);
    close(z.go[1]);
    CHECK(z.ok, "lazy client: %s", z.err);
    mvtls_close(c);
}

static void client_read_timeout(void) {
    t_note("client reads from a silent openssl s_server");
    char cert[512], key[512];
    snprintf(cert, sizeof cert, "%s/server.pem", g_dir);
    snprintf(key, sizeof key, "%s/server-key.pem", g_dir);
    const char *extra[] = {"-cert", cert, "-key", key, "-rev", NULL};
    int port;
    proc_t *srv = s_server_start(extra, &port);
    if (!srv) return;
    int32_t h = mvtls_connect("localhost", port, 10000, g_cctx);
    CHECK(h > 0, "connect: %s", mv_err());
    if (h > 0) {
        uint8_t buf[64];
        long long t0 = now_ms();
        CHECK(mvtls_read(h, buf, sizeof buf, 300) == -1, "read from silent s_server");
        CHECK_STATUS(MVTLS_ERR_TIMEOUT, "client read timeout");
        CHECK(now_ms() - t0 >= 280, "read(300) returned after %lld ms", now_ms() - t0);
        char line[64];
        CHECK(mv_write_str(h, "abc\n", 10000) && mv_read_line(h, line, sizeof line, 10000) == 4 &&
                  strcmp(line, "cba\n") == 0,
              "exchange after the timeout: '%s' %s", line, mv_err());
        mvtls_close(h);
    }
    proc_free(srv);
}

static void connect_timeout(void) {
    t_note("connect to a TCP listener that never answers TLS");
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t sl = sizeof sa;
    REQUIRE(bind(fd, (struct sockaddr *)&sa, sl) == 0 && listen(fd, 8) == 0 &&
                getsockname(fd, (struct sockaddr *)&sa, &sl) == 0,
            "raw listener");
    long long t0 = now_ms();
    int32_t h = mvtls_connect("localhost", ntohs(sa.sin_port), 500, g_cctx);
    long long dt = now_ms() - t0;
    CHECK(h == 0, "connect to a mute server succeeded");
    CHECK_STATUS(MVTLS_ERR_TIMEOUT, "connect timeout");
    CHECK(dt >= 450 && dt < 5000, "connect(500 ms) took %lld ms", dt);
    close(fd);
}

static void write_timeout(int32_t l) {
    t_note("write to a client that never reads");
    lazy_t z = {0};
    lazy_start(&z, mv_port(l));
    int32_t c = accept_one(l, 10000, "non-reading client");
    if (c > 0) {
        size_t chunk = 1 << 20;
        uint8_t *buf = calloc(1, chunk);
        int32_t w = 0;
        int i;
        long long t0 = 0;
        for (i = 0; i < 128 && w >= 0; i++) {
            t0 = now_ms();
            w = mvtls_write(c, buf, (int32_t)chunk, 300);
        }
        CHECK(w == -1, "wrote %d MiB to a client that never reads", i);
        CHECK_STATUS(MVTLS_ERR_TIMEOUT, "write timeout");
        CHECK(now_ms() - t0 >= 280, "the last write returned after %lld ms", now_ms() - t0);
        t_note("  write timed out after %d MiB were accepted", i - 1);
        free(buf);
        mvtls_close(c);
    }
    lazy_go(&z, 'Q');
}

static int raw_recv_eof(int fd, int timeout_ms) {
    struct timeval tv = {.tv_sec = timeout_ms / 1000, .tv_usec = (timeout_ms % 1000) * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char b[256];
    for (;;) {
        ssize_t n = recv(fd, b, sizeof b, 0);
        if (n == 0) return 1;
        if (n < 0) return errno == ECONNRESET;
    }
}

int main(void) {
    t_begin("t09_timeouts", 120);
    g_dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(g_dir, "localhost") == 0, "dev certs: %s", mv_err());
    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s/ca.pem", g_dir);
    g_cctx = mvtls_client_context_new(opts);
    REQUIRE(g_cctx > 0, "client ctx: %s", mv_err());
    const char *cert = path_in(g_dir, "server.pem"), *key = path_in(g_dir, "server-key.pem");
    int32_t ctx = mvtls_server_context_new(cert, key, "HANDSHAKE.TIMEOUT=8000");
    REQUIRE(ctx > 0, "server ctx: %s", mv_err());
    int32_t l = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(l > 0, "listen: %s", mv_err());

    accept_timeouts(l);
    {
        t_note("accept with timeout -1 waits for the client");
        client_job j = {.port = mv_port(l), .ctx = g_cctx, .send = "forever\n", .read_reply = 1};
        client_start(&j);
        int32_t c = mvtls_accept(l, -1);
        CHECK(c > 0, "accept(-1): %s", mv_err());
        if (c > 0) {
            CHECK(serve_echo_line(c, "echo:", -1), "read/write with timeout -1: %s", mv_err());
            mvtls_close(c);
        }
        client_join(&j);
        CHECK(strcmp(j.reply, "echo:forever\n") == 0, "reply '%s'", j.reply);
    }
    server_read_timeout(l);
    client_read_timeout();
    connect_timeout();
    write_timeout(l);

    t_note("with the default deferred accept, silent clients never reach the listener");
    int port = mv_port(l);
    {
        int mute[8];
        for (int i = 0; i < 8; i++) REQUIRE((mute[i] = tcp_connect(port)) >= 0, "raw connect %d", i);
        client_job good0 = {.port = port, .ctx = g_cctx, .send = "good0\n", .read_reply = 1};
        client_start(&good0);
        int32_t c0 = accept_one(l, 7000, "good client while silent ones wait in the kernel");
        if (c0 > 0) {
            CHECK(serve_echo_line(c0, "echo:", 10000), "good0 exchange: %s", mv_err());
            mvtls_close(c0);
        }
        client_join(&good0);
        CHECK(strcmp(good0.reply, "echo:good0\n") == 0, "good0 reply '%s' (%s)", good0.reply, good0.connect_err);
        CHECK(atoi(mv_info(l, MVTLS_INFO_PENDING)) == 0, "pending = %s with 8 silent clients, want 0",
              mv_info(l, MVTLS_INFO_PENDING));
        for (int i = 0; i < 8; i++) close(mute[i]);
    }
    CHECK(mvtls_set_option(l, MVTLS_OPT_DEFER_ACCEPT, 3601) == -1, "defer 3601 s accepted");
    CHECK_STATUS(MVTLS_ERR_PARAMS, "defer out of range");

    /* the handshake table's own defence (as once a deferral has passed) */
    REQUIRE(mvtls_set_option(l, MVTLS_OPT_DEFER_ACCEPT, 0) == 0, "defer off: %s", mv_err());
    t_note("silent clients do not delay a good one (handshake timeout 8 s)");
    int silent = tcp_connect(port), half = tcp_connect(port);
    REQUIRE(silent >= 0 && half >= 0, "raw connects");
    static const uint8_t partial[] = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00}; /* start of a ClientHello */
    REQUIRE(write(half, partial, sizeof partial) == (ssize_t)sizeof partial, "partial hello");
    /* let the listener take both into its handshake table before the good client arrives */
    CHECK(mvtls_accept(l, 200) == 0, "a silent client was accepted");
    CHECK(atoi(mv_info(l, MVTLS_INFO_PENDING)) == 2, "pending = %s, want 2", mv_info(l, MVTLS_INFO_PENDING));
    {
        int32_t hs[1] = {l}, ready[1] = {7};
        CHECK(mvtls_poll(hs, 1, ready, 300) == 0, "poll says the listener is ready with only unfinished handshakes");
        CHECK_STATUS(MVTLS_ERR_TIMEOUT, "poll with only pending handshakes");
    }
    client_job good = {.port = port, .ctx = g_cctx, .send = "good\n", .read_reply = 1};
    long long t0 = now_ms();
    client_start(&good);
    int32_t c = accept_one(l, 7000, "good client behind silent ones");
    long long dt = now_ms() - t0;
    CHECK(dt < 4000, "the good client waited %lld ms behind silent ones", dt);
    t_note("  good client accepted after %lld ms", dt);
    if (c > 0) {
        CHECK(serve_echo_line(c, "echo:", 10000), "good exchange: %s", mv_err());
        mvtls_close(c);
    }
    client_join(&good);
    CHECK(strcmp(good.reply, "echo:good\n") == 0, "good reply '%s' (%s)", good.reply, good.connect_err);
    CHECK(atoi(mv_info(l, MVTLS_INFO_PENDING)) == 2, "pending after the good client = %s, want 2",
          mv_info(l, MVTLS_INFO_PENDING));
    close(silent);
    close(half);

    t_note("100 silent clients do not delay a good one");
    int mute[100];
    for (int i = 0; i < 100; i++) REQUIRE((mute[i] = tcp_connect(port)) >= 0, "raw connect %d", i);
    client_job good2 = {.port = port, .ctx = g_cctx, .send = "good2\n", .read_reply = 1};
    t0 = now_ms();
    client_start(&good2);
    c = accept_one(l, 7000, "good client behind 100 silent ones");
    dt = now_ms() - t0;
    CHECK(dt < 4000, "the good client waited %lld ms behind 100 silent ones", dt);
    t_note("  good client accepted after %lld ms; pending %s", dt, mv_info(l, MVTLS_INFO_PENDING));
    if (c > 0) {
        CHECK(serve_echo_line(c, "echo:", 10000), "good2 exchange: %s", mv_err());
        mvtls_close(c);
    }
    client_join(&good2);
    CHECK(strcmp(good2.reply, "echo:good2\n") == 0, "good2 reply '%s' (%s)", good2.reply, good2.connect_err);
    for (int i = 0; i < 100; i++) close(mute[i]);

    t_note("a silent client is dropped after HANDSHAKE.TIMEOUT=500");
    int32_t ctx2 = mvtls_server_context_new(cert, key, "handshake_timeout=500");
    REQUIRE(ctx2 > 0, "ctx2: %s", mv_err());
    int32_t l2 = mvtls_listen("127.0.0.1", 0, 0, 0, ctx2);
    REQUIRE(l2 > 0, "listen2: %s", mv_err());
    REQUIRE(mvtls_set_option(l2, MVTLS_OPT_DEFER_ACCEPT, 0) == 0, "defer off: %s", mv_err());
    int s2 = tcp_connect(mv_port(l2));
    REQUIRE(s2 >= 0, "raw connect");
    CHECK(mvtls_accept(l2, 100) == 0, "silent accepted");
    CHECK(atoi(mv_info(l2, MVTLS_INFO_PENDING)) == 1, "pending %s, want 1", mv_info(l2, MVTLS_INFO_PENDING));
    CHECK(mvtls_accept(l2, 1500) == 0, "silent accepted");
    CHECK_STATUS(MVTLS_ERR_TIMEOUT, "accept while the silent client times out");
    CHECK(atoi(mv_info(l2, MVTLS_INFO_PENDING)) == 0, "pending %s after the handshake timeout, want 0",
          mv_info(l2, MVTLS_INFO_PENDING));
    CHECK(raw_recv_eof(s2, 3000), "the silent client's socket was not closed by the server");
    close(s2);

    mvtls_close(l2);
    mvtls_close(l);
    mvtls_context_free(ctx2);
    mvtls_context_free(ctx);
    mvtls_context_free(g_cctx);
    return t_end();
}

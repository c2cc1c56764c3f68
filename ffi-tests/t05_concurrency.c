/*
 * Test 5: many concurrent clients on one context, from threads.
 * Phase 1: 4 server threads call mvtls_accept on one listener at the same time
 *          and echo; 16 client threads x 5 connections share one client context.
 * Phase 2: one server thread serves everything with mvtls_poll (listener plus
 *          all live connections); 16 client threads x 3 connections.
 * Every client sends 16 KiB of its own pseudo-random bytes and checks the echo.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCLIENTS 16
#define MSG (16 * 1024)

static int g_port;
static int32_t g_cctx, g_lst;
static volatile int g_stop;
static int g_served;
static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;

typedef struct {
    int id, conns, ok;
    char err[512];
    pthread_t th;
} cli_t;

static void fill(uint8_t *b, size_t n, uint32_t seed) {
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1664525u + 1013904223u;
        b[i] = (uint8_t)(seed >> 24);
    }
}

static void *client_main(void *arg) {
    cli_t *c = arg;
    uint8_t *out = malloc(MSG), *in = malloc(MSG);
    for (int k = 0; k < c->conns; k++) {
        fill(out, MSG, (uint32_t)(c->id * 1000 + k + 1));
        int32_t h = mvtls_connect("localhost", g_port, 20000, g_cctx);
        if (h <= 0) { snprintf(c->err, sizeof c->err, "connect %d: %d %s", k, (int)mvtls_status(), mv_err()); continue; }
        int ok = mv_write_all(h, out, MSG, 20000) && mv_read_exact(h, in, MSG, 20000);
        if (!ok) snprintf(c->err, sizeof c->err, "conn %d io: %d %s", k, (int)mvtls_status(), mv_err());
        else if (memcmp(in, out, MSG) != 0) snprintf(c->err, sizeof c->err, "conn %d: echo differs", k);
        else if (strcmp(mv_info(h, MVTLS_INFO_VERIFY), "OK") != 0) snprintf(c->err, sizeof c->err, "verify %s", mv_info(h, MVTLS_INFO_VERIFY));
        else c->ok++;
        if (mvtls_close(h) != 0) snprintf(c->err, sizeof c->err, "close: %s", mv_err());
    }
    free(out);
    free(in);
    return NULL;
}

/* Phase 1 server thread: accept concurrently with the others, echo MSG bytes. */
static void *server_main(void *arg) {
    (void)arg;
    uint8_t *buf = malloc(MSG);
    while (!g_stop) {
        int32_t c = mvtls_accept(g_lst, 100);
        if (c <= 0) {
            int32_t st = mvtls_status();
            if (st != MVTLS_ERR_TIMEOUT) t_fail(__FILE__, __LINE__, "accept: %d %s", (int)st, mv_err());
            continue;
        }
        if (mv_read_exact(c, buf, MSG, 20000) && mv_write_all(c, buf, MSG, 20000)) {
            pthread_mutex_lock(&g_mu);
            g_served++;
            pthread_mutex_unlock(&g_mu);
        } else {
            t_fail(__FILE__, __LINE__, "server echo: %d %s", (int)mvtls_status(), mv_err());
        }
        mvtls_close(c);
    }
    free(buf);
    return NULL;
}

static void run_clients(int conns, cli_t *cl) {
    for (int i = 0; i < NCLIENTS; i++) {
        cl[i] = (cli_t){.id = i, .conns = conns};
        pthread_create(&cl[i].th, NULL, client_main, &cl[i]);
    }
}

static int join_clients(cli_t *cl) {
    int total = 0;
    for (int i = 0; i < NCLIENTS; i++) {
        pthread_join(cl[i].th, NULL);
        CHECK(cl[i].ok == cl[i].conns, "client %d: %d/%d ok, last error: %s", i, cl[i].ok, cl[i].conns, cl[i].err);
        total += cl[i].ok;
    }
    return total;
}

/* Phase 2: a single-threaded poll loop echoing whatever arrives. */
typedef struct { int32_t h; size_t got; } pconn;

static void poll_server(int want_conns) {
    pconn conns[64];
    int n = 0, done = 0, spurious = 0;
    uint8_t *buf = malloc(MSG);
    long long t0 = now_ms();
    while (done < want_conns && now_ms() - t0 < 60000) {
        int32_t hs[65], ready[65];
        hs[0] = g_lst;
        for (int i = 0; i < n; i++) hs[i + 1] = conns[i].h;
        memset(ready, 0x55, sizeof ready);
        int32_t r = mvtls_poll(hs, n + 1, ready, 5000);
        if (r < 0) { t_fail(__FILE__, __LINE__, "poll: %d %s", (int)mvtls_status(), mv_err()); break; }
        if (r == 0) { CHECK_STATUS(MVTLS_ERR_TIMEOUT, "poll timeout"); continue; }
        int count = 0;
        for (int i = 0; i <= n; i++) {
            CHECK(ready[i] == 0 || ready[i] == 1, "ready[%d] = %d", i, (int)ready[i]);
            count += ready[i] == 1;
        }
        CHECK(count == r, "poll returned %d but %d entries are ready", (int)r, count);
        /* connections first (indexes shift when closing), from the end */
        for (int i = n - 1; i >= 0; i--) {
            if (ready[i + 1] != 1) continue;
            int32_t got = mvtls_read(conns[i].h, buf, MSG, 0);
            if (got > 0) {
                CHECK(mv_write_all(conns[i].h, buf, (size_t)got, 20000), "echo write: %s", mv_err());
                conns[i].got += (size_t)got;
            } else if (got == 0) {
                CHECK(conns[i].got == MSG, "connection closed after %zu bytes", conns[i].got);
                mvtls_close(conns[i].h);
                conns[i] = conns[--n];
                done++;
            } else if (mvtls_status() == MVTLS_ERR_TIMEOUT) {
                spurious++;
            } else {
                t_fail(__FILE__, __LINE__, "read: %d %s", (int)mvtls_status(), mv_err());
                mvtls_close(conns[i].h);
                conns[i] = conns[--n];
                done++;
            }
        }
        if (ready[0] == 1) {
            for (;;) {
                int32_t c = mvtls_accept(g_lst, 0);
                if (c <= 0) break;
                REQUIRE(n < 64, "too many live connections");
                conns[n++] = (pconn){c, 0};
            }
        }
    }
    CHECK(done == want_conns, "poll server finished %d of %d connections", done, want_conns);
    if (spurious) t_note("poll reported %d connection(s) ready whose read then timed out", spurious);
    for (int i = 0; i < n; i++) mvtls_close(conns[i].h);
    free(buf);
}

/* Phase 0: poll must see plaintext that TLS already decrypted and buffered, and end of stream. */
static void poll_buffered(void) {
    client_job j = {.port = g_port, .ctx = g_cctx, .send = "first\nsecond\n", .read_reply = 1};
    client_start(&j);
    int32_t c = accept_one(g_lst, 10000, "poll-buffer client");
    if (c > 0) {
        int32_t hs[1] = {c}, ready[1] = {0};
        CHECK(mvtls_poll(hs, 1, ready, 10000) == 1 && ready[0] == 1, "poll before the first read: %s", mv_err());
        char buf[64] = {0};
        /* the client sent both lines in one write (one TLS record); take the first 6 bytes only */
        char all[8];
        CHECK(mv_read_exact(c, all, 6, 10000) && memcmp(all, "first\n", 6) == 0, "first line: %s", mv_err());
        /* "second\n" now sits in the library's plaintext buffer (one TLS record) */
        ready[0] = 0;
        CHECK(mvtls_poll(hs, 1, ready, 2000) == 1 && ready[0] == 1,
              "poll does not report data already decrypted and buffered (ready %d, %s)", (int)ready[0], mv_err());
        int32_t n = mvtls_read(c, (uint8_t *)buf, sizeof buf - 1, 0);
        CHECK(n == 7 && memcmp(buf, "second\n", 7) == 0, "buffered read: %d '%s' (%s)", (int)n, buf, mv_err());
        CHECK(mv_write_str(c, "bye\n", 10000), "reply: %s", mv_err());
        client_join(&j);
        ready[0] = 0;
        CHECK(mvtls_poll(hs, 1, ready, 10000) == 1 && ready[0] == 1, "poll does not report end of stream");
        CHECK(mvtls_read(c, (uint8_t *)buf, sizeof buf, 0) == 0, "read at end of stream");
        CHECK_STATUS(MVTLS_ERR_CLOSED, "end of stream");
        mvtls_close(c);
    } else {
        client_join(&j);
    }
    CHECK(strcmp(j.reply, "bye\n") == 0, "client reply '%s'", j.reply);
}

int main(void) {
    t_begin("t05_concurrency", 180);
    const char *dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(dir, "localhost") == 0, "dev certs: %s", mv_err());
    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s/ca.pem", dir);
    g_cctx = mvtls_client_context_new(opts);
    REQUIRE(g_cctx > 0, "client ctx: %s", mv_err());
    int32_t ctx = mvtls_server_context_new(path_in(dir, "server.pem"), path_in(dir, "server-key.pem"), NULL);
    REQUIRE(ctx > 0, "server ctx: %s", mv_err());
    g_lst = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(g_lst > 0, "listen: %s", mv_err());
    g_port = mv_port(g_lst);

    t_note("phase 0: poll sees buffered plaintext and end of stream");
    poll_buffered();

    t_note("phase 1: 4 accepting server threads, %d clients x 5", NCLIENTS);
    pthread_t srv[4];
    for (int i = 0; i < 4; i++) pthread_create(&srv[i], NULL, server_main, NULL);
    cli_t cl[NCLIENTS];
    long long t0 = now_ms();
    run_clients(5, cl);
    int total = join_clients(cl);
    g_stop = 1;
    for (int i = 0; i < 4; i++) pthread_join(srv[i], NULL);
    CHECK(total == NCLIENTS * 5 && g_served == NCLIENTS * 5, "phase 1: clients ok %d, served %d", total, g_served);
    t_note("phase 1: %d connections in %lld ms", total, now_ms() - t0);

    t_note("phase 2: one poll-driven server thread, %d clients x 3", NCLIENTS);
    t0 = now_ms();
    run_clients(3, cl);
    poll_server(NCLIENTS * 3);
    total = join_clients(cl);
    CHECK(total == NCLIENTS * 3, "phase 2: clients ok %d", total);
    t_note("phase 2: %d connections in %lld ms", total, now_ms() - t0);

    CHECK(mvtls_close(g_lst) == 0, "close: %s", mv_err());
    CHECK(mvtls_context_free(ctx) == 0 && mvtls_context_free(g_cctx) == 0, "free: %s", mv_err());
    return t_end();
}

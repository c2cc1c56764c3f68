/*
 * Test 4: the scenario that broke the earlier mbedtls fork, where the TLS state
 * belonged to the listening socket.
 *   context -> listen L1 -> accept A -> close L1 -> keep talking to A
 *   -> listen L2 with the same context -> accept B -> free the context while A
 *   and B are live -> A and B keep working to the end (lines, then 256 KiB each
 *   way), and L2 still accepts a new client C after the free.
 * The clients are mvtls clients on their own threads; the server is this thread.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BULK (256 * 1024)

typedef struct {
    const char *name;
    int port;
    int32_t cctx;
    int rounds;
    int ok_rounds;
    int bulk_ok;
    int connect_status;
    char err[512];
    pthread_t th;
} chatter;

static void fill(uint8_t *b, size_t n, uint32_t seed) {
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        b[i] = (uint8_t)(seed >> 16);
    }
}

static void *chatter_main(void *arg) {
    chatter *c = arg;
    int32_t h = mvtls_connect("localhost", c->port, 10000, c->cctx);
    c->connect_status = mvtls_status();
    if (h <= 0) {
        snprintf(c->err, sizeof c->err, "connect: %s", mv_err());
        return NULL;
    }
    for (int r = 0; r < c->rounds; r++) {
        char msg[64], want[80], line[128];
        snprintf(msg, sizeof msg, "%s round %d\n", c->name, r);
        snprintf(want, sizeof want, "echo:%s", msg);
        if (!mv_write_str(h, msg, 20000)) { snprintf(c->err, sizeof c->err, "write r%d: %s", r, mv_err()); break; }
        int n = mv_read_line(h, line, sizeof line, 20000);
        if (n <= 0 || strcmp(line, want) != 0) {
            snprintf(c->err, sizeof c->err, "round %d: got %d '%s' (%s)", r, n, n > 0 ? line : "", mv_err());
            break;
        }
        c->ok_rounds++;
    }
    if (c->ok_rounds == c->rounds) {
        uint8_t *out = malloc(BULK), *in = malloc(BULK);
        fill(out, BULK, (uint32_t)c->name[0]);
        if (mv_write_all(h, out, BULK, 20000) && mv_read_exact(h, in, BULK, 20000))
            c->bulk_ok = memcmp(in, out, BULK) == 0;
        else
            snprintf(c->err, sizeof c->err, "bulk: %s", mv_err());
        free(out);
        free(in);
    }
    mvtls_close(h);
    return NULL;
}

static void serve_round(int32_t conn, const char *who) {
    CHECK(serve_echo_line(conn, "echo:", 20000), "%s: echo round failed: %d %s", who, (int)mvtls_status(), mv_err());
}

static void serve_bulk(int32_t conn, const char *who) {
    uint8_t *buf = malloc(BULK);
    int ok = mv_read_exact(conn, buf, BULK, 20000);
    CHECK(ok, "%s: bulk read: %s", who, mv_err());
    if (ok) CHECK(mv_write_all(conn, buf, BULK, 20000), "%s: bulk write: %s", who, mv_err());
    free(buf);
    uint8_t b;
    int32_t n = mvtls_read(conn, &b, 1, 20000);
    CHECK(n == 0, "%s: want end of stream after the client closed, got %d", who, (int)n);
    CHECK_STATUS(MVTLS_ERR_CLOSED, "read at end of stream");
}

int main(void) {
    t_begin("t04_listener_lifetime", 120);
    const char *dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(dir, "localhost") == 0, "dev certs: %s", mv_err());
    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s/ca.pem", dir);
    int32_t cctx = mvtls_client_context_new(opts);
    REQUIRE(cctx > 0, "client ctx: %s", mv_err());
    int32_t ctx = mvtls_server_context_new(path_in(dir, "server.pem"), path_in(dir, "server-key.pem"), NULL);
    REQUIRE(ctx > 0, "server ctx: %s", mv_err());

    int32_t l1 = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(l1 > 0, "listen L1: %s", mv_err());
    chatter a = {.name = "A", .port = mv_port(l1), .cctx = cctx, .rounds = 5};
    pthread_create(&a.th, NULL, chatter_main, &a);
    int32_t ca = accept_one(l1, 10000, "accept A");
    REQUIRE(ca > 0, "A");
    serve_round(ca, "A#0");

    t_note("closing L1 while A is live");
    CHECK(mvtls_close(l1) == 0, "close L1: %s", mv_err());
    CHECK(mvtls_accept(l1, 0) == 0, "accept on a closed listener");
    CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "accept on closed L1");
    serve_round(ca, "A#1");

    t_note("listening again with the same context");
    int32_t l2 = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(l2 > 0, "listen L2: %s", mv_err());
    CHECK(l2 != l1, "L2 reuses the handle value of L1 (%d)", (int)l2);
    serve_round(ca, "A#2");
    chatter b = {.name = "B", .port = mv_port(l2), .cctx = cctx, .rounds = 4};
    pthread_create(&b.th, NULL, chatter_main, &b);
    int32_t cb = accept_one(l2, 10000, "accept B");
    REQUIRE(cb > 0, "B");
    serve_round(cb, "B#0");

    t_note("freeing the context while A, B and L2 are live");
    CHECK(mvtls_context_free(ctx) == 0, "context_free: %s", mv_err());
    char kb[32];
    CHECK(mvtls_info(ctx, MVTLS_INFO_KIND, kb, sizeof kb) == -1, "freed context handle still resolves");
    CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "info on the freed context");
    CHECK(mvtls_listen("127.0.0.1", 0, 0, 0, ctx) == 0, "listen with a freed context succeeded");
    CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "listen with the freed context");
    CHECK(mvtls_context_free(ctx) != 0, "double context_free accepted");
    CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "second context_free");
    serve_round(ca, "A#3");
    serve_round(cb, "B#1");

    /* a new client on L2 after the free: the listener keeps the context alive */
    client_job cj = {.port = mv_port(l2), .ctx = cctx, .send = "C hello\n", .read_reply = 1};
    client_start(&cj);
    int32_t cc = accept_one(l2, 10000, "accept C after context_free");
    if (cc > 0) {
        serve_round(cc, "C");
        CHECK(strcmp(mv_info(cc, MVTLS_INFO_TLS_VERSION), "TLSv1.3") == 0, "C version %s",
              mv_info(cc, MVTLS_INFO_TLS_VERSION));
    }
    client_join(&cj);
    CHECK(strcmp(cj.reply, "echo:C hello\n") == 0, "C reply '%s' (connect %d %s)", cj.reply, cj.connect_status,
          cj.connect_err);
    if (cc > 0) mvtls_close(cc);

    serve_round(ca, "A#4");
    serve_round(cb, "B#2");
    serve_round(cb, "B#3");
    CHECK(mvtls_close(l2) == 0, "close L2: %s", mv_err());
    serve_bulk(ca, "A");
    serve_bulk(cb, "B");
    pthread_join(a.th, NULL);
    pthread_join(b.th, NULL);
    CHECK(a.ok_rounds == 5 && a.bulk_ok, "A: %d rounds, bulk %d, %s", a.ok_rounds, a.bulk_ok, a.err);
    CHECK(b.ok_rounds == 4 && b.bulk_ok, "B: %d rounds, bulk %d, %s", b.ok_rounds, b.bulk_ok, b.err);
    CHECK(mvtls_close(ca) == 0, "close A: %s", mv_err());
    CHECK(mvtls_close(cb) == 0, "close B: %s", mv_err());
    CHECK(mvtls_close(ca) == -1, "double close of A accepted");
    CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "double close");
    CHECK(mvtls_context_free(cctx) == 0, "free client ctx: %s", mv_err());
    return t_end();
}

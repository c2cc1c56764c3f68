/*
 * Test 8: binary safety and bulk transfers.
 * - bytes 0x00 and 0xFF (leading, trailing, in runs) and all 256 byte values
 *   round-trip exactly, also when read one byte at a time;
 * - 1 MiB client->server and 1 MiB server->client, over TLS and plain TCP,
 *   mvtls on both ends (and over IPv6 ::1 where the host has it);
 * - 1 MiB each way between an mvtls server and openssl s_client (-quiet -nocommands,
 *   stdin from a file, stdout to a file), compared byte for byte.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIB (1024 * 1024)

static const uint8_t HEAD[] = {0x00, 0xFF, 0x00, 0x00, 'A', 0xFF, 0xFF, 0x00, '\n', 0x00};

/* Pseudo-random bytes with runs of 0x00 and 0xFF every 4 KiB. */
static void fill(uint8_t *b, size_t n, uint32_t seed) {
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        b[i] = (uint8_t)(seed >> 16);
        size_t m = i % 4096;
        if (m < 64) b[i] = 0x00;
        else if (m < 128) b[i] = 0xFF;
    }
}

static size_t first_diff(const uint8_t *a, const uint8_t *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return i;
    return n;
}

typedef struct {
    const char *host;
    int port;
    int32_t cctx;
    int ok_up, ok_down;
    char err[512];
    pthread_t th;
} peer_t;

static void *client_main(void *arg) {
    peer_t *p = arg;
    int32_t h = mvtls_connect(p->host, p->port, 10000, p->cctx);
    if (h <= 0) { snprintf(p->err, sizeof p->err, "connect: %s", mv_err()); return NULL; }
    uint8_t all[256];
    for (int i = 0; i < 256; i++) all[i] = (uint8_t)i;
    uint8_t *up = malloc(MIB), *down = malloc(MIB), *want = malloc(MIB);
    fill(up, MIB, 1);
    fill(want, MIB, 2);
    p->ok_up = mv_write_all(h, HEAD, sizeof HEAD, 10000) && mv_write_all(h, all, sizeof all, 10000) &&
               mv_write_all(h, up, MIB, 30000);
    if (!p->ok_up) snprintf(p->err, sizeof p->err, "upload: %s", mv_err());
    else if (mv_read_exact(h, down, MIB, 30000)) {
        size_t d = first_diff(down, want, MIB);
        p->ok_down = d == MIB;
        if (!p->ok_down) snprintf(p->err, sizeof p->err, "download differs at byte %zu", d);
    } else snprintf(p->err, sizeof p->err, "download: %d %s", (int)mvtls_status(), mv_err());
    mvtls_close(h);
    free(up);
    free(down);
    free(want);
    return NULL;
}

static void mvtls_pair(const char *label, const char *addr, int32_t sctx, int32_t cctx) {
    t_note("%s", label);
    int32_t l = mvtls_listen(addr, 0, 0, 0, sctx);
    if (l <= 0 && strchr(addr, ':')) {
        t_note("  skipped: no IPv6 here (%d %s)", (int)mvtls_status(), mv_err());
        return;
    }
    REQUIRE(l > 0, "listen: %s", mv_err());
    peer_t p = {.host = addr, .port = mv_port(l), .cctx = cctx};
    pthread_create(&p.th, NULL, client_main, &p);
    int32_t c = accept_one(l, 10000, label);
    if (c > 0) {
        CHECK(strcmp(mv_info(c, MVTLS_INFO_PEER_ADDR), addr) == 0, "%s: peer address %s", label,
              mv_info(c, MVTLS_INFO_PEER_ADDR));
        /* the head one byte at a time: every 0x00 / 0xFF must arrive as itself */
        uint8_t b;
        for (size_t i = 0; i < sizeof HEAD; i++) {
            int32_t n = mvtls_read(c, &b, 1, 10000);
            CHECK(n == 1 && b == HEAD[i], "%s: head byte %zu: n=%d b=0x%02x want 0x%02x", label, i, (int)n, b, HEAD[i]);
        }
        uint8_t all[256];
        CHECK(mv_read_exact(c, all, sizeof all, 10000), "%s: 256 bytes: %s", label, mv_err());
        for (int i = 0; i < 256; i++)
            if (all[i] != (uint8_t)i) { t_fail(__FILE__, __LINE__, "%s: byte value %d came as %d", label, i, all[i]); break; }
        uint8_t *got = malloc(MIB), *want = malloc(MIB);
        fill(want, MIB, 1);
        long long t0 = now_ms();
        CHECK(mv_read_exact(c, got, MIB, 30000), "%s: read 1 MiB: %s", label, mv_err());
        size_t d = first_diff(got, want, MIB);
        CHECK(d == MIB, "%s: upload differs at byte %zu", label, d);
        fill(want, MIB, 2);
        CHECK(mv_write_all(c, want, MIB, 30000), "%s: write 1 MiB: %s", label, mv_err());
        t_note("  1 MiB each way in %lld ms", now_ms() - t0);
        uint8_t e;
        CHECK(mvtls_read(c, &e, 1, 10000) == 0, "%s: no end of stream after the client closed", label);
        CHECK_STATUS(MVTLS_ERR_CLOSED, "end of stream");
        mvtls_close(c);
        free(got);
        free(want);
    }
    pthread_join(p.th, NULL);
    CHECK(p.ok_up && p.ok_down, "%s: client side: up %d down %d: %s", label, p.ok_up, p.ok_down, p.err);
    mvtls_close(l);
}

static void s_client_bulk(const char *dir, int32_t sctx) {
    t_note("openssl s_client: 1 MiB each way");
    int32_t l = mvtls_listen("127.0.0.1", 0, 0, 0, sctx);
    REQUIRE(l > 0, "listen: %s", mv_err());
    uint8_t *up = malloc(MIB), *down = malloc(MIB);
    fill(up, MIB, 3);
    memcpy(up, HEAD, sizeof HEAD);
    fill(down, MIB, 4);
    memcpy(down + MIB - sizeof HEAD, HEAD, sizeof HEAD);
    const char *in = path_in(dir, "up.bin"), *out = path_in(dir, "down.bin");
    REQUIRE(write_file(in, up, MIB), "write up.bin");
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "exec openssl s_client -connect 127.0.0.1:%d -CAfile %s/ca.pem -verify_return_error -quiet "
             "-nocommands <%s >%s",
             mv_port(l), dir, in, out);
    const char *argv[] = {"sh", "-c", cmd, NULL};
    proc_t *p = proc_spawn(argv, NULL);
    int32_t c = accept_one(l, 10000, "s_client bulk");
    if (c > 0) {
        uint8_t *got = malloc(MIB);
        CHECK(mv_read_exact(c, got, MIB, 30000), "read 1 MiB from s_client: %s", mv_err());
        size_t d = first_diff(got, up, MIB);
        CHECK(d == MIB, "s_client upload differs at byte %zu", d);
        CHECK(mv_write_all(c, down, MIB, 30000), "write 1 MiB to s_client: %s", mv_err());
        CHECK(mvtls_close(c) == 0, "close: %s", mv_err());
        free(got);
    }
    int st = proc_wait_exit(p, 30000);
    CHECK(st == 0, "s_client exit %d: %s", st, proc_output(p));
    size_t len = 0;
    char *got = read_file(out, &len);
    CHECK(got && len == MIB, "s_client received %zu bytes, want %d", len, MIB);
    if (got && len == MIB) {
        size_t d = first_diff((uint8_t *)got, down, MIB);
        CHECK(d == MIB, "s_client download differs at byte %zu", d);
    }
    free(got);
    proc_free(p);
    free(up);
    free(down);
    mvtls_close(l);
}

int main(void) {
    t_begin("t08_binary_bulk", 180);
    const char *dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(dir, "localhost,127.0.0.1,::1") == 0, "dev certs: %s", mv_err());
    int32_t sctx = mvtls_server_context_new(path_in(dir, "server.pem"), path_in(dir, "server-key.pem"), NULL);
    REQUIRE(sctx > 0, "server ctx: %s", mv_err());
    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s/ca.pem", dir);
    int32_t cctx = mvtls_client_context_new(opts);
    REQUIRE(cctx > 0, "client ctx: %s", mv_err());

    mvtls_pair("mvtls <-> mvtls over TLS (client connects to 127.0.0.1, IP SAN)", "127.0.0.1", sctx, cctx);
    mvtls_pair("mvtls <-> mvtls over TLS on IPv6 ::1 (IP SAN)", "::1", sctx, cctx);
    mvtls_pair("mvtls <-> mvtls over plain TCP", "127.0.0.1", 0, 0);
    s_client_bulk(dir, sctx);

    mvtls_context_free(cctx);
    mvtls_context_free(sctx);
    return t_end();
}

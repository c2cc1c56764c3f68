/*
 * Test 11: a server loop of at least 1,000 TLS connections with no leaks and no
 * growth in open file descriptors.
 * The server (this process) is what runs under LeakSanitizer (asan build) or
 * valgrind memcheck (run.sh); the clients run in a child process started with
 * `<self> client PORT CAFILE COUNT`, which valgrind does not trace, so the figure
 * printed ("handshakes/s: N", a figure for the report, never asserted) is the
 * server's rate. FFI_LOOP_N overrides the count (minimum 1000).
 * FFI_SELFTEST_LEAK=1 turns the program into a leak canary (it leaks 4 KiB and
 * exits) so run.sh can show that the leak checkers in use really fire.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WARMUP 10

static int client_mode(int port, const char *ca, int count) {
    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s", ca);
    int32_t cctx = mvtls_client_context_new(opts);
    if (cctx <= 0) { fprintf(stderr, "client ctx: %s\n", mv_err()); return 2; }
    int bad = 0;
    for (int i = 0; i < count; i++) {
        int32_t h = mvtls_connect("localhost", port, 60000, cctx);
        if (h <= 0) { fprintf(stderr, "connect %d: %d %s\n", i, (int)mvtls_status(), mv_err()); bad++; continue; }
        char msg[64], want[64], line[64];
        snprintf(msg, sizeof msg, "ping %d\n", i);
        snprintf(want, sizeof want, "pong %d\n", i);
        if (!mv_write_str(h, msg, 60000) || mv_read_line(h, line, sizeof line, 60000) <= 0 || strcmp(line, want) != 0) {
            fprintf(stderr, "exchange %d: %s\n", i, mv_err());
            bad++;
        }
        mvtls_close(h);
    }
    mvtls_context_free(cctx);
    printf("client done: %d of %d failed\n", bad, count);
    return bad ? 1 : 0;
}

static int serve(int32_t l, int i) {
    int32_t c = mvtls_accept(l, 60000);
    if (c <= 0) { t_fail(__FILE__, __LINE__, "accept %d: %d %s", i, (int)mvtls_status(), mv_err()); return 0; }
    char line[64], want[64], reply[64];
    int ok = 0;
    snprintf(want, sizeof want, "ping %d\n", i);
    if (mv_read_line(c, line, sizeof line, 60000) > 0 && strcmp(line, want) == 0) {
        snprintf(reply, sizeof reply, "pong %d\n", i);
        ok = mv_write_str(c, reply, 60000);
    }
    if (!ok) t_fail(__FILE__, __LINE__, "exchange %d: '%s' %s", i, line, mv_err());
    if (mvtls_close(c) != 0) { t_fail(__FILE__, __LINE__, "close %d: %s", i, mv_err()); ok = 0; }
    return ok;
}

int main(int argc, char **argv) {
    if (argc == 5 && strcmp(argv[1], "client") == 0) return client_mode(atoi(argv[2]), argv[3], atoi(argv[4]));
    t_begin("t11_leak_loop", 840);
    if (getenv("FFI_SELFTEST_LEAK")) {
        /* canary for run.sh: a real leak that LeakSanitizer / valgrind must report */
        static void *volatile sink;
        sink = malloc(4096);
        memset(sink, 1, 4096);
        sink = NULL;
        t_note("leak canary: 4096 bytes dropped on purpose");
        return t_end();
    }
    int n = getenv("FFI_LOOP_N") ? atoi(getenv("FFI_LOOP_N")) : 1000;
    if (n < 1000) n = 1000;
    const char *dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(dir, "localhost") == 0, "dev certs: %s", mv_err());
    int32_t ctx = mvtls_server_context_new(path_in(dir, "server.pem"), path_in(dir, "server-key.pem"), NULL);
    REQUIRE(ctx > 0, "server ctx: %s", mv_err());
    int32_t l = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(l > 0, "listen: %s", mv_err());
    char port[16], count[16];
    snprintf(port, sizeof port, "%d", mv_port(l));
    snprintf(count, sizeof count, "%d", n + WARMUP);
    const char *cargv[] = {argv[0], "client", port, path_in(dir, "ca.pem"), count, NULL};
    proc_t *cli = proc_spawn(cargv, NULL);

    int ok = 0;
    for (int i = 0; i < WARMUP; i++) ok += serve(l, i);
    int fds_before = count_fds();
    long long t0 = now_ms();
    for (int i = WARMUP; i < n + WARMUP && t_failures() < 5; i++) ok += serve(l, i);
    long long dt = now_ms() - t0;
    int st = proc_wait_exit(cli, 120000);
    int fds_after = count_fds();
    CHECK(st == 0, "client process exit %d:\n%s", st, proc_output(cli));
    CHECK(ok == n + WARMUP, "%d of %d connections served", ok, n + WARMUP);
    CHECK(fds_before > 0 && fds_after == fds_before, "open fds before the loop %d, after %d", fds_before, fds_after);
    CHECK(strcmp(mv_info(l, MVTLS_INFO_PENDING), "0") == 0, "pending %s", mv_info(l, MVTLS_INFO_PENDING));
    printf("  # %d connections in %lld ms; open fds %d -> %d\n", n, dt, fds_before, fds_after);
    printf("  # handshakes/s: %.1f\n", dt > 0 ? n * 1000.0 / (double)dt : 0.0);
    proc_free(cli);
    CHECK(mvtls_close(l) == 0, "close listener: %s", mv_err());
    CHECK(mvtls_context_free(ctx) == 0, "free ctx: %s", mv_err());
    return t_end();
}

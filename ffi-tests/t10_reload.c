/*
 * Test 10: certificate reload.
 * The server context reads live.pem / live-key.pem. Swapping the files and calling
 * mvtls_context_reload makes new handshakes present the new certificate (checked
 * from an mvtls client via MVTLS_INFO_PEER_SUBJECT and from openssl s_client)
 * while a connection made before the swap keeps working. Bad new files (garbage,
 * a key that does not match, a missing key) make reload fail with 7105 / 7104 /
 * 3003 and the previous certificate stays in service.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *g_dir, *g_live, *g_live_key, *g_ca;
static int32_t g_cctx, g_lst;

static void install(const char *cert_src, const char *key_src) {
    size_t n;
    char *c = cert_src ? read_file(cert_src, &n) : NULL;
    const char *tmp = path_in(g_dir, "tmp.pem");
    if (c) {
        REQUIRE(write_file(tmp, c, n) && rename(tmp, g_live) == 0, "install cert");
        free(c);
    }
    char *k = key_src ? read_file(key_src, &n) : NULL;
    if (k) {
        REQUIRE(write_file(tmp, k, n) && rename(tmp, g_live_key) == 0, "install key");
        free(k);
    }
}

/* Subject seen by a fresh mvtls client through the listener. */
static void expect_new_subject(const char *want, const char *when) {
    client_job j = {.port = mv_port(g_lst), .ctx = g_cctx, .send = "hi\n", .read_reply = 1};
    client_start(&j);
    int32_t c = accept_one(g_lst, 10000, when);
    if (c > 0) {
        serve_echo_line(c, "echo:", 10000);
        mvtls_close(c);
    }
    client_join(&j);
    CHECK(strcmp(j.subject, want) == 0, "%s: new connection sees '%s', want '%s' (connect: %d %s)", when, j.subject,
          want, j.connect_status, j.connect_err);
    CHECK(strcmp(j.reply, "echo:hi\n") == 0, "%s: reply '%s'", when, j.reply);
}

static void expect_s_client_subject(const char *want_cn) {
    char connect[64];
    snprintf(connect, sizeof connect, "127.0.0.1:%d", mv_port(g_lst));
    const char *argv[] = {"openssl", "s_client", "-connect", connect, "-servername", "localhost", "-CAfile", g_ca,
                          "-verify_return_error", NULL};
    proc_t *p = proc_spawn(argv, NULL);
    int32_t c = accept_one(g_lst, 10000, "s_client after reload");
    if (c > 0) mvtls_close(c);
    proc_wait_exit(p, 10000);
    char want[128];
    snprintf(want, sizeof want, "subject=CN = %s", want_cn);
    CHECK(strstr(proc_output(p), want) != NULL, "s_client did not see '%s':\n%s", want, proc_output(p));
    proc_free(p);
}

static void bad_reload(int32_t ctx, int want, const char *what) {
    int32_t rc = mvtls_context_reload(ctx);
    int32_t st = mvtls_status();
    CHECK(rc != 0 && st == want, "reload with %s: rc %d status %d (%s), want %d", what, (int)rc, (int)st, mv_err(),
          want);
    t_note("  reload with %s: %s", what, mv_err());
    expect_new_subject("CN=reload-two", what);
}

typedef struct {
    int port;
    int go[2];
    char subject[256];
    int ok;
    char err[256];
    pthread_t th;
} holder_t;

static void *holder_main(void *arg) {
    holder_t *h = arg;
    int32_t c = mvtls_connect("localhost", h->port, 10000, g_cctx);
    if (c <= 0) { snprintf(h->err, sizeof h->err, "connect: %s", mv_err()); return NULL; }
    snprintf(h->subject, sizeof h->subject, "%s", mv_info(c, MVTLS_INFO_PEER_SUBJECT));
    char b, line[64];
    if (read(h->go[0], &b, 1) == 1 && mv_write_str(c, "old conn\n", 10000) &&
        mv_read_line(c, line, sizeof line, 10000) > 0)
        h->ok = strcmp(line, "echo:old conn\n") == 0;
    if (!h->ok) snprintf(h->err, sizeof h->err, "old connection: %s", mv_err());
    mvtls_close(c);
    return NULL;
}

int main(void) {
    t_begin("t10_reload", 120);
    g_dir = t_tmpdir();
    g_ca = path_in(g_dir, "ca.pem");
    const char *cak = path_in(g_dir, "ca-key.pem");
    REQUIRE(mk_ca(g_dir, "ca"), "CA");
    const char *names[] = {"one", "two", "three"};
    for (int i = 0; i < 3; i++) {
        char cn[32];
        snprintf(cn, sizeof cn, "reload-%s", names[i]);
        REQUIRE(mk_leaf(g_dir, names[i], cn, "DNS:localhost,IP:127.0.0.1", g_ca, cak, 0), "leaf %s", names[i]);
    }
    g_live = path_in(g_dir, "live.pem");
    g_live_key = path_in(g_dir, "live-key.pem");
    install(path_in(g_dir, "one.pem"), path_in(g_dir, "one-key.pem"));
    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s", g_ca);
    g_cctx = mvtls_client_context_new(opts);
    REQUIRE(g_cctx > 0, "client ctx: %s", mv_err());
    int32_t ctx = mvtls_server_context_new(g_live, g_live_key, NULL);
    REQUIRE(ctx > 0, "server ctx: %s", mv_err());
    g_lst = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(g_lst > 0, "listen: %s", mv_err());

    holder_t old = {.port = mv_port(g_lst)};
    REQUIRE(pipe(old.go) == 0, "pipe");
    pthread_create(&old.th, NULL, holder_main, &old);
    int32_t c_old = accept_one(g_lst, 10000, "old connection");
    expect_new_subject("CN=reload-one", "before the swap");

    t_note("swapping the files to certificate two");
    install(path_in(g_dir, "two.pem"), path_in(g_dir, "two-key.pem"));
    expect_new_subject("CN=reload-one", "files swapped, no reload yet");
    CHECK(mvtls_context_reload(ctx) == 0, "reload: %d %s", (int)mvtls_status(), mv_err());
    CHECK_STATUS(0, "reload");
    expect_new_subject("CN=reload-two", "after reload");
    expect_s_client_subject("reload-two");

    t_note("bad files keep certificate two");
    REQUIRE(write_file(g_live, "garbage, not PEM\n", 17), "garbage");
    bad_reload(ctx, MVTLS_ERR_BAD_PEM, "a garbage certificate file");
    install(path_in(g_dir, "three.pem"), path_in(g_dir, "two-key.pem"));
    bad_reload(ctx, MVTLS_ERR_KEY_MISMATCH, "a key that does not match");
    REQUIRE(unlink(g_live_key) == 0, "unlink key");
    bad_reload(ctx, MVTLS_ERR_FILE, "a missing key file");

    t_note("the connection made before the swap still works");
    REQUIRE(write(old.go[1], "T", 1) == 1, "signal");
    if (c_old > 0) CHECK(serve_echo_line(c_old, "echo:", 10000), "old connection: %s", mv_err());
    pthread_join(old.th, NULL);
    CHECK(strcmp(old.subject, "CN=reload-one") == 0, "old connection subject '%s'", old.subject);
    CHECK(old.ok, "old connection: %s", old.err);
    if (c_old > 0) mvtls_close(c_old);
    close(old.go[0]);
    close(old.go[1]);

    t_note("good files again: certificate three");
    install(path_in(g_dir, "three.pem"), path_in(g_dir, "three-key.pem"));
    CHECK(mvtls_context_reload(ctx) == 0, "reload three: %d %s", (int)mvtls_status(), mv_err());
    expect_new_subject("CN=reload-three", "after the second reload");

    mvtls_close(g_lst);
    mvtls_context_free(ctx);
    mvtls_context_free(g_cctx);
    return t_end();
}

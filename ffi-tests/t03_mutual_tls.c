/*
 * Test 3: mutual TLS in both directions, required and optional.
 * - mvtls server (CLIENT.AUTH=REQUIRED / OPTIONAL, CA=client CA) against
 *   openssl s_client with a good client certificate, none, or one from a CA the
 *   server does not trust; mvtls_info shows the client's subject and VERIFY.
 * - mvtls client (CERT/KEY options) against openssl s_server -Verify (required)
 *   and -verify (optional); without a certificate a requiring server refuses
 *   it with 7106.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *g_dir, *g_ca_srv, *g_ca_cli;

/* s_client with an optional client certificate `leaf` (NULL: none) against mvtls. */
static void s_client_case(int32_t lst, int port, const char *tls, const char *leaf, int want_accept,
                          const char *want_subject) {
    char label[160];
    snprintf(label, sizeof label, "s_client %s cert=%s -> %s", tls, leaf ? leaf : "none",
             want_accept ? "accepted" : "refused");
    t_note("%s", label);
    char connect[64], cert[512], key[512];
    snprintf(connect, sizeof connect, "127.0.0.1:%d", port);
    const char *in = path_in(g_dir, "in.txt");
    REQUIRE(write_file(in, "who am i\n", 9), "stdin file");
    const char *argv[24];
    int n = 0;
    argv[n++] = "openssl"; argv[n++] = "s_client"; argv[n++] = "-connect"; argv[n++] = connect;
    argv[n++] = "-CAfile"; argv[n++] = g_ca_srv; argv[n++] = "-verify_return_error"; argv[n++] = "-ign_eof";
    argv[n++] = "-servername"; argv[n++] = "localhost"; argv[n++] = tls;
    if (leaf) {
        snprintf(cert, sizeof cert, "%s/%s.pem", g_dir, leaf);
        snprintf(key, sizeof key, "%s/%s-key.pem", g_dir, leaf);
        argv[n++] = "-cert"; argv[n++] = cert; argv[n++] = "-key"; argv[n++] = key;
    }
    argv[n] = NULL;
    proc_t *p = proc_spawn(argv, in);
    if (want_accept) {
        int32_t c = accept_one(lst, 10000, label);
        if (c > 0) {
            const char *subj = mv_info(c, MVTLS_INFO_PEER_SUBJECT);
            const char *ver = mv_info(c, MVTLS_INFO_VERIFY);
            CHECK(strcmp(subj, want_subject) == 0, "%s: peer subject '%s', want '%s'", label, subj, want_subject);
            CHECK(strcmp(ver, leaf ? "OK" : "NONE") == 0, "%s: verify '%s'", label, ver);
            char line[128];
            int got = mv_read_line(c, line, sizeof line, 10000);
            CHECK(got == 9 && strcmp(line, "who am i\n") == 0, "%s: read '%s' (%s)", label, line, mv_err());
            char reply[300];
            snprintf(reply, sizeof reply, "you are [%s]\n", subj);
            CHECK(mv_write_str(c, reply, 10000), "write: %s", mv_err());
            CHECK(mvtls_close(c) == 0, "close: %s", mv_err());
        }
        int st = proc_wait_exit(p, 15000);
        const char *out = proc_output(p);
        char want[300];
        snprintf(want, sizeof want, "you are [%s]", want_subject);
        CHECK(st == 0 && strstr(out, want) != NULL, "%s: exit %d, want '%s' in:\n%s", label, st, want, out);
    } else {
        /* drive handshakes until the client gives up; nothing may be accepted */
        long long t0 = now_ms();
        while (!proc_done(p) && now_ms() - t0 < 12000) {
            int32_t c = mvtls_accept(lst, 200);
            CHECK(c == 0, "%s: accepted (subject '%s')", label, mv_info(c, MVTLS_INFO_PEER_SUBJECT));
            if (c > 0) mvtls_close(c);
            else CHECK_STATUS(MVTLS_ERR_TIMEOUT, "accept during a refused handshake");
        }
        CHECK(proc_done(p), "%s: s_client still running after 12 s", label);
        proc_wait_exit(p, 5000);
        const char *out = proc_output(p);
        CHECK(strstr(out, "you are [") == NULL, "%s: got a reply:\n%s", label, out);
        CHECK(strstr(out, "alert") != NULL, "%s: no TLS alert reported by s_client:\n%s", label, out);
        if (strcmp(tls, "-tls1_3") == 0 && !leaf)
            CHECK(strstr(out, "certificate required") != NULL, "%s: want alert 'certificate required':\n%s", label,
                  out);
    }
    proc_free(p);
}

static int32_t client_ctx(const char *leaf) {
    char opts[1024];
    if (leaf)
        snprintf(opts, sizeof opts, "CA=%s;CERT=%s/%s.pem;KEY=%s/%s-key.pem", g_ca_srv, g_dir, leaf, g_dir, leaf);
    else
        snprintf(opts, sizeof opts, "CA=%s", g_ca_srv);
    int32_t c = mvtls_client_context_new(opts);
    REQUIRE(c > 0, "client context %s: %s", opts, mv_err());
    return c;
}

/* mvtls client against s_server `mode` ("-Verify" required / "-verify" optional). */
static void mvtls_client_case(const char *mode, const char *tls, const char *leaf, int want_ok) {
    char label[160];
    snprintf(label, sizeof label, "mvtls client cert=%s vs s_server %s 1 %s", leaf ? leaf : "none", mode, tls);
    t_note("%s", label);
    char cert[512], key[512];
    snprintf(cert, sizeof cert, "%s/server.pem", g_dir);
    snprintf(key, sizeof key, "%s/server-key.pem", g_dir);
    const char *extra[] = {"-cert", cert, "-key", key, "-CAfile", g_ca_cli, mode, "1", "-rev", tls, NULL};
    int port;
    proc_t *srv = s_server_start(extra, &port);
    if (!srv) return;
    int32_t cctx = client_ctx(leaf);
    int32_t c = mvtls_connect("localhost", port, 10000, cctx);
    int32_t st = mvtls_status();
    char err[1024];
    snprintf(err, sizeof err, "%s", mv_err());
    if (want_ok) {
        CHECK(c > 0, "%s: connect: %d %s", label, (int)st, err);
        if (c > 0) {
            CHECK(mv_write_str(c, "abc\n", 10000), "write: %s", mv_err());
            char line[64];
            int n = mv_read_line(c, line, sizeof line, 10000);
            CHECK(n == 4 && strcmp(line, "cba\n") == 0, "%s: reply '%s' (%s)", label, line, mv_err());
            mvtls_close(c);
        }
        if (leaf) {
            char want[128];
            snprintf(want, sizeof want, "CN = %s", leaf);
            CHECK(proc_wait_output(srv, want, 5000), "%s: s_server did not see '%s':\n%s", label, want,
                  proc_output(srv));
        }
    } else if (strcmp(tls, "-tls1_3") == 0) {
        /* TLS 1.3: the client finishes first; the server's alert may arrive on the first read */
        if (c > 0) {
            mv_write_str(c, "abc\n", 10000);
            char line[64];
            int n = mv_read_line(c, line, sizeof line, 10000);
            st = mvtls_status();
            snprintf(err, sizeof err, "%s", mv_err());
            CHECK(n < 0, "%s: read succeeded without a client certificate: '%s'", label, line);
            mvtls_close(c);
        }
        CHECK(st == MVTLS_ERR_CLIENT_CERT_REQUIRED, "%s: status %d (%s), want 7106", label, (int)st, err);
        t_note("  text: %s", err);
    } else {
        CHECK(c == 0, "%s: connected without a client certificate", label);
        if (c > 0) mvtls_close(c);
        CHECK(st == MVTLS_ERR_CLIENT_CERT_REQUIRED || st == MVTLS_ERR_HANDSHAKE,
              "%s: status %d (%s), want 7106 (or 7100)", label, (int)st, err);
        if (st != MVTLS_ERR_CLIENT_CERT_REQUIRED) t_note("  TLS 1.2 refusal reported as %d, not 7106: %s", (int)st, err);
        else t_note("  text: %s", err);
    }
    mvtls_context_free(cctx);
    proc_free(srv);
}

int main(void) {
    t_begin("t03_mutual_tls", 180);
    g_dir = t_tmpdir();
    g_ca_srv = path_in(g_dir, "ca-srv.pem");
    g_ca_cli = path_in(g_dir, "ca-cli.pem");
    REQUIRE(mk_ca(g_dir, "ca-srv") && mk_ca(g_dir, "ca-cli"), "CAs");
    REQUIRE(mk_leaf(g_dir, "server", "localhost", "DNS:localhost,IP:127.0.0.1", g_ca_srv,
                    path_in(g_dir, "ca-srv-key.pem"), 0), "server leaf");
    REQUIRE(mk_leaf(g_dir, "client-one", "client-one", "DNS:client-one", g_ca_cli,
                    path_in(g_dir, "ca-cli-key.pem"), 0), "client leaf");
    REQUIRE(mk_leaf(g_dir, "rogue", "rogue", "DNS:rogue", g_ca_srv, path_in(g_dir, "ca-srv-key.pem"), 0),
            "client leaf from the wrong CA");
    const char *srv = path_in(g_dir, "server.pem"), *srv_key = path_in(g_dir, "server-key.pem");

    /* mvtls server, client certificate required */
    char opts[1024];
    snprintf(opts, sizeof opts, "CLIENT.AUTH=REQUIRED;CA=%s", g_ca_cli);
    int32_t ctx = mvtls_server_context_new(srv, srv_key, opts);
    REQUIRE(ctx > 0, "server ctx REQUIRED: %s", mv_err());
    int32_t lst = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(lst > 0, "listen: %s", mv_err());
    int port = mv_port(lst);
    s_client_case(lst, port, "-tls1_3", "client-one", 1, "CN=client-one");
    s_client_case(lst, port, "-tls1_2", "client-one", 1, "CN=client-one");
    s_client_case(lst, port, "-tls1_3", NULL, 0, NULL);
    s_client_case(lst, port, "-tls1_2", NULL, 0, NULL);
    s_client_case(lst, port, "-tls1_3", "rogue", 0, NULL);
    CHECK(strcmp(mv_info(lst, MVTLS_INFO_PENDING), "0") == 0, "pending after refusals: %s",
          mv_info(lst, MVTLS_INFO_PENDING));
    mvtls_close(lst);
    mvtls_context_free(ctx);

    /* mvtls server, client certificate optional */
    snprintf(opts, sizeof opts, "client_auth=optional\nca=%s", g_ca_cli);
    ctx = mvtls_server_context_new(srv, srv_key, opts);
    REQUIRE(ctx > 0, "server ctx OPTIONAL: %s", mv_err());
    lst = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(lst > 0, "listen: %s", mv_err());
    port = mv_port(lst);
    s_client_case(lst, port, "-tls1_3", NULL, 1, "");
    s_client_case(lst, port, "-tls1_3", "client-one", 1, "CN=client-one");
    s_client_case(lst, port, "-tls1_2", NULL, 1, "");
    s_client_case(lst, port, "-tls1_3", "rogue", 0, NULL);
    mvtls_close(lst);
    mvtls_context_free(ctx);

    /* REQUIRED without a CA is refused at creation */
    int32_t bad = mvtls_server_context_new(srv, srv_key, "CLIENT.AUTH=REQUIRED");
    CHECK(bad == 0 && mvtls_status() != 0, "CLIENT.AUTH=REQUIRED without CA accepted (handle %d)", (int)bad);

    /* mvtls as the client */
    mvtls_client_case("-Verify", "-tls1_3", "client-one", 1);
    mvtls_client_case("-Verify", "-tls1_2", "client-one", 1);
    mvtls_client_case("-Verify", "-tls1_3", NULL, 0);
    mvtls_client_case("-Verify", "-tls1_2", NULL, 0);
    mvtls_client_case("-verify", "-tls1_3", NULL, 1);
    mvtls_client_case("-verify", "-tls1_3", "client-one", 1);
    return t_end();
}

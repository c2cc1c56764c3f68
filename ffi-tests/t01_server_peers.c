/*
 * Test 1: an mvtls server answered by real third-party clients.
 * - openssl s_client with TLS 1.2 and TLS 1.3, verifying against the CA that
 *   mvtls_dev_certs_write produced; ALPN h2 negotiated; no ALPN in common is refused.
 * - SNI: a second certificate (other.test) added with mvtls_server_context_add_cert
 *   is served to clients naming other.test, the default one to clients sending no SNI.
 * - curl (HTTP/1.1 over TLS 1.2 and 1.3, ALPN http/1.1), including SNI with --resolve.
 * Both sides are checked: what the peer printed and what mvtls_info reports.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *g_dir, *g_ca;
static char g_default_subject[256]; /* "subject=..." line of server.pem, openssl format */

/* Runs `openssl x509 -noout -subject` on `cert` and stores the line (without '\n'). */
static void cert_subject_line(const char *cert, char *out, size_t cap) {
    const char *argv[] = {"openssl", "x509", "-noout", "-subject", "-in", cert, NULL};
    proc_t *p = proc_spawn(argv, NULL);
    CHECK(proc_wait_exit(p, 10000) == 0, "openssl x509 on %s", cert);
    snprintf(out, cap, "%s", proc_output(p));
    out[strcspn(out, "\n")] = 0;
    proc_free(p);
}

/* One s_client exchange against listener `lst` on `port`. */
static void s_client_case(int32_t lst, int port, int32_t ctx, const char *tlsflag, const char *sni,
                          const char *alpn, const char *want_subject, const char *want_version) {
    char label[160];
    snprintf(label, sizeof label, "s_client %s sni=%s alpn=%s", tlsflag, sni ? sni : "-", alpn ? alpn : "-");
    t_note("%s", label);
    const char *in = path_in(g_dir, "s_client.in");
    REQUIRE(write_file(in, "hello from s_client\n", 20), "write stdin file");
    char connect[64];
    snprintf(connect, sizeof connect, "127.0.0.1:%d", port);
    const char *argv[32];
    int n = 0;
    argv[n++] = "openssl"; argv[n++] = "s_client"; argv[n++] = "-connect"; argv[n++] = connect;
    argv[n++] = "-CAfile"; argv[n++] = g_ca; argv[n++] = "-verify_return_error"; argv[n++] = "-ign_eof";
    argv[n++] = tlsflag;
    if (sni) {
        argv[n++] = "-servername"; argv[n++] = sni; argv[n++] = "-verify_hostname"; argv[n++] = sni;
    } else {
        argv[n++] = "-noservername";
    }
    if (alpn) { argv[n++] = "-alpn"; argv[n++] = alpn; }
    argv[n] = NULL;
    proc_t *p = proc_spawn(argv, in);

    int32_t c = accept_one(lst, 10000, label);
    if (c > 0) {
        CHECK(strcmp(mv_info(c, MVTLS_INFO_KIND), "CONNECTION") == 0, "kind %s", mv_info(c, MVTLS_INFO_KIND));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_SECURE), "1") == 0, "secure %s", mv_info(c, MVTLS_INFO_SECURE));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_TLS_VERSION), want_version) == 0, "%s: server sees version %s, want %s",
              label, mv_info(c, MVTLS_INFO_TLS_VERSION), want_version);
        CHECK(strcmp(mv_info(c, MVTLS_INFO_ALPN), alpn ? alpn : "") == 0, "%s: server sees ALPN '%s'", label,
              mv_info(c, MVTLS_INFO_ALPN));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_SNI), sni ? sni : "") == 0, "%s: server sees SNI '%s'", label,
              mv_info(c, MVTLS_INFO_SNI));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_PEER_ADDR), "127.0.0.1") == 0 ||
                  strcmp(mv_info(c, MVTLS_INFO_PEER_ADDR), "::ffff:127.0.0.1") == 0,
              "peer addr %s", mv_info(c, MVTLS_INFO_PEER_ADDR));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_LOCAL_ADDR), "127.0.0.1") == 0, "local addr %s",
              mv_info(c, MVTLS_INFO_LOCAL_ADDR));
        CHECK(atoi(mv_info(c, MVTLS_INFO_PEER_PORT)) > 0, "peer port %s", mv_info(c, MVTLS_INFO_PEER_PORT));
        CHECK(atoi(mv_info(c, MVTLS_INFO_LOCAL_PORT)) == port, "local port %s", mv_info(c, MVTLS_INFO_LOCAL_PORT));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_VERIFY), "NONE") == 0, "verify %s", mv_info(c, MVTLS_INFO_VERIFY));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_PEER_SUBJECT), "") == 0, "peer subject '%s'",
              mv_info(c, MVTLS_INFO_PEER_SUBJECT));
        CHECK(atoi(mv_info(c, MVTLS_INFO_CONTEXT)) == ctx, "context %s, want %d", mv_info(c, MVTLS_INFO_CONTEXT),
              (int)ctx);
        const char *cipher = mv_info(c, MVTLS_INFO_CIPHER);
        CHECK(cipher[0] != 0 && cipher[0] != '<', "cipher '%s'", cipher);
        CHECK(strncmp(cipher, strcmp(want_version, "TLSv1.3") == 0 ? "TLS13_" : "TLS_EC", 6) == 0,
              "cipher '%s' for %s", cipher, want_version);
        char line[256];
        int got = mv_read_line(c, line, sizeof line, 10000);
        CHECK(got == 20 && strcmp(line, "hello from s_client\n") == 0, "%s: server read %d '%s' (%s)", label, got,
              line, mv_err());
        char reply[128];
        snprintf(reply, sizeof reply, "hello from mvtls over %s\n", want_version);
        CHECK(mv_write_str(c, reply, 10000), "write reply: %s", mv_err());
        CHECK(mvtls_close(c) == 0, "close: %s", mv_err());
    }
    int st = proc_wait_exit(p, 15000);
    const char *out = proc_output(p);
    CHECK(st == 0, "%s exited %d", label, st);
    CHECK(strstr(out, "Verify return code: 0 (ok)") != NULL, "%s: not verified:\n%s", label, out);
    CHECK(strstr(out, want_subject) != NULL, "%s: wrong certificate, want '%s':\n%s", label, want_subject, out);
    char proto[64];
    snprintf(proto, sizeof proto, "New, %s,", want_version);
    CHECK(strstr(out, proto) != NULL, "%s: s_client did not negotiate %s:\n%s", label, want_version, out);
    char alpnline[64];
    if (alpn) snprintf(alpnline, sizeof alpnline, "ALPN protocol: %s", alpn);
    else snprintf(alpnline, sizeof alpnline, "No ALPN negotiated");
    CHECK(strstr(out, alpnline) != NULL, "%s: want '%s':\n%s", label, alpnline, out);
    char reply[128];
    snprintf(reply, sizeof reply, "hello from mvtls over %s", want_version);
    CHECK(strstr(out, reply) != NULL, "%s: s_client did not print the reply:\n%s", label, out);
    proc_free(p);
}

/* A client offering only an ALPN protocol the server does not speak is refused. */
static void alpn_mismatch_case(int32_t lst, int port) {
    t_note("s_client -alpn foo/1 against ALPN=h2,http/1.1: refused");
    char connect[64];
    snprintf(connect, sizeof connect, "127.0.0.1:%d", port);
    const char *argv[] = {"openssl", "s_client", "-connect", connect, "-CAfile", g_ca, "-alpn", "foo/1",
                          "-tls1_3", NULL};
    proc_t *p = proc_spawn(argv, NULL);
    long long t0 = now_ms();
    while (!proc_done(p) && now_ms() - t0 < 10000) {
        int32_t c = mvtls_accept(lst, 200);
        CHECK(c == 0, "a connection without common ALPN was accepted (%s)", mv_info(c, MVTLS_INFO_ALPN));
        if (c > 0) mvtls_close(c);
        else CHECK_STATUS(MVTLS_ERR_TIMEOUT, "accept while the bad handshake fails");
    }
    int st = proc_wait_exit(p, 5000);
    const char *out = proc_output(p);
    CHECK(st != 0, "s_client with foo/1 succeeded:\n%s", out);
    CHECK(strstr(out, "no application protocol") != NULL, "no ALPN alert seen:\n%s", out);
    proc_free(p);
}

/* One curl request against listener `lst`; `host` is the URL host (resolved to 127.0.0.1). */
static void curl_case(int32_t lst, int port, const char *tls, const char *host, const char *want_version) {
    char label[128];
    snprintf(label, sizeof label, "curl %s https://%s", tls, host);
    t_note("%s", label);
    char url[256], resolve[256];
    snprintf(url, sizeof url, "https://%s:%d/hello?x=1", host, port);
    snprintf(resolve, sizeof resolve, "%s:%d:127.0.0.1", host, port);
    const char *argv[24];
    int n = 0;
    argv[n++] = "curl"; argv[n++] = "-sS"; argv[n++] = "-v"; argv[n++] = "--max-time"; argv[n++] = "15";
    argv[n++] = "--cacert"; argv[n++] = g_ca; argv[n++] = "--http1.1"; argv[n++] = "--resolve"; argv[n++] = resolve;
    if (strcmp(tls, "1.2") == 0) { argv[n++] = "--tlsv1.2"; argv[n++] = "--tls-max"; argv[n++] = "1.2"; }
    else { argv[n++] = "--tlsv1.3"; }
    argv[n++] = url;
    argv[n] = NULL;
    proc_t *p = proc_spawn(argv, NULL);
    int32_t c = accept_one(lst, 10000, label);
    if (c > 0) {
        char req[4096];
        int got = mv_read_until(c, req, sizeof req, "\r\n\r\n", 10000);
        CHECK(got > 0 && strncmp(req, "GET /hello?x=1 HTTP/1.1\r\n", 25) == 0, "%s: request '%s'", label, req);
        CHECK(strcmp(mv_info(c, MVTLS_INFO_ALPN), "http/1.1") == 0, "%s: ALPN '%s'", label, mv_info(c, MVTLS_INFO_ALPN));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_SNI), host) == 0, "%s: SNI '%s'", label, mv_info(c, MVTLS_INFO_SNI));
        char body[256], resp[512];
        snprintf(body, sizeof body, "served sni=%s version=%s alpn=%s\n", mv_info(c, MVTLS_INFO_SNI),
                 mv_info(c, MVTLS_INFO_TLS_VERSION), mv_info(c, MVTLS_INFO_ALPN));
        snprintf(resp, sizeof resp,
                 "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n%s",
                 strlen(body), body);
        CHECK(mv_write_str(c, resp, 10000), "write response: %s", mv_err());
        CHECK(mvtls_close(c) == 0, "close: %s", mv_err());
    }
    int st = proc_wait_exit(p, 20000);
    const char *out = proc_output(p);
    CHECK(st == 0, "%s exited %d:\n%s", label, st, out);
    char want_body[256];
    snprintf(want_body, sizeof want_body, "served sni=%s version=%s alpn=http/1.1\n", host, want_version);
    CHECK(strstr(out, want_body) != NULL, "%s: body '%s' missing:\n%s", label, want_body, out);
    char want_tls[64];
    snprintf(want_tls, sizeof want_tls, "SSL connection using %s", want_version);
    CHECK(strstr(out, want_tls) != NULL, "%s: '%s' missing:\n%s", label, want_tls, out);
    proc_free(p);
}

int main(void) {
    t_begin("t01_server_peers", 120);
    g_dir = t_tmpdir();
    int32_t rc = mvtls_dev_certs_write(g_dir, "localhost,127.0.0.1");
    REQUIRE(rc == 0 && mvtls_status() == 0, "mvtls_dev_certs_write: %d %s", (int)rc, mv_err());
    g_ca = path_in(g_dir, "ca.pem");
    const char *srv = path_in(g_dir, "server.pem"), *srv_key = path_in(g_dir, "server-key.pem");
    REQUIRE(mk_leaf(g_dir, "other", "other.test", "DNS:other.test", g_ca, path_in(g_dir, "ca-key.pem"), 0),
            "other.test certificate signed by the dev CA");
    cert_subject_line(srv, g_default_subject, sizeof g_default_subject);
    t_note("default certificate: %s", g_default_subject);
    CHECK(strstr(g_default_subject, "other.test") == NULL, "default and SNI certificates must differ");

    /* s_client: ALPN h2 offered by the server */
    int32_t ctx = mvtls_server_context_new(srv, srv_key, "ALPN=h2,http/1.1");
    REQUIRE(ctx > 0, "server context: %s", mv_err());
    CHECK(mvtls_server_context_add_cert(ctx, path_in(g_dir, "other.pem"), path_in(g_dir, "other-key.pem")) == 0,
          "add_cert: %s", mv_err());
    CHECK(strcmp(mv_info(ctx, MVTLS_INFO_KIND), "CONTEXT") == 0, "ctx kind %s", mv_info(ctx, MVTLS_INFO_KIND));
    int32_t lst = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(lst > 0, "listen: %s", mv_err());
    CHECK(strcmp(mv_info(lst, MVTLS_INFO_KIND), "LISTENER") == 0, "listener kind %s", mv_info(lst, MVTLS_INFO_KIND));
    int port = mv_port(lst);
    REQUIRE(port > 0, "listener port");

    s_client_case(lst, port, ctx, "-tls1_3", "localhost", "h2", g_default_subject, "TLSv1.3");
    s_client_case(lst, port, ctx, "-tls1_2", "localhost", "h2", g_default_subject, "TLSv1.2");
    s_client_case(lst, port, ctx, "-tls1_3", "other.test", "http/1.1", "subject=CN = other.test", "TLSv1.3");
    s_client_case(lst, port, ctx, "-tls1_2", "other.test", NULL, "subject=CN = other.test", "TLSv1.2");
    s_client_case(lst, port, ctx, "-tls1_3", NULL, NULL, g_default_subject, "TLSv1.3");
    alpn_mismatch_case(lst, port);
    CHECK(mvtls_close(lst) == 0, "close listener: %s", mv_err());
    CHECK(mvtls_context_free(ctx) == 0, "free ctx: %s", mv_err());

    /* curl: HTTP/1.1 server (ALPN http/1.1 only), SNI cert given as an option */
    char opts[1024];
    snprintf(opts, sizeof opts, "ALPN=http/1.1;SNI=%s,%s", path_in(g_dir, "other.pem"),
             path_in(g_dir, "other-key.pem"));
    int32_t hctx = mvtls_server_context_new(srv, srv_key, opts);
    REQUIRE(hctx > 0, "http context (%s): %s", opts, mv_err());
    int32_t hl = mvtls_listen("", 0, 16, 0, hctx);
    REQUIRE(hl > 0, "listen any: %s", mv_err());
    int hport = mv_port(hl);
    curl_case(hl, hport, "1.3", "localhost", "TLSv1.3");
    curl_case(hl, hport, "1.2", "localhost", "TLSv1.2");
    curl_case(hl, hport, "1.3", "other.test", "TLSv1.3");
    curl_case(hl, hport, "1.2", "other.test", "TLSv1.2");
    CHECK(mvtls_close(hl) == 0, "close: %s", mv_err());
    CHECK(mvtls_context_free(hctx) == 0, "free: %s", mv_err());
    return t_end();
}

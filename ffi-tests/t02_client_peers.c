/*
 * Test 2: an mvtls client against a real `openssl s_server -rev` (it answers each
 * line reversed).
 * - right CA: connects with TLS 1.3 and 1.2, verifies, exchanges data, ALPN;
 *   CA given as a directory works too.
 * - wrong CA -> 7101, expired certificate -> 7102, wrong host name -> 7103,
 *   no common version -> 7108; VERIFY=OFF connects to the untrusted server.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *g_dir;

static proc_t *start_server(const char *leaf, const char *more1, const char *more2, int *port) {
    char cert[512], key[512];
    snprintf(cert, sizeof cert, "%s/%s.pem", g_dir, leaf);
    snprintf(key, sizeof key, "%s/%s-key.pem", g_dir, leaf);
    const char *extra[] = {"-cert", cert, "-key", key, "-rev", more1, more2, NULL};
    return s_server_start(extra, port);
}

/* Connects, checks the TLS facts and one reversed-line exchange. */
static void good_case(const char *label, int port, int32_t cctx, const char *want_version, const char *want_alpn,
                      const char *want_verify) {
    t_note("%s", label);
    int32_t c = mvtls_connect("localhost", port, 10000, cctx);
    CHECK(c > 0, "%s: connect failed: %d %s", label, (int)mvtls_status(), mv_err());
    if (c <= 0) return;
    CHECK_STATUS(0, "connect");
    CHECK(strcmp(mv_info(c, MVTLS_INFO_TLS_VERSION), want_version) == 0, "%s: version %s", label,
          mv_info(c, MVTLS_INFO_TLS_VERSION));
    CHECK(strcmp(mv_info(c, MVTLS_INFO_PEER_SUBJECT), "CN=localhost") == 0, "%s: subject '%s'", label,
          mv_info(c, MVTLS_INFO_PEER_SUBJECT));
    CHECK(strcmp(mv_info(c, MVTLS_INFO_VERIFY), want_verify) == 0, "%s: verify '%s'", label,
          mv_info(c, MVTLS_INFO_VERIFY));
    CHECK(strcmp(mv_info(c, MVTLS_INFO_SNI), "localhost") == 0, "%s: sni '%s'", label, mv_info(c, MVTLS_INFO_SNI));
    CHECK(strcmp(mv_info(c, MVTLS_INFO_ALPN), want_alpn) == 0, "%s: alpn '%s'", label, mv_info(c, MVTLS_INFO_ALPN));
    CHECK(strcmp(mv_info(c, MVTLS_INFO_SECURE), "1") == 0, "secure");
    CHECK(atoi(mv_info(c, MVTLS_INFO_PEER_PORT)) == port, "%s: peer port %s", label, mv_info(c, MVTLS_INFO_PEER_PORT));
    CHECK(atoi(mv_info(c, MVTLS_INFO_CONTEXT)) == cctx, "context %s", mv_info(c, MVTLS_INFO_CONTEXT));
    CHECK(mv_write_str(c, "hello mvtls 123\n", 10000), "%s: write: %s", label, mv_err());
    char line[256];
    int n = mv_read_line(c, line, sizeof line, 10000);
    CHECK(n == 16 && strcmp(line, "321 sltvm olleh\n") == 0, "%s: reply %d '%s' (%s)", label, n, line, mv_err());
    CHECK(mvtls_close(c) == 0, "close: %s", mv_err());
}

static void bad_case(const char *label, const char *host, int port, int32_t cctx, int want) {
    t_note("%s -> %d", label, want);
    int32_t c = mvtls_connect(host, port, 10000, cctx);
    int32_t st = mvtls_status();
    char text[1024];
    snprintf(text, sizeof text, "%s", mv_err());
    CHECK(c == 0, "%s: connect unexpectedly succeeded (handle %d)", label, (int)c);
    if (c > 0) mvtls_close(c);
    CHECK(st == want, "%s: status %d (%s), want %d", label, (int)st, text, want);
    CHECK(text[0] != 0, "%s: empty error text", label);
    t_note("  text: %s", text);
}

int main(void) {
    t_begin("t02_client_peers", 120);
    g_dir = t_tmpdir();
    const char *ca1 = path_in(g_dir, "ca-one.pem"), *ca1k = path_in(g_dir, "ca-one-key.pem");
    const char *ca2 = path_in(g_dir, "ca-two.pem"), *ca2k = path_in(g_dir, "ca-two-key.pem");
    REQUIRE(mk_ca(g_dir, "ca-one") && mk_ca(g_dir, "ca-two"), "CAs");
    REQUIRE(mk_leaf(g_dir, "good", "localhost", "DNS:localhost,IP:127.0.0.1", ca1, ca1k, 0), "good leaf");
    REQUIRE(mk_leaf(g_dir, "wrongca", "localhost", "DNS:localhost,IP:127.0.0.1", ca2, ca2k, 0), "wrong-CA leaf");
    REQUIRE(mk_leaf(g_dir, "expired", "localhost", "DNS:localhost,IP:127.0.0.1", ca1, ca1k, 1), "expired leaf");
    REQUIRE(mk_leaf(g_dir, "wrongname", "wrong.test", "DNS:wrong.test", ca1, ca1k, 0), "wrong-name leaf");
    const char *cadir = path_in(g_dir, "cadir");
    REQUIRE(mkdir(cadir, 0700) == 0, "mkdir");
    size_t len;
    char *pem = read_file(ca1, &len);
    REQUIRE(pem && write_file(path_in(cadir, "one.pem"), pem, len), "copy CA");
    free(pem);

    char opts[1024];
    snprintf(opts, sizeof opts, "CA=%s", ca1);
    int32_t cctx = mvtls_client_context_new(opts);
    REQUIRE(cctx > 0, "client context: %s", mv_err());
    snprintf(opts, sizeof opts, "ca=%s\nalpn=h2,http/1.1", ca1); /* lower case, newline separated */
    int32_t cctx_alpn = mvtls_client_context_new(opts);
    REQUIRE(cctx_alpn > 0, "client context with ALPN: %s", mv_err());
    snprintf(opts, sizeof opts, "CA=%s;MIN_VERSION=1.3", cadir); /* directory, '_' for '.' */
    int32_t cctx13 = mvtls_client_context_new(opts);
    REQUIRE(cctx13 > 0, "client context 1.3 with CA dir: %s", mv_err());
    int32_t cctx_off = mvtls_client_context_new("VERIFY=OFF");
    REQUIRE(cctx_off > 0, "client context VERIFY=OFF: %s", mv_err());

    int port;
    proc_t *srv = start_server("good", "-alpn", "http/1.1", &port);
    REQUIRE(srv, "s_server");
    good_case("right CA, TLS 1.3, ALPN http/1.1", port, cctx_alpn, "TLSv1.3", "http/1.1", "OK");
    good_case("right CA, no ALPN offered", port, cctx, "TLSv1.3", "", "OK");
    good_case("CA directory, MIN.VERSION=1.3", port, cctx13, "TLSv1.3", "", "OK");
    proc_free(srv);

    srv = start_server("good", "-tls1_2", NULL, &port);
    REQUIRE(srv, "s_server -tls1_2");
    good_case("right CA, TLS 1.2", port, cctx, "TLSv1.2", "", "OK");
    bad_case("MIN.VERSION=1.3 against a TLS 1.2-only server", "localhost", port, cctx13, MVTLS_ERR_VERSION);
    proc_free(srv);

    srv = start_server("wrongca", NULL, NULL, &port);
    REQUIRE(srv, "s_server wrongca");
    bad_case("certificate from another CA", "localhost", port, cctx, MVTLS_ERR_CERT_UNTRUSTED);
    good_case("VERIFY=OFF accepts it", port, cctx_off, "TLSv1.3", "", "OFF");
    proc_free(srv);

    srv = start_server("expired", NULL, NULL, &port);
    REQUIRE(srv, "s_server expired");
    bad_case("expired certificate", "localhost", port, cctx, MVTLS_ERR_CERT_EXPIRED);
    proc_free(srv);

    srv = start_server("wrongname", NULL, NULL, &port);
    REQUIRE(srv, "s_server wrongname");
    bad_case("certificate for wrong.test, connecting to localhost", "localhost", port, cctx, MVTLS_ERR_CERT_NAME);
    proc_free(srv);

    CHECK(mvtls_context_free(cctx) == 0 && mvtls_context_free(cctx_alpn) == 0 && mvtls_context_free(cctx13) == 0 &&
              mvtls_context_free(cctx_off) == 0,
          "free contexts: %s", mv_err());
    return t_end();
}

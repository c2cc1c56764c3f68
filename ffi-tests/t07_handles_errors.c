/*
 * Test 7: the C ABI refuses bad input with documented codes and never crashes.
 * - zero, negative, huge, stale and wrong-kind handles on every handle-taking call
 * - double close / double free; stale handles never resolve to a new object
 * - NULL pointers, negative lengths, unknown keys and options, bad option values
 * - certificate/key errors: missing file 3003, bad PEM 7105, key mismatch 7104;
 *   PEM text instead of a path; PKCS#8, PKCS#1 (RSA) and SEC1 (EC) keys
 * - network errors: refused 7005, unresolvable 7007, bad address 7003, port in use 7012
 * - write to a closed peer: -1 with 7013 and no SIGPIPE
 * - error text truncation, status reset on success, per-thread status
 */
#include "common.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define EXPECT_FAIL(expr, bad, want)                                                        \
    do {                                                                                    \
        long long r_ = (long long)(expr);                                                   \
        int32_t st_ = mvtls_status();                                                       \
        if (r_ != (bad) || st_ != (want))                                                   \
            t_fail(__FILE__, __LINE__, "%s: returned %lld status %d (%s), want %lld/%d", #expr, \
                   r_, (int)st_, mv_err(), (long long)(bad), (int)(want));                   \
    } while (0)

static const char *g_dir;

static void bad_handles(int32_t ctx, int32_t lst, int32_t conn) {
    const int32_t bad[] = {0, -1, -7, INT32_MIN, INT32_MAX, 0x7ffffffe, 12345};
    uint8_t buf[16];
    char cbuf[64];
    int32_t ready[1];
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int32_t h = bad[i];
        if (h == ctx || h == lst || h == conn) continue;
        EXPECT_FAIL(mvtls_close(h), -1, MVTLS_ERR_BAD_HANDLE);
        EXPECT_FAIL(mvtls_accept(h, 0), 0, MVTLS_ERR_BAD_HANDLE);
        EXPECT_FAIL(mvtls_read(h, buf, sizeof buf, 0), -1, MVTLS_ERR_BAD_HANDLE);
        EXPECT_FAIL(mvtls_write(h, buf, sizeof buf, 0), -1, MVTLS_ERR_BAD_HANDLE);
        EXPECT_FAIL(mvtls_info(h, MVTLS_INFO_KIND, cbuf, sizeof cbuf), -1, MVTLS_ERR_BAD_HANDLE);
        EXPECT_FAIL(mvtls_set_option(h, MVTLS_OPT_NODELAY, 1), -1, MVTLS_ERR_BAD_HANDLE);
        CHECK(mvtls_context_free(h) != 0, "context_free(%d) succeeded", (int)h);
        CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "context_free(bad)");
        CHECK(mvtls_context_reload(h) != 0, "reload(%d) succeeded", (int)h);
        CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "reload(bad)");
        CHECK(mvtls_server_context_add_cert(h, "x", "y") != 0, "add_cert on %d", (int)h);
        CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "add_cert(bad)");
        EXPECT_FAIL(mvtls_poll(&h, 1, ready, 0), -1, MVTLS_ERR_BAD_HANDLE);
        if (h != 0) { /* ctx 0 = plain is valid for listen/connect */
            EXPECT_FAIL(mvtls_listen("127.0.0.1", 0, 0, 0, h), 0, MVTLS_ERR_BAD_HANDLE);
            EXPECT_FAIL(mvtls_connect("localhost", 1, 1000, h), 0, MVTLS_ERR_BAD_HANDLE);
        }
    }
}

static void wrong_kinds(int32_t ctx, int32_t lst, int32_t conn) {
    uint8_t buf[16] = {0};
    EXPECT_FAIL(mvtls_close(ctx), -1, MVTLS_ERR_WRONG_KIND);
    EXPECT_FAIL(mvtls_accept(ctx, 0), 0, MVTLS_ERR_WRONG_KIND);
    EXPECT_FAIL(mvtls_accept(conn, 0), 0, MVTLS_ERR_WRONG_KIND);
    EXPECT_FAIL(mvtls_read(lst, buf, sizeof buf, 0), -1, MVTLS_ERR_WRONG_KIND);
    EXPECT_FAIL(mvtls_read(ctx, buf, sizeof buf, 0), -1, MVTLS_ERR_WRONG_KIND);
    EXPECT_FAIL(mvtls_write(lst, buf, sizeof buf, 0), -1, MVTLS_ERR_WRONG_KIND);
    EXPECT_FAIL(mvtls_write(ctx, buf, sizeof buf, 0), -1, MVTLS_ERR_WRONG_KIND);
    CHECK(mvtls_context_free(lst) != 0, "context_free(listener) succeeded");
    CHECK_STATUS(MVTLS_ERR_WRONG_KIND, "context_free(listener)");
    CHECK(mvtls_context_free(conn) != 0, "context_free(connection) succeeded");
    CHECK_STATUS(MVTLS_ERR_WRONG_KIND, "context_free(connection)");
    CHECK(mvtls_context_reload(lst) != 0, "reload(listener) succeeded");
    CHECK_STATUS(MVTLS_ERR_WRONG_KIND, "reload(listener)");
    EXPECT_FAIL(mvtls_listen("127.0.0.1", 0, 0, 0, lst), 0, MVTLS_ERR_WRONG_KIND);
    EXPECT_FAIL(mvtls_connect("localhost", 1, 1000, conn), 0, MVTLS_ERR_WRONG_KIND);
    int32_t hs[1] = {ctx}, ready[1];
    EXPECT_FAIL(mvtls_poll(hs, 1, ready, 0), -1, MVTLS_ERR_WRONG_KIND);
    /* the objects survived all that */
    CHECK(strcmp(mv_info(ctx, MVTLS_INFO_KIND), "CONTEXT") == 0, "ctx kind %s", mv_info(ctx, MVTLS_INFO_KIND));
    CHECK(strcmp(mv_info(lst, MVTLS_INFO_KIND), "LISTENER") == 0, "lst kind %s", mv_info(lst, MVTLS_INFO_KIND));
    CHECK(strcmp(mv_info(conn, MVTLS_INFO_KIND), "CONNECTION") == 0, "conn kind %s", mv_info(conn, MVTLS_INFO_KIND));
}

static void null_args(int32_t conn, const char *cert, const char *key) {
    char cbuf[64];
    int32_t hs[1] = {conn}, ready[1];
    uint8_t buf[8];
    EXPECT_FAIL(mvtls_read(conn, NULL, 10, 0), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_write(conn, NULL, 10, 0), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_read(conn, buf, -1, 0), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_write(conn, buf, -5, 0), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_info(conn, MVTLS_INFO_KIND, NULL, 10), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_info(conn, MVTLS_INFO_KIND, cbuf, -1), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_info(conn, 999, cbuf, sizeof cbuf), -1, MVTLS_ERR_BAD_KEY);
    EXPECT_FAIL(mvtls_info(conn, 0, cbuf, sizeof cbuf), -1, MVTLS_ERR_BAD_KEY);
    EXPECT_FAIL(mvtls_set_option(conn, 99, 1), -1, MVTLS_ERR_BAD_KEY);
    EXPECT_FAIL(mvtls_poll(NULL, 1, ready, 0), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_poll(hs, 1, NULL, 0), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_poll(hs, -1, ready, 0), -1, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_server_context_new(NULL, key, NULL), 0, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_server_context_new(cert, NULL, NULL), 0, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_connect(NULL, 443, 1000, 0), 0, MVTLS_ERR_PARAMS);
    CHECK(mvtls_dev_certs_write(NULL, "localhost") != 0, "dev_certs_write(NULL) succeeded");
    CHECK_STATUS(MVTLS_ERR_PARAMS, "dev_certs_write(NULL)");
    /* the connection still works for valid calls */
    CHECK(mvtls_set_option(conn, MVTLS_OPT_NODELAY, 1) == 0, "NODELAY: %s", mv_err());
    CHECK(mvtls_set_option(conn, MVTLS_OPT_KEEPALIVE, 1) == 0, "KEEPALIVE: %s", mv_err());
}

static void context_errors(void) {
    const char *cert = path_in(g_dir, "server.pem"), *key = path_in(g_dir, "server-key.pem");
    EXPECT_FAIL(mvtls_server_context_new(path_in(g_dir, "missing.pem"), key, NULL), 0, MVTLS_ERR_FILE);
    EXPECT_FAIL(mvtls_server_context_new(cert, path_in(g_dir, "missing-key.pem"), NULL), 0, MVTLS_ERR_FILE);
    const char *garbage = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
    int32_t h = mvtls_server_context_new(garbage, key, NULL);
    int32_t st = mvtls_status();
    CHECK(h == 0 && (st == MVTLS_ERR_BAD_PEM || st == MVTLS_ERR_CERT_INVALID), "garbage certificate: %d %d %s",
          (int)h, (int)st, mv_err());
    const char *empty = path_in(g_dir, "empty.pem");
    REQUIRE(write_file(empty, "no pem here\n", 12), "write");
    EXPECT_FAIL(mvtls_server_context_new(empty, key, NULL), 0, MVTLS_ERR_BAD_PEM);
    EXPECT_FAIL(mvtls_server_context_new(cert, empty, NULL), 0, MVTLS_ERR_BAD_PEM);
    /* key of another certificate */
    const char *dir2 = path_in(g_dir, "second");
    REQUIRE(mkdir(dir2, 0700) == 0 && mvtls_dev_certs_write(dir2, "localhost") == 0, "second dev certs");
    EXPECT_FAIL(mvtls_server_context_new(cert, path_in(dir2, "server-key.pem"), NULL), 0, MVTLS_ERR_KEY_MISMATCH);
    t_note("key mismatch text: %s", mv_err());
    /* options */
    EXPECT_FAIL(mvtls_server_context_new(cert, key, "NO.SUCH.OPTION=1"), 0, MVTLS_ERR_BAD_KEY);
    EXPECT_FAIL(mvtls_server_context_new(cert, key, "MIN.VERSION=1.1"), 0, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_server_context_new(cert, key, "CLIENT.AUTH=MAYBE"), 0, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_client_context_new("VERIFY=PERHAPS"), 0, MVTLS_ERR_PARAMS);
    EXPECT_FAIL(mvtls_client_context_new("HANDSHAKE.TIMEOUT=soon"), 0, MVTLS_ERR_PARAMS);
    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s", path_in(g_dir, "missing-ca.pem"));
    EXPECT_FAIL(mvtls_client_context_new(opts), 0, MVTLS_ERR_FILE);
    /* PEM text instead of paths */
    size_t clen, klen;
    char *ctext = read_file(cert, &clen), *ktext = read_file(key, &klen);
    REQUIRE(ctext && ktext, "read PEM files");
    h = mvtls_server_context_new(ctext, ktext, "");
    CHECK(h > 0, "context from PEM text: %s", mv_err());
    if (h > 0) CHECK(mvtls_context_free(h) == 0, "free");
    free(ctext);
    free(ktext);
}

/* Self-signed certificate for a key in the given format; returns a context or 0. */
static int32_t key_format_ctx(const char *name, const char *const genkey[], const char *marker) {
    const char *key = path_in(g_dir, name);
    char cert_name[64];
    snprintf(cert_name, sizeof cert_name, "%s.crt", name);
    const char *cert = path_in(g_dir, cert_name);
    if (run_cmd(genkey, 20000) != 0) return 0;
    char *k = read_file(key, NULL);
    CHECK(k && strstr(k, marker), "%s: key is not in %s format", name, marker);
    free(k);
    const char *req[] = {"openssl", "req", "-x509", "-key", key, "-subj", "/CN=localhost", "-days", "2",
                         "-addext", "subjectAltName=DNS:localhost", "-out", cert, NULL};
    if (run_cmd(req, 20000) != 0) return 0;
    int32_t h = mvtls_server_context_new(cert, key, NULL);
    CHECK(h > 0, "%s key: %d %s", marker, (int)mvtls_status(), mv_err());
    return h;
}

static void key_formats(void) {
    const char *pkcs1[] = {"openssl", "genrsa", "-traditional", "-out", path_in(g_dir, "rsa1.key"), "2048", NULL};
    const char *sec1[] = {"openssl", "ecparam", "-genkey", "-name", "prime256v1", "-noout", "-out",
                          path_in(g_dir, "sec1.key"), NULL};
    const char *pkcs8[] = {"openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-out", path_in(g_dir, "p8.key"), NULL};
    int32_t a = key_format_ctx("rsa1.key", pkcs1, "BEGIN RSA PRIVATE KEY");
    int32_t b = key_format_ctx("sec1.key", sec1, "BEGIN EC PRIVATE KEY");
    int32_t c = key_format_ctx("p8.key", pkcs8, "BEGIN PRIVATE KEY");
    if (a > 0) mvtls_context_free(a);
    if (b > 0) mvtls_context_free(b);
    if (c > 0) mvtls_context_free(c);
}

static void net_errors(void) {
    int32_t l = mvtls_listen("127.0.0.1", 0, 0, 0, 0);
    REQUIRE(l > 0, "plain listen: %s", mv_err());
    int port = mv_port(l);
    EXPECT_FAIL(mvtls_listen("127.0.0.1", port, 0, 0, 0), 0, MVTLS_ERR_BIND);
    CHECK(mvtls_close(l) == 0, "close");
    EXPECT_FAIL(mvtls_connect("127.0.0.1", port, 5000, 0), 0, MVTLS_ERR_CONNECT);
    EXPECT_FAIL(mvtls_connect("no-such-host.invalid", 443, 5000, 0), 0, MVTLS_ERR_RESOLVE);
    /* "300.1.2.3" is not an IP address; as a name it does not resolve: 7003 or 7007 */
    int32_t h = mvtls_listen("300.1.2.3", 0, 0, 0, 0);
    int32_t st = mvtls_status();
    CHECK(h == 0 && (st == MVTLS_ERR_HOSTNAME || st == MVTLS_ERR_RESOLVE), "listen on 300.1.2.3: %d %d %s", (int)h,
          (int)st, mv_err());
    EXPECT_FAIL(mvtls_listen("127.0.0.1", 70000, 0, 0, 0), 0, MVTLS_ERR_PARAMS);
}

static int32_t g_thread_status_before, g_thread_status_after;
static void *thread_status(void *arg) {
    (void)arg;
    g_thread_status_before = mvtls_status();
    mvtls_close(-3);
    g_thread_status_after = mvtls_status();
    return NULL;
}

int main(void) {
    t_begin("t07_handles_errors", 120);
    unsetenv("MVTLS_LOG");
    g_dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(g_dir, "localhost") == 0, "dev certs: %s", mv_err());
    CHECK(mvtls_abi_version() == MVTLS_ABI_VERSION && MVTLS_ABI_VERSION >= 1, "abi version %d",
          (int)mvtls_abi_version());
    const char *cert = path_in(g_dir, "server.pem"), *key = path_in(g_dir, "server-key.pem");
    int32_t ctx = mvtls_server_context_new(cert, key, NULL);
    REQUIRE(ctx > 0, "ctx: %s", mv_err());
    CHECK_STATUS(0, "successful context_new");

    /* a live plain connection pair for the kind tests */
    int32_t lst = mvtls_listen("127.0.0.1", 0, 0, 0, 0);
    REQUIRE(lst > 0, "listen: %s", mv_err());
    int32_t cli = mvtls_connect("127.0.0.1", mv_port(lst), 5000, 0);
    REQUIRE(cli > 0, "plain connect: %s", mv_err());
    int32_t srv = accept_one(lst, 5000, "plain accept");
    REQUIRE(srv > 0, "plain accept");
    CHECK(strcmp(mv_info(srv, MVTLS_INFO_SECURE), "0") == 0, "plain secure=%s", mv_info(srv, MVTLS_INFO_SECURE));
    CHECK(strcmp(mv_info(srv, MVTLS_INFO_TLS_VERSION), "") == 0, "plain version '%s'",
          mv_info(srv, MVTLS_INFO_TLS_VERSION));
    CHECK(strcmp(mv_info(cli, MVTLS_INFO_CONTEXT), "0") == 0, "plain context '%s'", mv_info(cli, MVTLS_INFO_CONTEXT));
    CHECK(ctx > 0 && lst > 0 && srv > 0 && cli > 0 && ctx != lst && lst != srv && srv != cli, "handles distinct");

    char small_info[3];
    CHECK(mvtls_info(lst, MVTLS_INFO_KIND, small_info, sizeof small_info) == 8 && strcmp(small_info, "LI") == 0,
          "info truncation: want length 8 and 'LI', got '%s'", small_info);

    /* the library prints nothing unless MVTLS_LOG is set: capture stderr around the error paths */
    const char *errlog = path_in(g_dir, "stderr.txt");
    fflush(stderr);
    int saved_err = dup(2);
    int errfd = open(errlog, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(saved_err >= 0 && errfd >= 0 && dup2(errfd, 2) == 2, "redirect stderr");
    close(errfd);
    t_note("bad handles");
    bad_handles(ctx, lst, srv);
    t_note("wrong kinds");
    wrong_kinds(ctx, lst, srv);
    t_note("NULL and bad arguments");
    null_args(srv, cert, key);
    t_note("context and key errors");
    context_errors();
    fflush(stderr);
    dup2(saved_err, 2);
    close(saved_err);
    size_t elen = 0;
    char *etext = read_file(errlog, &elen);
    CHECK(etext && elen == 0, "the library wrote %zu bytes to stderr without MVTLS_LOG:\n%s", elen, etext ? etext : "");
    free(etext);

    t_note("error text and status");
    mvtls_close(-1);
    char small[5];
    memset(small, 'x', sizeof small);
    int32_t full = mvtls_error_text(small, sizeof small);
    CHECK(full > 4 && small[4] == 0 && strlen(small) == 4, "truncation: returned %d, buf '%.5s'", (int)full, small);
    char big[1024];
    CHECK(mvtls_error_text(big, sizeof big) == full && (int32_t)strlen(big) == full, "full text length %d vs %zu",
          (int)full, strlen(big));
    CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "error_text must not reset the status");
    pthread_t th;
    pthread_create(&th, NULL, thread_status, NULL);
    pthread_join(th, NULL);
    CHECK(g_thread_status_before == 0, "a new thread starts with status %d", (int)g_thread_status_before);
    CHECK(g_thread_status_after == MVTLS_ERR_BAD_HANDLE, "thread status %d", (int)g_thread_status_after);
    CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "main thread status after another thread's error");
    CHECK(strcmp(mv_info(lst, MVTLS_INFO_KIND), "LISTENER") == 0, "info");
    CHECK_STATUS(0, "status after a successful call");

    t_note("stale handles and double close");
    int32_t stale = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(stale > 0, "listen");
    CHECK(mvtls_close(stale) == 0, "close: %s", mv_err());
    EXPECT_FAIL(mvtls_close(stale), -1, MVTLS_ERR_BAD_HANDLE);
    for (int i = 0; i < 200; i++) {
        int32_t l = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
        if (l <= 0) { t_fail(__FILE__, __LINE__, "listen %d: %s", i, mv_err()); break; }
        CHECK(l != stale, "a new listener got the stale handle value %d", (int)l);
        EXPECT_FAIL(mvtls_accept(stale, 0), 0, MVTLS_ERR_BAD_HANDLE);
        CHECK(mvtls_close(l) == 0, "close %d", i);
    }
    int32_t dead_conn = cli;
    CHECK(mvtls_close(cli) == 0, "close client: %s", mv_err());
    uint8_t b[4];
    EXPECT_FAIL(mvtls_read(dead_conn, b, sizeof b, 0), -1, MVTLS_ERR_BAD_HANDLE);
    EXPECT_FAIL(mvtls_close(dead_conn), -1, MVTLS_ERR_BAD_HANDLE);

    t_note("write to a closed peer (no SIGPIPE)");
    signal(SIGPIPE, SIG_DFL); /* a SIGPIPE would kill this test */
    uint8_t chunk[16384];
    memset(chunk, 0xA5, sizeof chunk);
    int32_t w = 0;
    for (int i = 0; i < 200 && w >= 0; i++) w = mvtls_write(srv, chunk, sizeof chunk, 2000);
    CHECK(w == -1, "writes to a closed peer kept succeeding");
    CHECK_STATUS(MVTLS_ERR_CLOSED, "write to a closed peer");
    CHECK(mvtls_close(srv) == 0, "close server side: %s", mv_err());
    CHECK(mvtls_close(lst) == 0, "close listener: %s", mv_err());

    key_formats();
    t_note("network errors");
    net_errors();

    CHECK(mvtls_context_free(ctx) == 0, "free: %s", mv_err());
    CHECK(mvtls_context_free(ctx) != 0, "double context_free succeeded");
    CHECK_STATUS(MVTLS_ERR_BAD_HANDLE, "double context_free");
    return t_end();
}

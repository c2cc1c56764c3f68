/*
 * t14: hosts behind a load balancer.
 * - Shared session-ticket keys (TICKET.KEYS): two server contexts (two
 *   "hosts") with one key file; openssl s_client -sess_out on one and
 *   -sess_in on the other resumes (s_client says "Reused", the server's
 *   MVTLS_INFO_RESUMED says 1), with TLS 1.3 and TLS 1.2 tickets; after a
 *   rotation the previous key still resumes, after a second one (the key
 *   removed) the client falls back to a full handshake; a bad key file fails
 *   the reload with a status and the old keys keep working.
 * - curl: two transfers in one invocation (shared session cache) to two
 *   contexts on 127.0.0.1 and 127.0.0.2, same port: the second resumes.
 * - PROXY v2: through a tiny relay that writes a v2 header naming
 *   203.0.113.7:4711, s_client's connection is reported with that peer
 *   address; a missing or garbage header, a v1 header and an untrusted
 *   source are closed and counted (MVTLS_INFO_PROXY_REJECTED), and the
 *   listener carries on.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "common.h"

static const char *g_dir, *g_ca, *g_keys;

static const char *KEY1 = "11111111111111111111111111111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
static const char *KEY2 = "22222222222222222222222222222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
static const char *KEY3 = "33333333333333333333333333333333cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc";

static void write_keys(const char *a, const char *b) {
    char text[512];
    snprintf(text, sizeof text, "# test keys\n%s\n%s%s", a, b ? b : "", b ? "\n" : "");
    REQUIRE(write_file(g_keys, text, strlen(text)), "write key file");
}

/* One s_client exchange with listener `lst`; returns 1 if s_client said
 * "Reused"; checks the server side agrees. */
static int s_client_resume(int32_t lst, int port, const char *tls, const char *sess_in, const char *sess_out,
                           const char *label) {
    const char *in = path_in(g_dir, "s_client.in");
    REQUIRE(write_file(in, "ping\n", 5), "stdin file");
    char connect[64];
    snprintf(connect, sizeof connect, "127.0.0.1:%d", port);
    const char *argv[24];
    int n = 0;
    argv[n++] = "openssl"; argv[n++] = "s_client"; argv[n++] = "-connect"; argv[n++] = connect;
    argv[n++] = "-CAfile"; argv[n++] = g_ca; argv[n++] = "-servername"; argv[n++] = "localhost";
    argv[n++] = "-ign_eof"; argv[n++] = tls;
    if (sess_in) { argv[n++] = "-sess_in"; argv[n++] = sess_in; }
    if (sess_out) { argv[n++] = "-sess_out"; argv[n++] = sess_out; }
    argv[n] = NULL;
    proc_t *p = proc_spawn(argv, in);
    int server_resumed = -1;
    int32_t c = accept_one(lst, 10000, label);
    if (c > 0) {
        server_resumed = atoi(mv_info(c, MVTLS_INFO_RESUMED));
        char line[64];
        CHECK(mv_read_line(c, line, sizeof line, 10000) == 5, "%s: read ping: %s", label, mv_err());
        CHECK(mv_write_str(c, "pong\n", 10000), "%s: write", label);
        mvtls_close(c);
    }
    int st = proc_wait_exit(p, 15000);
    const char *out = proc_output(p);
    CHECK(st == 0, "%s: s_client exited %d:\n%s", label, st, out);
    CHECK(strstr(out, "pong") != NULL, "%s: no reply:\n%s", label, out);
    int reused = strstr(out, "Reused, TLS") != NULL;
    CHECK(reused || strstr(out, "New, TLS") != NULL, "%s: neither New nor Reused:\n%s", label, out);
    CHECK(server_resumed == reused, "%s: s_client %s, server MVTLS_INFO_RESUMED %d", label,
          reused ? "Reused" : "New", server_resumed);
    t_note("%s: %s", label, reused ? "resumed" : "full handshake");
    proc_free(p);
    return reused;
}

static void tickets_with_openssl(const char *cert, const char *key) {
    write_keys(KEY1, NULL);
    char opts[512];
    snprintf(opts, sizeof opts, "TICKET.KEYS=%s", g_keys);
    int32_t a = mvtls_server_context_new(cert, key, opts), b = mvtls_server_context_new(cert, key, opts);
    REQUIRE(a > 0 && b > 0, "contexts with TICKET.KEYS: %s", mv_err());
    int32_t la = mvtls_listen("127.0.0.1", 0, 0, 0, a), lb = mvtls_listen("127.0.0.1", 0, 0, 0, b);
    REQUIRE(la > 0 && lb > 0, "listen: %s", mv_err());
    int pa = mv_port(la), pb = mv_port(lb);
    const char *s1 = path_in(g_dir, "s1.pem"), *s12 = path_in(g_dir, "s12.pem"), *s3 = path_in(g_dir, "s3.pem");

    CHECK(!s_client_resume(la, pa, "-tls1_3", NULL, s1, "1.3 first on A"), "first handshake resumed");
    CHECK(s_client_resume(lb, pb, "-tls1_3", s1, NULL, "1.3 ticket of A on B"), "A's ticket did not resume on B");
    CHECK(!s_client_resume(la, pa, "-tls1_2", NULL, s12, "1.2 first on A"), "first 1.2 handshake resumed");
    CHECK(s_client_resume(lb, pb, "-tls1_2", s12, NULL, "1.2 ticket of A on B"), "1.2 ticket did not resume on B");

    write_keys(KEY2, KEY1);
    CHECK(mvtls_context_reload(b) == 0, "reload B [2,1]: %s", mv_err());
    CHECK(s_client_resume(lb, pb, "-tls1_3", s1, NULL, "previous key on B"), "previous key did not resume");

    write_keys(KEY3, KEY2);
    CHECK(mvtls_context_reload(b) == 0, "reload B [3,2]: %s", mv_err());
    CHECK(!s_client_resume(lb, pb, "-tls1_3", s1, s3, "removed key on B"), "removed key still resumed");

    CHECK(write_file(g_keys, "# cut short\n0123456789abcdef\n", 29), "short key file");
    CHECK(mvtls_context_reload(b) == -1, "reload with a short key file succeeded");
    CHECK_STATUS(MVTLS_ERR_PARAMS, "reload with a short key file");
    CHECK(strstr(mv_err(), "ticket key file") != NULL, "error text: %s", mv_err());
    CHECK(s_client_resume(lb, pb, "-tls1_3", s3, NULL, "old keys kept after a bad reload"), "old keys lost");

    int32_t bad = mvtls_server_context_new(cert, key, opts);
    CHECK(bad == 0, "context made from a short key file");
    CHECK_STATUS(MVTLS_ERR_PARAMS, "context from a short key file");
    snprintf(opts, sizeof opts, "TICKET.KEYS=%s", path_in(g_dir, "no-such.keys"));
    CHECK(mvtls_server_context_new(cert, key, opts) == 0, "context from a missing key file");
    CHECK_STATUS(MVTLS_ERR_FILE, "context from a missing key file");

    mvtls_close(la);
    mvtls_close(lb);
    mvtls_context_free(a);
    mvtls_context_free(b);
}

/* The accept loop of the curl case runs on its own thread per listener. */
typedef struct {
    int32_t lst;
    int resumed;
    int served;
} http_job;

static void *serve_http(void *arg) {
    http_job *j = arg;
    j->resumed = -1;
    int32_t c = mvtls_accept(j->lst, 15000);
    if (c <= 0) return NULL;
    j->resumed = atoi(mv_info(c, MVTLS_INFO_RESUMED));
    char head[2048];
    if (mv_read_until(c, head, sizeof head, "\r\n\r\n", 10000) > 0) {
        const char *r = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n";
        j->served = mv_write_str(c, r, 10000);
    }
    mvtls_close(c);
    return NULL;
}

static void tickets_with_curl(const char *cert, const char *key) {
    write_keys(KEY1, NULL);
    char opts[512];
    snprintf(opts, sizeof opts, "TICKET.KEYS=%s", g_keys);
    int32_t a = mvtls_server_context_new(cert, key, opts), b = mvtls_server_context_new(cert, key, opts);
    REQUIRE(a > 0 && b > 0, "contexts: %s", mv_err());
    int32_t la = mvtls_listen("127.0.0.1", 0, 0, 0, a);
    REQUIRE(la > 0, "listen A: %s", mv_err());
    int port = mv_port(la);
    int32_t lb = mvtls_listen("127.0.0.2", port, 0, 0, b);
    if (lb <= 0) {
        t_note("curl case skipped: cannot listen on 127.0.0.2:%d (%s)", port, mv_err());
        mvtls_close(la);
        mvtls_context_free(a);
        mvtls_context_free(b);
        return;
    }
    http_job ja = {.lst = la}, jb = {.lst = lb};
    pthread_t ta, tb;
    pthread_create(&ta, NULL, serve_http, &ja);
    pthread_create(&tb, NULL, serve_http, &jb);
    char url[128], r1[128], r2[128];
    snprintf(url, sizeof url, "https://localhost:%d/", port);
    snprintf(r1, sizeof r1, "localhost:%d:127.0.0.1", port);
    snprintf(r2, sizeof r2, "localhost:%d:127.0.0.2", port);
    const char *argv[] = {"curl", "-sS", "-v", "--max-time", "15", "--cacert", g_ca, "--tlsv1.3", "--resolve", r1,
                          url, "--next", "--max-time", "15", "--cacert", g_ca, "--tlsv1.3", "--resolve", r2, url,
                          NULL};
    proc_t *p = proc_spawn(argv, NULL);
    int st = proc_wait_exit(p, 20000);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    const char *out = proc_output(p);
    CHECK(st == 0, "curl exited %d:\n%s", st, out);
    CHECK(ja.served && jb.served, "both hosts served (A %d, B %d):\n%s", ja.served, jb.served, out);
    CHECK(ja.resumed == 0, "first transfer (A) resumed %d", ja.resumed);
    CHECK(jb.resumed == 1, "curl's second transfer (B, other context) resumed %d:\n%s", jb.resumed, out);
    t_note("curl: A full handshake, B %s", jb.resumed == 1 ? "resumed" : "NOT resumed");
    proc_free(p);
    mvtls_close(la);
    mvtls_close(lb);
    mvtls_context_free(a);
    mvtls_context_free(b);
}

/* ---- PROXY v2 ----------------------------------------------------------------- */

static size_t proxy_header(unsigned char *h, const char *src, int sport, int dport) {
    static const unsigned char sig[12] = {0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a};
    memcpy(h, sig, 12);
    h[12] = 0x21; /* v2, PROXY */
    h[13] = 0x11; /* TCP over IPv4 */
    h[14] = 0;
    h[15] = 12;
    inet_pton(AF_INET, src, h + 16);
    inet_pton(AF_INET, "127.0.0.1", h + 20);
    h[24] = (unsigned char)(sport >> 8); h[25] = (unsigned char)sport;
    h[26] = (unsigned char)(dport >> 8); h[27] = (unsigned char)dport;
    return 28;
}

/* A one-connection relay: accepts on its own port, connects to the mvtls
 * listener, writes a PROXY v2 header, then copies bytes both ways. */
typedef struct {
    int lfd, port, target;
} relay_job;

static void *relay(void *arg) {
    relay_job *r = arg;
    int in = accept(r->lfd, NULL, NULL);
    if (in < 0) return NULL;
    int out = tcp_connect(r->target);
    if (out < 0) { close(in); return NULL; }
    unsigned char h[64];
    size_t n = proxy_header(h, "203.0.113.7", 4711, r->target);
    if (write(out, h, n) != (ssize_t)n) { close(in); close(out); return NULL; }
    struct pollfd fds[2] = {{in, POLLIN, 0}, {out, POLLIN, 0}};
    char buf[16384];
    for (;;) {
        if (poll(fds, 2, 15000) <= 0) break;
        int done = 0;
        for (int i = 0; i < 2 && !done; i++) {
            if (!fds[i].revents) continue;
            ssize_t k = read(fds[i].fd, buf, sizeof buf);
            if (k <= 0 || write(fds[1 - i].fd, buf, (size_t)k) != k) done = 1;
        }
        if (done) break;
    }
    close(in);
    close(out);
    return NULL;
}

static int relay_listen(int *port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof sa;
    if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) || listen(fd, 4) ||
        getsockname(fd, (struct sockaddr *)&sa, &len))
        return -1;
    *port = ntohs(sa.sin_port);
    return fd;
}

/* Sends `bytes` raw and expects the listener to close and count it. */
static void refused(int32_t lst, int port, const void *bytes, size_t len, int want_count, const char *label) {
    int fd = tcp_connect(port);
    REQUIRE(fd >= 0, "tcp connect");
    if (len) CHECK(write(fd, bytes, len) == (ssize_t)len, "%s: write", label);
    long long t0 = now_ms();
    while (atoi(mv_info(lst, MVTLS_INFO_PROXY_REJECTED)) < want_count && now_ms() - t0 < 10000) {
        int32_t c = mvtls_accept(lst, 100);
        CHECK(c == 0, "%s: accepted", label);
        if (c > 0) mvtls_close(c);
    }
    CHECK(atoi(mv_info(lst, MVTLS_INFO_PROXY_REJECTED)) == want_count, "%s: rejected count %s, want %d", label,
          mv_info(lst, MVTLS_INFO_PROXY_REJECTED), want_count);
    char b[8];
    ssize_t k = read(fd, b, sizeof b); /* end of stream or reset */
    CHECK(k <= 0, "%s: server sent %zd bytes", label, k);
    close(fd);
    t_note("%s: closed and counted", label);
}

static void proxy_cases(const char *cert, const char *key) {
    int32_t ctx = mvtls_server_context_new(cert, key, "PROXY.PROTOCOL=2;PROXY.TRUSTED=127.0.0.0/8");
    REQUIRE(ctx > 0, "context with PROXY.PROTOCOL: %s", mv_err());
    int32_t lst = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(lst > 0, "listen: %s", mv_err());
    int port = mv_port(lst);

    relay_job r = {.target = port};
    r.lfd = relay_listen(&r.port);
    REQUIRE(r.lfd >= 0, "relay listen");
    pthread_t t;
    pthread_create(&t, NULL, relay, &r);
    char connect[64];
    snprintf(connect, sizeof connect, "127.0.0.1:%d", r.port);
    const char *in = path_in(g_dir, "proxy.in");
    REQUIRE(write_file(in, "ping\n", 5), "stdin");
    const char *argv[] = {"openssl", "s_client", "-connect", connect, "-CAfile", g_ca, "-servername", "localhost",
                          "-verify_return_error", "-ign_eof", NULL};
    proc_t *p = proc_spawn(argv, in);
    int32_t c = accept_one(lst, 10000, "s_client through the PROXY relay");
    if (c > 0) {
        CHECK(strcmp(mv_info(c, MVTLS_INFO_PEER_ADDR), "203.0.113.7") == 0, "peer %s",
              mv_info(c, MVTLS_INFO_PEER_ADDR));
        CHECK(strcmp(mv_info(c, MVTLS_INFO_PEER_PORT), "4711") == 0, "port %s", mv_info(c, MVTLS_INFO_PEER_PORT));
        char line[64];
        CHECK(mv_read_line(c, line, sizeof line, 10000) == 5, "read: %s", mv_err());
        CHECK(mv_write_str(c, "pong\n", 10000), "write");
        t_note("PROXY v2 via relay: peer %s:%s", mv_info(c, MVTLS_INFO_PEER_ADDR), mv_info(c, MVTLS_INFO_PEER_PORT));
        mvtls_close(c);
    }
    int st = proc_wait_exit(p, 15000);
    CHECK(st == 0 && strstr(proc_output(p), "pong"), "s_client through the relay (%d):\n%s", st, proc_output(p));
    proc_free(p);
    pthread_join(t, NULL);
    close(r.lfd);

    static const unsigned char hello[] = {0x16, 0x03, 0x01, 0x00, 0x10, 0x01};
    refused(lst, port, hello, sizeof hello, 1, "no header (TLS at once)");
    refused(lst, port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 27, 2, "garbage");
    refused(lst, port, "PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n", 32, 3, "v1 header");
    unsigned char h[64];
    size_t n = proxy_header(h, "1.2.3.4", 1, port);
    h[13] = 0x12; /* UDP */
    refused(lst, port, h, n, 4, "UDP family");
    CHECK(strcmp(mv_info(lst, MVTLS_INFO_PENDING), "0") == 0, "pending %s", mv_info(lst, MVTLS_INFO_PENDING));
    mvtls_close(lst);
    mvtls_context_free(ctx);

    /* an untrusted source is closed before anything is read */
    ctx = mvtls_server_context_new(cert, key, "PROXY.PROTOCOL=2;PROXY.TRUSTED=10.99.0.1");
    REQUIRE(ctx > 0, "context: %s", mv_err());
    lst = mvtls_listen("127.0.0.1", 0, 0, 0, ctx);
    REQUIRE(lst > 0, "listen: %s", mv_err());
    n = proxy_header(h, "1.2.3.4", 1, 1);
    refused(lst, mv_port(lst), h, n, 1, "untrusted source");
    mvtls_close(lst);
    mvtls_context_free(ctx);

    CHECK(mvtls_server_context_new(cert, key, "PROXY.PROTOCOL=2") == 0, "PROXY.PROTOCOL without PROXY.TRUSTED");
    CHECK_STATUS(MVTLS_ERR_PARAMS, "PROXY.PROTOCOL without PROXY.TRUSTED");
}

int main(void) {
    t_begin("t14_tickets_proxy", 150);
    g_dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(g_dir, "localhost,127.0.0.1") == 0, "dev certs: %s", mv_err());
    g_ca = path_in(g_dir, "ca.pem");
    g_keys = path_in(g_dir, "ticket.keys");
    const char *cert = path_in(g_dir, "server.pem"), *key = path_in(g_dir, "server-key.pem");
    tickets_with_openssl(cert, key);
    tickets_with_curl(cert, key);
    proxy_cases(cert, key);
    return t_end();
}

/*
 * Test 6: fork(). A server context made before fork() is used by two child
 * processes that each listen on the same port with MVTLS_LISTEN_REUSEPORT and
 * serve TLS clients; each reply carries the child's pid, and the parent (an
 * mvtls client) must see both pids. The parent reserves the port with a
 * REUSEPORT listener of its own, which the children close in their copies of
 * the handle table and the parent closes once both children listen.
 */
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Child: listen on `port`, answer "pid=<pid> n=<count>\n" to each line until `stop_fd` is readable. */
static int child_main(int32_t ctx, int32_t reserve, int port, int ready_fd, int stop_fd) {
    alarm(60);
    if (mvtls_close(reserve) != 0) return 10;
    int32_t l = mvtls_listen("127.0.0.1", port, 0, MVTLS_LISTEN_REUSEPORT, ctx);
    if (l <= 0) {
        fprintf(stderr, "child %d: listen: %d %s\n", (int)getpid(), (int)mvtls_status(), mv_err());
        return 11;
    }
    char ok = 'R';
    if (write(ready_fd, &ok, 1) != 1) return 12;
    int served = 0;
    for (;;) {
        char b;
        ssize_t r = read(stop_fd, &b, 1); /* non-blocking: -1/EAGAIN while the parent runs */
        if (r >= 0) break;
        int32_t c = mvtls_accept(l, 100);
        if (c <= 0) {
            if (mvtls_status() != MVTLS_ERR_TIMEOUT) {
                fprintf(stderr, "child %d: accept: %d %s\n", (int)getpid(), (int)mvtls_status(), mv_err());
                return 13;
            }
            continue;
        }
        char line[256], reply[128];
        if (mv_read_line(c, line, sizeof line, 10000) > 0 && strcmp(line, "who\n") == 0) {
            served++;
            snprintf(reply, sizeof reply, "pid=%d n=%d\n", (int)getpid(), served);
            mv_write_str(c, reply, 10000);
        }
        mvtls_close(c);
    }
    mvtls_close(l);
    mvtls_context_free(ctx);
    return served > 0 ? 0 : 20;
}

int main(void) {
    t_begin("t06_fork_reuseport", 120);
    const char *dir = t_tmpdir();
    REQUIRE(mvtls_dev_certs_write(dir, "localhost") == 0, "dev certs: %s", mv_err());
    int32_t ctx = mvtls_server_context_new(path_in(dir, "server.pem"), path_in(dir, "server-key.pem"), NULL);
    REQUIRE(ctx > 0, "server ctx: %s", mv_err());
    int32_t reserve = mvtls_listen("127.0.0.1", 0, 0, MVTLS_LISTEN_REUSEPORT, ctx);
    REQUIRE(reserve > 0, "reserve listener: %s", mv_err());
    int port = mv_port(reserve);

    int ready[2], stop[2];
    REQUIRE(pipe(ready) == 0 && pipe(stop) == 0, "pipes");
    pid_t kids[2];
    for (int i = 0; i < 2; i++) {
        fflush(stdout);
        kids[i] = fork();
        REQUIRE(kids[i] >= 0, "fork: %s", strerror(errno));
        if (kids[i] == 0) {
            close(ready[0]);
            close(stop[1]);
            int fl = fcntl(stop[0], F_GETFL);
            fcntl(stop[0], F_SETFL, fl | O_NONBLOCK);
            _exit(child_main(ctx, reserve, port, ready[1], stop[0]));
        }
    }
    close(ready[1]);
    close(stop[0]);
    for (int i = 0; i < 2; i++) {
        char b = 0;
        ssize_t r = read(ready[0], &b, 1);
        if (r != 1) {
            t_fail(__FILE__, __LINE__, "child %d did not start listening", i);
            for (int k = 0; k < 2; k++) kill(kids[k], SIGKILL);
            for (int k = 0; k < 2; k++) waitpid(kids[k], NULL, 0);
            return t_end();
        }
    }
    CHECK(mvtls_close(reserve) == 0, "parent closes the reserve listener: %s", mv_err());
    t_note("children %d and %d listen on port %d", (int)kids[0], (int)kids[1], port);

    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s/ca.pem", dir);
    int32_t cctx = mvtls_client_context_new(opts);
    REQUIRE(cctx > 0, "client ctx: %s", mv_err());
    int seen[2] = {0, 0}, other = 0, tries = 0, failures = 0;
    while (tries < 200 && (seen[0] < 3 || seen[1] < 3)) {
        tries++;
        int32_t c = mvtls_connect("localhost", port, 10000, cctx);
        if (c <= 0) {
            failures++;
            t_note("connect %d: %d %s", tries, (int)mvtls_status(), mv_err());
            continue;
        }
        char line[128];
        if (mv_write_str(c, "who\n", 10000) && mv_read_line(c, line, sizeof line, 10000) > 0) {
            int pid = 0, n = 0;
            if (sscanf(line, "pid=%d n=%d", &pid, &n) == 2 && pid == kids[0]) seen[0]++;
            else if (pid == kids[1]) seen[1]++;
            else { other++; t_note("unexpected reply '%s'", line); }
        } else {
            failures++;
            t_note("exchange %d failed: %d %s", tries, (int)mvtls_status(), mv_err());
        }
        mvtls_close(c);
    }
    t_note("%d connections: child A served %d, child B served %d", tries, seen[0], seen[1]);
    CHECK(seen[0] >= 1 && seen[1] >= 1, "both children must serve: A %d, B %d", seen[0], seen[1]);
    CHECK(failures == 0 && other == 0, "%d failed exchanges, %d unexpected replies", failures, other);

    close(stop[1]); /* EOF on the stop pipe ends both children */
    for (int i = 0; i < 2; i++) {
        int st = 0;
        waitpid(kids[i], &st, 0);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child %d exit: %s %d", i,
              WIFEXITED(st) ? "status" : "signal", WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
    }
    close(ready[0]);
    mvtls_context_free(cctx);
    mvtls_context_free(ctx);
    return t_end();
}

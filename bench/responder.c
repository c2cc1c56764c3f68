/*
 * responder.c - minimal HTTPS responder on the mvtls C ABI, for benchmarks.
 *
 * Serves, over TLS (1.3 only by default):
 *   GET /  or /small   the 64-byte body read from -s FILE
 *   GET /bulk          the bulk body read (mmap) from -l FILE (64 MiB in bench)
 *   anything else      404
 * HTTP/1.1 keep-alive (default for 1.1, "Connection: close" honoured,
 * HTTP/1.0 closes unless "Connection: keep-alive"), pipelined requests are
 * answered in order.  HEAD is answered without a body.
 *
 * One worker is a single-threaded event loop on mvtls_poll.  With -w N the
 * process forks N workers, each with its own context and its own listener on
 * the same port (MVTLS_LISTEN_REUSEPORT), optionally pinned to a CPU (-P).
 *
 * Usage:
 *   responder -c CERT -k KEY -s SMALL [-l BULK] [-a ADDR] [-p PORT]
 *             [-w WORKERS] [-P CPU,CPU,...] [-o MVTLS_OPTIONS]
 * Prints "listening PORT" on stdout once every worker listens.
 *
 * It is a benchmark tool: responses are written with blocking mvtls_write
 * calls (a 5 s timeout for small bodies, 60 s per 256 KiB bulk chunk).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mvtls.h"

#define MAX_HEAD 16384          /* largest request head accepted */
#define BULK_CHUNK (256 * 1024) /* bulk body write size */
#define MAX_WORKERS 64
#define MAX_CONNS 4095          /* mvtls_poll takes at most 4096 handles */

/** Command-line configuration shared by all workers. */
struct config {
    const char *cert, *key, *addr, *options;
    const uint8_t *small, *bulk;
    size_t small_len, bulk_len;
    int port, workers;
    int cpus[MAX_WORKERS];
    int ncpus;
};

/** One accepted connection; `pend` holds an incomplete request head. */
struct conn {
    int32_t h;
    uint8_t *pend;
    size_t pend_len;
};

/** Loop state of one worker. */
struct loop {
    struct conn *conns;
    int32_t *handles, *ready;
    size_t n, cap;
};

static void die_mvtls(const char *what)
{
    char text[512];
    mvtls_error_text(text, (int32_t)sizeof text);
    fprintf(stderr, "responder: %s failed: status %d: %s\n", what, (int)mvtls_status(), text);
    exit(1);
}

/** Maps FILE read-only; an empty file gives a NULL pointer and length 0. */
static const uint8_t *map_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        fprintf(stderr, "responder: cannot open %s: %s\n", path, strerror(errno));
        exit(1);
    }
    *len = (size_t)st.st_size;
    if (*len == 0) {
        close(fd);
        return NULL;
    }
    void *p = mmap(NULL, *len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        fprintf(stderr, "responder: cannot map %s: %s\n", path, strerror(errno));
        exit(1);
    }
    return p;
}

/** Case-insensitive search for `needle` in the n bytes at p. */
static int contains_ci(const char *p, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(p + i, needle, k) == 0)
            return 1;
    return 0;
}

/** Returns the length of the request head (through CRLFCRLF) or 0. */
static size_t head_length(const uint8_t *p, size_t n)
{
    const uint8_t *e = memmem(p, n, "\r\n\r\n", 4);
    return e ? (size_t)(e - p) + 4 : 0;
}

/** Parsed essentials of a request head. */
struct request {
    int head_only;   /* HEAD method */
    int keep_alive;  /* connection stays open after the response */
    int which;       /* 0 small, 1 bulk, 2 not found */
};

static struct request parse_request(const char *h, size_t n)
{
    struct request rq = {0, 1, 2};
    const char *eol = memchr(h, '\r', n);
    size_t line = eol ? (size_t)(eol - h) : n;
    const char *sp1 = memchr(h, ' ', line);
    const char *sp2 = sp1 ? memchr(sp1 + 1, ' ', line - (size_t)(sp1 + 1 - h)) : NULL;
    if (!sp1 || !sp2) {
        rq.keep_alive = 0;
        return rq;
    }
    rq.head_only = (sp1 - h == 4 && memcmp(h, "HEAD", 4) == 0);
    size_t plen = (size_t)(sp2 - sp1 - 1);
    const char *path = sp1 + 1;
    const char *q = memchr(path, '?', plen);
    if (q)
        plen = (size_t)(q - path);
    if ((plen == 1 && path[0] == '/') || (plen == 6 && memcmp(path, "/small", 6) == 0))
        rq.which = 0;
    else if (plen == 5 && memcmp(path, "/bulk", 5) == 0)
        rq.which = 1;
    int http10 = (h + line - sp2 - 1 == 8) && memcmp(sp2 + 1, "HTTP/1.0", 8) == 0;
    rq.keep_alive = !http10;
    /* header lines */
    const char *p = eol ? eol + 2 : h + n;
    while (p < h + n) {
        const char *e = memchr(p, '\r', (size_t)(h + n - p));
        size_t len = e ? (size_t)(e - p) : (size_t)(h + n - p);
        if (len > 11 && strncasecmp(p, "connection:", 11) == 0) {
            if (contains_ci(p + 11, len - 11, "close"))
                rq.keep_alive = 0;
            else if (contains_ci(p + 11, len - 11, "keep-alive"))
                rq.keep_alive = 1;
        }
        p = e ? e + 2 : h + n;
    }
    return rq;
}

/** Sends the response to `rq`; returns 0 on success, -1 on a write error. */
static int respond(int32_t h, const struct config *cfg, const struct request *rq)
{
    static const uint8_t not_found[] = "not found\n";
    const uint8_t *body = not_found;
    size_t blen = sizeof not_found - 1;
    const char *status = "404 Not Found";
    if (rq->which == 0) {
        body = cfg->small, blen = cfg->small_len, status = "200 OK";
    } else if (rq->which == 1) {
        body = cfg->bulk, blen = cfg->bulk_len, status = "200 OK";
    }
    uint8_t out[1024];
    int hl = snprintf((char *)out, 512,
                      "HTTP/1.1 %s\r\nServer: mvtls-responder\r\nContent-Type: %s\r\n"
                      "Content-Length: %zu\r\n%s\r\n",
                      status, rq->which == 1 ? "application/octet-stream" : "text/plain",
                      blen, rq->keep_alive ? "" : "Connection: close\r\n");
    size_t n = (size_t)hl;
    if (rq->head_only)
        blen = 0;
    /* small bodies go out with the head in one write (one TLS record) */
    if (blen <= sizeof out - n) {
        memcpy(out + n, body, blen);
        n += blen;
        blen = 0;
    }
    if (mvtls_write(h, out, (int32_t)n, 5000) != (int32_t)n)
        return -1;
    for (size_t off = 0; off < blen; off += BULK_CHUNK) {
        size_t k = blen - off < BULK_CHUNK ? blen - off : BULK_CHUNK;
        if (mvtls_write(h, body + off, (int32_t)k, 60000) != (int32_t)k)
            return -1;
    }
    return 0;
}

/** Reads what is available on `c` and answers complete requests.
 *  Returns 0 to keep the connection, -1 to close it. */
static int serve_conn(struct conn *c, const struct config *cfg)
{
    static uint8_t rbuf[MAX_HEAD];
    int32_t r = mvtls_read(c->h, rbuf, (int32_t)sizeof rbuf, 0);
    if (r == 0)
        return -1;
    if (r < 0)
        return mvtls_status() == MVTLS_ERR_TIMEOUT ? 0 : -1;
    uint8_t *data = rbuf;
    size_t n = (size_t)r;
    if (c->pend) {
        uint8_t *p = realloc(c->pend, c->pend_len + n);
        if (!p)
            return -1;
        memcpy(p + c->pend_len, rbuf, n);
        c->pend = data = p;
        n += c->pend_len;
    }
    size_t off = 0, hl;
    int rc = 0;
    while ((hl = head_length(data + off, n - off)) > 0) {
        struct request rq = parse_request((const char *)data + off, hl);
        off += hl;
        if (respond(c->h, cfg, &rq) != 0 || !rq.keep_alive) {
            rc = -1;
            break;
        }
    }
    size_t rest = n - off;
    if (rc == 0 && rest > MAX_HEAD)
        rc = -1;
    if (rc == 0 && rest > 0) {
        uint8_t *p = malloc(rest);
        if (!p)
            rc = -1;
        else
            memcpy(p, data + off, rest);
        free(c->pend);
        c->pend = p;
        c->pend_len = rest;
    } else {
        free(c->pend);
        c->pend = NULL;
        c->pend_len = 0;
    }
    return rc;
}

/** Grows the loop's arrays to hold at least `want` connections. */
static int loop_reserve(struct loop *lp, size_t want)
{
    if (want <= lp->cap)
        return 0;
    size_t cap = lp->cap ? lp->cap * 2 : 256;
    while (cap < want)
        cap *= 2;
    struct conn *c = realloc(lp->conns, cap * sizeof *c);
    if (!c)
        return -1;
    lp->conns = c;
    int32_t *h = realloc(lp->handles, (cap + 1) * sizeof *h);
    if (!h)
        return -1;
    lp->handles = h;
    int32_t *r = realloc(lp->ready, (cap + 1) * sizeof *r);
    if (!r)
        return -1;
    lp->ready = r;
    lp->cap = cap;
    return 0;
}

/** Accepts every connection whose handshake has completed. */
static void accept_all(struct loop *lp, int32_t listener)
{
    int32_t h;
    while ((h = mvtls_accept(listener, 0)) > 0) {
        if (lp->n >= MAX_CONNS || loop_reserve(lp, lp->n + 1) != 0) {
            mvtls_close(h);
            continue;
        }
        /* no MVTLS_OPT_NODELAY here: accepted connections start with it on */
        lp->conns[lp->n++] = (struct conn){h, NULL, 0};
    }
}

/** Runs one worker: context, listener, event loop.  Never returns on success. */
static int serve(const struct config *cfg, int ready_fd, int flags)
{
    int32_t ctx = mvtls_server_context_new(cfg->cert, cfg->key, cfg->options);
    if (ctx <= 0)
        die_mvtls("mvtls_server_context_new");
    int32_t lst = mvtls_listen(cfg->addr, cfg->port, 4096, flags, ctx);
    if (lst <= 0)
        die_mvtls("mvtls_listen");
    char port[16] = "";
    mvtls_info(lst, MVTLS_INFO_LOCAL_PORT, port, (int32_t)sizeof port);
    if (ready_fd >= 0) {
        if (write(ready_fd, "r", 1) != 1)
            return 1;
        close(ready_fd);
    } else {
        printf("listening %s\n", port);
        fflush(stdout);
    }
    struct loop lp = {0};
    if (loop_reserve(&lp, 256) != 0)
        return 1;
    for (;;) {
        lp.handles[0] = lst;
        for (size_t i = 0; i < lp.n; i++)
            lp.handles[i + 1] = lp.conns[i].h;
        int32_t k = mvtls_poll(lp.handles, (int32_t)(lp.n + 1), lp.ready, -1);
        if (k < 0) {
            if (mvtls_status() == MVTLS_ERR_TIMEOUT)
                continue;
            die_mvtls("mvtls_poll");
        }
        if (k == 0)
            continue;
        size_t keep = 0;
        for (size_t i = 0; i < lp.n; i++) {
            struct conn c = lp.conns[i];
            if (lp.ready[i + 1] && serve_conn(&c, cfg) != 0) {
                mvtls_close(c.h);
                free(c.pend);
                continue;
            }
            lp.conns[keep++] = c;
        }
        lp.n = keep;
        if (lp.ready[0])
            accept_all(&lp, lst);
    }
}

static volatile sig_atomic_t stop_requested;
static void on_stop(int sig)
{
    (void)sig;
    stop_requested = 1;
}

/** Forks the workers, waits until all listen, then supervises them. */
static int run_workers(const struct config *cfg)
{
    pid_t pids[MAX_WORKERS];
    int pfd[2];
    if (pipe(pfd) != 0)
        return 1;
    struct sigaction sa = {0};
    sa.sa_handler = on_stop;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    for (int i = 0; i < cfg->workers; i++) {
        pids[i] = fork();
        if (pids[i] < 0)
            return 1;
        if (pids[i] == 0) {
            signal(SIGTERM, SIG_DFL);
            signal(SIGINT, SIG_DFL);
            prctl(PR_SET_PDEATHSIG, SIGTERM);
            close(pfd[0]);
            if (cfg->ncpus > 0) {
                cpu_set_t set;
                CPU_ZERO(&set);
                CPU_SET(cfg->cpus[i % cfg->ncpus], &set);
                sched_setaffinity(0, sizeof set, &set);
            }
            _exit(serve(cfg, pfd[1], MVTLS_LISTEN_REUSEPORT));
        }
    }
    close(pfd[1]);
    char b;
    int up = 0;
    while (up < cfg->workers && read(pfd[0], &b, 1) == 1)
        up++;
    close(pfd[0]);
    if (up == cfg->workers) {
        printf("listening %d\n", cfg->port);
        fflush(stdout);
    }
    int alive = cfg->workers, rc = up == cfg->workers ? 0 : 1;
    if (rc)
        stop_requested = 1;
    while (alive > 0) {
        if (stop_requested)
            for (int i = 0; i < cfg->workers; i++)
                if (pids[i] > 0)
                    kill(pids[i], SIGTERM);
        int st;
        pid_t p = waitpid(-1, &st, 0);
        if (p < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < cfg->workers; i++)
            if (pids[i] == p)
                pids[i] = 0;
        alive--;
        if (!stop_requested) {
            fprintf(stderr, "responder: worker %d exited unexpectedly\n", (int)p);
            stop_requested = 1;
            rc = 1;
        }
    }
    return rc;
}

static void usage(void)
{
    fprintf(stderr, "usage: responder -c CERT -k KEY -s SMALL [-l BULK] [-a ADDR] [-p PORT]\n"
                    "                 [-w WORKERS] [-P CPU,...] [-o MVTLS_OPTIONS]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    struct config cfg = {.addr = "127.0.0.1", .options = "MIN.VERSION=1.3", .workers = 1};
    const char *small = NULL, *bulk = NULL;
    int opt;
    while ((opt = getopt(argc, argv, "c:k:s:l:a:p:w:P:o:")) != -1) {
        switch (opt) {
        case 'c': cfg.cert = optarg; break;
        case 'k': cfg.key = optarg; break;
        case 's': small = optarg; break;
        case 'l': bulk = optarg; break;
        case 'a': cfg.addr = optarg; break;
        case 'p': cfg.port = atoi(optarg); break;
        case 'w': cfg.workers = atoi(optarg); break;
        case 'o': cfg.options = optarg; break;
        case 'P':
            for (char *s = optarg; *s && cfg.ncpus < MAX_WORKERS;) {
                cfg.cpus[cfg.ncpus++] = (int)strtol(s, &s, 10);
                if (*s == ',')
                    s++;
                else if (*s)
                    usage();
            }
            break;
        default: usage();
        }
    }
    if (!cfg.cert || !cfg.key || !small || cfg.workers < 1 || cfg.workers > MAX_WORKERS)
        usage();
    if (cfg.workers > 1 && cfg.port == 0) {
        fprintf(stderr, "responder: -w > 1 needs an explicit -p PORT\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    cfg.small = map_file(small, &cfg.small_len);
    if (bulk)
        cfg.bulk = map_file(bulk, &cfg.bulk_len);
    if (cfg.workers == 1)
        return serve(&cfg, -1, 0);
    return run_workers(&cfg);
}

/*
 * Test 13: the pointer-free C ABI (mvtls_buf_*, mvtls_pf_*) as a host with
 * 32-bit call slots uses it.
 *
 * The host is modelled on ScarletDME's CCALL (64-bit, unpatched): one request
 * is a byte program ("pcode") run against a memory area: load a library, look
 * up symbols, push 32-bit values (at most 50 per request, never cleared
 * between calls of one request), call a symbol with everything pushed so far,
 * save the 64-bit result into the memory area. This harness's interpreter
 * keeps its argument slots 32 bits wide and has no "push address" at all, so
 * every byte below reaches the library as integers, as it would from BASIC.
 *
 * - buffers: create, fill (clear + append in one request), read back with
 *   mvtls_buf_next8 repeated in one request, every byte value;
 * - an mvtls TLS client against `openssl s_server -www`, and an mvtls TLS
 *   server answered to curl with a 64 KiB body sent by mvtls_pf_write_file:
 *   the whole exchange costs a handful of requests (printed);
 * - bad input: unknown buffers, lengths beyond a buffer or file, counts out
 *   of range, a socket handle for a buffer, all with status codes.
 */
#include "common.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a CCALL-style host with 32-bit slots ------------------------------------ */

enum { OP_END = 0, OP_DLOPEN = 1, OP_DLSYM = 2, OP_PUSH = 3, OP_CALL = 6, OP_SAVE64 = 8, MAX_PUSH = 50 };

typedef struct {
    uint8_t b[65536 * 3];
    size_t n;
} pcode;

static void pc_reset(pcode *p) { p->n = 0; }
static void pc_byte(pcode *p, uint8_t v) {
    REQUIRE(p->n < sizeof p->b, "pcode too long");
    p->b[p->n++] = v;
}
static void pc_u64(pcode *p, uint64_t v) {
    for (int i = 0; i < 8; i++) pc_byte(p, (uint8_t)(v >> (8 * i)));
}
/* op 3: a 4-byte value in an 8-byte operand (upstream advances by a pointer's size) */
static void pc_push(pcode *p, int32_t v) {
    pc_byte(p, OP_PUSH);
    pc_u64(p, (uint32_t)v);
}
static void pc_call(pcode *p, void *fn) {
    pc_byte(p, OP_CALL);
    pc_u64(p, (uint64_t)(uintptr_t)fn);
}
static void pc_save(pcode *p, uint64_t off) {
    pc_byte(p, OP_SAVE64);
    pc_u64(p, off);
}

typedef uint64_t (*fn50)(uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
                         uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
                         uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
                         uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
                         uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
                         uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);

static long g_requests;

/*
 * Runs `p` against `mem`. Slots the program did not push are passed as 0
 * (callees never read past their own parameters; on the SysV ABI extra
 * arguments are harmless, as for the host this models).
 */
static void ccall(uint8_t *mem, size_t memlen, const pcode *p) {
    uint32_t stk[MAX_PUSH] = {0};
    int cnt = 0;
    uint64_t res = 0;
    size_t i = 0;
    g_requests++;
    for (;;) {
        REQUIRE(i < p->n, "pcode ran off its end");
        uint8_t op = p->b[i++];
        uint64_t operand;
        switch (op) {
        case OP_DLOPEN: {
            const char *name = (const char *)&p->b[i];
            i += strlen(name) + 1;
            res = (uint64_t)(uintptr_t)dlopen(name, RTLD_NOW | RTLD_GLOBAL);
            break;
        }
        case OP_DLSYM: {
            const char *name = (const char *)&p->b[i];
            i += strlen(name) + 1;
            memcpy(&operand, &p->b[i], 8);
            i += 8;
            res = (uint64_t)(uintptr_t)dlsym((void *)(uintptr_t)operand, name);
            break;
        }
        case OP_PUSH:
            REQUIRE(cnt < MAX_PUSH, "more than %d values pushed in one request", MAX_PUSH);
            memcpy(&stk[cnt++], &p->b[i], 4);
            i += 8;
            break;
        case OP_CALL: {
            memcpy(&operand, &p->b[i], 8);
            i += 8;
            REQUIRE(operand != 0, "call of address 0");
            fn50 f = (fn50)(uintptr_t)operand;
            res = f(stk[0], stk[1], stk[2], stk[3], stk[4], stk[5], stk[6], stk[7], stk[8], stk[9], stk[10], stk[11],
                    stk[12], stk[13], stk[14], stk[15], stk[16], stk[17], stk[18], stk[19], stk[20], stk[21], stk[22],
                    stk[23], stk[24], stk[25], stk[26], stk[27], stk[28], stk[29], stk[30], stk[31], stk[32], stk[33],
                    stk[34], stk[35], stk[36], stk[37], stk[38], stk[39], stk[40], stk[41], stk[42], stk[43], stk[44],
                    stk[45], stk[46], stk[47], stk[48], stk[49]);
            break;
        }
        case OP_SAVE64:
            memcpy(&operand, &p->b[i], 8);
            i += 8;
            REQUIRE(operand + 8 <= memlen, "save at %llu beyond the memory area", (unsigned long long)operand);
            memcpy(mem + operand, &res, 8);
            break;
        default:
            return;
        }
    }
}

/* ---- the library, as such a host sees it ------------------------------------- */

static struct {
    void *buf_new, *buf_free, *buf_len, *buf_clear, *buf_append, *buf_next8, *buf_error_text, *status;
    void *client_context_new, *server_context_new, *context_free, *connect, *listen, *accept, *close;
    void *read, *write, *write_file, *info, *poll_list;
} F;

static uint8_t g_mem[65536 + 64];
static pcode g_pc;

static int32_t at32(size_t off) {
    int32_t v;
    memcpy(&v, g_mem + off, 4);
    return v;
}

/*
 * Loads the library and every symbol in two requests (load, then look up).
 * The library is named by the full path of the copy this program is linked
 * with (a sanitizer's dlopen would not search this program's run path).
 */
static void load(void) {
    Dl_info where;
    REQUIRE(dladdr((void *)mvtls_status, &where) && where.dli_fname, "dladdr");
    pc_reset(&g_pc);
    pc_byte(&g_pc, OP_DLOPEN);
    const char *lib = where.dli_fname;
    for (const char *c = lib; *c; c++) pc_byte(&g_pc, (uint8_t)*c);
    pc_byte(&g_pc, 0);
    pc_save(&g_pc, 0);
    pc_byte(&g_pc, OP_END);
    ccall(g_mem, sizeof g_mem, &g_pc);
    uint64_t handle;
    memcpy(&handle, g_mem, 8);
    REQUIRE(handle != 0, "dlopen libmvtls.so failed: %s", dlerror());
    const char *names[] = {"mvtls_buf_new", "mvtls_buf_free", "mvtls_buf_len", "mvtls_buf_clear", "mvtls_buf_append",
                           "mvtls_buf_next8", "mvtls_buf_error_text", "mvtls_status", "mvtls_pf_client_context_new",
                           "mvtls_pf_server_context_new", "mvtls_context_free", "mvtls_pf_connect", "mvtls_pf_listen",
                           "mvtls_accept", "mvtls_close", "mvtls_pf_read", "mvtls_pf_write", "mvtls_pf_write_file",
                           "mvtls_pf_info", "mvtls_pf_poll_list"};
    size_t count = sizeof names / sizeof names[0];
    pc_reset(&g_pc);
    for (size_t k = 0; k < count; k++) {
        pc_byte(&g_pc, OP_DLSYM);
        for (const char *c = names[k]; *c; c++) pc_byte(&g_pc, (uint8_t)*c);
        pc_byte(&g_pc, 0);
        pc_u64(&g_pc, handle);
        pc_save(&g_pc, 8 * k);
    }
    pc_byte(&g_pc, OP_END);
    ccall(g_mem, sizeof g_mem, &g_pc);
    void **slots = (void **)&F;
    for (size_t k = 0; k < count; k++) {
        memcpy(&slots[k], g_mem + 8 * k, 8);
        REQUIRE(slots[k] != NULL, "symbol %s missing", names[k]);
    }
}

/* One request: call `fn` with `argc` int32 arguments; returns the int32 result and the status. */
static int32_t call(void *fn, int argc, const int32_t *argv, int32_t *status) {
    pc_reset(&g_pc);
    for (int k = 0; k < argc; k++) pc_push(&g_pc, argv[k]);
    pc_call(&g_pc, fn);
    pc_save(&g_pc, 0);
    pc_call(&g_pc, F.status);
    pc_save(&g_pc, 8);
    pc_byte(&g_pc, OP_END);
    ccall(g_mem, sizeof g_mem, &g_pc);
    if (status) *status = at32(8);
    return at32(0);
}
#define CALL(fn, st, ...) call((fn), (int)(sizeof((int32_t[]){__VA_ARGS__}) / 4), (int32_t[]){__VA_ARGS__}, (st))
#define CALL0(fn, st) call((fn), 0, NULL, (st))

/* Empties `buf` and appends `s` (up to 192 bytes per request, clear and append in the first). */
static void put(int32_t buf, const void *s, size_t len) {
    const uint8_t *b = s;
    size_t off = 0;
    int first = 1;
    do {
        size_t n = len - off < 192 ? len - off : 192;
        pc_reset(&g_pc);
        pc_push(&g_pc, buf);
        pc_push(&g_pc, (int32_t)n);
        for (size_t w = 0; w < (n + 3) / 4; w++) {
            uint8_t word[4] = {0};
            memcpy(word, b + off + 4 * w, n - 4 * w < 4 ? n - 4 * w : 4);
            int32_t v;
            memcpy(&v, word, 4);
            pc_push(&g_pc, v);
        }
        if (first) pc_call(&g_pc, F.buf_clear);
        pc_call(&g_pc, F.buf_append);
        pc_save(&g_pc, 0);
        pc_call(&g_pc, F.status);
        pc_save(&g_pc, 8);
        pc_byte(&g_pc, OP_END);
        ccall(g_mem, sizeof g_mem, &g_pc);
        CHECK(at32(8) == 0 && at32(0) == (int32_t)(off + n), "append: %d status %d", (int)at32(0), (int)at32(8));
        off += n;
        first = 0;
    } while (off < len);
}

static void put_str(int32_t buf, const char *s) { put(buf, s, strlen(s)); }

/*
 * One request: `fn(buf, a, b, c)` fills `buf`; its result, the status and
 * then up to `max` bytes of `buf` (mvtls_buf_next8 repeated; it reads only
 * its first argument, `buf`) come back. Returns the result.
 */
static int32_t call_and_take(void *fn, int argc, const int32_t *argv, size_t max, int32_t *status, uint8_t *out) {
    pc_reset(&g_pc);
    for (int k = 0; k < argc; k++) pc_push(&g_pc, argv[k]);
    pc_call(&g_pc, fn);
    pc_save(&g_pc, 0);
    pc_call(&g_pc, F.status);
    pc_save(&g_pc, 8);
    for (size_t k = 0; k < (max + 7) / 8; k++) {
        pc_call(&g_pc, F.buf_next8);
        pc_save(&g_pc, 16 + 8 * k);
    }
    pc_byte(&g_pc, OP_END);
    ccall(g_mem, sizeof g_mem, &g_pc);
    *status = at32(8);
    int32_t r = at32(0);
    if (out && r > 0) memcpy(out, g_mem + 16, (size_t)r < max ? (size_t)r : max);
    return r;
}
#define TAKE(fn, max, st, out, ...)                                                                      \
    call_and_take((fn), (int)(sizeof((int32_t[]){__VA_ARGS__}) / 4), (int32_t[]){__VA_ARGS__}, (max), (st), \
                  (out))

/* The error text of the last call, fetched in one request. */
static const char *err_text(int32_t buf) {
    static char text[513];
    int32_t st;
    int32_t n = TAKE(F.buf_error_text, 512, &st, (uint8_t *)text, buf);
    text[n > 0 && n < 512 ? n : 0] = 0;
    return text;
}

/* ---- tests ---------------------------------------------------------------- */

static void buffers_roundtrip(int32_t scratch) {
    uint8_t all[600], back[600];
    for (size_t i = 0; i < sizeof all; i++) all[i] = (uint8_t)(i * 7 + 3);
    long before = g_requests;
    put(scratch, all, sizeof all);
    int32_t st;
    /* mvtls_buf_len then the bytes: seek is implied (the cursor starts at 0 after clear) */
    int32_t n = TAKE(F.buf_len, sizeof back, &st, back, scratch);
    CHECK(n == (int32_t)sizeof all && st == 0, "len %d status %d", (int)n, (int)st);
    CHECK(memcmp(all, back, sizeof all) == 0, "600 bytes did not round-trip");
    t_note("600 bytes in and out: %ld requests", g_requests - before);
}

static void bad_input(int32_t scratch, int32_t ctx) {
    int32_t st;
    CHECK(CALL(F.buf_len, &st, 0) == -1 && st == MVTLS_ERR_BAD_HANDLE, "len(0): %d", (int)st);
    CHECK(CALL(F.buf_len, &st, 4242) == -1 && st == MVTLS_ERR_BAD_HANDLE, "len(unknown): %d", (int)st);
    CHECK(strstr(err_text(scratch), "buffer handle 4242") != NULL, "text: %s", err_text(scratch));
    CHECK(CALL(F.buf_len, &st, ctx) == -1 && st == MVTLS_ERR_WRONG_KIND, "len(ctx): %d", (int)st);
    CHECK(CALL(F.buf_append, &st, scratch, 193) == -1 && st == MVTLS_ERR_PARAMS, "append 193: %d", (int)st);
    CHECK(CALL(F.buf_append, &st, scratch, -4) == -1 && st == MVTLS_ERR_PARAMS, "append -4: %d", (int)st);
    int32_t b = CALL0(F.buf_new, &st);
    CHECK(b > 0 && CALL(F.buf_free, &st, b) == 0 && st == 0, "new/free");
    CHECK(CALL(F.buf_free, &st, b) == -1 && st == MVTLS_ERR_BAD_HANDLE, "double free: %d", (int)st);
    CHECK(CALL(F.read, &st, b, ctx, 10, 0) == -1 && st == MVTLS_ERR_BAD_HANDLE, "read into freed: %d", (int)st);
    CHECK(CALL(F.read, &st, scratch, ctx, 10, 0) == -1 && st == MVTLS_ERR_WRONG_KIND, "read ctx: %d", (int)st);
    CHECK(CALL(F.read, &st, scratch, ctx, 0, 0) == -1 && st == MVTLS_ERR_PARAMS, "read max 0: %d", (int)st);
    CHECK(CALL(F.connect, &st, 4242, 443, 100, 0) == 0 && st == MVTLS_ERR_BAD_HANDLE, "connect bad buf: %d",
          (int)st);
}

static void client_against_s_server(const char *dir, int32_t scratch, int32_t host) {
    int port;
    const char *extra[] = {"-cert", path_in(dir, "srv.pem"), "-key", path_in(dir, "srv-key.pem"), "-www", NULL};
    proc_t *srv = s_server_start(extra, &port);
    REQUIRE(srv, "s_server");
    long before = g_requests;
    int32_t st;
    char opts[600];
    snprintf(opts, sizeof opts, "CA=%s", path_in(dir, "ca.pem"));
    put_str(scratch, opts);
    int32_t cctx = CALL(F.client_context_new, &st, scratch);
    REQUIRE(cctx > 0, "client context: %d %s", (int)st, err_text(scratch));
    put_str(host, "localhost");
    int32_t c = CALL(F.connect, &st, host, port, 10000, cctx);
    REQUIRE(c > 0, "connect: %d %s", (int)st, err_text(scratch));
    put_str(scratch, "GET / HTTP/1.0\r\n\r\n");
    CHECK(CALL(F.write, &st, scratch, c, 10000) == 18 && st == 0, "write: %d", (int)st);
    static uint8_t page[65536];
    size_t got = 0;
    for (;;) {
        int32_t n = TAKE(F.read, 65536, &st, page + got, scratch, c, (int32_t)(sizeof page - got - 1), 10000);
        if (n <= 0) {
            CHECK(n == 0 && st == MVTLS_ERR_CLOSED, "read: %d status %d", (int)n, (int)st);
            break;
        }
        got += (size_t)n;
        if (got >= sizeof page - 1) break;
    }
    page[got] = 0;
    CHECK(strncmp((char *)page, "HTTP/1.0 200 ok", 15) == 0, "reply: %.40s", page);
    CHECK(strstr((char *)page, "TLSv1.3") != NULL, "s_server -www page names the protocol");
    t_note("TLS client request to openssl s_server -www (%zu bytes back): %ld requests", got, g_requests - before);
    CALL(F.close, &st, c);
    /* a wrong host name is refused with 7103 (s_server serves one client at a time) */
    put_str(host, "127.0.0.2");
    CHECK(CALL(F.connect, &st, host, port, 10000, cctx) == 0 && st == MVTLS_ERR_CERT_NAME, "wrong name: %d %s",
          (int)st, err_text(scratch));
    CALL(F.context_free, &st, cctx);
    proc_free(srv);
}

static void server_for_curl(const char *dir, int32_t scratch, int32_t path) {
    int32_t st;
    put_str(scratch, path_in(dir, "srv.pem"));
    int32_t key = CALL0(F.buf_new, &st);
    put_str(key, path_in(dir, "srv-key.pem"));
    int32_t sctx = CALL(F.server_context_new, &st, scratch, key, 0);
    REQUIRE(sctx > 0, "server context: %d %s", (int)st, err_text(scratch));
    put_str(scratch, "127.0.0.1");
    int32_t lst = CALL(F.listen, &st, scratch, 0, 0, 0, sctx);
    REQUIRE(lst > 0, "listen: %d %s", (int)st, err_text(scratch));
    char portbuf[16] = {0};
    TAKE(F.info, 15, &st, (uint8_t *)portbuf, scratch, lst, MVTLS_INFO_LOCAL_PORT);
    int port = atoi(portbuf);
    REQUIRE(port > 0, "port '%s'", portbuf);

    /* the response: headers and a 64 KiB body in one file */
    static char resp[65536 + 256];
    int hl = snprintf(resp, sizeof resp, "HTTP/1.1 200 OK\r\nContent-Length: 65536\r\nConnection: close\r\n\r\n");
    for (int i = 0; i < 65536; i++) resp[hl + i] = (char)('a' + i % 26);
    const char *file = path_in(dir, "resp.bin");
    REQUIRE(write_file(file, resp, (size_t)hl + 65536), "resp file");
    const char *out = path_in(dir, "curl.out");
    char url[64], cacert[600];
    snprintf(url, sizeof url, "https://localhost:%d/big", port);
    snprintf(cacert, sizeof cacert, "%s", path_in(dir, "ca.pem"));
    const char *argv[] = {"curl", "-sS", "--max-time", "20", "--cacert", cacert, "-o", out, url, NULL};
    proc_t *cl = proc_spawn(argv, NULL);

    long before = g_requests;
    int32_t c = CALL(F.accept, &st, lst, 10000);
    REQUIRE(c > 0, "accept: %d %s", (int)st, err_text(scratch));
    uint8_t req[2048];
    int32_t n = TAKE(F.read, sizeof req - 1, &st, req, scratch, c, (int32_t)sizeof req - 1, 10000);
    CHECK(n > 0 && strncmp((char *)req, "GET /big HTTP/1.1", 17) == 0, "request: %d %.20s", (int)n, req);
    put_str(path, file);
    CHECK(CALL(F.write_file, &st, path, c, 0, -1, 10000) == hl + 65536 && st == 0, "write_file: %d", (int)st);
    long cost = g_requests - before;
    CHECK(CALL(F.write_file, &st, path, c, 0, hl + 65537, 10000) == -1 && st == MVTLS_ERR_PARAMS,
          "beyond the file: %d", (int)st);
    CALL(F.close, &st, c);
    CHECK(proc_wait_exit(cl, 20000) == 0, "curl failed: %s", proc_output(cl));
    size_t len;
    char *body = read_file(out, &len);
    CHECK(body && len == 65536 && memcmp(body, resp + hl, 65536) == 0, "curl got %zu bytes", body ? len : 0);
    free(body);
    proc_free(cl);
    t_note("TLS server: accept + read request + 64 KiB response: %ld requests", cost);
    CHECK(cost <= 8, "a 64 KiB response took %ld requests", cost);

    /* poll over a text list (field mark separators, an empty entry) */
    char list[64];
    snprintf(list, sizeof list, "\xfe%d", (int)lst);
    put_str(scratch, list);
    int32_t ready = CALL0(F.buf_new, &st);
    CHECK(CALL(F.poll_list, &st, ready, scratch, 254, 50) == 0 && st == MVTLS_ERR_TIMEOUT, "idle poll: %d",
          (int)st);
    CALL(F.close, &st, lst);
    CALL(F.context_free, &st, sctx);
    CALL(F.buf_free, &st, key);
    CALL(F.buf_free, &st, ready);
}

int main(void) {
    t_begin("t13_pointer_free", 120);
    const char *dir = t_tmpdir();
    REQUIRE(mk_ca(dir, "ca"), "CA");
    REQUIRE(mk_leaf(dir, "srv", "localhost", "DNS:localhost,IP:127.0.0.1", path_in(dir, "ca.pem"),
                    path_in(dir, "ca-key.pem"), 0),
            "leaf");
    load();
    int32_t st;
    int32_t scratch = CALL0(F.buf_new, &st);
    int32_t second = CALL0(F.buf_new, &st);
    REQUIRE(scratch > 0 && second > 0, "buffers: %d", (int)st);
    buffers_roundtrip(scratch);
    int32_t ctx = CALL(F.client_context_new, &st, 0);
    REQUIRE(ctx > 0, "default client context: %d", (int)st);
    bad_input(scratch, ctx);
    CALL(F.context_free, &st, ctx);
    client_against_s_server(dir, scratch, second);
    server_for_curl(dir, scratch, second);
    CHECK(CALL(F.buf_free, &st, scratch) == 0 && CALL(F.buf_free, &st, second) == 0, "free");
    return t_end();
}

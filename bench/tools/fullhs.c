/*
 * fullhs.c - LD_PRELOAD shim that makes every TLS connection of a client a
 * full handshake.
 *
 * wrk keeps one OpenSSL SSL object per connection slot and, on reconnect,
 * calls SSL_shutdown + SSL_clear on it; SSL_clear keeps the last session, so
 * the next connect offers it for resumption (a PSK handshake with no
 * certificate signature).  The "handshakes per second" benchmark wants full
 * handshakes, whatever the server's ticket/cache policy, so this shim drops
 * the session before every SSL_clear.  Nothing else is changed.
 *
 * Build: cc -O2 -shared -fPIC -o fullhs.so fullhs.c -ldl   (SSL_set_session is
 *        resolved at run time from the libssl already loaded by wrk)
 * Use:   LD_PRELOAD=/path/fullhs.so wrk ...
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

typedef struct ssl_st SSL;
typedef struct ssl_session_st SSL_SESSION;

int SSL_set_session(SSL *s, SSL_SESSION *session);

/** Drops any session kept on `s`, then runs the real SSL_clear. */
int SSL_clear(SSL *s)
{
    static int (*real_clear)(SSL *);
    if (real_clear == NULL) {
        real_clear = (int (*)(SSL *))dlsym(RTLD_NEXT, "SSL_clear");
        if (real_clear == NULL)
            return 0;
    }
    if (s != NULL)
        SSL_set_session(s, NULL);
    return real_clear(s);
}

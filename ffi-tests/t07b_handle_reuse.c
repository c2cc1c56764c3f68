/*
 * Test 7b: stale handles stay stale while their table slot is reused many times.
 * docs/c-api.md: "a stale handle (closed or freed object) is detected and never
 * resolves to another object". A server goes through many thousands of
 * connections, so a handle kept by mistake must not come back to life as another
 * object. 31 bits cannot promise "never"; 50,000 reuse cycles (one live object at
 * a time, the worst case for slot reuse) is a modest bound. Contexts are used
 * because they are the cheapest objects; connections share the same table.
 */
#include "common.h"

#include <stdio.h>
#include <string.h>

int main(void) {
    t_begin("t07b_handle_reuse", 120);
    int32_t first = mvtls_client_context_new("VERIFY=OFF");
    REQUIRE(first > 0, "client ctx: %s", mv_err());
    CHECK(mvtls_context_free(first) == 0, "free: %s", mv_err());
    int reused_at = 0, cycles = 0;
    for (int i = 1; i <= 50000 && !reused_at; i++) {
        int32_t h = mvtls_client_context_new("VERIFY=OFF");
        if (h <= 0) { t_fail(__FILE__, __LINE__, "context %d: %s", i, mv_err()); break; }
        char kb[32];
        if (h == first || mvtls_info(first, MVTLS_INFO_KIND, kb, sizeof kb) >= 0) reused_at = i;
        else if (mvtls_status() != MVTLS_ERR_BAD_HANDLE) t_fail(__FILE__, __LINE__, "stale: status %d", (int)mvtls_status());
        CHECK(mvtls_context_free(h) == 0, "free %d: %s", i, mv_err());
        cycles = i;
    }
    t_note("%d create/free cycles", cycles);
    CHECK(reused_at == 0,
          "stale context handle %d resolved again, to a new context, after %d create/free cycles (FINDINGS.md F3)",
          (int)first, reused_at);
    return t_end();
}

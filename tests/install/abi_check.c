/* Install smoke test: compiled and linked only through the installed
 * header, library and mvtls.pc (see `make test-install`). */
#include <mvtls.h>
#include <stdio.h>

int main(void) {
    if (mvtls_abi_version() != MVTLS_ABI_VERSION) {
        fprintf(stderr, "ABI version mismatch: %d != %d\n", mvtls_abi_version(), MVTLS_ABI_VERSION);
        return 1;
    }
    /* A stale handle must be refused with a status, through the installed library. */
    if (mvtls_close(12345) != -1 || mvtls_status() != MVTLS_ERR_BAD_HANDLE) {
        fprintf(stderr, "expected MVTLS_ERR_BAD_HANDLE, got %d\n", mvtls_status());
        return 1;
    }
    printf("installed libmvtls ABI %d OK\n", mvtls_abi_version());
    return 0;
}

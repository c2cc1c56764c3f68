//! mvtls: secure-socket primitives with a C ABI.

* UMASK(new) returns the old mask
OLD = UMASK(18)
CRT "set: " : UMASK(63)
CRT "now: " : UMASK(OLD)
CRT "done"

* SPACE/STR with large and fractional counts
CRT LEN(SPACE(65536)) : "|" : LEN(STR("ab", 40000)) : "|" : LEN(SPACE(0.9)) : "|" : LEN(STR("x", 1.9))
CRT "done"

* division by zero with / (last act)
CRT 1 / 2
CRT 1 / 0
CRT "done"

* division by zero with / (run through IN.RUNERR)
CRT 1 / 2
CRT 1 / 0

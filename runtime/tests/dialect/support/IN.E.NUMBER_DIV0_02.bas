* division of zero by zero, float divisor (run through IN.RUNERR)
X = 0.0
CRT "before"
CRT 0 / X

* division of zero by zero, float divisor (last act)
X = 0.0
CRT "before"
CRT 0 / X
CRT "done"

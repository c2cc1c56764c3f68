* numeric literals: 1E10 is the number 1 followed by the name E10? (last act: E10 unassigned)
X = 5
CRT "before"
CRT 1E10

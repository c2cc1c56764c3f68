* format expressions: value "format" as an operator-free FMT shorthand
X = 12.5
CRT "[" : X "R2#8" : "]"
CRT "[" : "ab" "5L" : "]"
Y = "c" "3R"
CRT "[" : Y : "]"
CRT "done"

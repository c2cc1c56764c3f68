* CCALL is a restricted intrinsic: what the compiler says
X = CCALL("x", "y")
CRT "done"

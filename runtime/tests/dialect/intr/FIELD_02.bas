* FIELD with a delimiter that is a mark, a space, a digit; counts past the end
S = "a b  c"
CRT "[" : FIELD(S, " ", 3) : "][" : FIELD(S, " ", 4) : "][" : FIELD(S, " ", 2, 3) : "]"
CRT "[" : FIELD("x":@VM:"y", @VM, 2) : "][" : FIELD(10203, 0, 2) : "][" : FIELD("a.b.c", ".", 2, 99) : "]"
CRT "[" : FIELD("abc", "abc", 2) : "][" : FIELD("...", ".", 4) : "]"
CRT "done"

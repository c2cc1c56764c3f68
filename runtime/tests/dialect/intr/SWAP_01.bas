* SWAP is CHANGE under another name
CRT SWAP("a.b.c", ".", "--") : "|" : SWAP("aaa", "a", "b", 2) : "|" : SWAP("aaa", "a", "b", 1, 2)
CRT "done"

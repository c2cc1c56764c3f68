* MIN edge cases
CRT MIN(0, -0) : "|" : MIN(" 3", "2 ") : "|" : MIN(1/3, 0.3333)
CRT "done"

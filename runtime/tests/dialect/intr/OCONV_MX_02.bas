* OCONV MX of non-numeric text (last act)
CRT "[" : OCONV("10", "MX") : "]"
CRT "[" : OCONV("abc", "MX") : "]"
CRT "done"

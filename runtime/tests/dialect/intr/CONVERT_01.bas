* CONVERT(from, to, string) function form
CRT CONVERT("abc", "xyz", "aabbcc")
CRT CONVERT("abc", "x", "aabbcc")
CRT CONVERT("a", "xyz", "banana")
CRT CONVERT("", "x", "abc")
CRT "[" : CONVERT("a", "b", "") : "]"
CRT CONVERT("aa", "xy", "aaa")
CRT CONVERT(@FM:@VM, ",;", "1":@FM:"2":@VM:"3")
CRT CONVERT("123", "abc", 321123)
CRT CONVERT("abc", "ABC", "abcABC")
CRT "done"

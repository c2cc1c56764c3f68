* OCONV P(pattern): returns the value if it matches, else empty
CRT "[" : OCONV("123-45-6789", "P(3N'-'2N'-'4N)") : "] " : STATUS()
CRT "[" : OCONV("12-345", "P(3N'-'2N'-'4N)") : "] " : STATUS()
CRT "[" : OCONV("ABC", "P(3A);(3N)") : "] [" : OCONV("123", "P(3A);(3N)") : "] [" : OCONV("A1", "P(3A);(3N)") : "]"
CRT "[" : OCONV("", "P(0N)") : "] [" : OCONV("", "P(1N)") : "]"
CRT "[" : CONVERT(@VM, "]", OCONV("12":@VM:"ab":@VM:"34", "P(2N)")) : "]"
CRT "done"

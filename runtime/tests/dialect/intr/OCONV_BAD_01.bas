* OCONV / ICONV with unknown or empty codes: value passes through, STATUS() 2?
CRT "[" : OCONV("abc", "") : "] " : STATUS()
CRT "[" : OCONV("abc", "Q") : "] " : STATUS()
CRT "[" : OCONV("abc", "ZZZ") : "] " : STATUS()
CRT "[" : ICONV("abc", "") : "] " : STATUS()
CRT "[" : ICONV("abc", "Q") : "] " : STATUS()
CRT "[" : OCONV(123, "U50BB") : "] " : STATUS()
CRT "done"

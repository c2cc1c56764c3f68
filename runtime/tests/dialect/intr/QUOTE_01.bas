* QUOTE = DQUOTE
CRT QUOTE('a"b') : "|" : QUOTE(1.50) : "|" : QUOTE(" ")
CRT "done"

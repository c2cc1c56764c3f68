* XTD edge cases
CRT XTD("a") : "|" : XTD("10") : "|" : XTD("0010") : "|" : XTD("80000000") : "|" : XTD("FFFFFFFE")
CRT XTD(10) : "|" : XTD("dead") : "|" : XTD("BEEF")
CRT "done"

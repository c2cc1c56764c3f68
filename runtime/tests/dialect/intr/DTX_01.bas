* DTX / XTD: decimal to hex and back
CRT DTX(255) : "|" : DTX(0) : "|" : DTX(16) : "|" : DTX(4095)
CRT DTX(255, 4) : "|" : DTX(1, 8) : "|" : DTX(65536, 2)
CRT DTX(-1) : "|" : DTX(-255)
CRT DTX(2147483647) : "|" : DTX("") : "|" : DTX(10.7)
CRT XTD("FF") : "|" : XTD("ff") : "|" : XTD("0") : "|" : XTD("7FFFFFFF") : "|" : XTD("FFFFFFFF")
CRT "[" : XTD("") : "] status=" : STATUS()
CRT "[" : XTD("XYZ") : "] status=" : STATUS()
CRT "[" : XTD("1G") : "]"
CRT XTD(" 1F") : "|" : XTD("100000000")
CRT "done"

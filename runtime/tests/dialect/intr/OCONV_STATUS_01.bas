* STATUS() after OCONV/ICONV: 0 success, 1 bad data, 2 bad code, 3 questionable date
X = OCONV(100, "D") ; CRT "oconv D ok: " : STATUS()
X = OCONV("x", "D") ; CRT "oconv D bad data: " : STATUS()
X = OCONV(100, "DZ") ; CRT "oconv bad code: " : STATUS()
X = ICONV("2/30/2020", "D") ; CRT "iconv 2/30: " : STATUS()
X = ICONV("12:99", "MT") ; CRT "iconv 12:99: " : STATUS()
X = ICONV("", "MT") ; CRT "iconv empty MT: " : STATUS()
X = ICONV("", "D") ; CRT "iconv empty D: " : STATUS()
X = ICONV("", "MD2") ; CRT "iconv empty MD2: " : STATUS()
X = ICONV("12", "Q") ; CRT "iconv bad code: " : STATUS()
X = OCONV("", "MCU") ; CRT "oconv empty MCU: " : STATUS()
X = OCONV("abc", "L2") ; CRT "oconv L fail: " : STATUS()
X = OCONV("abc", "R1,2") ; CRT "oconv R nonnum: " : STATUS()
CRT "done"

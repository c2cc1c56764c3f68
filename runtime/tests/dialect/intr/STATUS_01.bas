* STATUS() initial value and after some operations
CRT "initial=" : STATUS()
X = XTD("FF")
CRT "after xtd=" : STATUS()
OPENSEQ "NO.SUCH.SEQ.FILE" TO F ELSE CRT "openseq missing status=" : STATUS()
X = ICONV("31/02/2020", "D2/")
CRT "bad date status=" : STATUS()
X = ICONV("01/02/2020", "D4/")
CRT "good date status=" : STATUS()
CRT "again=" : STATUS()
X = OCONV("abc", "MD2")
CRT "oconv md nonnum status=" : STATUS()
CRT "done"

* ICONV dates with E (day first), I and explicit codes
CRT ICONV("01/02/2020", "DE") : " " : STATUS()
CRT ICONV("31/12/1999", "DE") : " " : STATUS()
CRT ICONV("12/31/1999", "DE") : " " : STATUS()
CRT ICONV("2020-01-02", "DI") : " " : STATUS()
CRT ICONV("01/02/2020", "D2/") : " " : STATUS()
CRT ICONV("01/02/2020", "D4-") : " " : STATUS()
CRT ICONV("01 02 2020", "D") : " " : STATUS()
CRT ICONV("20000", "D") : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", ICONV("1/1/2000":@VM:"x":@VM:"1/2/2000", "D")) : " " : STATUS()
CRT "done"

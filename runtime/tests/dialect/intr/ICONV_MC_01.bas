* ICONV with MC codes behaves like OCONV for case codes
CRT ICONV("Hello", "MCU") : " " : ICONV("Hello", "MCL") : " " : ICONV("a1b2", "MCN") : " " : ICONV("a1b2", "MCA") : " " : STATUS()
CRT "done"

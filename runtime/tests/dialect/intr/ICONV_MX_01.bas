* ICONV MX / MO / MB
CRT ICONV("FF", "MX") : " " : ICONV("ff", "MX") : " " : ICONV("777", "MO") : " " : ICONV("1010", "MB")
CRT "[" : ICONV("XYZ", "MX") : "] " : STATUS() : " [" : ICONV("9", "MO") : "] " : STATUS() : " [" : ICONV("2", "MB") : "] " : STATUS()
CRT "[" : ICONV("", "MX") : "] " : STATUS() : " [" : ICONV("FFFFFFFF", "MX") : "] " : STATUS()
CRT "[" : ICONV("4142", "MX0C") : "] " : STATUS() : " [" : OCONV("AB", "MX0C") : "] " : STATUS()
CRT "done"

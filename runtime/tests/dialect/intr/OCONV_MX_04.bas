* OCONV MX/MO/MB/MCD: text is a sign and digits (wrapping to 32 bits), numbers are truncated
CRT "[" : OCONV("+12", "MX") : "]"
CRT "[" : OCONV("-", "MX") : "]"
CRT "[" : OCONV("-1", "MX") : "]"
CRT "[" : OCONV("99999999999", "MX") : "]"
CRT "[" : OCONV(99999999999, "MX") : "]"
CRT "[" : OCONV(-1.5, "MX") : "]"
CRT "[" : OCONV(4294967296.5, "MX") : "]"
CRT "[" : OCONV("", "MX") : "] " : STATUS()
CRT "[" : OCONV("ab", "MX0CZ") : "] " : STATUS()
CRT "[" : OCONV("ab", "MXZ") : "] " : STATUS()
CRT "[" : OCONV("-1", "MCD") : "]"
CRT "[" : OCONV(12.7, "MCD") : "]"
CRT "[" : OCONV("", "MCD") : "]"
CRT "[" : OCONV("12", "MCDX") : "]"
CRT "[" : OCONV(-7, "MCDX") : "]"
CRT "[" : OCONV(12.7, "MB") : "]"
CRT "[" : OCONV("7", "MB") : "]"
CRT "[" : OCONV("4294967295", "MO") : "]"
CRT "[" : OCONV(3600, "MT" : @VM : "MCU") : "]"
CRT "done"

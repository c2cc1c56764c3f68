* SIN: degrees, multi-valued argument
CRT SIN(45) : "|" : SIN(180) : "|" : SIN(360) : "|" : SIN(-30) : "|" : SIN(0.5)
CRT CONVERT(@VM, "]", SIN(0:@VM:30:@VM:90))
CRT "done"

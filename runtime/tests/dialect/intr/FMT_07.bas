* FMT with date and time conversion codes embedded
CRT "[" : FMT(20000, "D2/") : "]"
CRT "[" : FMT(20000, "12R D2/") : "]"
CRT "[" : FMT(3600, "MTS") : "]"
CRT "[" : FMT(12345, "MD2,$") : "]"
CRT "[" : FMT("abc", "MCU") : "]"
CRT "done"

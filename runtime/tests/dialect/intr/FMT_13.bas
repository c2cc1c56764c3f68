* FMT of numbers without decimals: R, L with widths shorter than the value
CRT "[" : CONVERT(@TM, "~", FMT(123456, "4R")) : "][" : CONVERT(@TM, "~", FMT(-1.5, "2L")) : "][" : FMT(0, "3R") : "][" : FMT(-0, "3R") : "]"
CRT "[" : FMT(1/3, "R4") : "][" : FMT(2/3, "R0") : "]"
CRT "done"

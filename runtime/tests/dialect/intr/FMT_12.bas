* FMT width and justification with multi-byte-free text, left fill, centring odd widths
CRT "[" : FMT("ab", "5C") : "][" : FMT("ab", "4C") : "][" : FMT("abc", "4C") : "][" : FMT("a", "2C") : "]"
CRT "[" : FMT(5, "3'0'R") : "][" : FMT(5, "3*L") : "][" : FMT("", "3'0'R") : "][" : FMT(-5, "4'0'R") : "]"
CRT "[" : CONVERT(@TM, "~", FMT(12345, "3R")) : "]"
CRT "[" : CONVERT(@TM, "~", FMT("abcdefg", "3R")) : "]"
CRT "done"

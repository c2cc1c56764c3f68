* TRIM with a non-space character: leading, trailing, repeated inside; and numbers
CRT "[" : TRIM("xxaxxbxx", "x") : "][" : TRIM("000120030", "0") : "][" : TRIM(1000, "0") : "]"
CRT "[" : TRIM("  a  ", " ", "A") : "][" : TRIM("aaa", "a") : "][" : TRIM("a", "ab") : "]"
CRT "done"

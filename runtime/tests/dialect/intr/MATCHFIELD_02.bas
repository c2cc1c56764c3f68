* MATCHFIELD with literal text, 0X wildcards and non-matching strings
CRT "[" : MATCHFIELD("AB123CD", "2A0N2A", 2) : "][" : MATCHFIELD("key=value", "0X'='0X", 3) : "]"
CRT "[" : MATCHFIELD("key=value", "0X'='0X", 1) : "][" : MATCHFIELD("12-34", "2N'-'2N", 3) : "]"
CRT "[" : MATCHFIELD("12-34", "2N'/'2N", 1) : "][" : MATCHFIELD("abc", "1A1A1A", 2) : "]"
CRT "done"

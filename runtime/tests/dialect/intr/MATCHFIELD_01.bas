* MATCHFIELD(string, pattern, element)
CRT MATCHFIELD("ABC123", "3A3N", 1) : "|" : MATCHFIELD("ABC123", "3A3N", 2)
CRT MATCHFIELD("AB-12", "0A'-'0N", 3) : "|" : MATCHFIELD("AB-12", "0A'-'0N", 2)
CRT "[" : MATCHFIELD("ABC", "3N", 1) : "]" : "[" : MATCHFIELD("ABC123", "3A3N", 3) : "]"
CRT MATCHFIELD("12ab", "0N0A", 1) : "|" : MATCHFIELD("12ab", "0N0A", 2) : "|" : MATCHFIELD("xyz", "0X", 1)
CRT "[" : MATCHFIELD("ABC123", "3A3N", 0) : "][" : MATCHFIELD("", "0A", 1) : "]"
CRT MATCHFIELD("A1B2", "1A1N1A1N", 4)
CRT "done"

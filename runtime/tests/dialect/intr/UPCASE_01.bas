* UPCASE / DOWNCASE of numbers and mixed text
CRT UPCASE("abc-xyz_0") : "|" : UPCASE(-1.5) : "|" : DOWNCASE("ABC-XYZ") : "|" : UPCASE("ß")
CRT "done"

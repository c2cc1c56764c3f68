* COUNT with marks and multi-character substrings; DCOUNT contrasts
S = "a,b,,c,"
CRT COUNT(S, ",") : "|" : DCOUNT(S, ",") : "|" : COUNT(S, ",,") : "|" : DCOUNT(S, ",,")
CRT COUNT(@FM:@FM, @FM) : "|" : DCOUNT(@FM:@FM, @FM) : "|" : COUNT("x", "x") : "|" : DCOUNT("x", "x")
CRT COUNT(123123, 23) : "|" : COUNT("abcabc", "ABC") : "|" : COUNT("  ", " ")
CRT "done"

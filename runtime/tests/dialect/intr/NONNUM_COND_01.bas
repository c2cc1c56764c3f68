* non-numeric strings are no error in conditions, comparisons and NOT
IF "abc" THEN CRT "abc is true" ELSE CRT "abc is false"
IF "" THEN CRT "t" ELSE CRT "empty is false"
IF "0.0" THEN CRT "t" ELSE CRT "0.0 is false"
IF " 0" THEN CRT "blank zero is true" ELSE CRT "blank zero is false"
IF "-0" THEN CRT "t" ELSE CRT "-0 is false"
CRT ("abc" < 5) : ("abc" > 5) : ("5" < "abc") : ("" < "abc") : ("abc" = "ABC")
CRT NOT("abc") : NOT("") : NOT(" ")
X = "abc"
CRT (X AND 1) : (X OR 0) : ("" OR "")
CRT "done"

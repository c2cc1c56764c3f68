* NOT of a non-numeric string (last act)
CRT NOT(1)
CRT NOT("abc")
CRT "done"

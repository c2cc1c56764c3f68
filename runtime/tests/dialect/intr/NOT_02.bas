* NOT of a non-numeric string: no error
CRT NOT(1)
CRT NOT("abc")
CRT "done"

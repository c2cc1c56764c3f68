* MAX with a non-numeric argument: no error
CRT MAX(1, 2)
CRT MAX("abc", 2)
CRT "done"

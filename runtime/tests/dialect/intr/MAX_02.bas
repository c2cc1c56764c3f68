* MAX with a non-numeric argument (last act)
CRT MAX(1, 2)
CRT MAX("abc", 2)
CRT "done"

* ENV(name)
CRT "[" : ENV("NO_SUCH_VARIABLE_XYZ_123") : "]"
CRT (ENV("PATH") # "")
CRT "[" : ENV("") : "]"
CRT "done"

* INPUTBLK is not an intrinsic in this form: compiler response
X = INPUTBLK(5)
CRT "[" : X : "]"
CRT "done"

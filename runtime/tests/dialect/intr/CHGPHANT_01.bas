* CHGPHANT in an interactive (non-phantom) process
X = CHGPHANT()
CRT "[" : X : "] status=" : STATUS()
CRT "done"

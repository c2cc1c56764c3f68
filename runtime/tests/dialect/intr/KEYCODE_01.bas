* KEYCODE with a timeout and no input
CRT "before"
X = KEYCODE(1)
CRT "[" : X : "] status=" : STATUS()
CRT "done"

* OUTERJOIN on directory files (no indices), their dictionaries and an empty name
EXECUTE "CREATE.FILE OJF DIRECTORY" CAPTURING JUNK
X = OUTERJOIN("OJF", "A", "x")
CRT "[" : X : "] status=" : STATUS()
X = OUTERJOIN("DICT OJF", "NAME", "x")
CRT "[" : X : "] status=" : STATUS()
X = OUTERJOIN("DICT NOF", "A", "x")
CRT "[" : X : "] status=" : STATUS()
X = OUTERJOIN("", "A", "x")
CRT "[" : X : "] status=" : STATUS()
CRT "done"

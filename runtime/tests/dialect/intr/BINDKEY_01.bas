* BINDKEY with no terminal: query and remove of unbound sequences
X = BINDKEY("ABC", -3)
CRT "query status=" : STATUS()
X = BINDKEY("XYZ", -1)
CRT "remove unknown: [" : X : "] status=" : STATUS()
X = BINDKEY("XYZ", 99999)
CRT "bad action: [" : X : "] status=" : STATUS()
CRT "done"

* SERVER.ADDR name lookup
CRT "[" : SERVER.ADDR("localhost") : "]"
CRT "[" : SERVER.ADDR("127.0.0.1") : "]"
CRT "[" : SERVER.ADDR("no.such.host.invalid") : "] status=" : (STATUS() # 0)
CRT "[" : SERVER.ADDR("") : "]"
CRT "done"

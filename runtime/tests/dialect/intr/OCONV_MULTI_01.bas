* OCONV with several codes separated by value marks applies them in turn
CRT "[" : OCONV(20000, "D2/":@VM:"MCU") : "] " : STATUS()
CRT "[" : OCONV("abc", "MCU":@VM:"MCL") : "] " : STATUS()
CRT "[" : OCONV(1234, "MD2":@VM:"MCU") : "] " : STATUS()
CRT "done"

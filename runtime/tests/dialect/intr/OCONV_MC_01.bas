* OCONV MC codes: case and character class filters
S = "Hello World, it's 2024! abc-DEF_9"
CODES = "MCU":@FM:"MCL":@FM:"MCT":@FM:"MCA":@FM:"MC/A":@FM:"MCN":@FM:"MC/N":@FM:"MCB":@FM:"MC/B":@FM:"MCP":@FM:"MCS":@FM:"MCW"
FOR I = 1 TO DCOUNT(CODES, @FM)
   CRT CODES<I> : " [" : OCONV(S, CODES<I>) : "] " : STATUS()
NEXT I
CRT "done"

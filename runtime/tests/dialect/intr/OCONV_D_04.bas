* OCONV date component codes: DD DM DMA DW DWA DY DQ DJ DMB DWB
CODES = "DD":@FM:"DM":@FM:"DMA":@FM:"DMB":@FM:"DW":@FM:"DWA":@FM:"DWB":@FM:"DY":@FM:"DY2":@FM:"DY4":@FM:"DQ":@FM:"DJ":@FM:"DL"
VALS = 20000:@FM:0:@FM:-1:@FM:59
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "done"

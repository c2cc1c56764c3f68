* A report formatter driven by a table of conversion codes, as a dictionary would drive it
COLS = 'Date':@VM:'D2/':@VM:'R':@VM:'10'
COLS<-1> = 'Day':@VM:'DWA':@VM:'L':@VM:'10'
COLS<-1> = 'Amount':@VM:'MD2,':@VM:'R':@VM:'12'
COLS<-1> = 'Ref':@VM:'MCU':@VM:'L':@VM:'8'
COLS<-1> = 'Part':@VM:'G1-1':@VM:'L':@VM:'6'
COLS<-1> = 'Code':@VM:'T1,3':@VM:'L':@VM:'5'
COLS<-1> = 'Time':@VM:'MTS':@VM:'R':@VM:'9'
ROWS = 20100:@VM:123456:@VM:'ab-12':@VM:'x-y-z':@VM:'ABCDEF':@VM:3600
ROWS<-1> = 20454:@VM:-5:@VM:'q1':@VM:'solo':@VM:'XY':@VM:86399
ROWS<-1> = '':@VM:'':@VM:'':@VM:'-lead':@VM:'':@VM:''
HDR = ''
FOR C = 1 TO DCOUNT(COLS, @FM)
   HDR := FMT(COLS<C,1>, COLS<C,3>:'#':COLS<C,4>):' '
NEXT C
PRINT TRIMB(HDR)
FOR R = 1 TO DCOUNT(ROWS, @FM)
   LINE = ''
   FOR C = 1 TO DCOUNT(COLS, @FM)
      SRC = C ; IF C > 1 THEN SRC = C - 1
      V = OCONV(ROWS<R,SRC>, COLS<C,2>)
      LINE := FMT(V, COLS<C,3>:'#':COLS<C,4>):' '
   NEXT C
   PRINT TRIMB(LINE)
NEXT R
* checking conversions: length, range and pattern codes return '' when the value fails
VALS = 'abc':@VM:'abcdefgh':@VM:'15':@VM:'150':@VM:'A1':@VM:'123-45'
CODES = 'L3':@VM:'L0,5':@VM:'R1,100':@VM:'R1,100':@VM:'P(1A1N)':@VM:'P(3N-2N)'
FOR I = 1 TO DCOUNT(VALS, @VM)
   PRINT VALS<1,I>:' ':CODES<1,I>:' -> [':OCONV(VALS<1,I>, CODES<1,I>):']'
NEXT I
* chained conversions separated by value marks
PRINT 'chained: ':OCONV(12345, 'MD2':@VM:'MCU'):' ':OCONV('20000', 'D4/':@VM:'G/2'):' ':OCONV('hello world', 'MCT':@VM:'G 1'):'|'
PRINT 'done'
END

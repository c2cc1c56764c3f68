* ICONV STATUS() values: 0 good, 1 bad data, 2 bad code, and what the result is in each case
TESTS = "12/25/2000|D":@FM:"xx|D":@FM:"12:30|MT":@FM:"99:99|MT":@FM:"1.5|MD2":@FM:"q|MD2"
TESTS := @FM:"abc|ZZ":@FM:"abc|":@FM:"abc|Q":@FM:"12|MX":@FM:"zz|MX":@FM:"777|MO":@FM:"9|MO"
TESTS := @FM:"101|MB":@FM:"102|MB":@FM:"A|MCU":@FM:"5|D9":@FM:"1|MD9":@FM:"2/30/2000|D":@FM:"12|MTX"
FOR I = 1 TO DCOUNT(TESTS, @FM)
   T = TESTS<I>
   V = FIELD(T, "|", 1)
   C = FIELD(T, "|", 2)
   X = ICONV(V, C)
   PRINT "ICONV(":V:", ":C:") = [":X:"] STATUS ":STATUS()
NEXT I
* STATUS() is set by each ICONV, not kept from an earlier one
X = ICONV("bad", "D")
S1 = STATUS()
X = ICONV("1/1/2000", "D")
PRINT S1:" then ":STATUS()
PRINT "done"

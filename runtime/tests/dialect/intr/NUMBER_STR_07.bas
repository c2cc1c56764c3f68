* SUPPORT: IN.RUNERR IN.E.NUMBER_STR_07
* numeric strings: more than 15 integer digits are not numeric, decimals may be longer
L = "123456789012345":@FM:"1234567890123456":@FM:"0.12345678901234":@FM:"0.1234567890123456":@FM:"12345678.12345678":@FM:"-123456789012345":@FM:"000000000000000001"
FOR I = 1 TO 7
   CRT L<I> : " num=" : NUM(L<I>)
NEXT I
X = "1234567890123456"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.NUMBER_STR_07")
CRT "done"

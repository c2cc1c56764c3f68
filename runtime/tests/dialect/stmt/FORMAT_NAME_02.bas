* A name after an operand formats it inside parentheses and argument lists too
* (ScarletDME's BCOMP parses brackets and arguments with exprf), so 1E3 is 1 formatted by E3
A = 'abc' ; F = 'R#6' ; E3 = 'L#4' ; E10 = 7
PRINT LEN(A F)
PRINT TRIM(A F):'|'
PRINT (A F):'|'
PRINT OCONV(A F, 'MCU'):'|'
IF LEN(A F) = 6 THEN PRINT 'six'
X = INT(1E10/3)
PRINT X
PRINT '[':(1E3):'][':FMT(1E3, 'R#6'):']'
PRINT 'done'

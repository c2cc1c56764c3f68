* END CASE after ";" is the final END too; the CASE construct stays unterminated
X = 1
BEGIN CASE
   CASE X = 1 ; PRINT 'one' ; END CASE
PRINT 'after'
END

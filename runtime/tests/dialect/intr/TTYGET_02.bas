* TTYGET() with no terminal: break on, case inversion on, break character 3, CR LF, CR
T = TTYGET()
PRINT "status=":STATUS()
PRINT "fields=":DCOUNT(T, @FM)
FOR I = 1 TO 5
   PRINT I:": ":OCONV(T<I>, "MX0C"):" len ":LEN(T<I>)
NEXT I
PRINT "same=":(TTYGET() = T)
PRINT "done"

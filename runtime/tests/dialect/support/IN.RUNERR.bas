SUBROUTINE IN.RUNERR(ITEM)
* Compile BP ITEM and run it through EXECUTE ... CAPTURING ... TRAPPING ABORTS,
* then print what is stable: each captured line and, if it aborted, the
* abort code and message, with the object-code offset ("000000BC: ") and
* the object path (" of /.../BP.OUT/ITEM") removed.
   EXECUTE "BASIC BP " : ITEM CAPTURING JUNK
   EXECUTE "RUN BP " : ITEM CAPTURING OUT TRAPPING ABORTS
   CODE = @ABORT.CODE
   MSG = @ABORT.MESSAGE
   N = DCOUNT(OUT, @FM)
   FOR I = 1 TO N
      L = OUT<I>
      GOSUB STABLE
      CRT "out: " : L
   NEXT I
   CRT "abort code: " : CODE
   IF CODE THEN
      L = MSG
      GOSUB STABLE
      CRT "message: " : L
   END
RETURN

STABLE:
   P = INDEX(L, " of /", 1)
   IF P THEN L = L[1, P - 1]
   IF L[9, 2] = ": " AND CONVERT("0123456789ABCDEF", "", L[1, 8]) = "" THEN L = L[11, LEN(L)]
RETURN
END

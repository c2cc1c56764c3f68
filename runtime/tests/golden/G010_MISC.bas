PROGRAM G010_MISC
* RETURN TO, CLEARDATA, DEFFUN ... CALLING, nested IF/ELSE chains,
* ON GOSUB with computed index, CHAIN to another program
DEFFUN DBL(X) CALLING "G.TWICE"
GOSUB FIRST
CRT "never printed"
BACK:
CRT "returned to BACK"
DATA "one", "two"
CLEARDATA
CRT "data after cleardata: ":SYSTEM(10)
CRT "calling alias: ":DBL(5)
FOR I = 1 TO 3
   IF I = 1 THEN
      R = "one"
   END ELSE IF I = 2 THEN
      R = "two"
   END ELSE
      R = "many"
   END
   CRT "chain ":I:": ":R
NEXT I
CHAIN "RUN BP G.CHAINED"
CRT "not after chain"
FIRST:
   RETURN TO BACK
END

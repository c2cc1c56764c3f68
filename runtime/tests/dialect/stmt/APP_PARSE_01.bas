* Parsing key=value configuration text with CONVERT, FIELD, TRIM and a CASE on keys
CFG = "host = example.org ; port=8080;debug = yes;; timeout= 30 ;bad line"
CONVERT ";" TO @FM IN CFG
HOST = "" ; PORT = 0 ; DEBUG = 0 ; TIMEOUT = 10 ; ERRS = 0
FOR I = 1 TO DCOUNT(CFG, @FM)
   ENTRY = TRIM(CFG<I>)
   IF ENTRY = "" THEN CONTINUE
   IF INDEX(ENTRY, "=", 1) = 0 THEN ERRS += 1 ; CONTINUE
   KEY = UPCASE(TRIM(FIELD(ENTRY, "=", 1)))
   VAL = TRIM(FIELD(ENTRY, "=", 2))
   BEGIN CASE
      CASE KEY = "HOST" ; HOST = VAL
      CASE KEY = "PORT" ; PORT = VAL
      CASE KEY = "DEBUG" ; DEBUG = (VAL = "yes")
      CASE KEY = "TIMEOUT" ; TIMEOUT = VAL
      CASE 1 ; ERRS += 1
   END CASE
NEXT I
PRINT HOST:":":PORT:" debug=":DEBUG:" timeout=":TIMEOUT:" errors=":ERRS
PRINT "done"

* Word frequency: split text, keep a sorted word list with LOCATE BY "AL", counts in a parallel list
TEXT = "the cat sat on the mat and the dog sat on the log"
WORDS = "" ; COUNTS = ""
N = DCOUNT(TEXT, " ")
FOR I = 1 TO N
   W = FIELD(TEXT, " ", I)
   LOCATE W IN WORDS<1,1> BY "AL" SETTING POS THEN
      COUNTS<1, POS> += 1
   END ELSE
      INS W BEFORE WORDS<1, POS>
      INS 1 BEFORE COUNTS<1, POS>
   END
NEXT I
FOR I = 1 TO DCOUNT(WORDS, @VM)
   PRINT FMT(WORDS<1, I>, "6L"):COUNTS<1, I>
NEXT I
* most frequent
BEST = 0
FOR I = 1 TO DCOUNT(COUNTS, @VM)
   IF COUNTS<1, I> > BEST THEN BEST = COUNTS<1, I> ; BEST.WORD = WORDS<1, I>
NEXT I
PRINT "most frequent: ":BEST.WORD:" (":BEST:")"
PRINT "done"

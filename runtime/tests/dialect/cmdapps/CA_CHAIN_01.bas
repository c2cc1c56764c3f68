* A menu program that CHAINs to the chosen program with arguments: the target sees
* @SENTENCE and SENTENCE(), COMMON is passed along with CHAIN
COMMON /MENU/ USER.NAME, PICKS
OPEN "BP" TO BP ELSE STOP
SRC = "PROGRAM CA.REPORT"
SRC<-1> = "COMMON /MENU/ USER.NAME, PICKS"
SRC<-1> = "PRINT 'report for ':USER.NAME:' picks=':PICKS"
SRC<-1> = "PRINT 'sentence: ':@SENTENCE"
SRC<-1> = "PRINT 'words: ':DCOUNT(SENTENCE(), ' ')"
SRC<-1> = "PRINT 'last word: ':FIELD(@SENTENCE, ' ', DCOUNT(@SENTENCE, ' '))"
SRC<-1> = "PRINT 'done'"
SRC<-1> = "END"
WRITE SRC ON BP, "CA.REPORT"
EXECUTE "BASIC BP CA.REPORT" CAPTURING OUT
EXECUTE "CATALOG BP CA.REPORT LOCAL" CAPTURING OUT
USER.NAME = "kim"
PICKS = 0
PRINT "menu sentence words: ":DCOUNT(@SENTENCE, " ")
CHOICES = "A":@FM:"B":@FM:"R"
FOR I = 1 TO 3
   PICKS += 1
   BEGIN CASE
      CASE CHOICES<I> = "A"
         PRINT "option A"
      CASE CHOICES<I> = "B"
         EXECUTE "CA.REPORT from execute" CAPTURING OUT
         PRINT "B: ":CONVERT(@FM, "|", OUT)
      CASE CHOICES<I> = "R"
         PRINT "chaining"
         CHAIN "CA.REPORT  monthly  2024"
   END CASE
NEXT I
PRINT "not reached"

* @-variables an application uses: marks, @TRUE/@FALSE, @USER0-4 as scratch, @ID/@RECORD, @PARASENTENCE-free facts
PRINT 'Marks: ':SEQ(@IM):' ':SEQ(@FM):' ':SEQ(@AM):' ':SEQ(@VM):' ':SEQ(@SM):' ':SEQ(@SVM):' ':SEQ(@TM)
PRINT 'Bool: ':@TRUE:' ':@FALSE:' ':(@TRUE AND @FALSE)
@USER0 = 'session data'
@USER1 = 'a':@FM:'b':@VM:'c'
PRINT 'USER0: ':@USER0:' USER1<2,2>: ':@USER1<2,2>:' count ':DCOUNT(@USER1, @FM)
@USER2<3> = 'third'
PRINT 'USER2: ':CONVERT(@FM, '^', @USER2)
@ID = 'CUST*001'
@RECORD = 'Name':@FM:'Town'
PRINT '@ID: ':@ID:' field 2 of @RECORD: ':@RECORD<2>
PRINT 'Date sane: ':(@DATE = DATE()):' ':(@DATE > 20000)
PRINT 'Time sane: ':(@TIME >= 0 AND @TIME < 86400)
PRINT 'Level: ':@LEVEL
PRINT 'CRT width positive: ':(@CRTWIDE > 0):' lines positive: ':(@CRTHIGH > 0)
PRINT 'Account known: ':(@WHO # ''):' user no: ':NUM(@USERNO)
PRINT 'System return code starts: ':@SYSTEM.RETURN.CODE
PRINT 'Program name: ':(@SENTENCE # '')
PRINT 'Tab char code: ':SEQ(CHAR(9))
PRINT 'done'
END

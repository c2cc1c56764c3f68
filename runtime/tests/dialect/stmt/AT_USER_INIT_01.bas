* @USER0-@USER4, @ID, @RECORD and @ANS live in system common: they start as 0
PRINT '[':@USER0:'][':@USER1:'][':@USER2:'][':@USER3:'][':@USER4:']'
PRINT '[':@ID:'][':@RECORD:'][':@ANS:'][':@USER.RETURN.CODE:']'
PRINT LEN(@USER0):LEN(@ID)
@USER2<3> = 'third'
CONVERT @FM TO '^' IN @USER2
PRINT @USER2
X = @RECORD
X<2> = 'b'
PRINT CONVERT(@FM, '^', X)
PRINT 'user is logname: ':(@USER = @LOGNAME)
PRINT 'done'

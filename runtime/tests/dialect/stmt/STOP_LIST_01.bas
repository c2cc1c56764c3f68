* STOP's message is a print list: commas print as tabs (STOP 201, 'FILE' as Pick programs write it)
OPEN 'NO.SUCH.FILE' TO F ELSE STOP 201, 'NO.SUCH.FILE', 'x' CAT 'y'
PRINT 'not reached'

* CLEARCOMMON clears the unnamed common block only
COMMON A, B
COMMON /NAMED/ N1
A = 1 ; B = "two" ; N1 = "named"
CLEARCOMMON
PRINT "A=[":A:"] B=[":B:"] N1=[":N1:"]"
PRINT "done"

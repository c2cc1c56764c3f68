* P (pattern) conversion code syntax: templates separated by ; or /, any other
* character after a template ends the list; a missing ( or ) makes STATUS() 2 with
* the value unchanged; a template ends at the first ) even inside quotes.
X = OCONV('52', 'P(1N)|(2N)') ; PRINT '1 [':X:'] ':STATUS()
X = OCONV('52', 'P(2N)|(1N)') ; PRINT '2 [':X:'] ':STATUS()
X = OCONV('5', 'P(2N);(1N)') ; PRINT '3 [':X:'] ':STATUS()
X = OCONV('5', 'P(2N)/(1N)') ; PRINT '4 [':X:'] ':STATUS()
X = OCONV('5', 'P(2N) (1N)') ; PRINT '5 [':X:'] ':STATUS()
X = OCONV('5', 'PX') ; PRINT '6 [':X:'] ':STATUS()
X = OCONV('5', 'P(1N') ; PRINT '7 [':X:'] ':STATUS()
X = OCONV('5', 'P(2N);x(1N)') ; PRINT '8 [':X:'] ':STATUS()
X = OCONV('5', 'P(2N);') ; PRINT '9 [':X:'] ':STATUS()
X = OCONV('5', 'P') ; PRINT '10 [':X:'] ':STATUS()
X = OCONV('a)', "P('a)')") ; PRINT '11 [':X:'] ':STATUS()
X = ICONV('5', 'P(2N)|(1N)') ; PRINT '12 [':X:'] ':STATUS()
X = ICONV('55', 'P(2N)|(1N)') ; PRINT '13 [':X:'] ':STATUS()
X = OCONV('5', 'P(1N)(2N)') ; PRINT '14 [':X:'] ':STATUS()
PRINT 'done'

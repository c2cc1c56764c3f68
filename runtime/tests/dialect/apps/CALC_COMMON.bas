* Unnamed COMMON shared with a subroutine; arrays in COMMON; a subroutine returning several results
* SUPPORT: AP.STATS AP.LOGMSG
COMMON LOG.LINES, LOG.COUNT
COMMON /CFG/ DEBUG.MODE, SEPARATOR
DIM VALS(10)
LOG.LINES = '' ; LOG.COUNT = 0
DEBUG.MODE = 1 ; SEPARATOR = ' | '
DATASET = '4,8,15,16,23,42'
N = DCOUNT(DATASET, ',')
FOR I = 1 TO N ; VALS(I) = FIELD(DATASET, ',', I) ; NEXT I
CALL AP.STATS(MAT VALS, N, MEAN, VAR, MINV, MAXV)
PRINT 'n=':N:' mean=':MEAN:' var=':VAR:' min=':MINV:' max=':MAXV
PRINT 'sd=':FMT(SQRT(VAR), 'R4')
CALL AP.LOGMSG('stats done')
DEBUG.MODE = 0
CALL AP.LOGMSG('quiet message')
DEBUG.MODE = 1
SEPARATOR = ' / '
CALL AP.LOGMSG('third')
PRINT 'log has ':LOG.COUNT:' lines'
FOR I = 1 TO LOG.COUNT
   PRINT I:': ':LOG.LINES<I>
NEXT I
* second data set with a non-numeric entry
MAT VALS = ''
VALS(1) = 10 ; VALS(2) = 20 ; VALS(3) = 'n/a' ; VALS(4) = 30
CALL AP.STATS(MAT VALS, 4, MEAN, VAR, MINV, MAXV)
PRINT 'with n/a: mean=':MEAN:' min=':MINV:' max=':MAXV
PRINT 'done'
END

* FOLD's third argument and multi-valued widths: an empty delimiter gives value
* marks, only the first character of a longer delimiter is used, and a multi-valued
* width sets the width of each line in turn, the last one reused.
T = 'the quick brown fox jumps over the lazy dog'
PRINT '1 ':CONVERT(@VM, ']', FOLD(T, 10, ''))
PRINT '2 ':FOLD(T, 10, '|#')
PRINT '3 ':CONVERT(@FM, '^', FOLD(T, 5:@VM:10:@VM:20))
PRINT '4 ':CONVERT(@FM, '^', FOLD(T, 20:@VM:4))
PRINT '5 ':FOLD(T, 12:@FM:6, '/')
PRINT '6 ':FOLD('short', 9:@VM:1, '/')
PRINT '7 ':FOLD('abcdefghij', 3:@VM:4, '-')
PRINT '8 ':CONVERT(@VM, ']', FOLD('abcdefgh', 3, ''))
PRINT '9 ':CONVERT(@FM:@VM, '^]', FOLDS('aaa bbb':@VM:'cc', 3))
PRINT 'done'

* KEYEDIT / KEYEXIT / KEYTRAP bindings compile and run without a terminal
KEYEDIT (1, 2), (2, 6)
KEYEXIT (3, 27)
KEYTRAP (4, 9)
PRINT "bindings set"
PRINT "done"

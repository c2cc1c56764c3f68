* TCLREAD gets the command line that started the program
TCLREAD CMD
PRINT "first word: ":FIELD(CMD, " ", 1)
PRINT "item: ":FIELD(CMD, " ", 3)
PRINT "same as @SENTENCE: ":(CMD = @SENTENCE)
PRINT "done"

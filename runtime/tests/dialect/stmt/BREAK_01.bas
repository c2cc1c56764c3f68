* BREAK ON / OFF / KEY forms: accepted with no terminal, program carries on
BREAK OFF
PRINT "break off"
BREAK ON
PRINT "break on"
BREAK KEY OFF
BREAK KEY ON
X = 0
BREAK X
BREAK 1
PRINT "done"

* SUPPORT: IN.ARGV
* VAR.ARGS allows fewer arguments, never more: a fatal run-time error
CALL IN.ARGV(1, 2)
CALL IN.ARGV(1, 2, 3, 4)

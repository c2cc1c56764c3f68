* PROMPT changes the INPUT prompt character; "" removes it
PROMPT "?"
DATA "one", "two"
INPUT A
PROMPT ""
INPUT B
PRINT A:B
PRINT "done"

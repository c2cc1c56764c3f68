* SUPPORT: IN.RUNCODE IN.RUNERR
* CLOSESEQ leaves the variable unassigned; a copy of it still writes
CODE = 'OPENSEQ "cs.txt" TO S ELSE NULL' : @FM : 'T = S' : @FM : 'CLOSESEQ S' : @FM : 'CRT "assigned: " : ASSIGNED(S)' : @FM : 'WRITESEQ "a" TO T ELSE CRT "write else"' : @FM : 'CRT "copy written"'
CALL IN.RUNCODE(CODE)
CRT "done"

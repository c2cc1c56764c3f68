* SUPPORT: IN.RUNCODE IN.RUNERR
* CLOSE leaves the variable unassigned; a copy of it still reads
CODE = 'OPEN "BP" TO F ELSE STOP' : @FM : 'G = F' : @FM : 'CLOSE F' : @FM : 'CRT "assigned: " : ASSIGNED(F)' : @FM : 'READ R FROM G, "NO.SUCH" ELSE CRT "copy reads: else"'
CALL IN.RUNCODE(CODE)
CRT "done"

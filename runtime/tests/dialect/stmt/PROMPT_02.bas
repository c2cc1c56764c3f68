* SUPPORT: ST.PROMPTER
* The prompt character belongs to the command level: an EXECUTEd program starts with "?", the caller keeps its own
EXECUTE "BASIC BP ST.PROMPTER" CAPTURING JUNK
DATA "a"
INPUT X
PROMPT "%"
EXECUTE "RUN BP ST.PROMPTER"
DATA "b"
INPUT X
PROMPT ""
EXECUTE "RUN BP ST.PROMPTER"
DATA "c"
INPUT X
PROMPT "XYZ"
DATA "d"
INPUT X
PRINT "done"

* STATUS var FROM a sequential file (how the MVTLS layer of SERAPHIM reads
* a file's size and time on ScarletDME) and OPENSEQ ... READONLY (a write
* to a READONLY file is not tried: it faults ScarletDME).
OPENSEQ "facts.tmp" TO F ELSE NULL
WRITEBLK "0123456789" TO F ELSE CRT "write failed"
CLOSESEQ F
OPENSEQ "facts.tmp" READONLY TO F ELSE CRT "no open"
READBLK D FROM F, 4 ELSE NULL
STATUS ST FROM F THEN CRT "status taken" ELSE CRT "no status"
CRT "fields: ":DCOUNT(ST, @FM)
CRT "position ":ST<1>:" at end ":ST<2>:" [":ST<3>:"] left ":ST<4>:" size ":ST<6>
CRT "links ":ST<7>:" type ":ST<21>:" [":ST<12>:ST<17>:ST<18>:ST<19>:"]"
CRT "time in a day: ":(ST<15> >= 0 AND ST<15> < 86400):" date after 2020: ":(ST<16> > 19000)
CRT "path ends with the name: ":(FIELD(ST<20>, "/", DCOUNT(ST<20>, "/")) = "facts.tmp")
CLOSESEQ F
OPENSEQ "missing.tmp" READONLY TO F ELSE CRT "missing: else, status ":STATUS()
CRT "done"
END

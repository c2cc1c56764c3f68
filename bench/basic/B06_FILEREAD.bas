PROGRAM B06_FILEREAD
* Benchmark: file reads (run B06_SETUP first).  30,000 READs of 20-field
* records from a directory file with field extraction, 15 sequential passes
* of READSEQ over a 20,000-line record, one whole-record READ of it.
OPEN "B06.DATA" TO F ELSE STOP "B06.DATA missing: run B06_SETUP first"
H = 0
N = 0
FOR PASS = 1 TO 60
   FOR I = 1 TO 500
      READ REC FROM F, "R":I THEN
         N += 1
         H = MOD(H * 7 + LEN(REC<MOD(I + PASS, 20) + 1>), 1000003)
      END ELSE
         STOP "missing R":I
      END
   NEXT I
NEXT PASS
L = 0
C = 0
FOR PASS = 1 TO 15
   OPENSEQ "B06.DATA", "LINES.TXT" TO SQ ELSE STOP "LINES.TXT missing"
   LOOP
      READSEQ LINE FROM SQ ELSE EXIT
      L += 1
      C = MOD(C * 3 + LEN(LINE), 1000003)
   REPEAT
   CLOSESEQ SQ
NEXT PASS
READ ALL FROM F, "LINES.TXT" ELSE ALL = ""
CRT "records read: ":N:" checksum: ":H
CRT "lines read: ":L:" checksum: ":C
CRT "whole-file fields: ":DCOUNT(ALL, @FM):" len: ":LEN(ALL)
CRT "done"
END

PROGRAM G011_BRANCHES
* IF expressions whose branches end in comparisons, used as conditions
* (jump targets inside conditions), labels right after comparisons
X = 2
FOR K = 1 TO 3
   IF (IF K = 1 THEN 1 ELSE X = K) THEN CRT K:" yes" ELSE CRT K:" no"
NEXT K
Y = (IF X > 1 THEN X < 5 ELSE X > 9)
CRT "nested comparison value: ":Y
N = 0
AGAIN:
IF N < 3 THEN N += 1 ; GOTO AGAIN
CRT "loop via label: ":N
I = 0
LOOP
   I += 1
UNTIL (IF I > 2 THEN 1 ELSE 0) = 1 DO
REPEAT
CRT "until if-expr: ":I
CRT "done"
END

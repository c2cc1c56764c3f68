PROGRAM G002_LOOPS
* LOOP forms: test at top, test in middle, CONTINUE skips the test,
* EXIT leaves only the innermost loop, FOR with float limit tolerance
I = 0
LOOP UNTIL I >= 3 DO
   I += 1
REPEAT
CRT "until at top: ":I
I = 0 ; S = ""
LOOP
   I += 1
   S := I
WHILE I < 5 DO
   S := ","
REPEAT
CRT "test in middle: ":S
I = 0 ; S = ""
LOOP
   I += 1
   IF I = 2 THEN CONTINUE
   S := I
WHILE I < 4
REPEAT
CRT "continue: ":S
S = ""
FOR I = 1 TO 3
   LOOP
      S := I
      EXIT
   REPEAT
   S := "."
NEXT I
CRT "exit inner only: ":S
N = 0
FOR X = 0 TO 1 STEP 0.1
   N += 1
NEXT X
CRT "float steps: ":N
S = ""
FOR I = 1 TO 9 STEP 4 ; S := I:" " ; NEXT I
CRT "step 4: ":S:"after ":I
CRT "done"
END

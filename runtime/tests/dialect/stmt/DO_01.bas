* LOOP ... WHILE/UNTIL ... DO ... REPEAT: DO after the test, on the same line, with no body, several tests
I = 0
LOOP
   I += 1
WHILE I < 3 DO
   PRINT "while body ":I
REPEAT
PRINT "after while: ":I
I = 0
LOOP I += 1 UNTIL I >= 3 DO PRINT "until body ":I REPEAT
PRINT "after until: ":I
I = 0
LOOP WHILE I < 4 DO I += 2 REPEAT
PRINT "no pre-body: ":I
* a loop with a test but no statements after DO
I = 0
LOOP
   I += 1
UNTIL I = 5 DO
REPEAT
PRINT "empty DO part: ":I
* several tests in one loop, each with its DO
I = 0
LOOP
   I += 1
WHILE I < 10 DO
   PRINT "a":I:
UNTIL I = 3 DO
   PRINT " b":I
REPEAT
PRINT
PRINT "two tests stop at: ":I
* DO on its own line
J = 0
LOOP
   J += 1
WHILE J < 3
DO
   PRINT "separate DO ":J
REPEAT
* WHILE with a statement that sets the condition in the expression
K = 5
LOOP WHILE K DO K -= 1 ; PRINT K: REPEAT
PRINT
PRINT "done"

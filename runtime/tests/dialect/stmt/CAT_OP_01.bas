* CAT is the concatenation operator (ScarletDME's tokenizer reads the name CAT as ":"),
* with ":"'s precedence: below arithmetic, above comparisons
A = 'x' CAT 'y' CAT 1 + 2
PRINT A
PRINT 'p' CAT 'q':'r'
IF 'a' CAT 'b' = 'ab' THEN PRINT 'equal'
LINE = STR('-', 3) CAT SPACE(2) CAT '|'
PRINT LINE
B = 'v' ; B = B CAT B
PRINT B
PRINT 'done'

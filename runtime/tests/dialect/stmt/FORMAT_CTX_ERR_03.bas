* INPUT and IN read their length, mask and timeout with no format (BCOMP's
* `expr`): a string or name after one is the next statement; INPUT and IN
* take a THEN or ELSE only when one follows, so that is "Unrecognised statement"
IN V "x"
IN V FOR 5 "x" THEN NULL
INPUT V "x"
INPUT V G
INPUT V, 5 G ELSE NULL
INPUT @(1,2) "x"
INPUT @(1,2):V "x" G
INPUTFIELD @(1,2):V, 5 "x" G
INPUT @(1,2):V, 5 "x" G ELSE NULL
INPUT @(1 "", 2 G):V
END

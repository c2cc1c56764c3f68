* LOCATE BY with an unknown order code, and BY with mixed numbers and strings
L = "10":@VM:"9":@VM:"abc"
LOCATE "5" IN L<1> BY "AR" SETTING P ELSE PRINT "5 AR in unsorted: ":P
LOCATE "b" IN L<1> BY "XX" SETTING P THEN PRINT "found ":P ELSE PRINT "XX order: ":P
LOCATE "abc" IN L<1> BY "AL" SETTING P THEN PRINT "abc AL found ":P ELSE PRINT "abc AL not found ":P
PRINT "done"

* Assignment of a comparison, comparisons as numbers, chained conditions
A = 5 ; B = 5
X = A = B
PRINT "X=":X
Y = (A > B) + (A = B) * 2
PRINT "Y=":Y
IF (A = 5) = 1 THEN PRINT "comparison is 1"
Z = NOT(A)
PRINT "not 5: ":Z:" not 0: ":NOT(0):" not empty: ":NOT("")
IF A THEN IF B THEN PRINT "nested single-line ifs"
IF A # B THEN PRINT "differ" ELSE IF A = 5 THEN PRINT "else-if chain"
PRINT "done"

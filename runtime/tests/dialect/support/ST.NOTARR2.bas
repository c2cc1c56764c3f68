* NOT_ARRAY_02: an element of a scalar assigned
X = "abc"
PRINT "before"
X(2) = 5
PRINT "after"
END

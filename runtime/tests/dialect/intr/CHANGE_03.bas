* CHANGE and SWAP functions: occurrence counts, start occurrence, 0 and negative counts, empty strings, marks, numbers
PRINT "change: ":CHANGE("banana", "an", "AN")
PRINT "change 1: ":CHANGE("banana", "an", "AN", 1)
PRINT "change from 2: ":CHANGE("banana", "an", "AN", 1, 2)
PRINT "change 0: ":CHANGE("banana", "an", "AN", 0)
PRINT "change neg: ":CHANGE("banana", "an", "AN", -1)
PRINT "change start 0: ":CHANGE("banana", "a", "o", 1, 0)
PRINT "change start past: ":CHANGE("banana", "a", "o", 1, 9)
PRINT "overlap: ":CHANGE("aaaa", "aa", "b")
PRINT "empty old: ":CHANGE("abc", "", "x")
PRINT "empty new: ":CHANGE("abc", "b", "")
PRINT "empty source: [":CHANGE("", "a", "x"):"]"
S = CHANGE("a":@FM:"b":@VM:"c", @FM, ",")
CONVERT @VM TO "]" IN S
PRINT "marks: ":S
PRINT "number: ":CHANGE(1000, 0, 9)
PRINT "swap: ":SWAP("a.b.c", ".", "--", 1, 2)
PRINT "done"

* AND, OR and EQ are operators to the tokenizer: no statement starts with them
AND = 1
OR = 2
EQ = 3
PRINT "done"
END

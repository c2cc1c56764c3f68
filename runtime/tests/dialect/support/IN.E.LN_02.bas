* LN of zero and negatives
CRT "[" : LN(0) : "]"
CRT "[" : LN(-1) : "]"

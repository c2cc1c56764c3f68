* FMT T (text) justification folds at word boundaries
CRT "[" : CONVERT(@TM, "~", FMT("the quick brown fox", "10T")) : "]"
CRT "[" : CONVERT(@TM, "~", FMT("the quick brown fox", "10L")) : "]"
CRT "[" : CONVERT(@TM, "~", FMT("supercalifragilistic", "8T")) : "]"
CRT "[" : CONVERT(@TM, "~", FMT("a b", "5T")) : "]"
CRT "[" : CONVERT(@TM, "~", FMT("", "5T")) : "]"
CRT "[" : CONVERT(@TM, "~", FMT("one two", "3T")) : "]"
CRT "done"

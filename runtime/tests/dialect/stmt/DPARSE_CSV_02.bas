* DPARSE.CSV quoting rules: text after a closing quote, lone quotes, unterminated quotes, empty and multi-character delimiters; STATUS() after it
DPARSE.CSV '"ab"cd,e', ",", A, B
PRINT "1 [":A:"][":B:"] ":STATUS()
DPARSE.CSV 'a"b,c""d,"",""""', ",", A, B, C, D
PRINT "2 [":A:"][":B:"][":C:"][":D:"] ":STATUS()
DPARSE.CSV '"unterminated,x', ",", A, B
PRINT "3 [":A:"][":B:"]"
DPARSE.CSV "a,b", "", A, B
PRINT "4 [":A:"][":B:"]"
DPARSE.CSV "a;b,c", ";,", A, B
PRINT "5 [":A:"][":B:"]"
DPARSE.CSV "", ",", A, B
PRINT "6 [":A:"][":B:"] ":STATUS()
DPARSE.CSV "x,y", ",", A, B, C
PRINT "7 [":A:"][":B:"][":C:"] ":STATUS()
DPARSE.CSV "x":@FM:"y,z", ",", A, B
PRINT "8 [":A:"][":B:"]"
DPARSE.CSV ' "q" ,r', ",", A, B
PRINT "9 [":A:"][":B:"]"
R = ""
DPARSE.CSV '1,"2,5",3', ",", R<1>, R<2,2>, R<4>
PRINT "10 ":CONVERT(@FM:@VM, "^]", R)
DPARSE.CSV "p,q", ",", I, J
PRINT "11 [":I:"][":J:"] ":STATUS()
PRINT "done"

* minus signs straight before a numeric literal fold into it before a substring or extraction
X = "123"
PRINT "C1:":-X[1]:"|":- 3[1]:"|":2 -3[1]:"|":-2 ** 2:"|":-3<1>:"|":-1.5[2]
PRINT "C2:":(-3)[1]:"|":5 * -13[1]:"|":--13[1]:"|":-3:"x"
PRINT "C3:":"abc"<1>:"|":"a":@VM:"b"<1, 2>:"|":12<1>
PRINT "done"
END

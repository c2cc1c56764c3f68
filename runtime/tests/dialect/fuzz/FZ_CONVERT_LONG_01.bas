* difftest: seed 19948 case C7, minimised: CONVERT reads its lists as C
* strings of at most 256 bytes; a longer list has the length -1, so a long
* "from" list converts nothing and a long "to" list deletes every byte
R = CONVERT(SPLICE("abc":@FM:"x,y,z":@VM:" lead":@VM:"", "Mixed Case 123":@FM:"abc", FOLD(STR("5.", 6), 1)), -1, "ABC")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
S = "hello world"
FOR N = 255 TO 257
  L = "l":STR("z", N - 1)
  PRINT N:" ":CONVERT(L, "L", S):" ":CONVERT("lo", L, S)
  X = S ; CONVERT L TO "L" IN X ; Y = S ; CONVERT "lo" TO L IN Y
  PRINT N:" ":X:" ":Y
NEXT N
PRINT "done"
END

* XLATE with codes X and C on a missing key and field 0
EXECUTE "CREATE.FILE XLF DIRECTORY" CAPTURING JUNK
OPEN "XLF" TO F ELSE STOP "no file"
WRITE "v1":@FM:"v2" TO F, "K"
CRT XLATE("XLF", "K", 2, "X") : "|" : XLATE("XLF", "K", 0, "X") : "|[" : XLATE("XLF", "Z", 1, "X") : "]|" : XLATE("XLF", "Z", 1, "C")
CRT "done"

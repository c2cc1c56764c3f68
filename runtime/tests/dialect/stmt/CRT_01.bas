* CRT prints to the display like PRINT; trailing colon suppresses the newline
CRT "one"
CRT "two":
CRT " and more"
CRT
X = 3
CRT X * 2, "tab"
CRT @(-1):"after clear"
PRINT "done"

* @(n) codes for the terminal type xterm, shown as hex
FOR N = 1 TO 60
   S = @(-N)
   IF S # "" THEN CRT "@(-":N:") ":OCONV(S, "MX0C")
NEXT N
FOR N = 100 TO 109
   S = @(-N)
   IF S # "" THEN CRT "@(-":N:") ":OCONV(S, "MX0C")
NEXT N
CRT "cub3 ":OCONV(@(-9, 3), "MX0C"):" cub0 ":OCONV(@(-9, 0), "MX0C")
CRT "cuu2 ":OCONV(@(-10, 2), "MX0C")
CRT "il3 ":OCONV(@(-17, 3), "MX0C"):" dl2 ":OCONV(@(-18, 2), "MX0C")
CRT "ich2 ":OCONV(@(-19, 2), "MX0C"):" dch2 ":OCONV(@(-22, 2), "MX0C")
CRT "cud2 ":OCONV(@(-33, 2), "MX0C"):" cuf2 ":OCONV(@(-34, 2), "MX0C")
CRT "fg2 ":OCONV(@(-37, 2), "MX0C"):" bg3 ":OCONV(@(-38, 3), "MX0C")
CRT "col0 ":OCONV(@(0), "MX0C"):" col5 ":OCONV(@(5), "MX0C"):" col5,-1 ":OCONV(@(5,-1), "MX0C")
CRT "x big ":OCONV(@(32000, 1), "MX0C"):" y big ":OCONV(@(3, 32000), "MX0C"):" x neg ":OCONV(@(-7,2),"MX0C")
CRT "0,0 ":OCONV(@(0,0), "MX0C"):" 31999,31999 ":OCONV(@(31999,31999), "MX0C")
CRT "frac ":OCONV(@(2.7,1.2), "MX0C")
FOR N = -1 TO 10
   CRT "colour ":N:" ":OCONV(@(-37, N), "MX0C"):" ":OCONV(@(-38, N), "MX0C")
NEXT N
CRT "done"

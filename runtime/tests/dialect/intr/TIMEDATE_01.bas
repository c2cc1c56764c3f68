* TIMEDATE layout: HH:MM:SS DD MMM YYYY
TD = TIMEDATE()
CRT LEN(TD) : " " : (TD[9,1] = " ") : (TD[12,1] = " ") : (TD[16,1] = " ") : ALPHA(TD[13,3]) : NUM(TD[17,4])
CRT "done"

* OCONV MT of a multi-valued string is fatal (run through IN.RUNERR)
CRT "[" : OCONV(3600, "MTS") : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", OCONV(3600:@VM:7200, "MTS")) : "] " : STATUS()

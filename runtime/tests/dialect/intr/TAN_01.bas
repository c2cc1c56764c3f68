* TAN at 90 degrees and nearby
CRT TAN(90) : "|" : TAN(270) : "|" : TAN(30)
CRT "done"

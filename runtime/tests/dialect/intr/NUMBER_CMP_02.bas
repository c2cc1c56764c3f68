* numeric vs string comparison rules: both numeric compares numerically, else text
CRT ("10" > "9") : ("10" > "9x") : ("abc" > "ab") : ("1.0" = "1") : ("1.0" = "1.00x")
CRT ("-1" < "0") : ("-1" < "-0.5") : ("" = "0") : (" " = "") : ("00" = "0")
CRT ("2147483648" > "2147483647") : ("1E2" > "99") : (".5" = "0.50")
CRT "done"

* NUM: what counts as numeric
CRT NUM(1) : NUM("1") : NUM("") : NUM("abc") : NUM("1.5") : NUM("-1.5") : NUM("+1") : NUM(".5") : NUM("5.")
CRT NUM(" 1") : NUM("1 ") : NUM(" ") : NUM("1E5") : NUM("1e5") : NUM("0x10") : NUM("1,000") : NUM("--1")
CRT NUM("-") : NUM("+") : NUM(".") : NUM("-.5") : NUM("+.") : NUM("1.2.3") : NUM("12345678901234567890")
CRT NUM(@FM) : NUM("1":@FM:"2") : NUM("$5") : NUM(CHAR(9):"5") : NUM("1-") : NUM("00012") : NUM("-0")
CRT "done"

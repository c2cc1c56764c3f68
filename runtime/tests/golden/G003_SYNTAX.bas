program g003_syntax
* lower-case keywords and names, comments, labels, continuation lines
x = 1 ;* comment after a statement
! bang comment line
rem remark line
crt "x=":x
total = sum(1:@fm:2:@fm:3:@fm:4)
crt "sum: ":total
s = change("a-b-c",
   "-",
   "+")
crt "continued: ":s
gosub my.label
crt "label: ":res
crt "mixed case var: ":X:TOTAL:Total
if x then crt "then" else crt "else"
begin case
   case x = 1 ; crt "case one"
end case
crt "done"
stop
my.label:
   res = "ok" ; return
end

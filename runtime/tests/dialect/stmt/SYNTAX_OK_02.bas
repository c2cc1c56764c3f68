* Comments after ;, ! and REM forms, lower case, tabs and trailing spaces
x = 1 ; * a comment
y = 2 ;! another
z = 3 ; REM third   
	print x + y + z	
! bang comment
REM rem comment
*comment without space
if x then print "lower" ; * after then
print "done"   
end

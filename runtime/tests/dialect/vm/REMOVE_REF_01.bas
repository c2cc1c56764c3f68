* SUPPORT: VM.NEXTREM VM.FNREM
* The REMOVE pointer travels with the variable through CALL and DEFFUN
* arguments, also for a COMMON variable, and appending resets it
DEFFUN VM.FNREM(S)
COMMON /VMREM/ CL
D = "a":@FM:"b":@FM:"c":@FM:"d"
REMOVE X FROM D SETTING M
PRINT "caller: ":X
CALL VM.NEXTREM(D)
REMOVE X FROM D SETTING M
PRINT "caller again: ":X:" ":M
PRINT "function: ":VM.FNREM(D)
REMOVE X FROM D SETTING M
PRINT "caller after function: ":X:" ":M
CL = "p":@VM:"q":@VM:"r"
CALL VM.NEXTREM(CL)
REMOVE X FROM CL SETTING M
PRINT "common: ":X:" ":M
E = "1":@FM:"2"
REMOVE X FROM E SETTING M
E := @FM:"3"
REMOVE X FROM E SETTING M
PRINT "after append: ":X:" ":M
PRINT "done"

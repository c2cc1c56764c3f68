* Comments: REM, REMARK, *, !, and ; * after a statement
REM a remark
REMARK another one
* star comment
! bang comment
X = 1 ; * trailing comment
Y = 2 ; REM trailing rem
PRINT X + Y ;! trailing bang
   * indented comment
PRINT "done"

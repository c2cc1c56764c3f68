* Compiler directives ScarletDME does not have: $UNDEFINE and $IF are unrecognised
* (so the $ENDIF after $IF has no $IFDEF), while the listing switches are accepted
$DEFINE FEATURE.A
$NO.XREF
$PAGE
$IF FEATURE.A
PRINT 'a'
$ENDIF
$UNDEFINE FEATURE.A
#UNDEFINE FEATURE.A
$IFDEF FEATURE.A
PRINT 'still defined'
$ENDIF
PRINT 'done'
END

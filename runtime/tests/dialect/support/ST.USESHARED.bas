* Includes an item from the file SHARED.H (made at run time by INCLUDE_03)
$INCLUDE SHARED.H GREET
PRINT GREETING

SUBROUTINE ST.COMSHOW
* Shows the COM variables of COM_01 (other names, same positions)
COM X, Y(2)
COM /BLK/ Z
PRINT X:" ":Y(2):" ":Z
X = "changed"
RETURN

* MATPARSE's source is read with no format (BCOMP's `expr`): in X<1, 1> USING @VM
* the `<` is a less-than (no format may follow the `>`), so the delimiter is
* `1 > USING` and @VM is left over; the same after a format name elsewhere
DIM M(3)
X = "a"
MATPARSE M FROM X<1, 1> USING @VM
MATPARSE M FROM X<1> USING @VM
Y = X USING @VM
Y = X<1, 1> @FM
PRINT X @VM
MATBUILD R FROM M, 1, 3 "" USING @VM
MATBUILD R FROM M, 2 USING @VM
MATBUILD R FROM M USING @VM
END

* A recursive LOCAL function walks a parent/child tree kept in a dynamic array
DEFFUN SHOW.TREE(NODE, DEPTH) LOCAL
* field i: node name ]children positions
TREE = "root":@VM:"2":@SM:"3"
TREE<2> = "left":@VM:"4"
TREE<3> = "right"
TREE<4> = "leaf"
N = SHOW.TREE(1, 0)
PRINT "nodes shown: ":N
PRINT "done"
STOP

LOCAL FUNCTION SHOW.TREE(NODE, DEPTH)
   PRIVATE KIDS, K, COUNT
   PRINT SPACE(DEPTH * 2):TREE<NODE, 1>
   COUNT = 1
   KIDS = TREE<NODE, 2>
   FOR K = 1 TO DCOUNT(KIDS, @SM)
      COUNT += SHOW.TREE(KIDS<1, 1, K>, DEPTH + 1)
   NEXT K
   RETURN COUNT
END

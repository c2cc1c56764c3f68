* Recursion: a catalogued subroutine that calls itself (tree walk), recursive GOSUB with a stack,
* and a recursive function; Towers of Hanoi move count
* SUPPORT: AP.TREESUM AP.GCD
DEFFUN AP.GCD(A, B)
* tree: node<1> = value, node<2> = children as subvalue-separated ids
TREE = ''
TREE<1> = 10:@VM:'2':@SM:'3'
TREE<2> = 5:@VM:'4'
TREE<3> = 7:@VM:''
TREE<4> = 1:@VM:'5':@SM:'6'
TREE<5> = 2:@VM:''
TREE<6> = 100:@VM:''
TOTAL = 0 ; DEPTH = 0
CALL AP.TREESUM(TREE, 1, TOTAL, DEPTH)
PRINT 'tree total ':TOTAL:' max depth ':DEPTH
CALL AP.TREESUM(TREE, 4, T2, D2)
PRINT 'subtree 4 total ':T2:' depth ':D2
PRINT 'gcd: ':AP.GCD(48, 18):' ':AP.GCD(17, 5):' ':AP.GCD(0, 9):' ':AP.GCD(1071, 462)
* permutations by recursive GOSUB with an explicit stack
ITEMS = 'a':@VM:'b':@VM:'c'
PERMS = ''
PREFIX = '' ; REST = ITEMS
STACK = ''
GOSUB PERMUTE
PRINT DCOUNT(PERMS, @FM):' permutations: ':CONVERT(@FM, ' ', PERMS)
* hanoi
MOVES = 0
N = 5 ; FROM.P = 'A' ; TO.P = 'C' ; VIA.P = 'B'
GOSUB HANOI
PRINT 'hanoi(5) moves: ':MOVES
PRINT 'done'
STOP

PERMUTE:
   IF REST = '' THEN PERMS<-1> = PREFIX ; RETURN
   NR = DCOUNT(REST, @VM)
   FOR K = 1 TO NR
      * save state on the stack
      STACK = INSERT(STACK, 1, 0, 0, PREFIX:@SM:REST:@SM:K:@SM:NR)
      PREFIX := REST<1,K>
      REST = DELETE(REST, 1, K, 0)
      GOSUB PERMUTE
      FRAME = STACK<1>
      STACK = DELETE(STACK, 1)
      PREFIX = FRAME<1,1,1> ; REST = FRAME<1,1,2> ; K = FRAME<1,1,3> ; NR = FRAME<1,1,4>
   NEXT K
   RETURN

HANOI:
   IF N = 0 THEN RETURN
   N -= 1
   T = TO.P ; TO.P = VIA.P ; VIA.P = T
   GOSUB HANOI
   T = TO.P ; TO.P = VIA.P ; VIA.P = T
   N += 1
   MOVES += 1
   N -= 1
   T = FROM.P ; FROM.P = VIA.P ; VIA.P = T
   GOSUB HANOI
   T = FROM.P ; FROM.P = VIA.P ; VIA.P = T
   N += 1
   RETURN
END

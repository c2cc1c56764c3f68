* MAT assignment and copy and the zero element: MAT X = value sets element 0 to "";
* MAT A = MAT B copies in storage order from element 0, as many elements as the
* smaller array holds, and leaves the target's further elements alone.
DIM A(2), D(3), G(2,2), S(2)
A(1) = 'a1' ; A(2) = 'a2'
D(3) = 'keep'
MAT D = MAT A
PRINT 'copy: ':D(1):' ':D(2):' ':D(3)
A(0) = 'z'
MAT D = MAT A
PRINT 'zero copied: ':D(0)
MAT S = 0
PRINT 'fill zero element: [':S(0):'] ':S(1):S(2)
S(0) = 'was set'
MAT S = 'x'
PRINT 'fill again: [':S(0):'] ':S(1):S(2)
MAT G = 'g'
PRINT 'two-dim: [':G(0,0):'] ':G(2,2)
DIM F(4)
MAT F = MAT G
PRINT 'flat: ':F(1):F(2):F(3):F(4):' zero [':F(0):']'
COMMON /CB/ M(2)
MAT M = MAT A
PRINT 'common: ':M(0):' ':M(1):' ':M(2)
PRINT 'done'

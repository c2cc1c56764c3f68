* ADDS is not a ScarletDME intrinsic: the compiler takes it for an undimensioned matrix
X = ADDS(1:@VM:2, 3:@VM:4)

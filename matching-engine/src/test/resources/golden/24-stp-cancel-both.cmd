# Rule 6, mode CANCEL_BOTH: the own resting order is cancelled first, then the aggressor's
# remaining quantity, both reason STP, and the walk stops. STP only concerns orders of the SAME
# participant and uses the AGGRESSOR's mode.
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,CB,SZDE,BS,0,0,CANCEL_BOTH
PARTICIPANT,MM,GYBDE,BS,0,0,NONE

# asks: 100 [m1/MM 2] | 101 [c1/CB 3, m2/MM 4]  (ACCEPTED seq1..3 oid1..3)
NEW,1,MM,m1,H100,S,LIMIT,GTC,100,2
NEW,2,CB,c1,H100,S,LIMIT,GTC,101,3
NEW,3,MM,m2,H100,S,LIMIT,GTC,101,4
# CB buys 10 to 102: FILL m1 2, meets own c1 -> CANCELLED c1 3 STP, then CANCELLED b1 8 STP;
# m2 is not reached. ACCEPTED seq4 oid4, FILL seq5 t1, CANCELLED seq6, CANCELLED seq7
NEW,4,CB,b1,H100,B,LIMIT,GTC,102,10
# level 101: m2/MM 4, c2/CB 1. ACCEPTED seq8 oid5
NEW,5,CB,c2,H100,S,LIMIT,GTC,101,1
# MM (mode NONE) aggresses: self-trade with its own m2, then trades with CB's c2 normally
# (the resting side's CANCEL_BOTH does not matter). ACCEPTED seq9 oid6, FILL seq10 t2, FILL seq11 t3
NEW,6,MM,b2,H100,B,LIMIT,GTC,101,5
# Final book: empty

# Rule 4 with rule 6: the FOK "would it fill completely" walk includes self-trade prevention.
#  CANCEL_RESTING: own resting orders do not count (they would be cancelled), the walk goes on;
#                  if the FOK trades, those own orders are cancelled STP during the walk;
#                  if it does not, nothing is cancelled but the FOK itself.
#  CANCEL_AGGRESSOR / CANCEL_BOTH: the walk stops at the first own order.
#  NONE: own orders count and trade normally.
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,MM,SZDE,BS,0,0,NONE
PARTICIPANT,CR,SZDE,BS,0,0,CANCEL_RESTING
PARTICIPANT,CA,GYBDE,BS,0,0,CANCEL_AGGRESSOR
PARTICIPANT,NO,GYBDE,BS,0,0,NONE
PARTICIPANT,CB,GYBDE,BS,0,0,CANCEL_BOTH

# asks: 100 a1/MM 2 | 101 c1/CR 3 | 102 a2/MM 2. ACCEPTED seq1..3 oid1..3
NEW,1,MM,a1,H100,S,LIMIT,GTC,100,2
NEW,2,CR,c1,H100,S,LIMIT,GTC,101,3
NEW,3,MM,a2,H100,S,LIMIT,GTC,102,2
# CR buys FOK 5 to 102: 2 (a1) + own c1 skipped + 2 (a2) = 4 < 5 -> ACCEPTED seq4 oid4,
# CANCELLED seq5 f1 5 FOK; c1 is NOT cancelled
NEW,4,CR,f1,H100,B,LIMIT,FOK,102,5
# FOK 4: 2 + 2 = 4 -> trades: ACCEPTED seq6 oid5, FILL seq7 t1 100 x2, CANCELLED seq8 c1 3 STP,
# FILL seq9 t2 102 x2
NEW,5,CR,f2,H100,B,LIMIT,FOK,102,4
# asks: 100 a3/MM 2 | 101 k1/CA 3 | 102 a4/MM 5. ACCEPTED seq10..12 oid6..8
NEW,6,MM,a3,H100,S,LIMIT,GTC,100,2
NEW,7,CA,k1,H100,S,LIMIT,GTC,101,3
NEW,8,MM,a4,H100,S,LIMIT,GTC,102,5
# CA buys FOK 4 to 102: 2 (a3), then own k1 stops the walk -> 2 < 4 (although 7 from others exist)
# -> ACCEPTED seq13 oid9, CANCELLED seq14 f3 4 FOK (not STP); k1 stays
NEW,9,CA,f3,H100,B,LIMIT,FOK,102,4
# FOK 2 to 100 never reaches k1: ACCEPTED seq15 oid10, FILL seq16 t3 100 x2
NEW,10,CA,f4,H100,B,LIMIT,FOK,100,2
# level 101: k1/CA 3, n1/NO 1. ACCEPTED seq17 oid11
NEW,11,NO,n1,H100,S,LIMIT,GTC,101,1
# NO (mode NONE) buys FOK 4 at 101: k1 3 (another participant) + own n1 1 counts -> trades,
# the second fill is a self-trade. ACCEPTED seq18 oid12, FILL seq19 t4 x3, FILL seq20 t5 x1
NEW,12,NO,f5,H100,B,LIMIT,FOK,101,4
# level 102: a4/MM 5, cb1/CB 1. ACCEPTED seq21 oid13
NEW,13,CB,cb1,H100,S,LIMIT,GTC,102,1
# CB buys FOK 6: 5 (a4), then own cb1 stops the walk -> 5 < 6 -> ACCEPTED seq22 oid14,
# CANCELLED seq23 f6 6 FOK; cb1 stays
NEW,14,CB,f6,H100,B,LIMIT,FOK,102,6
# FOK 5 is complete before reaching cb1 -> ACCEPTED seq24 oid15, FILL seq25 t6 102 x5
NEW,15,CB,f7,H100,B,LIMIT,FOK,102,5
# Final book: ask 102 cb1/CB 1

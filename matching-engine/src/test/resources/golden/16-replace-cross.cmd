# Rule 8 / interp. 11: a replaced order whose new price crosses trades as an AGGRESSOR after its
# REPLACED line (FILLs at the resting prices, aggressor = its side); what is left rests at the new
# price. Leaves after a replace = newQty - qty already filled.
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,B1,SZDE,B,0,0,NONE
PARTICIPANT,S1,GYBDE,S,0,0,NONE
PARTICIPANT,S2,GYBDE,S,0,0,NONE

# asks 101 a1 2, 102 a2 3; bids 100 b2 1, 99 b1 4 (ACCEPTED seq1..4, oid1..4)
NEW,1,S1,a1,H100,S,LIMIT,GTC,101,2
NEW,2,S2,a2,H100,S,LIMIT,GTC,102,3
NEW,3,B1,b1,H100,B,LIMIT,GTC,99,4
NEW,4,B1,b2,H100,B,LIMIT,GTC,100,1
# b1 re-priced to 102: REPLACED seq5, then FILL seq6 t1 101 x2 (a1), FILL seq7 t2 102 x2 (a2),
# aggressor B; b1x fully filled, a2 total 3 filled 2 leaves 1
REPLACE,5,B1,b1x,b1,102,4
# ACCEPTED seq8 oid5, FILL seq9 t3 100 x1 vs b2 (aggressor S)
NEW,6,S1,a3,H100,S,LIMIT,GTC,100,1
# bids now: 101 b4 1, 98 b3 5 (ACCEPTED seq10 oid6, seq11 oid7)
NEW,7,B1,b3,H100,B,LIMIT,GTC,98,5
NEW,8,B1,b4,H100,B,LIMIT,GTC,101,1
# a2 (filled 2) re-priced to 98 with new total 4 -> leaves 2; sell aggressor:
# REPLACED seq12, FILL seq13 t4 101 x1 (b4), FILL seq14 t5 98 x1 (b3); b3 filled 1 leaves 4
REPLACE,9,S2,a2x,a2,98,4
# b3 (total 5, filled 1) -> 99, total 6 -> leaves 5; no asks, it just rests: REPLACED seq15
REPLACE,10,B1,b3x,b3,99,6
# ACCEPTED seq16 oid8 (ask 103), ACCEPTED seq17 oid9 (bid 99 behind b3x)
NEW,11,S1,a4,H100,S,LIMIT,GTC,103,2
NEW,12,B1,b5,H100,B,LIMIT,GTC,99,1
# b3x (total 6, filled 1) -> 104, total 9 -> leaves 8: REPLACED seq18, FILL seq19 t6 103 x2,
# the remaining 6 rest at 104
REPLACE,13,B1,b3y,b3x,104,9
# Final book: bids 104 b3y 6, 99 b5 1; no asks

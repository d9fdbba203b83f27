# Rule 6, mode CANCEL_RESTING: each own resting order the aggressor meets is cancelled
# (CANCELLED ... <its leaves>,STP) at the point of the walk where it is met, and the walk goes on.
# Also for a crossing REPLACE (interp. 11: it walks with its participant's STP mode).
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,CR,SZDE,BS,0,0,CANCEL_RESTING
PARTICIPANT,MM,GYBDE,BS,0,0,NONE

# asks: 100 [m1/MM 1, c1/CR 2, m2/MM 3] | 101 [c2/CR 4] | 102 [m3/MM 5]  (ACCEPTED seq1..5 oid1..5)
NEW,1,MM,m1,H100,S,LIMIT,GTC,100,1
NEW,2,CR,c1,H100,S,LIMIT,GTC,100,2
NEW,3,MM,m2,H100,S,LIMIT,GTC,100,3
NEW,4,CR,c2,H100,S,LIMIT,GTC,101,4
NEW,5,MM,m3,H100,S,LIMIT,GTC,102,5
# CR buys 6 to 102: FILL m1 1, STP-cancel c1, FILL m2 3, STP-cancel c2, FILL m3 2 -> done.
# ACCEPTED seq6 oid6, FILL seq7 t1, CANCELLED seq8 c1 2 STP, FILL seq9 t2, CANCELLED seq10 c2 4 STP,
# FILL seq11 t3; m3 leaves 3
NEW,6,CR,b1,H100,B,LIMIT,GTC,102,6
# ACCEPTED seq12 oid7 (ask 103), ACCEPTED seq13 oid8 (bid 99)
NEW,7,CR,c3,H100,S,LIMIT,GTC,103,1
NEW,8,CR,b2,H100,B,LIMIT,GTC,99,2
# b2 -> 103, total 5: REPLACED seq14, FILL seq15 t4 102 x3 (m3), CANCELLED seq16 c3 1 STP;
# the remaining 2 rest at 103
REPLACE,9,CR,b3,b2,103,5
# Final book: bid 103 b3 2

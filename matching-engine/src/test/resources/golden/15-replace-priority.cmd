# Rule 8: REPLACE keeps time priority only for the same price and newQty <= old total qty;
# qty up or any price change moves the order to the back of its (new) price level.
# newQty is the new TOTAL (FIX OrderQty): leaves = newQty - filled. REPLACED prints the new
# price and newQty as given (interp. 2). The order keeps its orderId.
INSTRUMENT,H100,0.01,1,1,0,10.00
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,SZDE,BS,0,0,NONE
PARTICIPANT,P3,GYBDE,BS,0,0,NONE
PARTICIPANT,T,GYBDE,BS,0,0,NONE

# level 10.00: a1 5, a2 5, a3 5 (ACCEPTED seq1..3, oid1..3)
NEW,1,P1,a1,H100,S,LIMIT,GTC,10.00,5
NEW,2,P2,a2,H100,S,LIMIT,GTC,10.00,5
NEW,3,P3,a3,H100,S,LIMIT,GTC,10.00,5
# qty down, same price: keeps its place -> REPLACED seq4; level: a1x 3, a2 5, a3 5
REPLACE,4,P1,a1x,a1,10.00,3
# qty up: to the back -> REPLACED seq5; level: a1x 3, a3 5, a2x 6
REPLACE,5,P2,a2x,a2,10.00,6
# same qty, same price: keeps its place -> REPLACED seq6; level: a1x 3, a3x 5, a2x 6
REPLACE,6,P3,a3x,a3,10.00,5
# ACCEPTED seq7 oid4 at 10.01
NEW,7,P1,a4,H100,S,LIMIT,GTC,10.01,2
# price change: back of the 10.00 level -> REPLACED seq8; level: a1x 3, a3x 5, a2x 6, a4x 2
REPLACE,8,P1,a4x,a4,10.00,2
# ACCEPTED seq9 oid5, then a price change with the same qty -> REPLACED seq10 (now alone at 10.03)
NEW,9,P3,a5,H100,S,LIMIT,GTC,10.02,1
REPLACE,10,P3,a5x,a5,10.03,1
# buy 10 at 10.00 takes the level in its current priority: a1x 3, a3x 5, then 2 of a2x.
# ACCEPTED seq11 oid6, FILL seq12 t1, seq13 t2, seq14 t3; a2x: total 6, filled 2, leaves 4
NEW,11,T,b1,H100,B,LIMIT,IOC,10.00,10
# partially filled order, newQty 5 <= total 6, same price: keeps priority; leaves 5-2 = 3.
# REPLACED seq15 (prints 5, the new total)
REPLACE,12,P2,a2y,a2x,10.00,5
# a2y is still ahead of a4x: ACCEPTED seq16 oid7, FILL seq17 t4 x1 vs a2y; a2y filled 3, leaves 2
NEW,13,T,b2,H100,B,LIMIT,IOC,10.00,1
# newQty 6 > total 5: to the back; leaves 6-3 = 3 -> REPLACED seq18; level: a4x 2, a2z 3
REPLACE,14,P2,a2z,a2y,10.00,6
# Final book: asks 10.00 a4x 2, a2z 3; 10.03 a5x 1

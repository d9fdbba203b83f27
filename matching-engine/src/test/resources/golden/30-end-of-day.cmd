# Extension END_OF_DAY,<ts>: cancels every resting DAY order (all instruments) in orderId order,
# reason EXPIRED, with its current clOrdId and leaves; GTC and GTD orders stay. It counts as a
# command in SUMMARY. A replaced DAY order is still a DAY order.
INSTRUMENT,H100,1,1,1,0,100
INSTRUMENT,A100,1,1,1,0,100
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1..5, oid1..5
NEW,1,P1,d1,H100,B,LIMIT,DAY,95,1
NEW,2,P2,g1,H100,B,LIMIT,GTC,96,1
NEW,3,P2,d2,A100,S,LIMIT,DAY,105,2
NEW,4,P1,t1,H100,S,LIMIT,GTD,104,1,EXPIRE=100
NEW,5,P2,d3,H100,B,LIMIT,DAY,95,3
# ACCEPTED seq6 oid6, FILL seq7 t1 105 x1 vs d2 -> d2 leaves 1
NEW,6,P1,s1,A100,B,LIMIT,IOC,105,1
# REPLACED seq8 (d1 -> d1x at 94, still a DAY order)
REPLACE,7,P1,d1x,d1,94,1
# DAY orders by orderId: 1 (d1x 1), 3 (d2 1), 5 (d3 3) -> CANCELLED seq9, seq10, seq11 EXPIRED
END_OF_DAY,8
# no DAY order left -> nothing
END_OF_DAY,9
# END_OF_DAY does not stop new DAY orders -> ACCEPTED seq12 oid7
NEW,10,P1,d4,H100,B,LIMIT,DAY,90,1
# Final book: H100 bids 96 g1 1, 90 d4 1; ask 104 t1 1; A100 empty

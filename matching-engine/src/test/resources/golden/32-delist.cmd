# Extension DELIST,<ts>,<symbol>: cancels every resting order of the symbol in orderId order,
# reason DELISTED (with current clOrdId and leaves); afterwards the symbol is unknown
# (UNKNOWN_SYMBOL, and HALT/DELIST/MASS_CANCEL on it emit nothing). Unknown symbol: nothing.
INSTRUMENT,H100,1,1,1,0,100
INSTRUMENT,A100,1,1,1,0,100
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1..5, oid1..5
NEW,1,P1,o1,H100,B,LIMIT,GTC,99,1
NEW,2,P2,o1,A100,B,LIMIT,GTC,99,2
NEW,3,P2,o2,H100,S,LIMIT,GTC,101,3
NEW,4,P1,o2,H100,B,LIMIT,GTC,98,4
NEW,5,P2,o3,H100,S,LIMIT,GTC,100,5
# ACCEPTED seq6 oid6, FILL seq7 t1 100 x2 vs P2's o3 -> leaves 3
NEW,6,P1,o3,H100,B,LIMIT,IOC,100,2
# H100 by orderId: 1 (P1 o1 1), 3 (P2 o2 3), 4 (P1 o2 4), 5 (P2 o3 3) -> CANCELLED seq8..11 DELISTED;
# A100 is untouched
DELIST,7,H100
# -> REJECTED seq12 UNKNOWN_SYMBOL (o4 used up)
NEW,8,P1,o4,H100,B,LIMIT,GTC,99,1
# delisted / never listed / halt of a delisted symbol -> nothing
DELIST,9,H100
DELIST,10,NOPE
HALT,11,H100
# -> REJECTED seq13 UNKNOWN_ORDER
CANCEL,12,P1,c1,o1
# -> REJECTED seq14 DUPLICATE_CLORDID
NEW,13,P1,o4,A100,S,LIMIT,GTC,99,1
# ACCEPTED seq15 oid7, FILL seq16 t2 99 x1 vs P2's A100 o1 -> leaves 1
NEW,14,P1,o5,A100,S,LIMIT,GTC,99,1
# unknown symbol now -> nothing
MASS_CANCEL,15,P2,H100
# Final book: A100 bid 99 o1/P2 1

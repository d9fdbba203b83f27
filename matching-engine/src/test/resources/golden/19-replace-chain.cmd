# Rules 7 and 8: chains of replaces. Each REPLACE names the order by its CURRENT clOrdId;
# older clOrdIds of the chain are UNKNOWN_ORDER; every clOrdId of the chain stays used up.
# Priority survives a chain of qty-down replaces; filled qty accumulates over the chain.
INSTRUMENT,H100,0.01,1,1,0,10.00
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# level 9.90: k1 10, q1 5 (ACCEPTED seq1 oid1, seq2 oid2)
NEW,1,P1,k1,H100,B,LIMIT,GTC,9.90,10
NEW,2,P2,q1,H100,B,LIMIT,GTC,9.90,5
# k1 -> k2 -> k3, qty down each time: still first at 9.90. REPLACED seq3, seq4
REPLACE,3,P1,k2,k1,9.90,8
REPLACE,4,P1,k3,k2,9.90,6
# k2 is no longer current -> REJECTED seq5 k4 UNKNOWN_ORDER (k4 used up)
REPLACE,5,P1,k4,k2,9.90,5
# -> REJECTED seq6 k4 DUPLICATE_CLORDID
REPLACE,6,P1,k4,k3,9.90,5
# sell 4 at 9.90 hits k3 first: ACCEPTED seq7 oid3, FILL seq8 t1 x4; k3 total 6, filled 4, leaves 2
NEW,7,P2,q2,H100,S,LIMIT,GTC,9.90,4
# new price 9.95, total 9 -> leaves 9-4 = 5: REPLACED seq9
REPLACE,8,P1,k5,k3,9.95,9
# q3 joins 9.95 behind k5: ACCEPTED seq10 oid4
NEW,9,P2,q3,H100,B,LIMIT,GTC,9.95,1
# qty down (9 -> 7), same price: k6 keeps its place ahead of q3; leaves 7-4 = 3. REPLACED seq11
REPLACE,10,P1,k6,k5,9.95,7
# sell IOC 1 at 9.95 hits k6, not q3: ACCEPTED seq12 oid5, FILL seq13 t2; k6 filled 5, leaves 2
NEW,11,P2,q4,H100,S,LIMIT,IOC,9.95,1
# total 5 - filled 5 = 0 -> done: CANCELLED seq14 k6 leaves 2 USER
REPLACE,12,P1,k7,k6,9.95,5
# -> REJECTED seq15 k8 UNKNOWN_ORDER
CANCEL,13,P1,k8,k6
# the first clOrdId of the chain is still used up -> REJECTED seq16 DUPLICATE_CLORDID
NEW,14,P1,k1,H100,B,LIMIT,GTC,9.00,1
# Final book: bids 9.95 q3 1, 9.90 q1 5

# Rules 2 and 7: CANCEL checks participant, duplicate clOrdId, unknown order (in that order);
# it names a LIVE order of the SAME participant by its CURRENT clOrdId, else UNKNOWN_ORDER
# under the request's clOrdId. Success: CANCELLED,<seq>,<p>,<origClOrdId>,<leaves>,USER.
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1 oid1, ACCEPTED seq2 oid2
NEW,1,P1,o1,H100,B,LIMIT,GTC,99,5
NEW,2,P1,o2,H100,B,LIMIT,GTC,98,5
# -> CANCELLED seq3 P1 o1 leaves 5 USER
CANCEL,3,P1,c1,o1
# o1 is no longer live -> REJECTED seq4 P1 c2 UNKNOWN_ORDER
CANCEL,4,P1,c2,o1
# never existed -> REJECTED seq5 UNKNOWN_ORDER
CANCEL,5,P1,c3,zz
# o2 belongs to P1, not to P2 -> REJECTED seq6 P2 c4 UNKNOWN_ORDER
CANCEL,6,P2,c4,o2
# duplicate clOrdId c1 AND unknown order -> REJECTED seq7 DUPLICATE_CLORDID (duplicate first)
CANCEL,7,P1,c1,zz
# the cancel's own clOrdId o2 was used by the NEW -> REJECTED seq8 DUPLICATE_CLORDID; o2 stays live
CANCEL,8,P1,o2,o2
# -> REJECTED seq9 GHOST c5 UNKNOWN_PARTICIPANT
CANCEL,9,GHOST,c5,o2
# sell 2 at 98 partially fills o2: ACCEPTED seq10 oid3, FILL seq11 t1 98 x2; o2 leaves 3, s1 done
NEW,10,P2,s1,H100,S,LIMIT,GTC,98,2
# s1 is fully filled, not live -> REJECTED seq12 UNKNOWN_ORDER
CANCEL,11,P2,c6,s1
# cancel of a partially filled order reports its leaves -> CANCELLED seq13 o2 3 USER
CANCEL,12,P1,c7,o2
# ACCEPTED seq14 oid4
NEW,13,P1,o3,H100,S,LIMIT,GTC,105,4
# REPLACED seq15 (o3 -> o4)
REPLACE,14,P1,o4,o3,105,3
# the old clOrdId no longer names the order -> REJECTED seq16 c8 UNKNOWN_ORDER
CANCEL,15,P1,c8,o3
# by the current clOrdId -> CANCELLED seq17 o4 3 USER
CANCEL,16,P1,c9,o4
# c2 was used up by the rejected cancel on line 4 -> REJECTED seq18 DUPLICATE_CLORDID
NEW,17,P1,c2,H100,B,LIMIT,GTC,90,1
# ACCEPTED seq19 oid5
NEW,18,P2,s2,H100,S,LIMIT,GTC,110,1
# Final book: ask 110 s2 1

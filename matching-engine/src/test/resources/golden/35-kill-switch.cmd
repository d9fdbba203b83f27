# Extension: KILL,<ts>,<participant> (an operator's kill switch) cancels every live order of the
# participant in orderId order, reason MASS, and blocks it: its NEW and REPLACE lines are rejected
# PARTICIPANT_BLOCKED, checked right after the duplicate-clOrdId check (so the line still uses up its
# clOrdId, and earlier checks such as UNKNOWN_SYMBOL come first); CANCEL and MASS_CANCEL work as
# before. REINSTATE,<ts>,<participant> lifts the block. Neither emits anything else; an unknown
# participant: nothing at all.
INSTRUMENT,H100,1,1,1,0,100
INSTRUMENT,A100,1,1,1,0,50
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1..4, oid1..4
NEW,1,P1,o1,A100,B,LIMIT,GTC,49,1
NEW,2,P2,o1,H100,B,LIMIT,GTC,95,3
NEW,3,P1,o2,H100,S,LIMIT,GTC,105,2
NEW,4,P1,o3,H100,B,LIMIT,GTC,96,4
# -> CANCELLED seq5 o1 1 MASS, seq6 o2 2 MASS, seq7 o3 4 MASS (orderId order); P2's order stays
KILL,5,P1
# blocked -> REJECTED seq8 o4 PARTICIPANT_BLOCKED
NEW,6,P1,o4,H100,S,LIMIT,GTC,96,1
# the rejected line used up o4 -> REJECTED seq9 o4 DUPLICATE_CLORDID
NEW,7,P1,o4,H100,S,LIMIT,GTC,96,1
# the symbol is checked first -> REJECTED seq10 o5 UNKNOWN_SYMBOL
NEW,8,P1,o5,NOPE,B,LIMIT,GTC,96,1
# REPLACE: the block comes before the unknown-order check -> REJECTED seq11 r1 PARTICIPANT_BLOCKED
REPLACE,9,P1,r1,o3,97,4
# CANCEL is not blocked (nothing is live) -> REJECTED seq12 c1 UNKNOWN_ORDER
CANCEL,10,P1,c1,o3
# an unknown participant, a second KILL: nothing
KILL,11,GHOST
KILL,12,P1
# others trade on -> ACCEPTED seq13 oid5
NEW,13,P2,o2,H100,S,LIMIT,GTC,101,1
REINSTATE,14,P1
# P1 trades again -> ACCEPTED seq14 oid6, FILL seq15 t1 95 x1 with P2's o1 (aggressor S)
NEW,15,P1,o6,H100,S,LIMIT,GTC,95,1
# unknown or not blocked: nothing
REINSTATE,16,GHOST
REINSTATE,17,P2
# Final book: H100 bid 95 P2 o1 2, ask 101 P2 o2 1

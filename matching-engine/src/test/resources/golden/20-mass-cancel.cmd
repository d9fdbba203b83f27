# Rule 9: MASS_CANCEL cancels every live order of the participant (in the symbol, or all with *),
# in ORDERID order (not book order, not time priority), reason MASS, leaves as remaining;
# it emits nothing else - nothing at all when no order is live or participant/symbol is unknown.
INSTRUMENT,H100,1,1,1,0,100
INSTRUMENT,A100,1,1,1,0,50
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1..6, oid1..6
NEW,1,P1,o1,A100,B,LIMIT,GTC,49,1
NEW,2,P1,o2,H100,S,LIMIT,GTC,105,2
NEW,3,P2,o1,H100,B,LIMIT,GTC,95,3
NEW,4,P1,o3,H100,B,LIMIT,GTC,96,4
NEW,5,P1,o4,A100,S,LIMIT,GTC,52,5
NEW,6,P1,o5,H100,B,LIMIT,GTC,90,6
# orderId 2 is now o6 at 104 (re-timed, but still orderId 2). REPLACED seq7
REPLACE,7,P1,o6,o2,104,2
# P1's H100 orders by orderId: 2 (o6), 4 (o3), 6 (o5) -> CANCELLED seq8, seq9, seq10 MASS;
# P1's A100 orders and P2's order stay
MASS_CANCEL,8,P1,H100
# nothing live for P1 in H100 -> nothing
MASS_CANCEL,9,P1,H100
# unknown participant -> nothing
MASS_CANCEL,10,GHOST,*
# unknown symbol -> nothing
MASS_CANCEL,11,P2,NOPE
# ACCEPTED seq11 oid7, ACCEPTED seq12 oid8
NEW,12,P1,o7,H100,B,LIMIT,GTC,94,1
NEW,13,P2,o2,A100,B,LIMIT,GTC,48,2
# all of P1's orders by orderId: 1 (o1 A100), 5 (o4 A100), 7 (o7 H100) -> CANCELLED seq13..15 MASS
MASS_CANCEL,14,P1,*
# ACCEPTED seq16 oid9, FILL seq17 t1 95 x1 vs P2's o1 -> o1 leaves 2
NEW,15,P1,o8,H100,S,LIMIT,GTC,95,1
# P2: orderId 3 (o1, leaves 2), 8 (o2) -> CANCELLED seq18, seq19 MASS
MASS_CANCEL,16,P2,*
# Final book: empty

# Extension: INSTRUMENT,...,<deliveryStartTs>. Before a command, once clock >= deliveryStart the
# instrument closes: all its resting orders are cancelled in orderId order (CANCELLED ... EXPIRED),
# instruments in declaration order, and this comes before GTD expiries and before the command's
# own events. Later NEW/REPLACE -> INSTRUMENT_CLOSED, checked at the halted step (after price/qty,
# before halted).
INSTRUMENT,EARLY,1,1,1,0,100,10
INSTRUMENT,ZED,1,1,1,0,100,20
INSTRUMENT,LATE,1,1,1,0,100,20
INSTRUMENT,OPEN,1,1,1,0,100
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1..8, oid1..8 (no order crosses)
NEW,1,P1,e1,EARLY,B,LIMIT,GTC,99,1
NEW,2,P2,l1,LATE,S,LIMIT,GTC,101,2
NEW,3,P2,e2,EARLY,S,LIMIT,DAY,105,3
NEW,4,P1,l2,LATE,B,LIMIT,GTC,98,4
NEW,5,P2,e3,EARLY,B,LIMIT,GTC,98,5
NEW,6,P1,o1,OPEN,B,LIMIT,GTD,97,1,EXPIRE=10
NEW,7,P1,e4,EARLY,S,LIMIT,GTD,106,1,EXPIRE=10
NEW,8,P2,z1,ZED,S,LIMIT,GTC,100,1
# clock 10: EARLY closes -> oid1 e1, oid3 e2, oid5 e3, oid7 e4 CANCELLED seq9..12 EXPIRED;
# then GTD expiry: o1 -> CANCELLED seq13 EXPIRED (e4 is already gone, no second line);
# then the command: ACCEPTED seq14 oid9
NEW,10,P2,x1,OPEN,S,LIMIT,GTC,103,1
# -> REJECTED seq15 INSTRUMENT_CLOSED
NEW,11,P1,e5,EARLY,B,LIMIT,GTC,99,1
# e1 was cancelled by the close -> REJECTED seq16 UNKNOWN_ORDER
CANCEL,12,P1,c1,e1
# price is checked before closed -> REJECTED seq17 INVALID_PRICE
NEW,13,P1,e6,EARLY,B,LIMIT,GTC,99.5,1
HALT,14,LATE
# -> REJECTED seq18 INSTRUMENT_HALTED
NEW,15,P1,l3,LATE,B,LIMIT,GTC,99,1
# clock 20: ZED and LATE close, in declaration order (ZED first although its order is newer):
# CANCELLED seq19 z1, seq20 l1, seq21 l2 EXPIRED; LATE is now halted AND closed ->
# REJECTED seq22 INSTRUMENT_CLOSED (closed before halted)
NEW,20,P1,l4,LATE,B,LIMIT,GTC,99,1
# OPEN is unaffected -> REPLACED seq23
REPLACE,21,P2,x2,x1,102,1
# Final book: OPEN ask 102 x2 1

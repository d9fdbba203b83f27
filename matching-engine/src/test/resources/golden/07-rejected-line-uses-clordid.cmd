# Rule 2 + rules-file interpretation 6: every NEW/CANCEL/REPLACE line of a KNOWN participant
# uses up its clOrdId, whatever happens to it (also UNKNOWN_SYMBOL, UNKNOWN_ORDER, INVALID_QTY ...);
# a line of an UNKNOWN participant uses up nothing (shown with a participant admitted later).
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,P1,SZDE,BS,0,0,NONE

# -> REJECTED seq1 UNKNOWN_SYMBOL, x1 is used up anyway
NEW,1,P1,x1,NOPE,B,LIMIT,GTC,100,1
# -> REJECTED seq2 DUPLICATE_CLORDID
NEW,2,P1,x1,H100,B,LIMIT,GTC,100,1
# -> REJECTED seq3 INVALID_PRICE, x2 used up
NEW,3,P1,x2,H100,B,LIMIT,GTC,0,1
# -> REJECTED seq4 DUPLICATE_CLORDID
NEW,4,P1,x2,H100,B,LIMIT,GTC,100,1
# a cancel of an unknown order -> REJECTED seq5 UNKNOWN_ORDER (under the request's clOrdId x3), x3 used up
CANCEL,5,P1,x3,nosuch
# -> REJECTED seq6 DUPLICATE_CLORDID
NEW,6,P1,x3,H100,B,LIMIT,GTC,100,1
# -> ACCEPTED seq7 oid1
NEW,7,P1,x4,H100,B,LIMIT,GTC,100,1
# replace with qty 0 -> REJECTED seq8 INVALID_QTY, x5 used up, x4 unchanged
REPLACE,8,P1,x5,x4,100,0
# -> REJECTED seq9 DUPLICATE_CLORDID
NEW,9,P1,x5,H100,B,LIMIT,GTC,100,1
# P2 is not (yet) a participant -> REJECTED seq10 UNKNOWN_PARTICIPANT; uses up nothing
NEW,10,P2,y1,H100,S,LIMIT,GTC,101,1
PARTICIPANT,P2,GYBDE,S,0,0,NONE
# y1 was never used up -> ACCEPTED seq11 oid2
NEW,11,P2,y1,H100,S,LIMIT,GTC,101,1
# clOrdIds are per participant: P1's x1 does not block P2's x1 -> ACCEPTED seq12 oid3
NEW,12,P2,x1,H100,S,LIMIT,GTC,102,1
# x4 was accepted earlier -> REJECTED seq13 DUPLICATE_CLORDID
NEW,13,P1,x4,H100,S,LIMIT,GTC,105,1
# P2 has role S only -> REJECTED seq14 NOT_AUTHORISED, y2 used up
NEW,14,P2,y2,H100,B,LIMIT,GTC,99,1
# -> REJECTED seq15 DUPLICATE_CLORDID
NEW,15,P2,y2,H100,S,LIMIT,GTC,103,1
# Final book: bid 100 x4/P1; asks 101 y1/P2, 102 x1/P2

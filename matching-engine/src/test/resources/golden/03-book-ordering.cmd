# Output: BOOK lines per instrument in DECLARATION order (ZETA before ALPHA), bids best
# (highest) price first, then asks best (lowest) price first, time priority inside a level.
# No order crosses: ZETA bids <= 99 < asks >= 101; ALPHA bids <= 49.5 < ask 51.5.
INSTRUMENT,ZETA,1,1,1,0,100
INSTRUMENT,ALPHA,0.1,1,1,0,50
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# every line: ACCEPTED, seq = orderId = line number 1..11
NEW,1,P1,c1,ALPHA,B,LIMIT,GTC,49.0,1
# clOrdIds are per participant: P2 may use c1 too
NEW,2,P2,c1,ZETA,B,LIMIT,GTC,98,2
NEW,3,P1,c2,ZETA,B,LIMIT,GTC,99,3
NEW,4,P2,c2,ZETA,B,LIMIT,GTC,98,4
NEW,5,P1,c3,ZETA,S,LIMIT,GTC,102,5
# DAY rests exactly like GTC (rule 13)
NEW,6,P2,c3,ZETA,S,LIMIT,DAY,101,6
NEW,7,P1,c4,ZETA,S,LIMIT,GTC,102,7
NEW,8,P2,c4,ZETA,S,LIMIT,GTC,101,8
NEW,9,P1,c5,ZETA,B,LIMIT,GTC,98,9
NEW,10,P2,c5,ALPHA,S,LIMIT,GTC,51.5,2
NEW,11,P2,c6,ALPHA,B,LIMIT,GTC,49.5,3
# ZETA bids: 99 [c2/P1]; 98 [c1/P2, c2/P2, c5/P1]; asks: 101 [c3/P2, c4/P2]; 102 [c3/P1, c4/P1]
# ALPHA (tick 0.1 -> 1 decimal) bids: 49.5 [c6/P2]; 49.0 [c1/P1]; asks: 51.5 [c5/P2]

# Rule 6, mode NONE: an aggressor meeting its own resting order trades normally (self-trade,
# buyer = seller in the FILL line).
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# level 100: s1/P1 2, s2/P2 2 (ACCEPTED seq1 oid1, seq2 oid2)
NEW,1,P1,s1,H100,S,LIMIT,GTC,100,2
NEW,2,P2,s2,H100,S,LIMIT,GTC,100,2
# P1 buys 3: self-trade with s1 (2), then 1 from s2.
# ACCEPTED seq3 oid3, FILL seq4 t1 P1/P1, FILL seq5 t2 P1/P2
NEW,3,P1,b1,H100,B,LIMIT,GTC,100,3
# P2 buys IOC 2: self-trade with s2's last 1, rest cancelled IOC.
# ACCEPTED seq6 oid4, FILL seq7 t3 P2/P2, CANCELLED seq8 leaves 1 IOC
NEW,4,P2,b2,H100,B,LIMIT,IOC,100,2
# Final book: empty

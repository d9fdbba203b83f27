# Rule 6, mode CANCEL_AGGRESSOR: when the aggressor meets its own resting order, the aggressor's
# remaining quantity is cancelled (CANCELLED ... STP) and the walk stops; the own resting order
# stays. An IOC so cancelled gets that one STP cancel only; a crossing REPLACE likewise.
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,CA,SZDE,BS,0,0,CANCEL_AGGRESSOR
PARTICIPANT,MM,GYBDE,BS,0,0,NONE

# bids: 100 m1/MM 2 | 99 c1/CA 3 | 98 m2/MM 4  (ACCEPTED seq1..3 oid1..3)
NEW,1,MM,m1,H100,B,LIMIT,GTC,100,2
NEW,2,CA,c1,H100,B,LIMIT,GTC,99,3
NEW,3,MM,m2,H100,B,LIMIT,GTC,98,4
# CA sells 10 down to 97: FILL m1 2, then own c1 -> aggressor's 8 cancelled, m2 never reached.
# ACCEPTED seq4 oid4, FILL seq5 t1, CANCELLED seq6 s1 8 STP (it does not rest)
NEW,4,CA,s1,H100,S,LIMIT,GTC,97,10
# IOC meeting its own best bid at once: ACCEPTED seq7 oid5, CANCELLED seq8 s2 1 STP (no IOC line)
NEW,5,CA,s2,H100,S,LIMIT,IOC,99,1
# ACCEPTED seq9 oid6 (ask 101)
NEW,6,CA,s4,H100,S,LIMIT,GTC,101,2
# re-priced to 99 it meets c1: REPLACED seq10, CANCELLED seq11 s5 2 STP; the order is gone
REPLACE,7,CA,s5,s4,99,2
# Final book: bids 99 c1 3, 98 m2 4

# Rule 4: FOK trades only if the whole quantity can be filled now (counting across levels);
# otherwise ACCEPTED then CANCELLED ... <qty>,FOK with no trades and no change to the book.
INSTRUMENT,H100,0.01,1,1,0,10.00
PARTICIPANT,S1,SZDE,S,0,0,NONE
PARTICIPANT,S2,SZDE,S,0,0,NONE
PARTICIPANT,B1,GYBDE,B,0,0,NONE

# asks: 10.00 a1 2 | 10.01 a2 3 | 10.03 a3 4. ACCEPTED seq1..3, oid1..3
NEW,1,S1,a1,H100,S,LIMIT,GTC,10.00,2
NEW,2,S2,a2,H100,S,LIMIT,GTC,10.01,3
NEW,3,S1,a3,H100,S,LIMIT,GTC,10.03,4
# within 10.01 only 2+3 = 5 < 6 -> ACCEPTED seq4 oid4, CANCELLED seq5 leaves 6 FOK, book unchanged
NEW,4,B1,f1,H100,B,LIMIT,FOK,10.01,6
# within 10.03: 2+3+4 = 9 < 10 -> ACCEPTED seq6 oid5, CANCELLED seq7 leaves 10 FOK
NEW,5,B1,f2,H100,B,LIMIT,FOK,10.03,10
# exactly 9 available -> fills across three levels: ACCEPTED seq8 oid6, FILL seq9,10,11 (t1..t3)
NEW,6,B1,f3,H100,B,LIMIT,FOK,10.03,9
# ACCEPTED seq12 oid7
NEW,7,S2,a4,H100,S,LIMIT,GTC,10.05,5
# partial fill of the resting order by a FOK: ACCEPTED seq13 oid8, FILL seq14 t4 x3; a4 leaves 2
NEW,8,B1,f4,H100,B,LIMIT,FOK,10.05,3
# bids: 9.95 b1 4, 9.90 b2 4. ACCEPTED seq15 oid9, seq16 oid10
NEW,9,B1,b1,H100,B,LIMIT,GTC,9.95,4
NEW,10,B1,b2,H100,B,LIMIT,GTC,9.90,4
# sell FOK 9 down to 9.90: only 8 -> ACCEPTED seq17 oid11, CANCELLED seq18 leaves 9 FOK
NEW,11,S1,f5,H100,S,LIMIT,FOK,9.90,9
# sell FOK 8: ACCEPTED seq19 oid12, FILL seq20 t5 9.95 x4, FILL seq21 t6 9.90 x4
NEW,12,S1,f6,H100,S,LIMIT,FOK,9.90,8
# Final book: ask 10.05 a4 2

# Rule 2 / interp. 1, 8, 9: REPLACE validation in the order participant, duplicate clOrdId,
# unknown order, price, qty, (done case), halted, band, credit, capacity, post-only cross.
# Credit and capacity count the order at its NEW price/leaves INSTEAD of its old ones.
# A rejected replace leaves the order unchanged (same clOrdId, price, qty, priority).
# H100: tick 0.5 (1 decimal), lot 2, band 20% of 100.0 -> [80.0, 120.0].
INSTRUMENT,H100,0.5,2,1,20,100.0
PARTICIPANT,B1,SZDE,B,1000,0,NONE
PARTICIPANT,S1,GYBDE,S,0,10,NONE

# credit 90*4 = 360 -> ACCEPTED seq1 oid1
NEW,1,B1,b1,H100,B,LIMIT,GTC,90.0,4
# credit 360 + 85*6 = 870 -> ACCEPTED seq2 oid2
NEW,2,B1,b2,H100,B,LIMIT,GTC,85.0,6
# capacity 6 -> ACCEPTED seq3 oid3
NEW,3,S1,s1,H100,S,LIMIT,GTC,110.0,6
# capacity 8, post-only -> ACCEPTED seq4 oid4
NEW,4,S1,s2,H100,S,LIMIT,GTC,115.0,2,POST_ONLY
# -> REJECTED seq5 UNKNOWN_PARTICIPANT
REPLACE,5,GHOST,r1,b1,90.0,4
# new clOrdId b2 already used -> REJECTED seq6 DUPLICATE_CLORDID
REPLACE,6,B1,b2,b1,90.0,2
# -> REJECTED seq7 UNKNOWN_ORDER
REPLACE,7,B1,r7,zz,90.0,2
# b1 is B1's, not S1's -> REJECTED seq8 UNKNOWN_ORDER
REPLACE,8,S1,r8,b1,90.0,2
# bad price AND bad qty -> REJECTED seq9 INVALID_PRICE
REPLACE,9,B1,r9,b1,90.2,3
# zero price -> REJECTED seq10 INVALID_PRICE
REPLACE,10,B1,r10,b1,0,4
# qty 3 not a multiple of lot 2 -> REJECTED seq11 INVALID_QTY
REPLACE,11,B1,r11,b1,90.0,3
# negative qty -> REJECTED seq12 INVALID_QTY
REPLACE,12,B1,r12,b1,90.0,-2
# 130.0 > 120.0 (and credit 510 + 520 = 1030 > 1000 too) -> REJECTED seq13 PRICE_BAND
REPLACE,13,B1,r13,b1,130.0,4
HALT,14,H100
# halted AND out of band -> REJECTED seq14 INSTRUMENT_HALTED
REPLACE,15,B1,r15,b1,130.0,4
RESUME,16,H100
# credit: b2 510 + new 90*8 = 720 -> 1230 > 1000 -> REJECTED seq15 CREDIT_LIMIT
REPLACE,17,B1,r17,b1,90.0,8
# credit: b2 510 + new 100*4 = 400 -> 910 <= 1000 (b1's old 360 is NOT counted as well)
# -> REPLACED seq16 (100.0 does not reach the ask 110.0)
REPLACE,18,B1,r18,b1,100.0,4
# capacity: resting 6+2 - old 6 + new 10 + sold 0 = 12 > 10 -> REJECTED seq17 CAPACITY_LIMIT
REPLACE,19,S1,r19,s1,110.0,10
# capacity: 8 - 6 + 8 = 10 -> REPLACED seq18
REPLACE,20,S1,r20,s1,110.0,8
# s2 was entered POST_ONLY and stays so: 100.0 <= best bid 100.0 -> REJECTED seq19 POST_ONLY_WOULD_CROSS
REPLACE,21,S1,r21,s2,100.0,2
# 100.5 > 100.0 -> REPLACED seq20, rests
REPLACE,22,S1,r22,s2,100.5,2
# Final book: bids 100.0 r18 4, 85.0 b2 6; asks 100.5 r22 2, 110.0 r20 8

# Extension: CREDIT_LIMIT,<ts>,<participant>,<limit> sets the credit limit (CNY, 0 = unlimited) that
# later NEW and REPLACE lines are checked against (rule 11). Resting orders and what was bought stay,
# also when the use is now above the limit. It emits nothing; an unknown participant: nothing.
INSTRUMENT,HR1,0.01,1,1,0,10.00
PARTICIPANT,BUY,SZDE,B,0,0,NONE
PARTICIPANT,SELL,GYBDE,S,0,0,NONE

# unlimited -> ACCEPTED seq1 oid1 (10.00 x 100 = 1000 resting)
NEW,1,BUY,b1,HR1,B,LIMIT,GTC,10.00,100
# -> ACCEPTED seq2 oid2, FILL seq3 t1 10.00 x40: bought 400, resting 600
NEW,2,SELL,s1,HR1,S,LIMIT,GTC,10.00,40
# a first limit counts what the buyer had before it: use 600 + 400 = 1000
CREDIT_LIMIT,3,BUY,1100.5
# + 10.00 x 11 = 110 -> 1110 > 1100.5 -> REJECTED seq4 CREDIT_LIMIT
NEW,4,BUY,b2,HR1,B,LIMIT,GTC,10.00,11
# + 100 -> 1100 -> ACCEPTED seq5 oid3                                      (use 1100)
NEW,5,BUY,b3,HR1,B,LIMIT,GTC,10.00,10
# lowered below the use: nothing is cancelled
CREDIT_LIMIT,6,BUY,500
# anything that adds exposure -> REJECTED seq6 CREDIT_LIMIT
NEW,7,BUY,b4,HR1,B,LIMIT,GTC,0.01,1
# b1 (filled 40, leaves 60) to a total of 90: use 500 + 400 + 100 + 10.00 x 50 = 1000 > 500
# -> REJECTED seq7 r1 CREDIT_LIMIT
REPLACE,8,BUY,r1,b1,10.00,90
# resting orders still trade -> ACCEPTED seq8 oid4, FILL seq9 t2 10.00 x60 with b1
NEW,9,SELL,s2,HR1,S,LIMIT,GTC,10.00,60
# unknown participant: nothing
CREDIT_LIMIT,10,GHOST,5
# unlimited again -> ACCEPTED seq10 oid5
CREDIT_LIMIT,11,BUY,0
NEW,12,BUY,b5,HR1,B,LIMIT,GTC,9.00,1000
# Final book: HR1 bids 10.00 b3 10, 9.00 b5 1000

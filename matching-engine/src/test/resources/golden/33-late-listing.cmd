# Extension: INSTRUMENT and PARTICIPANT lines between commands list the instrument / admit the
# participant from that point on. BOOK lines follow declaration order (a late instrument comes
# where it was declared). Declaration lines are not counted as commands.
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,P1,SZDE,BS,0,0,NONE

# B200 not listed yet -> REJECTED seq1 UNKNOWN_SYMBOL (a1 used up)
NEW,1,P1,a1,B200,B,LIMIT,GTC,50.0,1
# P2 not admitted yet -> REJECTED seq2 UNKNOWN_PARTICIPANT (uses up nothing)
NEW,2,P2,x1,H100,S,LIMIT,GTC,101,1
INSTRUMENT,B200,0.5,1,1,0,50
PARTICIPANT,P2,GYBDE,BS,0,0,NONE
# a1 was used by the rejected line 1 -> REJECTED seq3 DUPLICATE_CLORDID
NEW,3,P1,a1,B200,B,LIMIT,GTC,50.0,1
# ACCEPTED seq4 oid1 (tick 0.5 -> "49.5")
NEW,4,P1,a2,B200,B,LIMIT,GTC,49.5,2
# ACCEPTED seq5 oid2
NEW,5,P2,x1,H100,S,LIMIT,GTC,101,1
# ACCEPTED seq6 oid3, FILL seq7 t1 49.5 x1
NEW,6,P2,x2,B200,S,LIMIT,GTC,49.5,1
INSTRUMENT,A000,0.01,1,1,0,10
# ACCEPTED seq8 oid4 ("9.90")
NEW,7,P1,a3,A000,B,LIMIT,GTC,9.9,3
# ACCEPTED seq9 oid5
NEW,8,P1,a4,H100,B,LIMIT,GTC,100,1
# Final book in declaration order H100, B200, A000

# Rule 10: HALT rejects NEW and REPLACE with INSTRUMENT_HALTED until RESUME; CANCEL and
# MASS_CANCEL still work; resting orders stay and trade after RESUME. HALT/RESUME themselves
# emit nothing; HALT/RESUME of an unknown symbol emit nothing and change nothing.
INSTRUMENT,H100,1,1,1,0,100
INSTRUMENT,A100,1,1,1,0,50
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1..3, oid1..3
NEW,1,P1,o1,H100,B,LIMIT,GTC,99,5
NEW,2,P1,o2,H100,B,LIMIT,GTC,98,5
NEW,3,P2,o3,H100,S,LIMIT,GTC,105,5
HALT,4,H100
HALT,5,NOPE
# -> REJECTED seq4 INSTRUMENT_HALTED (it would have crossed o1)
NEW,6,P2,s1,H100,S,LIMIT,GTC,99,1
# other instruments are not halted -> ACCEPTED seq5 oid4
NEW,7,P2,s2,A100,S,LIMIT,GTC,50,1
# -> REJECTED seq6 INSTRUMENT_HALTED
REPLACE,8,P1,o4,o1,99,3
# cancel works during a halt -> CANCELLED seq7 o2 5 USER
CANCEL,9,P1,c1,o2
# mass cancel works during a halt -> CANCELLED seq8 o3 5 MASS
MASS_CANCEL,10,P2,H100
# resuming an unknown symbol does not resume H100
RESUME,11,NOPE
# -> REJECTED seq9 INSTRUMENT_HALTED
NEW,12,P2,s3,H100,S,LIMIT,GTC,99,2
RESUME,13,H100
# o1 stayed through the halt: ACCEPTED seq10 oid5, FILL seq11 t1 99 x2; o1 leaves 3
NEW,14,P2,s4,H100,S,LIMIT,GTC,99,2
# total 5 -> 4, filled 2 -> leaves 2; REPLACED seq12
REPLACE,15,P1,o5,o1,99,4
# Final book: H100 bid 99 o5 2; A100 ask 50 s2 1

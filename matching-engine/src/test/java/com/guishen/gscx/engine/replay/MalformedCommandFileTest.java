package com.guishen.gscx.engine.replay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A malformed line stops the replay with its line number and a precise reason; what came before is printed. */
class MalformedCommandFileTest
{
    private static final String HEADER = String.join("\n",
        "# a small market",
        "INSTRUMENT,H100.GUIAN.D20261201,0.01,1,24,10,15.00",
        "PARTICIPANT,AILAB,SZDE,B,0,0,NONE",
        "NEW,1,AILAB,b1,H100.GUIAN.D20261201,B,LIMIT,GTC,15.00,2",
        "");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "BUY,2,AILAB,b2                                                  => unknown record type 'BUY'",
        "NEW,2,AILAB,b2,H100.GUIAN.D20261201,B,LIMIT,GTC,15.00           => missing fields: expected NEW,<ts>,<participant>,<clOrdId>,<symbol>,<B|S>,<LIMIT|MARKET>,<tif>,<price>,<qty>[,POST_ONLY][,EXPIRE=<ts>], got 9 fields",
        "NEW,two,AILAB,b2,H100.GUIAN.D20261201,B,LIMIT,GTC,15.00,1       => timestamp must be a non-negative integer (ns), got 'two'",
        "NEW,2,AILAB,b2,H100.GUIAN.D20261201,B,LIMIT,GTC,15.0x,1         => price must be a decimal number, got '15.0x'",
        "NEW,2,AILAB,b2,H100.GUIAN.D20261201,B,LIMIT,GTC,15.00,1.5       => quantity must be an integer, got '1.5'",
        "NEW,2,AILAB,b2,H100.GUIAN.D20261201,X,LIMIT,GTC,15.00,1         => side must be B or S, got 'X'",
        "NEW,2,AILAB,b2,H100.GUIAN.D20261201,B,STOP,GTC,15.00,1          => order type must be LIMIT or MARKET, got 'STOP'",
        "NEW,2,AILAB,b2,H100.GUIAN.D20261201,B,LIMIT,GTX,15.00,1         => time in force must be GTC, DAY, GTD, IOC or FOK, got 'GTX'",
        "NEW,2,AILAB,b2,H100.GUIAN.D20261201,B,LIMIT,GTC,15.00,1,HIDDEN  => expected POST_ONLY then EXPIRE=<ts> after the quantity, got 'HIDDEN'",
        "NEW,2,AILAB,,H100.GUIAN.D20261201,B,LIMIT,GTC,15.00,1           => clOrdId must be 1..16 printable ASCII characters, got ''",
        "CANCEL,2,AILAB,c1                                               => missing fields: expected CANCEL,<ts>,<participant>,<clOrdId>,<origClOrdId>, got 4 fields",
        "REPLACE,2,AILAB,r1,b1,15.00,2,extra                             => too many fields: expected REPLACE,<ts>,<participant>,<clOrdId>,<origClOrdId>,<newPrice>,<newQty>, got 8 fields",
        "INSTRUMENT,A100.GUIAN.D20261201,0.00001,1,24,0,                 => tickSize has more than 4 decimals: '0.00001'",
        "INSTRUMENT,A100.GUIAN.D20261201,-0.01,1,24,0,                   => tickSize must be > 0, got -0.01",
        "INSTRUMENT,H100.GUIAN.D20261201,0.01,1,24,0,                    => instrument H100.GUIAN.D20261201 is already listed",
        "PARTICIPANT,LAB2,HKEX,B,0,0,NONE                                => exchange must be SZDE or GYBDE, got HKEX",
        "PARTICIPANT,LAB2,SZDE,X,0,0,NONE                                => roles must be B, S or BS, got 'X'",
        "PARTICIPANT,LAB2,SZDE,B,0,0,MAYBE                               => stp must be one of [NONE, CANCEL_RESTING, CANCEL_AGGRESSOR, CANCEL_BOTH], got 'MAYBE'",
        "HALT,5                                                          => missing fields: expected HALT,<ts>,<symbol>, got 2 fields",
        "PARTICIPANT,SHENZHEN-AI-LAB-01,SZDE,B,0,0,NONE                  => participant id must be 1 to 16 printable ASCII characters, got 'SHENZHEN-AI-LAB-01'",
    })
    void stopsAtTheBadLineWithItsNumberAndReason(final String badLine, final String reason)
    {
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        final byte[] file = (HEADER + badLine + "\nNEW,9,AILAB,b9,H100.GUIAN.D20261201,B,LIMIT,GTC,15.00,1\n")
            .getBytes(StandardCharsets.US_ASCII);

        final CommandFileException ex = assertThrows(CommandFileException.class,
            () -> CommandFileReplay.replay(new ByteArrayInputStream(file), output));

        assertEquals("line 5: " + reason, ex.getMessage());
        assertEquals(5, ex.lineNumber());
        assertEquals("ACCEPTED,1,AILAB,b1,1\n", output.toString(StandardCharsets.US_ASCII),
            "what came before the bad line is printed, nothing after it");
    }
}

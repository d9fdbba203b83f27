package com.guishen.gscx.engine.reference;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A JUnit-free self check of {@link ReferenceModel} and {@link RandomCommandFileGenerator}, run
 * with plain java (no Maven):
 * <pre>
 * javac -d /tmp/ref $(find .../engine/reference -name '*.java')
 * java -cp /tmp/ref com.guishen.gscx.engine.reference.ReferenceModelSelfCheck scenarios
 * java -cp /tmp/ref ... ec /work/shared/bench/ec-stream-1m.cmd.gz 101002 4196
 * java -cp /tmp/ref ... gen 1 100000
 * </pre>
 * Scenarios are small files whose expected output was worked out by hand from the rules.
 */
public final class ReferenceModelSelfCheck
{
    private ReferenceModelSelfCheck()
    {
    }

    public static void main(final String[] args) throws IOException
    {
        final String mode = args.length == 0 ? "scenarios" : args[0];
        switch (mode)
        {
            case "scenarios" -> scenarios();
            case "ec" -> exchangeCoreStream(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "gen" -> generated(Long.parseLong(args[1]), Integer.parseInt(args[2]));
            case "print" -> RandomCommandFileGenerator.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]))
                .forEach(System.out::println);
            case "replay" -> ReferenceModel.run(readLines(args[1], Integer.MAX_VALUE)).forEach(System.out::println);
            default -> throw new IllegalArgumentException("mode: scenarios | ec FILE LINES FILLS | gen SEED N | print SEED N | replay FILE");
        }
    }

    // ------------------------------------------------------------------ exchange-core stream

    private static void exchangeCoreStream(final String path, final int lines, final long expectedFills)
        throws IOException
    {
        final List<String> file = readLines(path, lines);
        final long start = System.nanoTime();
        final List<String> output = ReferenceModel.run(file);
        final long millis = (System.nanoTime() - start) / 1_000_000;
        final Map<String, Long> counts = countKinds(output);
        System.out.printf("ec stream: %d lines, %d ms, %s%n", file.size(), millis, counts);
        System.out.println(output.get(output.size() - 1));
        check(counts.getOrDefault("FILL", 0L) == expectedFills, "expected " + expectedFills + " fills");
        check(counts.getOrDefault("REJECTED", 0L) == 0, "expected no rejects");
        System.out.println("ec stream OK");
    }

    private static List<String> readLines(final String path, final int limit) throws IOException
    {
        final List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            path.endsWith(".gz") ? new GZIPInputStream(new FileInputStream(path), 1 << 16) : new FileInputStream(path),
            StandardCharsets.UTF_8)))
        {
            String line;
            while (lines.size() < limit && (line = reader.readLine()) != null)
            {
                lines.add(line);
            }
        }
        return lines;
    }

    // ------------------------------------------------------------------ generated files

    private static void generated(final long seed, final int commands)
    {
        long start = System.nanoTime();
        final List<String> file = RandomCommandFileGenerator.generate(seed, commands);
        final long generateMillis = (System.nanoTime() - start) / 1_000_000;
        check(file.equals(RandomCommandFileGenerator.generate(seed, commands)), "generator is not deterministic");

        // Line by line, checking the invariants as we go (every command early on, then every tenth).
        start = System.nanoTime();
        final ReferenceModel model = new ReferenceModel();
        for (int i = 0; i < file.size(); i++)
        {
            model.apply(i + 1, file.get(i));
            if (i < 2_000 || i % 10 == 0)
            {
                model.checkInvariants();
            }
        }
        model.checkInvariants();
        final List<String> output = model.output();
        final long runMillis = (System.nanoTime() - start) / 1_000_000;
        check(output.equals(ReferenceModel.run(file)), "run() differs from apply() line by line");
        checkSequenceNumbers(output);

        final Map<String, Long> kinds = countKinds(output);
        final Map<String, Long> rejects = countReasons(output, "REJECTED", 4);
        final Map<String, Long> cancels = countReasons(output, "CANCELLED", 5);
        final Map<String, Long> commandKinds = new TreeMap<>();
        for (final String line : file)
        {
            if (!line.isEmpty() && !line.startsWith("#"))
            {
                String kind = line.substring(0, line.indexOf(','));
                if (kind.equals("NEW"))
                {
                    final String[] f = line.split(",", -1);
                    kind = "NEW " + f[6] + " " + f[7] + (line.contains("POST_ONLY") ? " POST_ONLY" : "");
                }
                commandKinds.merge(kind, 1L, Long::sum);
            }
        }
        System.out.printf("seed %d, %d commands: %d lines generated in %d ms, replayed in %d ms%n",
            seed, commands, file.size(), generateMillis, runMillis);
        System.out.println("input:   " + commandKinds);
        System.out.println("events:  " + kinds);
        System.out.println("rejects: " + rejects);
        System.out.println("cancels: " + cancels);
        System.out.println(output.get(output.size() - 1));

        for (final String reason : List.of("UNKNOWN_SYMBOL", "UNKNOWN_PARTICIPANT", "NOT_AUTHORISED",
            "DUPLICATE_CLORDID", "INVALID_PRICE", "INVALID_QTY", "INVALID_TIF", "PRICE_BAND", "CREDIT_LIMIT",
            "CAPACITY_LIMIT", "INSTRUMENT_HALTED", "INSTRUMENT_CLOSED", "POST_ONLY_WOULD_CROSS", "UNKNOWN_ORDER"))
        {
            warnIfMissing(rejects, reason, "reject");
        }
        for (final String reason : List.of("USER", "IOC", "FOK", "STP", "MASS", "EXPIRED", "DELISTED"))
        {
            warnIfMissing(cancels, reason, "cancel");
        }
        for (final String kind : List.of("ACCEPTED", "REJECTED", "FILL", "CANCELLED", "REPLACED", "BOOK"))
        {
            warnIfMissing(kinds, kind, "output line");
        }
    }

    private static void warnIfMissing(final Map<String, Long> counts, final String key, final String what)
    {
        if (counts.getOrDefault(key, 0L) == 0)
        {
            System.out.println("WARNING: no " + what + " " + key);
        }
    }

    private static void checkSequenceNumbers(final List<String> output)
    {
        long expectedSeq = 1;
        long expectedTrade = 1;
        for (final String line : output)
        {
            final String[] f = line.split(",");
            if (f[0].equals("BOOK") || f[0].equals("SUMMARY"))
            {
                continue;
            }
            check(Long.parseLong(f[1]) == expectedSeq++, "engineSeq gap at " + line);
            if (f[0].equals("FILL"))
            {
                check(Long.parseLong(f[2]) == expectedTrade++, "tradeId gap at " + line);
            }
        }
    }

    private static Map<String, Long> countKinds(final List<String> output)
    {
        final Map<String, Long> counts = new TreeMap<>();
        for (final String line : output)
        {
            counts.merge(line.substring(0, line.indexOf(',')), 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> countReasons(final List<String> output, final String kind, final int field)
    {
        final Map<String, Long> counts = new TreeMap<>();
        for (final String line : output)
        {
            if (line.startsWith(kind + ","))
            {
                counts.merge(line.split(",")[field], 1L, Long::sum);
            }
        }
        return counts;
    }

    // ------------------------------------------------------------------ hand-worked scenarios

    private static void scenarios()
    {
        scenario("price-time priority, resting price, decimals as written", """
            INSTRUMENT,X,0.50,1,1,0,
            PARTICIPANT,A,SZDE,BS,0,0,NONE
            PARTICIPANT,B,GYBDE,BS,0,0,NONE
            NEW,1,A,a1,X,S,LIMIT,GTC,10.5,5
            NEW,2,A,a2,X,S,LIMIT,GTC,10,3
            NEW,3,B,b1,X,B,LIMIT,GTC,11,6
            """, """
            ACCEPTED,1,A,a1,1
            ACCEPTED,2,A,a2,2
            ACCEPTED,3,B,b1,3
            FILL,4,1,X,10.00,3,B,b1,A,a2,B
            FILL,5,2,X,10.50,3,B,b1,A,a1,B
            BOOK,X,S,10.50,2,A,a1
            SUMMARY,commands=3,events=5,fills=2
            """);

        scenario("self-trade prevention, FOK with STP", """
            INSTRUMENT,X,1,1,1,0,
            PARTICIPANT,R,SZDE,BS,0,0,CANCEL_RESTING
            PARTICIPANT,G,SZDE,BS,0,0,CANCEL_AGGRESSOR
            PARTICIPANT,H,SZDE,BS,0,0,CANCEL_BOTH
            PARTICIPANT,O,GYBDE,BS,0,0,NONE
            NEW,1,R,r1,X,S,LIMIT,GTC,10,2
            NEW,2,O,o1,X,S,LIMIT,GTC,10,2
            NEW,3,R,r2,X,B,LIMIT,IOC,10,3
            NEW,4,G,g1,X,S,LIMIT,GTC,10,2
            NEW,5,O,o2,X,S,LIMIT,GTC,11,2
            NEW,6,G,g2,X,B,LIMIT,GTC,11,3
            NEW,7,G,g3,X,B,LIMIT,FOK,11,2
            NEW,8,O,o3,X,B,LIMIT,FOK,11,4
            NEW,9,H,h1,X,S,LIMIT,GTC,10,2
            NEW,10,H,h2,X,B,LIMIT,GTC,10,5
            NEW,11,R,r3,X,S,LIMIT,GTC,12,1
            NEW,12,R,r4,X,B,LIMIT,FOK,12,1
            """, """
            ACCEPTED,1,R,r1,1
            ACCEPTED,2,O,o1,2
            ACCEPTED,3,R,r2,3
            CANCELLED,4,R,r1,2,STP
            FILL,5,1,X,10,2,R,r2,O,o1,B
            CANCELLED,6,R,r2,1,IOC
            ACCEPTED,7,G,g1,4
            ACCEPTED,8,O,o2,5
            ACCEPTED,9,G,g2,6
            CANCELLED,10,G,g2,3,STP
            ACCEPTED,11,G,g3,7
            CANCELLED,12,G,g3,2,FOK
            ACCEPTED,13,O,o3,8
            FILL,14,2,X,10,2,O,o3,G,g1,B
            FILL,15,3,X,11,2,O,o3,O,o2,B
            ACCEPTED,16,H,h1,9
            ACCEPTED,17,H,h2,10
            CANCELLED,18,H,h1,2,STP
            CANCELLED,19,H,h2,5,STP
            ACCEPTED,20,R,r3,11
            ACCEPTED,21,R,r4,12
            CANCELLED,22,R,r4,1,FOK
            BOOK,X,S,12,1,R,r3
            SUMMARY,commands=12,events=22,fills=3
            """);

        scenario("validation order, band, market, credit, capacity, post-only", """
            INSTRUMENT,X,0.01,1,2,10,10.00
            INSTRUMENT,Y,1,5,1,0,
            PARTICIPANT,S1,SZDE,S,0,10,NONE
            PARTICIPANT,B1,GYBDE,B,100,0,NONE
            PARTICIPANT,B2,GYBDE,B,0,0,NONE
            NEW,1,S1,s1,X,S,LIMIT,GTC,11.01,1
            NEW,2,S1,s2,X,S,LIMIT,GTC,11.00,4
            NEW,3,S1,s3,X,S,LIMIT,GTC,10.50,4
            NEW,4,S1,s4,X,S,LIMIT,GTC,10.00,3
            NEW,5,B1,b1,X,B,MARKET,IOC,,5
            NEW,6,B1,b2,X,B,MARKET,IOC,,4
            NEW,7,B1,b3,X,B,LIMIT,GTC,9.00,1
            NEW,8,B1,b4,X,B,LIMIT,GTC,8.00,1
            NEW,9,B1,b5,Y,B,MARKET,IOC,0,5
            NEW,10,B2,c1,Y,B,MARKET,IOC,,5
            NEW,11,S1,s5,X,S,LIMIT,GTC,10.99,2
            NEW,12,S1,s6,X,S,LIMIT,GTC,10.99,1
            NEW,13,B2,c2,X,B,LIMIT,GTC,10.99,1,POST_ONLY
            NEW,14,B2,c3,X,B,LIMIT,GTC,10.98,1,POST_ONLY
            NEW,15,B2,c4,X,B,MARKET,FOK,,7
            NEW,16,B2,c5,X,B,MARKET,GTC,,1
            NEW,17,B2,c6,X,B,LIMIT,IOC,10.98,1,POST_ONLY
            NEW,18,B2,c7,Y,B,LIMIT,GTC,5,3
            NEW,19,B2,c8,Y,B,LIMIT,GTC,5.5,5
            NEW,20,S1,s7,X,B,LIMIT,GTC,10,1
            NEW,21,B2,c8,X,B,LIMIT,GTC,10,1
            NEW,22,ZZ,z1,X,B,LIMIT,GTC,10,1
            NEW,23,B2,c9,NOPE,B,LIMIT,GTC,10,1
            NEW,24,B2,c9,X,B,LIMIT,GTC,10,1
            NEW,25,B2,c10,X,B,MARKET,IOC,,100
            """, """
            REJECTED,1,S1,s1,PRICE_BAND
            ACCEPTED,2,S1,s2,1
            ACCEPTED,3,S1,s3,2
            REJECTED,4,S1,s4,CAPACITY_LIMIT
            REJECTED,5,B1,b1,CREDIT_LIMIT
            ACCEPTED,6,B1,b2,3
            FILL,7,1,X,10.50,4,B1,b2,S1,s3,B
            REJECTED,8,B1,b3,CREDIT_LIMIT
            REJECTED,9,B1,b4,PRICE_BAND
            REJECTED,10,B1,b5,CREDIT_LIMIT
            ACCEPTED,11,B2,c1,4
            CANCELLED,12,B2,c1,5,IOC
            ACCEPTED,13,S1,s5,5
            REJECTED,14,S1,s6,CAPACITY_LIMIT
            REJECTED,15,B2,c2,POST_ONLY_WOULD_CROSS
            ACCEPTED,16,B2,c3,6
            ACCEPTED,17,B2,c4,7
            CANCELLED,18,B2,c4,7,FOK
            REJECTED,19,B2,c5,INVALID_TIF
            REJECTED,20,B2,c6,INVALID_TIF
            REJECTED,21,B2,c7,INVALID_QTY
            REJECTED,22,B2,c8,INVALID_PRICE
            REJECTED,23,S1,s7,NOT_AUTHORISED
            REJECTED,24,B2,c8,DUPLICATE_CLORDID
            REJECTED,25,ZZ,z1,UNKNOWN_PARTICIPANT
            REJECTED,26,B2,c9,UNKNOWN_SYMBOL
            REJECTED,27,B2,c9,DUPLICATE_CLORDID
            ACCEPTED,28,B2,c10,8
            FILL,29,2,X,10.99,2,B2,c10,S1,s5,B
            FILL,30,3,X,11.00,4,B2,c10,S1,s2,B
            CANCELLED,31,B2,c10,94,IOC
            BOOK,X,B,10.98,1,B2,c3
            SUMMARY,commands=25,events=31,fills=3
            """);

        scenario("replace priority and done case, GTD, END_OF_DAY, closing, halt, mass cancel, delist, relist", """
            INSTRUMENT,X,1,1,1,0,
            INSTRUMENT,Z,1,1,1,0,,100
            PARTICIPANT,A,SZDE,BS,0,0,NONE
            PARTICIPANT,B,SZDE,BS,0,0,NONE
            NEW,10,A,a1,X,S,LIMIT,GTC,10,5
            NEW,11,A,a2,X,S,LIMIT,DAY,10,5
            NEW,12,A,a3,X,S,LIMIT,GTD,10,5,EXPIRE=50
            REPLACE,13,A,a1r,a1,10,4
            REPLACE,14,A,a2r,a2,10,6
            NEW,15,B,b1,X,B,LIMIT,GTC,10,6
            REPLACE,16,A,a3r,a3,10,2
            CANCEL,17,A,a3x,a3
            REPLACE,18,A,a2r2,a2r,9,6
            NEW,19,B,b2,X,B,LIMIT,GTD,8,3,EXPIRE=60
            NEW,20,B,b3,X,B,LIMIT,GTD,8,3,EXPIRE=40
            NEW,21,B,b4,X,B,LIMIT,GTD,8,3,EXPIRE=21
            NEW,22,B,b5,X,B,LIMIT,GTC,8,3,EXPIRE=99
            NEW,23,B,b6,X,B,LIMIT,GTD,8,3
            NEW,24,A,z1,Z,S,LIMIT,GTC,5,1
            NEW,25,B,z2,Z,B,LIMIT,DAY,4,1
            HALT,26,X
            REPLACE,27,B,b2r,b2,9,3
            CANCEL,28,B,b2c,b2
            REPLACE,29,B,b3r,b3,7,1
            RESUME,30,X
            REPLACE,31,A,a2r3,a2r2,8,6
            NEW,32,B,b7,X,B,LIMIT,GTD,5,2,EXPIRE=44
            NEW,33,B,b8,X,B,LIMIT,GTD,4,2,EXPIRE=44
            NEW,34,B,b9,X,B,LIMIT,GTD,4,2,EXPIRE=43
            END_OF_DAY,45
            NEW,100,B,z3,Z,B,LIMIT,GTC,4,1
            HALT,101,Z
            NEW,102,B,z4,Z,B,LIMIT,GTC,4,1
            NEW,103,A,a5,X,S,LIMIT,GTC,12,1
            NEW,104,B,b10,X,B,LIMIT,GTC,3,1
            MASS_CANCEL,105,A,*
            DELIST,106,X
            NEW,107,B,b11,X,B,LIMIT,GTC,3,1
            MASS_CANCEL,108,B,X
            INSTRUMENT,X,1,1,1,0,
            NEW,109,B,b12,X,B,LIMIT,GTC,3,1
            """, """
            ACCEPTED,1,A,a1,1
            ACCEPTED,2,A,a2,2
            ACCEPTED,3,A,a3,3
            REPLACED,4,A,a1r,a1,10,4
            REPLACED,5,A,a2r,a2,10,6
            ACCEPTED,6,B,b1,4
            FILL,7,1,X,10,4,B,b1,A,a1r,B
            FILL,8,2,X,10,2,B,b1,A,a3,B
            CANCELLED,9,A,a3,3,USER
            REJECTED,10,A,a3x,UNKNOWN_ORDER
            REPLACED,11,A,a2r2,a2r,9,6
            ACCEPTED,12,B,b2,5
            ACCEPTED,13,B,b3,6
            REJECTED,14,B,b4,INVALID_TIF
            REJECTED,15,B,b5,INVALID_TIF
            REJECTED,16,B,b6,INVALID_TIF
            ACCEPTED,17,A,z1,7
            ACCEPTED,18,B,z2,8
            REJECTED,19,B,b2r,INSTRUMENT_HALTED
            CANCELLED,20,B,b2,3,USER
            REJECTED,21,B,b3r,INSTRUMENT_HALTED
            REPLACED,22,A,a2r3,a2r2,8,6
            FILL,23,3,X,8,3,B,b3,A,a2r3,S
            ACCEPTED,24,B,b7,9
            ACCEPTED,25,B,b8,10
            ACCEPTED,26,B,b9,11
            CANCELLED,27,B,b9,2,EXPIRED
            CANCELLED,28,B,b7,2,EXPIRED
            CANCELLED,29,B,b8,2,EXPIRED
            CANCELLED,30,A,a2r3,3,EXPIRED
            CANCELLED,31,B,z2,1,EXPIRED
            CANCELLED,32,A,z1,1,EXPIRED
            REJECTED,33,B,z3,INSTRUMENT_CLOSED
            REJECTED,34,B,z4,INSTRUMENT_CLOSED
            ACCEPTED,35,A,a5,12
            ACCEPTED,36,B,b10,13
            CANCELLED,37,A,a5,1,MASS
            CANCELLED,38,B,b10,1,DELISTED
            REJECTED,39,B,b11,UNKNOWN_SYMBOL
            ACCEPTED,40,B,b12,14
            BOOK,X,B,3,1,B,b12
            SUMMARY,commands=36,events=40,fills=3
            """);

        scenario("replace counts new price and leaves for credit and capacity", """
            INSTRUMENT,X,1,1,1,0,
            PARTICIPANT,B,SZDE,BS,100,10,NONE
            PARTICIPANT,C,SZDE,BS,0,0,NONE
            NEW,1,B,b1,X,B,LIMIT,GTC,10,10
            REPLACE,2,B,b2,b1,11,10
            REPLACE,3,B,b3,b1,9,11
            NEW,4,B,s1,X,S,LIMIT,GTC,20,10
            REPLACE,5,B,s2,s1,20,11
            NEW,6,C,c1,X,S,LIMIT,IOC,9,4
            REPLACE,7,B,b4,b3,9,4
            NEW,8,B,b5,X,B,LIMIT,GTC,8,8
            NEW,9,B,b6,X,B,LIMIT,GTC,1,1
            NEW,10,C,c2,X,B,LIMIT,GTC,20,3
            NEW,11,B,s3,X,S,LIMIT,GTC,20,1
            REPLACE,12,B,s4,s1,21,7
            CANCEL,13,ZZ,q1,s4
            CANCEL,14,B,b1,b5
            """, """
            ACCEPTED,1,B,b1,1
            REJECTED,2,B,b2,CREDIT_LIMIT
            REPLACED,3,B,b3,b1,9,11
            ACCEPTED,4,B,s1,2
            REJECTED,5,B,s2,CAPACITY_LIMIT
            ACCEPTED,6,C,c1,3
            FILL,7,1,X,9,4,B,b3,C,c1,S
            CANCELLED,8,B,b3,7,USER
            ACCEPTED,9,B,b5,4
            REJECTED,10,B,b6,CREDIT_LIMIT
            ACCEPTED,11,C,c2,5
            FILL,12,2,X,20,3,C,c2,B,s1,B
            REJECTED,13,B,s3,CAPACITY_LIMIT
            REPLACED,14,B,s4,s1,21,7
            REJECTED,15,ZZ,q1,UNKNOWN_PARTICIPANT
            REJECTED,16,B,b1,DUPLICATE_CLORDID
            BOOK,X,B,8,8,B,b5
            BOOK,X,S,21,4,B,s4
            SUMMARY,commands=14,events=16,fills=2
            """);

        malformed("NEW,1,A,x,X,B,LIMIT,GTC,abc,1", "line 4: ");
        malformed("NEW,1,A,x,X,B,LIMIT,GTC,10", "line 4: ");
        malformed("NEW,1,A,x,X,B,LIMIT,GTT,10,1", "line 4: ");
        malformed("NEW,1,A,x,X,B,LIMIT,GTC,10,1,POST_ONLY,EXPIRE=5,X", "line 4: ");
        malformed("FOO,1", "line 4: ");
        malformed("CANCEL,x,A,c,d", "line 4: ");
        malformed("PARTICIPANT,Q,NYSE,BS,0,0,NONE", "line 4: ");
        System.out.println("scenarios OK");
    }

    private static void scenario(final String name, final String file, final String expected)
    {
        final List<String> actual = ReferenceModel.run(Arrays.asList(file.split("\n")));
        final List<String> wanted = Arrays.asList(expected.split("\n"));
        if (!actual.equals(wanted))
        {
            System.out.println("scenario FAILED: " + name);
            for (int i = 0; i < Math.max(actual.size(), wanted.size()); i++)
            {
                final String a = i < actual.size() ? actual.get(i) : "<none>";
                final String w = i < wanted.size() ? wanted.get(i) : "<none>";
                System.out.println((a.equals(w) ? "   " : "!! ") + a + (a.equals(w) ? "" : "   wanted " + w));
            }
            throw new AssertionError(name);
        }
        System.out.println("scenario OK: " + name);
    }

    private static void malformed(final String line, final String expectedPrefix)
    {
        final List<String> file = List.of("INSTRUMENT,X,1,1,1,0,", "PARTICIPANT,A,SZDE,BS,0,0,NONE", "# comment", line);
        try
        {
            ReferenceModel.run(file);
        }
        catch (final IllegalArgumentException e)
        {
            check(e.getMessage().startsWith(expectedPrefix), "wrong message: " + e.getMessage());
            System.out.println("malformed OK: " + e.getMessage());
            return;
        }
        throw new AssertionError("not rejected as malformed: " + line);
    }

    private static void check(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new AssertionError(message);
        }
    }
}

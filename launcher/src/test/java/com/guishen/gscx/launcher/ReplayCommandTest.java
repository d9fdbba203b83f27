package com.guishen.gscx.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReplayCommandTest
{
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();


    @TempDir
    Path directory;

    private int replay(final String... lines) throws IOException
    {
        final Path file = directory.resolve("market.cmd");
        Files.write(file, java.util.List.of(lines));
        return Gscx.commandLine().execute("replay", "--commands", file.toString());
    }

    @Test
    void printsEventsBooksAndSummary() throws IOException
    {
        final int exitCode = replay(
            "INSTRUMENT,H100.GUIAN.D20261201,0.01,1,24,0,",
            "PARTICIPANT,AILAB,SZDE,B,0,0,NONE",
            "PARTICIPANT,GUIANDC,GYBDE,S,0,0,NONE",
            "NEW,1,GUIANDC,s1,H100.GUIAN.D20261201,S,LIMIT,GTC,15.5,8",
            "NEW,2,AILAB,b1,H100.GUIAN.D20261201,B,LIMIT,GTC,15.50,3");

        assertEquals(0, exitCode);
        assertEquals(String.join("\n",
            "ACCEPTED,1,GUIANDC,s1,1",
            "ACCEPTED,2,AILAB,b1,2",
            "FILL,3,1,H100.GUIAN.D20261201,15.50,3,AILAB,b1,GUIANDC,s1,B",
            "BOOK,H100.GUIAN.D20261201,S,15.50,5,GUIANDC,s1",
            "SUMMARY,commands=2,events=3,fills=1",
            ""), streams.out());
    }

    @Test
    void aMalformedLineStopsTheReplayWithItsNumberAndReason() throws IOException
    {
        final int exitCode = replay(
            "INSTRUMENT,EC1,1,1,1,0,",
            "PARTICIPANT,U1,SZDE,BS,0,0,NONE",
            "NEW,1,U1,1,EC1,B,LIMIT,GTC,100,1",
            "NEW,2,U1,2,EC1,B,LIMIT,GTC,100,ten");

        assertEquals(2, exitCode);
        assertEquals("ACCEPTED,1,U1,1,1\n", streams.out());
        assertEquals("gscx replay: " + directory.resolve("market.cmd") +
            ": line 4: quantity must be an integer, got 'ten'\n", streams.err());
    }

    @Test
    void anUnknownRecordTypeIsNamed() throws IOException
    {
        assertEquals(2, replay("INSTRUMENT,EC1,1,1,1,0,", "", "# a comment", "BUY,1,U1"));
        assertEquals("gscx replay: " + directory.resolve("market.cmd") + ": line 4: unknown record type 'BUY'\n",
            streams.err());
    }

    @Test
    void aMissingFileIsAClearError()
    {
        final int exitCode = Gscx.commandLine().execute("replay", "--commands", directory.resolve("nope.cmd").toString());
        assertEquals(2, exitCode);
        assertEquals("gscx replay: no such command file: " + directory.resolve("nope.cmd") + "\n",
            streams.err());
    }
}

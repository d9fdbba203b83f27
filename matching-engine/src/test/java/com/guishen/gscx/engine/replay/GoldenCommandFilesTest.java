package com.guishen.gscx.engine.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the matching engine through its command-file contract
 * ({@code shared/bench/COMMANDS.md} and {@code docs/command-file-rules.md}).
 *
 * <p>Every {@code NN-name.cmd} in the test resource folder {@code golden/} is replayed through
 * {@link CommandFileReplay#replay(InputStream, java.io.OutputStream)} and its standard output
 * must equal {@code NN-name.out} line by line. The expected outputs were derived by hand from
 * the two rule documents, one small file per rule; the comments in each {@code .cmd} file
 * explain every expected line.
 */
final class GoldenCommandFilesTest
{
    private static final String FOLDER = "golden";
    private static final int CONTEXT_LINES = 3;

    static Stream<String> commandFiles() throws IOException, URISyntaxException
    {
        final URL folder = GoldenCommandFilesTest.class.getClassLoader().getResource(FOLDER);
        assertNotNull(folder, "test resource folder '" + FOLDER + "' not found on the classpath");
        final List<String> names = listCommandFiles(folder.toURI());
        assertFalse(names.isEmpty(), "no *.cmd files in the test resource folder '" + FOLDER + "'");
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandFiles")
    void replayMatchesGoldenOutput(final String commandFileName) throws IOException
    {
        final String expectedFileName = commandFileName.substring(0, commandFileName.length() - ".cmd".length()) + ".out";
        final List<String> expected = lines(readResource(expectedFileName));

        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream commandFile = openResource(commandFileName))
        {
            CommandFileReplay.replay(commandFile, output);
        }
        final List<String> actual = lines(output.toString(StandardCharsets.UTF_8));

        if (!expected.equals(actual))
        {
            fail(describeDifference(commandFileName, expectedFileName, expected, actual));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> listCommandFiles(final URI folderUri) throws IOException
    {
        if ("jar".equals(folderUri.getScheme()))
        {
            FileSystem fileSystem;
            boolean opened = false;
            try
            {
                fileSystem = FileSystems.getFileSystem(folderUri);
            }
            catch (final FileSystemNotFoundException e)
            {
                fileSystem = FileSystems.newFileSystem(folderUri, Collections.emptyMap());
                opened = true;
            }
            try
            {
                return listCommandFiles(fileSystem.provider().getPath(folderUri));
            }
            finally
            {
                if (opened)
                {
                    fileSystem.close();
                }
            }
        }
        return listCommandFiles(Path.of(folderUri));
    }

    private static List<String> listCommandFiles(final Path folder) throws IOException
    {
        try (Stream<Path> files = Files.list(folder))
        {
            return files
                .map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith(".cmd"))
                .sorted()
                .collect(Collectors.toList());
        }
    }

    private static InputStream openResource(final String fileName)
    {
        final String resource = FOLDER + "/" + fileName;
        final InputStream in = GoldenCommandFilesTest.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
        {
            fail("missing test resource " + resource);
        }
        return in;
    }

    private static String readResource(final String fileName) throws IOException
    {
        try (InputStream in = openResource(fileName))
        {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits into lines, accepting \n or \r\n, ignoring one final line terminator. */
    private static List<String> lines(final String text)
    {
        final String normalised = text.replace("\r\n", "\n");
        final List<String> result = new ArrayList<>(List.of(normalised.split("\n", -1)));
        if (!result.isEmpty() && result.get(result.size() - 1).isEmpty())
        {
            result.remove(result.size() - 1);
        }
        return result;
    }

    private static String describeDifference(
        final String commandFileName,
        final String expectedFileName,
        final List<String> expected,
        final List<String> actual)
    {
        int first = 0;
        while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first)))
        {
            first++;
        }
        final StringBuilder message = new StringBuilder();
        message.append(commandFileName).append(": output differs from ").append(expectedFileName)
            .append(" first at line ").append(first + 1)
            .append(" (expected ").append(expected.size()).append(" lines, got ").append(actual.size()).append(")\n");
        message.append("  expected: ").append(lineOrEnd(expected, first)).append('\n');
        message.append("  actual:   ").append(lineOrEnd(actual, first)).append('\n');

        message.append("context (").append(CONTEXT_LINES).append(" lines before, equal in both):\n");
        for (int i = Math.max(0, first - CONTEXT_LINES); i < first; i++)
        {
            message.append(String.format("  %4d   %s%n", i + 1, expected.get(i)));
        }

        message.append("full actual output:\n");
        for (int i = 0; i < actual.size(); i++)
        {
            message.append(String.format("  %4d %s %s%n",
                i + 1, i < expected.size() && expected.get(i).equals(actual.get(i)) ? " " : "!", actual.get(i)));
        }
        return message.toString();
    }

    private static String lineOrEnd(final List<String> lines, final int index)
    {
        return index < lines.size() ? lines.get(index) : "<end of output>";
    }
}

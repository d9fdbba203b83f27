package com.guishen.gscx.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps BENCHMARKS.md current: each benchmark owns one section, delimited by HTML comments,
 * which a new run replaces; the rest of the file is left as it is.
 */
final class BenchmarkReport
{
    private BenchmarkReport()
    {
    }

    static void updateSection(final Path file, final String section, final String markdown) throws IOException
    {
        final String begin = "<!-- BEGIN " + section + " -->";
        final String end = "<!-- END " + section + " -->";
        final String block = begin + "\n" + markdown.strip() + "\n" + end;
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) :
            "# Benchmarks\n\nEvery figure below was measured on this project's 2-core, 24 GiB machine with the command " +
            "shown beside it; rerun the command to refresh its section.\n";
        final int from = text.indexOf(begin);
        final int to = text.indexOf(end);
        if (from >= 0 && to > from)
        {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        }
        else
        {
            text = text.stripTrailing() + "\n\n" + block + "\n";
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

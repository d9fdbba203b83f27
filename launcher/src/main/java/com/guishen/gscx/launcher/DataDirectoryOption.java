package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.journal.DataDirectory;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data-dir} option every command that works on an engine's files takes. */
final class DataDirectoryOption
{
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "gscx-data",
        description = "The engine's data directory: journals, snapshots, the embedded broker (default: ${DEFAULT-VALUE}).")
    Path path;

    DataDirectory directory()
    {
        return new DataDirectory(path);
    }
}

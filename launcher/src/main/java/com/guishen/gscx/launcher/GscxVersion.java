package com.guishen.gscx.launcher;

import picocli.CommandLine;

/** Reports the version of the build (from the jar manifest when there is one). */
final class GscxVersion implements CommandLine.IVersionProvider
{
    @Override
    public String[] getVersion()
    {
        final String version = Gscx.class.getPackage().getImplementationVersion();
        return new String[]{"gscx " + (version == null ? "development build" : version)};
    }
}

package io.linstorj.dist;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of the running jar. */
public final class LinstorjVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = LinstorjVersion.class.getPackage().getImplementationVersion();
        return new String[] {"LinstorJ " + (version == null ? "(development build)" : version)};
    }
}

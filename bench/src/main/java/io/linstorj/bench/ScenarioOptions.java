package io.linstorj.bench;

import picocli.CommandLine.Option;

/** Options every scenario takes: a smoke-run size and whether to keep the data. */
public final class ScenarioOptions {
    @Option(names = "--quick", description = "A smoke run: small counts, a few seconds; the figures mean little.")
    boolean quick;

    @Option(names = "--keep-data", description = "Keep the temp directory (databases, pools, process logs).")
    boolean keepData;

    /** True for a smoke run with small counts. */
    public boolean quick() {
        return quick;
    }

    /** True to keep the temp directory after the run. */
    public boolean keepData() {
        return keepData;
    }

    /** {@code full} normally, {@code quick} for a smoke run. */
    public int pick(int full, int quickValue) {
        return quick ? quickValue : full;
    }
}

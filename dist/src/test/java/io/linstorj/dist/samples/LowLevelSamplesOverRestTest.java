package io.linstorj.dist.samples;

/**
 * The low-level samples of API.md, the very same code, over REST: only the URI is
 * {@code http://} instead of {@code linstor://}.
 */
class LowLevelSamplesOverRestTest extends LowLevelSamplesTest {
    @Override
    String scheme() {
        return "http";
    }
}

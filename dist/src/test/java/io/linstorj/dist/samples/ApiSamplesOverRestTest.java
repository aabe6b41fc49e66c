package io.linstorj.dist.samples;

/**
 * The samples of the client's API document, the very same code, over REST: only the URI is
 * {@code http://} instead of {@code linstor://}.
 */
class ApiSamplesOverRestTest extends ApiSamplesTest {
    @Override
    String scheme() {
        return "http";
    }
}

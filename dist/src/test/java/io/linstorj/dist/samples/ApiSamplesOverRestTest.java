package io.linstorj.dist.samples;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The samples of the client's API document, the very same code, over REST: only the URI is
 * {@code http://} instead of {@code linstor://}.
 */
class ApiSamplesOverRestTest extends ApiSamplesTest {
    @Override
    String scheme() {
        return "http";
    }

    @Override
    @Test
    @Order(12)
    @Disabled("LinstorJ's REST server sends no layer_data_list yet, where the client reads the backing "
            + "device (as LINBIT's controller sends it); the sample runs, getBackingDisk() is null")
    void theBackingDiskOfADiskfulReplicaIsReported() {}
}

package io.linstorj.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linstorj.client.Linstor;
import org.junit.jupiter.api.Test;

// README.md shows this class, from the line after "readme:begin" to the line before "readme:end",
// and names the imports above; ReadmeExampleTest keeps the two the same.
// readme:begin
@LinstorCluster(satellites = 3, inProcess = true)
class PlacementTest {
    @Test
    void placesTwoReplicas(LinstorTestCluster cluster, Linstor lin) {
        String rd = cluster.uniqueName("web");
        lin.resourceDfnCreate(rd);
        lin.volumeDfnCreate(rd, 64 * 1024);
        assertTrue(Linstor.allApiResponsesSuccess(lin.resourceAutoPlace(rd, 2)));
    }
}
// readme:end

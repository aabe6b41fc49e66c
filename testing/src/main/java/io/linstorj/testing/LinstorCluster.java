package io.linstorj.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link LinstorTestCluster} for a JUnit 5 test class, before its first test, and
 * stops it after its last. Test methods and the constructor get it, or a connected
 * {@link io.linstorj.client.Linstor} (closed after the test, or after the class for a
 * constructor), as a parameter.
 *
 * <pre>{@code
 * @LinstorCluster(satellites = 3)
 * class MyPluginTest {
 *     @Test
 *     void placesTwoReplicas(LinstorTestCluster cluster, Linstor lin) {
 *         String rd = cluster.uniqueName("web");
 *         lin.resourceDfnCreate(rd);
 *         lin.volumeDfnCreate(rd, 64 * 1024);
 *         assertTrue(Linstor.allApiResponsesSuccess(lin.resourceAutoPlace(rd, 2)));
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(LinstorClusterExtension.class)
public @interface LinstorCluster {
    /** How many satellites (alpha, bravo, ...), 1 to 20. */
    int satellites() default 3;

    /** The storage pool every satellite gets. */
    String pool() default "DfltStorPool";

    /** The pool's provider kind: {@code FILE_THIN} or {@code FILE} (plain files). */
    String providerKind() default "FILE_THIN";

    /** True to run the nodes in the test's JVM (faster to start) instead of child JVMs. */
    boolean inProcess() default false;
}

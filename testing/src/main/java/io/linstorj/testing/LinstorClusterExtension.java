package io.linstorj.testing;

import io.linstorj.client.Linstor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link LinstorCluster}: one cluster per test class, kept in the
 * class's extension store, started before the first test (or when the constructor first asks for
 * it) and stopped after the last; it resolves {@link LinstorTestCluster} and {@link Linstor}
 * parameters. A client it hands out is closed with the test (or the class) that asked for it.
 * Needs JUnit 5.13 or later, which closes what its stores hold.
 */
public final class LinstorClusterExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LinstorClusterExtension.class);
    private static final String CLUSTER = "cluster";

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LinstorTestCluster cluster = context.getStore(NAMESPACE).remove(CLUSTER, LinstorTestCluster.class);
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LinstorTestCluster.class || type == Linstor.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LinstorTestCluster cluster = cluster(context);
        if (parameter.getParameter().getType() == LinstorTestCluster.class) {
            return cluster;
        }
        Linstor lin = cluster.connect();
        // Keyed by the client itself: every parameter gets its own, closed when this context ends.
        context.getStore(NAMESPACE).put(lin, lin);
        return lin;
    }

    /** The cluster of the test class {@code context} belongs to, started on first use. */
    private static LinstorTestCluster cluster(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
            owner = owner.getParent().get();
        }
        Class<?> testClass = owner.getRequiredTestClass();
        LinstorCluster settings = AnnotationSupport.findAnnotation(testClass, LinstorCluster.class)
                .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName() + " uses "
                        + LinstorClusterExtension.class.getSimpleName() + " without @LinstorCluster"));
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(CLUSTER, key -> start(settings), LinstorTestCluster.class);
    }

    private static LinstorTestCluster start(LinstorCluster settings) {
        return LinstorTestCluster.builder()
                .satellites(settings.satellites())
                .pool(settings.pool(), settings.providerKind())
                .inProcess(settings.inProcess())
                .start();
    }
}

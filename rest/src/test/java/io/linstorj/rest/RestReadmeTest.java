package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.rest.event.EventEndpoints;
import io.linstorj.rest.event.EventStreamLimits;
import io.linstorj.rest.json.Json;
import io.linstorj.rest.metrics.RestMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST sections of README.md and rest/README.md say what {@link RouteTable} serves: a row for
 * every served operation and none for another, and the generated list of the spec's operations
 * answered 501. Run with {@code -Dlinstorj.readme.update=true} to rewrite that list after adding a
 * route (the served table's rows, with their meaning, are written by hand).
 */
class RestReadmeTest {
    private static final List<String> READMES = List.of("README.md", "rest/README.md");

    @TempDir
    Path dataDir;

    private Controller controller;
    private EventEndpoints events;
    private List<Route> routes;

    @BeforeEach
    void buildTheRouteTable() {
        controller = Controller.start(ControllerConfig.defaults(dataDir).withListen("127.0.0.1", 0));
        ControllerServices services = controller.services();
        Replies replies = new Replies(new Json(), Clock.systemUTC(), services.errorReports());
        events = new EventEndpoints(
                controller.events(), services.nodes(), replies, Clock.systemUTC(), EventStreamLimits.DEFAULTS);
        routes = RouteTable.create(
                services,
                replies,
                Clock.systemUTC(),
                "test",
                Optional.of(new RestMetrics(services, "test")),
                Runnable::run,
                events,
                RestConfig.DEFAULT_DELETION_WAIT);
    }

    @AfterEach
    void stop() {
        events.close();
        controller.close();
    }

    private List<String> operations(boolean supported) {
        return routes.stream()
                .filter(route -> route.supported() == supported)
                .map(route -> route.method() + " " + route.path().template())
                .toList();
    }

    @Test
    void everyServedOperationHasItsRowInBothReadmesAndNothingElseDoes() {
        Set<String> served = new TreeSet<>(operations(true));
        for (String name : READMES) {
            RestReadme readme = RestReadme.read(RestReadme.repositoryRoot().resolve(name));
            Set<String> rows = readme.servedRows();
            assertThat(served)
                    .as("served operations without a row in %s's REST table", name)
                    .isSubsetOf(rows);
            assertThat(rows)
                    .as("rows of %s's REST table that RouteTable does not serve", name)
                    .isSubsetOf(served);
        }
    }

    @Test
    void theListOfOperationsAnswered501IsTheRouteTables() throws IOException {
        String generated = RestReadme.notSupportedMarkdown(operations(false));
        boolean update = Boolean.getBoolean("linstorj.readme.update");
        for (String name : READMES) {
            Path file = RestReadme.repositoryRoot().resolve(name);
            RestReadme readme = RestReadme.read(file);
            if (update) {
                Files.writeString(file, readme.withNotSupportedBlock(generated));
                readme = RestReadme.read(file);
            }
            assertThat(readme.notSupportedBlock())
                    .as(
                            "the not-supported list in %s; rerun this test with -Dlinstorj.readme.update=true to rewrite it",
                            name)
                    .isEqualTo(generated);
        }
    }

    @Test
    void theGeneratedListNamesEveryOperationOfTheSpecThatIsNotServed() {
        Set<String> specNotServed = SpecOperations.ALL.stream()
                .filter(operation -> !operations(true).contains(operation))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(operations(false))).isEqualTo(specNotServed);
        assertThat(RestReadme.notSupportedMarkdown(operations(false))).contains("`GET /v1/remotes`");
    }
}

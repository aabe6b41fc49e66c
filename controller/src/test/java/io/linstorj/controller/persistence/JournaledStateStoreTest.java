package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.controller.state.Change;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.StoreException;
import io.linstorj.controller.state.TableId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal in front of H2: acknowledged writes reach the database behind it, or on the next open. */
class JournaledStateStoreTest {
    @TempDir
    Path dataDirectory;

    private Database database;
    private Path journalDirectory;

    @BeforeEach
    void open() {
        database = Database.open(Database.h2Url(dataDirectory), "sa", "");
        journalDirectory = dataDirectory.resolve("journal");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Change controllerProp(String key, String value) {
        return new Change(TableId.CONTROLLER_PROPS, key, null, value);
    }

    private static List<SqlStatement> statementsOf(Change change) throws SQLException {
        List<SqlStatement> statements = new ArrayList<>();
        new ChangeWriter((sql, params) -> statements.add(SqlStatement.of(sql, params))).write(change);
        return statements;
    }

    /** Appends entries as a store acknowledging them would, without the database hearing of them. */
    private void journalWithoutDatabase(List<List<SqlStatement>> entries) throws Exception {
        Journal journal = Journal.open(journalDirectory, 0).journal();
        for (List<SqlStatement> entry : entries) {
            journal.append(StatementCodec.encode(entry));
        }
        journal.close();
    }

    private DesiredState loadFromDatabaseAlone() throws StoreException {
        DesiredState state = new DesiredState();
        new JdbcStateStore(database).loadInto(state);
        return state;
    }

    private long appliedSequence() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT applied_sequence FROM journal_position")) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<Path> segments() throws Exception {
        try (Stream<Path> files = Files.list(journalDirectory)) {
            return files.toList();
        }
    }

    @Test
    void aWriteReachesTheDatabaseBehindTheJournalAndAStopLeavesTheJournalEmpty() throws Exception {
        JournaledStateStore store = JournaledStateStore.open(database, journalDirectory);
        store.write(List.of(controllerProp("Answer", "42")));
        store.write(List.of(controllerProp("Other", "x")));

        DesiredState state = new DesiredState();
        store.loadInto(state);
        assertThat(state.controllerProps().get("Answer")).isEqualTo("42");
        store.close();

        assertThat(loadFromDatabaseAlone().controllerProps().get("Other")).isEqualTo("x");
        assertThat(appliedSequence()).isEqualTo(2);
        assertThat(segments())
                .singleElement()
                .satisfies(segment -> assertThat(Files.size(segment)).isZero());
    }

    @Test
    void entriesTheDatabaseDoesNotHoldYetAreReplayedWhenTheStoreOpens() throws Exception {
        journalWithoutDatabase(
                List.of(statementsOf(controllerProp("First", "1")), statementsOf(controllerProp("Second", "2"))));

        JournaledStateStore store = JournaledStateStore.open(database, journalDirectory);
        DesiredState state = new DesiredState();
        store.loadInto(state);
        store.close();

        assertThat(state.controllerProps().get("First")).isEqualTo("1");
        assertThat(state.controllerProps().get("Second")).isEqualTo("2");
        assertThat(appliedSequence()).isEqualTo(2);
    }

    @Test
    void entriesTheDatabaseHoldsAlreadyAreNotReplayedAgain() throws Exception {
        List<SqlStatement> first = statementsOf(controllerProp("First", "1"));
        List<SqlStatement> second = statementsOf(controllerProp("Second", "2"));
        journalWithoutDatabase(List.of(first, second));
        // The process died after the database took entry 1 and before it deleted the segment.
        new JdbcStateStore(database).writeStatements("entry 1", sql -> {
            for (SqlStatement statement : first) {
                sql.add(statement.sql(), statement.params().toArray());
            }
            sql.add("UPDATE journal_position SET applied_sequence = 1 WHERE id = 1");
        });

        JournaledStateStore store = JournaledStateStore.open(database, journalDirectory);
        store.close();

        DesiredState state = loadFromDatabaseAlone();
        assertThat(state.controllerProps().get("First")).isEqualTo("1");
        assertThat(state.controllerProps().get("Second")).isEqualTo("2");
    }

    @Test
    void aJournalTheDatabaseCannotReplayStopsTheOpenWithTheReason() throws Exception {
        journalWithoutDatabase(List.of(List.of(SqlStatement.of("INSERT INTO no_such_table (a) VALUES (?)", "x"))));

        assertThatThrownBy(() -> JournaledStateStore.open(database, journalDirectory))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("replaying the journal")
                .hasMessageContaining("NO_SUCH_TABLE");
        assertThat(appliedSequence()).isZero();
    }

    @Test
    void entriesAreAppliedInTheirOrderEvenWhenOneUndoesAnother() throws Exception {
        JournaledStateStore store = JournaledStateStore.open(database, journalDirectory);
        store.write(List.of(controllerProp("Key", "old")));
        store.write(List.of(new Change(TableId.CONTROLLER_PROPS, "Key", "old", null)));
        store.write(List.of(controllerProp("Key", "new")));
        store.close();

        assertThat(loadFromDatabaseAlone().controllerProps().get("Key")).isEqualTo("new");
    }

    @Test
    void aWriteAfterCloseIsRefusedAsNothingStored() throws Exception {
        JournaledStateStore store = JournaledStateStore.open(database, journalDirectory);
        store.close();

        assertThatThrownBy(() -> store.write(List.of(controllerProp("Late", "x"))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nothing was stored")
                .satisfies(
                        e -> assertThat(((StoreException) e).outcome()).isEqualTo(StoreException.Outcome.UNAVAILABLE));
    }
}

package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeType;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.state.Change;
import io.linstorj.controller.state.TableId;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The statements a changed row becomes: its own row, its parts and its properties, each by its key. */
class ChangeWriterTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static List<SqlStatement> statementsOf(Change change) throws SQLException {
        List<SqlStatement> statements = new ArrayList<>();
        new ChangeWriter((sql, params) -> statements.add(SqlStatement.of(sql, params))).write(change);
        return statements;
    }

    private static Node node(Map<String, String> props, NetInterface... netInterfaces) {
        TreeMap<String, NetInterface> byName = new TreeMap<>();
        for (NetInterface netInterface : netInterfaces) {
            byName.put(netInterface.name(), netInterface);
        }
        return new Node("alpha", NodeType.SATELLITE, props, Set.of(), byName, ID);
    }

    @Test
    void aCreatedNodeIsAnInsertOfItsRowItsNetInterfacesAndItsProperties() throws SQLException {
        Node created = node(Map.of("Aux/site", "a"), new NetInterface("default", "127.0.0.11", 3366, "PLAIN"));

        assertThat(statementsOf(new Change(TableId.NODES, "ALPHA", null, created)))
                .containsExactly(
                        SqlStatement.of(
                                "INSERT INTO nodes (node_type, flags, object_uuid, name, name_key) VALUES (?, ?, ?, ?, ?)",
                                "SATELLITE",
                                "",
                                ID.toString(),
                                "alpha",
                                "ALPHA"),
                        SqlStatement.of(
                                "INSERT INTO net_interfaces (name, address, satellite_port, encryption_type, node_key,"
                                        + " name_key) VALUES (?, ?, ?, ?, ?, ?)",
                                "default",
                                "127.0.0.11",
                                3366,
                                "PLAIN",
                                "ALPHA",
                                "DEFAULT"),
                        SqlStatement.of(
                                "INSERT INTO props (prop_value, owner_key, prop_key) VALUES (?, ?, ?)",
                                "a",
                                "N:ALPHA",
                                "Aux/site"));
    }

    @Test
    void aChangedNodeIsAnUpdateOfItsRowAndOfWhatChangedInItsParts() throws SQLException {
        Node before =
                node(Map.of("Aux/site", "a", "Aux/old", "x"), new NetInterface("default", "127.0.0.11", 3366, "PLAIN"));
        Node after = node(Map.of("Aux/site", "b"), new NetInterface("other", "127.0.0.12", 3366, "PLAIN"));

        assertThat(statementsOf(new Change(TableId.NODES, "ALPHA", before, after)))
                .extracting(SqlStatement::sql)
                .containsExactly(
                        "UPDATE nodes SET node_type = ?, flags = ?, object_uuid = ?, name = ? WHERE name_key = ?",
                        "INSERT INTO net_interfaces (name, address, satellite_port, encryption_type, node_key,"
                                + " name_key) VALUES (?, ?, ?, ?, ?, ?)",
                        "DELETE FROM net_interfaces WHERE node_key = ? AND name_key = ?",
                        "UPDATE props SET prop_value = ? WHERE owner_key = ? AND prop_key = ?",
                        "DELETE FROM props WHERE owner_key = ? AND prop_key = ?");
    }

    @Test
    void aDeletedNodeIsADeleteOfItsRowItsNetInterfacesAndItsProperties() throws SQLException {
        Node deleted = node(Map.of("Aux/site", "a"), new NetInterface("default", "127.0.0.11", 3366, "PLAIN"));

        assertThat(statementsOf(new Change(TableId.NODES, "ALPHA", deleted, null)))
                .containsExactly(
                        SqlStatement.of("DELETE FROM nodes WHERE name_key = ?", "ALPHA"),
                        SqlStatement.of("DELETE FROM net_interfaces WHERE node_key = ?", "ALPHA"),
                        SqlStatement.of("DELETE FROM props WHERE owner_key = ?", "N:ALPHA"));
    }

    @Test
    void aSnapshotDefinitionsChangedVolumeSizeIsAnUpdateOfThatVolumeAlone() throws SQLException {
        SnapshotDefinition before = new SnapshotDefinition(
                "res", "snap", new TreeMap<>(Map.of(0, 1024L, 1, 2048L)), Map.of(), Set.of(), ID);
        SnapshotDefinition after = new SnapshotDefinition(
                "res", "snap", new TreeMap<>(Map.of(0, 1024L, 1, 4096L)), Map.of(), Set.of(), ID);

        assertThat(statementsOf(new Change(TableId.SNAPSHOT_DEFINITIONS, null, before, after)))
                .containsExactly(
                        SqlStatement.of(
                                "UPDATE snapshot_definitions SET resource_name = ?, name = ?, flags = ?, object_uuid = ?"
                                        + " WHERE resource_key = ? AND name_key = ?",
                                "res",
                                "snap",
                                "",
                                ID.toString(),
                                "RES",
                                "SNAP"),
                        SqlStatement.of(
                                "UPDATE snapshot_volume_definitions SET size_kib = ? WHERE resource_key = ?"
                                        + " AND snapshot_key = ? AND volume_number = ?",
                                4096L,
                                "RES",
                                "SNAP",
                                1));
    }

    @Test
    void aControllerPropertyIsOneRowOfProps() throws SQLException {
        assertThat(statementsOf(new Change(TableId.CONTROLLER_PROPS, "Answer", "41", "42")))
                .containsExactly(SqlStatement.of(
                        "UPDATE props SET prop_value = ? WHERE owner_key = ? AND prop_key = ?",
                        "42",
                        "CTRL",
                        "Answer"));
    }
}

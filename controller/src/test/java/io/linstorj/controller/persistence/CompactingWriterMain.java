package io.linstorj.controller.persistence;

import io.linstorj.controller.state.Change;
import io.linstorj.controller.state.TableId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for {@link H2CompactionCrashTest}: writes controller properties through a store
 * that compacts the H2 file, one commit per write, until killed. It prints {@code ACK n} once
 * write {@code n} returned and {@code COMPACTED p} once {@code p} passes rewrote pages.
 */
public final class CompactingWriterMain {
    /** Properties written first, in one commit; then every write changes one of them. */
    static final int KEYS = 2_000;

    private CompactingWriterMain() {}

    /** The property key of entry {@code key}. */
    static String key(int key) {
        return "Aux/key" + key;
    }

    /** The value write {@code write} sets (write 0 creates every key with it). */
    static String value(int write) {
        return "value of write " + write;
    }

    /** The key write {@code write} (from 1) changes: spread over all of them. */
    static int keyOfWrite(long write) {
        return (int) (write * 7919 % KEYS);
    }

    /** Writes into the H2 database in directory {@code args[0]} until killed. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // A retention of 1 s instead of 45 lets chunks become rewritable within the test.
        Database database = Database.open(Database.h2Url(Path.of(args[0])) + ";RETENTION_TIME=1000", "sa", "");
        H2Compaction compaction = new H2Compaction();
        JdbcStateStore store = new JdbcStateStore(database.dataSource(), compaction);
        List<Change> created = new ArrayList<>();
        String[] values = new String[KEYS];
        for (int key = 0; key < KEYS; key++) {
            values[key] = value(0);
            created.add(new Change(TableId.CONTROLLER_PROPS, key(key), null, values[key]));
        }
        store.write(created);
        out.println("ACK 0");
        long reported = 0;
        for (long write = 1; ; write++) {
            int key = keyOfWrite(write);
            String value = value((int) write);
            store.write(List.of(new Change(TableId.CONTROLLER_PROPS, key(key), values[key], value)));
            values[key] = value;
            out.println("ACK " + write);
            if (compaction.rewritingPasses() > reported) {
                reported = compaction.rewritingPasses();
                out.println("COMPACTED " + reported);
            }
            Thread.sleep(1);
        }
    }
}

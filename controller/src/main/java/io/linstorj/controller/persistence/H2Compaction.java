package io.linstorj.controller.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file bounded while the controller runs. Each commit writes a chunk of
 * the changed B-tree pages; a chunk is reused only once none of its pages is live any more, and
 * pages that no later commit touches keep their chunk alive. H2 moves such pages into new chunks
 * only on its background thread, which {@code WRITE_DELAY=0} (every commit written before it
 * returns) does not run. So every {@value #COMMITS_PER_PASS} commits this asks MVStore to
 * rewrite the live pages of its emptiest chunks (at most {@value #WRITE_LIMIT} bytes of them) and
 * writes them with one commit of its own: the emptied chunks become free space that later
 * commits reuse.
 *
 * <p>It runs on the thread that writes to the database, between its transactions. A rewrite
 * copies pages and never changes what they hold, and MVStore frees an emptied chunk only after
 * its retention time ({@code RETENTION_TIME}, 45 s by default), so a crash during or after a
 * pass finds either the chunks before it or those after it, with the same data. A failed pass
 * is logged and the next one tried later: the commit before it is done.
 */
final class H2Compaction implements AfterCommit {
    /** Commits between two passes. */
    static final int COMMITS_PER_PASS = 16;

    /**
     * Below this fill rate of its chunks (live bytes of all chunk bytes, percent) a pass
     * rewrites; H2's own background housekeeping uses 90 (its {@code autoCompactFillRate}).
     */
    static final int REWRITE_BELOW_FILL_RATE = 90;

    /** Most live bytes one pass rewrites: about what one of H2's background passes writes. */
    static final int WRITE_LIMIT = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);

    private int commitsSincePass;
    private long rewritingPasses;

    @Override
    public void afterCommit(Connection connection) {
        if (++commitsSincePass < COMMITS_PER_PASS) {
            return;
        }
        commitsSincePass = 0;
        try {
            MVStore store = mvStoreOf(connection);
            if (store.compact(REWRITE_BELOW_FILL_RATE, WRITE_LIMIT)) {
                store.commit();
                rewritingPasses++;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Compacting the H2 file failed; tried again after {} commits", COMMITS_PER_PASS, e);
        }
    }

    /** Passes that rewrote pages since this was created (for logs and tests). */
    long rewritingPasses() {
        return rewritingPasses;
    }

    private static MVStore mvStoreOf(Connection connection) throws SQLException {
        // H2 has no SQL statement that compacts an open database; SHUTDOWN COMPACT closes it.
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            throw new SQLException("not an embedded H2 database: nothing to compact");
        }
        return session.getDatabase().getStore().getMvStore();
    }
}

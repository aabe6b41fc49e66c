package io.linstorj.controller.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One execution of a parameterised SQL statement, as {@link ChangeWriter} made it: what a journal
 * entry holds and replays. A null parameter stays null (a nullable column).
 */
record SqlStatement(String sql, List<Object> params) {
    SqlStatement {
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    static SqlStatement of(String sql, Object... params) {
        return new SqlStatement(sql, Arrays.asList(params));
    }
}

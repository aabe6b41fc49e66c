package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCodecTest {
    @Test
    void statementsComeBackWithEveryParameterTypeAndNulls() throws IOException {
        List<SqlStatement> statements = List.of(
                SqlStatement.of(
                        "INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)", "näme", 7, 1L << 40, true, null),
                SqlStatement.of("DELETE FROM t"));

        assertThat(StatementCodec.decode(StatementCodec.encode(statements))).isEqualTo(statements);
    }

    @Test
    void aParameterTheJournalCannotReplayIsRefusedWhenEncoding() {
        List<SqlStatement> statements = List.of(SqlStatement.of("UPDATE t SET a = ?", 1.5d));

        assertThatThrownBy(() -> StatementCodec.encode(statements))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Double");
    }

    @Test
    void bytesThatAreNotAnEncodingAreRefused() {
        byte[] encoded = StatementCodec.encode(List.of(SqlStatement.of("DELETE FROM t WHERE a = ?", "x")));

        assertThatThrownBy(() -> StatementCodec.decode(Arrays.copyOf(encoded, encoded.length - 1)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> StatementCodec.decode(Arrays.copyOf(encoded, encoded.length + 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("after the last statement");
    }
}

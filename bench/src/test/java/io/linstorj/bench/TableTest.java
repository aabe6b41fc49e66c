package io.linstorj.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void columnsAreAsWideAsTheirWidestCell() {
        Table table = new Table("figure", "p50 ms");
        table.row("list", "12.40");
        table.row("mutating calls", "3.1");
        StringWriter text = new StringWriter();

        table.print(new PrintWriter(text));

        assertThat(text.toString().split("\n"))
                .containsExactly(
                        "figure          p50 ms",
                        "--------------  ------",
                        "list             12.40",
                        "mutating calls     3.1");
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> new Table("a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}

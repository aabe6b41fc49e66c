package io.linstorj.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header and rows of cells, printed with each column as wide as its widest
 * cell; the first column is aligned left, the others right.
 *
 * <pre>{@code
 * Table table = new Table("figure", "p50 ms");
 * table.row("list", "12.4");
 * table.print(out);
 * }</pre>
 */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column titles. */
    public Table(String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.header = List.of(header);
    }

    /** Adds a row; it must have one cell per column. */
    public void row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(
                    "row has " + cells.length + " cells, the table " + header.size() + " columns");
        }
        rows.add(List.of(cells));
    }

    /** True when no row was added. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the header, a rule and the rows. */
    public void print(PrintWriter out) {
        int[] widths = widths();
        printRow(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(row -> printRow(out, row, widths));
        out.flush();
    }

    private int[] widths() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(i == 0 ? "" : "  ").append(i == 0 ? cell + pad : pad + cell);
        }
        out.println(line.toString().stripTrailing());
    }
}

package io.linstorj.dist.demo;

import io.linstorj.client.ApiCallResponse;
import java.io.PrintWriter;
import java.util.List;

/** Prints the demo's story: numbered steps, what is done, what came back. */
final class Narrator {
    private final PrintWriter out;
    private int step;

    Narrator(PrintWriter out) {
        this.out = out;
    }

    void step(String title) {
        out.println();
        out.printf("== %d. %s%n", ++step, title);
        out.flush();
    }

    void doing(String what) {
        out.println("   > " + what);
    }

    void replies(List<ApiCallResponse> replies) {
        for (ApiCallResponse reply : replies) {
            out.println("     " + reply.toString().replace("\n", "\n     "));
        }
    }

    void result(String label, Object value) {
        out.printf("     %-28s %s%n", label + ":", value);
    }

    void line(String text) {
        out.println("     " + text);
        out.flush();
    }

    /** Prints a line of its own, not indented. */
    void headline(String text) {
        out.println(text);
        out.flush();
    }
}

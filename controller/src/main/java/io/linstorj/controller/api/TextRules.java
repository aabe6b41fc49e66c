package io.linstorj.controller.api;

/**
 * Rules for free text that the controller stores: it must fit its database column and hold no
 * NUL character (PostgreSQL's text types cannot store one). Refusals carry the caller's code and
 * the context's masks; messages show long or odd texts shortened and escaped, never whole.
 */
public final class TextRules {
    /** Most characters of a text that a message shows. */
    static final int SHOWN = 64;

    private TextRules() {}

    /**
     * Checks {@code text} (null passes: absent) against {@code limit} characters and NUL;
     * {@code what} names it in the refusal ("description", "value of property 'Aux/x'").
     */
    public static String check(String text, int limit, String what, long code, CallContext ctx) {
        if (text == null) {
            return null;
        }
        if (text.length() > limit) {
            throw ctx.refuse(
                    code,
                    "The " + what + " has " + text.length() + " characters, more than " + limit + ".",
                    "The database holds at most " + limit + " characters for it.",
                    "Shorten the " + what + ".");
        }
        if (text.indexOf('\0') >= 0) {
            throw ctx.refuse(
                    code,
                    "The " + what + " contains a NUL character: " + shown(text) + ".",
                    "The database cannot store NUL characters in text.",
                    "Remove the NUL character.");
        }
        return text;
    }

    /** True when {@code text} has a control character (NUL, newline, tab, DEL, C1 controls). */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /**
     * {@code text} quoted for a message: at most {@value #SHOWN} characters (then "..." and the
     * full length), control characters escaped as {@code \n}, {@code \0} or {@code \\uXXXX}.
     */
    public static String shown(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        int end = Math.min(text.length(), SHOWN);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\0' -> out.append("\\0");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('\'');
        if (text.length() > SHOWN) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }
}

package io.linstorj.controller.placement;

/**
 * An upper estimate of how many instructions a regular expression compiles to, taken before it is
 * compiled.
 *
 * <p>RE2/J matches in time linear in the input, but it expands counted repetitions while parsing:
 * {@code ((a{999}){999}){999}} is 24 characters and a billion instructions, which exhausts the heap
 * before any match runs. This scan multiplies each atom by the repetition counts around it and
 * stops counting at the limit, so the expensive parse is never reached. It overestimates (a
 * character class, an escape or a flag group counts like a literal, alternatives add up) and never
 * underestimates, which is all a guard needs; syntax errors are left to RE2/J.
 */
final class RegexSize {
    private RegexSize() {}

    /** The estimated instruction count of {@code regex}, at most {@code limit + 1}. */
    static long estimate(String regex, long limit) {
        return new Scan(regex, limit + 1).run();
    }

    /** One left-to-right pass with a stack of open groups: each holds its size so far. */
    private static final class Scan {
        private final String regex;
        private final long cap;
        private final long[] groupSize;
        private final long[] lastAtom;
        private int depth;
        private int at;

        Scan(String regex, long cap) {
            this.regex = regex;
            this.cap = cap;
            this.groupSize = new long[regex.length() + 2];
            this.lastAtom = new long[regex.length() + 2];
        }

        long run() {
            while (at < regex.length()) {
                char c = regex.charAt(at);
                if (c == '(') {
                    depth++;
                    groupSize[depth] = 1;
                    lastAtom[depth] = 0;
                    at++;
                } else if (c == ')' && depth > 0) {
                    long size = groupSize[depth];
                    depth--;
                    atom(size);
                    at++;
                } else if (c == '{' && repetition()) {
                    continue;
                } else if (c == '[') {
                    skipClass();
                    atom(1);
                } else if (c == '*' || c == '+' || c == '?') {
                    // A loop costs an instruction and belongs to its atom, for a repetition after it.
                    groupSize[depth] = add(groupSize[depth], 1);
                    lastAtom[depth] = add(lastAtom[depth], 1);
                    at++;
                } else if (c == '\\') {
                    at = Math.min(regex.length(), at + 2);
                    atom(1);
                } else {
                    at++;
                    atom(1);
                }
            }
            long total = 0;
            for (int level = 0; level <= depth; level++) {
                total = add(total, groupSize[level]);
            }
            return total;
        }

        private void atom(long size) {
            groupSize[depth] = add(groupSize[depth], size);
            lastAtom[depth] = size;
        }

        /** Reads {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code at}; false when it is a literal brace. */
        private boolean repetition() {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                return false;
            }
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            if (bounds.length > 2
                    || !digits(bounds[0])
                    || (bounds.length == 2 && !bounds[1].isEmpty() && !digits(bounds[1]))) {
                return false;
            }
            long count = number(bounds.length == 2 && !bounds[1].isEmpty() ? bounds[1] : bounds[0]) + 1;
            long atom = lastAtom[depth];
            long grown = multiply(atom, count);
            groupSize[depth] = add(groupSize[depth] - atom, grown);
            lastAtom[depth] = grown;
            at = close + 1;
            return true;
        }

        private void skipClass() {
            int i = at + 1;
            if (i < regex.length() && regex.charAt(i) == '^') {
                i++;
            }
            if (i < regex.length() && regex.charAt(i) == ']') {
                i++;
            }
            while (i < regex.length() && regex.charAt(i) != ']') {
                i += regex.charAt(i) == '\\' ? 2 : 1;
            }
            at = Math.min(regex.length(), i + 1);
        }

        private static boolean digits(String text) {
            return !text.isEmpty() && text.length() <= 9 && text.chars().allMatch(Character::isDigit);
        }

        private static long number(String digits) {
            return Long.parseLong(digits);
        }

        private long add(long a, long b) {
            return Math.min(cap, a + b);
        }

        private long multiply(long a, long b) {
            return a == 0 || b == 0 ? 0 : (a > cap / b ? cap : Math.min(cap, a * b));
        }
    }
}

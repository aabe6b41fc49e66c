package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.drbd.ConnectionState;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdRole;
import io.linstorj.satellite.drbd.ReplicationState;
import io.linstorj.satellite.drbd.kernel.Events2Event.Action;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses lines of {@code drbdsetup events2} output into {@link Events2Event}s.
 *
 * <pre>
 * before:  change peer-device name:rsc1 peer-node-id:1 conn-name:bravo volume:0 replication:SyncTarget done:45.12
 * after:   PeerDevice[CHANGE, rsc1, peerNodeId=1, peerName=bravo, volume=0, SyncTarget, done=45.12]
 * </pre>
 * A line may start with a timestamp ({@code --timestamps}). A line that cannot be understood
 * (unknown verb, a token without {@code key:value}, a missing or non-numeric identifier) is
 * skipped with a warning; a state name this parser does not know is dropped with a warning and
 * the rest of the line kept. The parser never throws on input.
 */
final class Events2Parser {
    private static final Logger LOG = LoggerFactory.getLogger(Events2Parser.class);
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\S+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The event of one line; empty for a blank or malformed line. */
    Optional<Events2Event> parse(String line) {
        String[] tokens = WHITESPACE.split(line.strip());
        int first = tokens.length > 0 && TIMESTAMP.matcher(tokens[0]).matches() ? 1 : 0;
        if (tokens.length - first < 2) {
            if (!line.isBlank()) {
                LOG.warn("skipping a drbdsetup events2 line without object: '{}'", line);
            }
            return Optional.empty();
        }
        try {
            return Optional.of(parseTokens(tokens, first));
        } catch (MalformedLineException e) {
            LOG.warn("skipping a malformed drbdsetup events2 line ({}): '{}'", e.getMessage(), line);
            return Optional.empty();
        }
    }

    private static Events2Event parseTokens(String[] tokens, int first) {
        Action action = action(tokens[first]);
        String object = tokens[first + 1];
        if (action == Action.EXISTS && "-".equals(object) && tokens.length == first + 2) {
            return new Events2Event.InitialStateDone();
        }
        Fields fields = new Fields(object, tokens, first + 2);
        return switch (object) {
            case "resource" ->
                new Events2Event.Resource(
                        action, fields.required("name"), fields.state("role", DrbdRole::fromDrbdName));
            case "connection" ->
                new Events2Event.Connection(
                        action,
                        fields.required("name"),
                        fields.requiredInt("peer-node-id"),
                        fields.optional("conn-name"),
                        fields.state("connection", ConnectionState::fromDrbdName),
                        fields.state("role", DrbdRole::fromDrbdName));
            case "device" ->
                new Events2Event.Device(
                        action,
                        fields.required("name"),
                        fields.requiredInt("volume"),
                        fields.optionalInt("minor"),
                        fields.state("disk", DiskState::fromDrbdName));
            case "peer-device" ->
                new Events2Event.PeerDevice(
                        action,
                        fields.required("name"),
                        fields.requiredInt("peer-node-id"),
                        fields.optional("conn-name"),
                        fields.requiredInt("volume"),
                        fields.state("replication", ReplicationState::fromDrbdName),
                        fields.state("peer-disk", DiskState::fromDrbdName),
                        fields.optionalPercent("done"));
            case "helper" ->
                new Events2Event.Helper(action, fields.required("name"), fields.required("helper"), fields.all());
            default -> new Events2Event.Other(action, object, fields.all());
        };
    }

    private static Action action(String token) {
        try {
            return Action.valueOf(token.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedLineException("unknown verb '" + token + "'");
        }
    }

    /** The {@code key:value} fields of one line. */
    private static final class Fields {
        private final String object;
        private final Map<String, String> values = new LinkedHashMap<>();

        Fields(String object, String[] tokens, int start) {
            this.object = object;
            for (int i = start; i < tokens.length; i++) {
                int colon = tokens[i].indexOf(':');
                if (colon <= 0) {
                    throw new MalformedLineException("'" + tokens[i] + "' is not key:value");
                }
                values.put(tokens[i].substring(0, colon), tokens[i].substring(colon + 1));
            }
        }

        Map<String, String> all() {
            return Map.copyOf(values);
        }

        String required(String key) {
            String value = values.get(key);
            if (value == null || value.isEmpty()) {
                throw new MalformedLineException(object + " without " + key);
            }
            return value;
        }

        int requiredInt(String key) {
            String value = required(key);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new MalformedLineException(key + " '" + value + "' is not a number");
            }
        }

        Optional<String> optional(String key) {
            return Optional.ofNullable(values.get(key)).filter(value -> !value.isEmpty());
        }

        OptionalInt optionalInt(String key) {
            return values.containsKey(key) ? OptionalInt.of(requiredInt(key)) : OptionalInt.empty();
        }

        OptionalDouble optionalPercent(String key) {
            String value = values.get(key);
            if (value == null) {
                return OptionalDouble.empty();
            }
            try {
                double percent = Double.parseDouble(value);
                if (percent >= 0 && percent <= 100) {
                    return OptionalDouble.of(percent);
                }
            } catch (NumberFormatException e) {
                // reported below like an out-of-range value
            }
            LOG.warn("ignoring {} '{}' of a drbdsetup events2 {} line: not a percentage", key, value, object);
            return OptionalDouble.empty();
        }

        <T> Optional<T> state(String key, Function<String, Optional<T>> byName) {
            String value = values.get(key);
            if (value == null) {
                return Optional.empty();
            }
            Optional<T> state = byName.apply(value);
            if (state.isEmpty()) {
                LOG.warn("ignoring unknown {} '{}' of a drbdsetup events2 {} line", key, value, object);
            }
            return state;
        }
    }

    /** Why a line is skipped. */
    private static final class MalformedLineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedLineException(String message) {
            super(message, null, false, false);
        }
    }
}

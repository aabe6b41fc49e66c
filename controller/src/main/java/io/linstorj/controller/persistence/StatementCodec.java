package io.linstorj.controller.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a journal entry: the statements of one committed batch.
 *
 * <pre>
 * int count, then per statement: int sqlLength, sql (UTF-8), byte paramCount,
 *   per parameter: byte tag (0 null, 1 String, 2 Integer, 3 Long, 4 Boolean) and its value
 *   (String: int length + UTF-8; Integer: int; Long: long; Boolean: byte)
 * </pre>
 *
 * <p>Those are the only parameter types {@link ChangeWriter} uses; any other is refused when
 * encoding, so that nothing is journaled that could not be replayed as written.
 */
final class StatementCodec {
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INTEGER = 2;
    private static final byte LONG = 3;
    private static final byte BOOLEAN = 4;

    private StatementCodec() {}

    /**
     * Encodes {@code statements}.
     *
     * @throws IllegalArgumentException for a parameter of another type than those above
     */
    static byte[] encode(List<SqlStatement> statements) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * statements.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(statements.size());
            for (SqlStatement statement : statements) {
                writeString(out, statement.sql());
                out.writeByte(statement.params().size());
                for (Object param : statement.params()) {
                    writeParam(out, param);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes what {@link #encode} made.
     *
     * @throws IOException if {@code payload} is not such an encoding
     */
    static List<SqlStatement> decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int count = in.readInt();
        if (count < 0 || count > payload.length) {
            throw new IOException("bad statement count " + count);
        }
        List<SqlStatement> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String sql = readString(in, payload.length);
            int paramCount = in.readUnsignedByte();
            List<Object> params = new ArrayList<>(paramCount);
            for (int p = 0; p < paramCount; p++) {
                params.add(readParam(in, payload.length));
            }
            statements.add(new SqlStatement(sql, params));
        }
        if (in.available() != 0) {
            throw new IOException(in.available() + " bytes after the last statement");
        }
        return statements;
    }

    private static void writeParam(DataOutputStream out, Object param) throws IOException {
        if (param == null) {
            out.writeByte(NULL);
        } else if (param instanceof String text) {
            out.writeByte(STRING);
            writeString(out, text);
        } else if (param instanceof Integer number) {
            out.writeByte(INTEGER);
            out.writeInt(number);
        } else if (param instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (param instanceof Boolean flag) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(flag);
        } else {
            throw new IllegalArgumentException("a journal cannot hold a parameter of type "
                    + param.getClass().getName());
        }
    }

    private static Object readParam(DataInputStream in, int limit) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> readString(in, limit);
            case INTEGER -> in.readInt();
            case LONG -> in.readLong();
            case BOOLEAN -> in.readBoolean();
            default -> throw new IOException("unknown parameter tag " + tag);
        };
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in, int limit) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > limit) {
            throw new IOException("bad string length " + length);
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new IOException("string cut short: " + utf8.length + " of " + length + " bytes");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}

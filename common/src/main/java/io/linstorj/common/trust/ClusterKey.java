package io.linstorj.common.trust;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A cluster's identity: a public id and a random secret of {@value #SECRET_BYTES} bytes that the
 * controller and its satellites share. Each end of a link proves it holds the secret with an
 * HMAC-SHA256 over both ends' fresh nonces, so the secret itself never crosses the wire (except
 * once, when a satellite without a cluster adopts the first controller).
 *
 * <pre>{@code
 * ClusterKey key = ClusterKey.generate(new SecureRandom());
 * byte[] proof = key.proof(LinkRole.CONTROLLER, "alpha", controllerNonce, satelliteNonce);
 * boolean ok = key.verifies(LinkRole.CONTROLLER, "alpha", controllerNonce, satelliteNonce, proof);
 * }</pre>
 */
public final class ClusterKey {
    /** Length of the secret: 256 bits. */
    public static final int SECRET_BYTES = 32;
    /** Length of the nonce each end contributes to a handshake. */
    public static final int NONCE_BYTES = 32;

    private static final String HMAC = "HmacSHA256";

    private final String clusterId;
    private final byte[] secret;

    /**
     * Creates a key from its parts.
     *
     * @throws IllegalArgumentException if the id is blank or the secret is not {@value #SECRET_BYTES} bytes
     */
    public ClusterKey(String clusterId, byte[] secret) {
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(secret, "secret");
        if (clusterId.isBlank() || clusterId.length() > 64) {
            throw new IllegalArgumentException("a cluster id must have 1..64 characters");
        }
        if (secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "a cluster secret must have " + SECRET_BYTES + " bytes, not " + secret.length);
        }
        this.clusterId = clusterId;
        this.secret = secret.clone();
    }

    /** A new cluster: a random UUID as id and {@value #SECRET_BYTES} random bytes as secret. */
    public static ClusterKey generate(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new ClusterKey(UUID.randomUUID().toString(), secret);
    }

    /**
     * A key from its id and its secret in base64, as files and the database keep it.
     *
     * @throws IllegalArgumentException if the secret is no base64 of {@value #SECRET_BYTES} bytes
     */
    public static ClusterKey decode(String clusterId, String encodedSecret) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(encodedSecret.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the cluster secret is not base64", e);
        }
        return new ClusterKey(clusterId.trim(), secret);
    }

    /** A fresh nonce of {@value #NONCE_BYTES} random bytes. */
    public static byte[] nonce(SecureRandom random) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    /** The cluster's public id. */
    public String clusterId() {
        return clusterId;
    }

    /** A copy of the secret, for the one-time adoption of a satellite. */
    public byte[] secret() {
        return secret.clone();
    }

    /** The secret in base64, for files and the database. */
    public String encodedSecret() {
        return Base64.getEncoder().encodeToString(secret);
    }

    /**
     * The proof that {@code role} holds this key in the handshake with these nonces: an
     * HMAC-SHA256 keyed with the secret over the role, the cluster id, the node name and both
     * nonces, each length-prefixed so that no two inputs run into one another.
     */
    public byte[] proof(LinkRole role, String nodeName, byte[] controllerNonce, byte[] satelliteNonce) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(transcript(role, nodeName, controllerNonce, satelliteNonce));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * True if {@code proof} is {@code role}'s proof for these nonces; compared in constant time.
     * A nonce shorter than {@value #NONCE_BYTES} bytes never verifies.
     */
    public boolean verifies(
            LinkRole role, String nodeName, byte[] controllerNonce, byte[] satelliteNonce, byte[] proof) {
        if (controllerNonce.length < NONCE_BYTES || satelliteNonce.length < NONCE_BYTES || proof.length == 0) {
            return false;
        }
        return MessageDigest.isEqual(proof(role, nodeName, controllerNonce, satelliteNonce), proof);
    }

    /** True if {@code other} is the same cluster with the same secret (constant-time on the secret). */
    public boolean sameAs(ClusterKey other) {
        return clusterId.equals(other.clusterId) && MessageDigest.isEqual(secret, other.secret);
    }

    private byte[] transcript(LinkRole role, String nodeName, byte[] controllerNonce, byte[] satelliteNonce) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, role.label().getBytes(StandardCharsets.UTF_8));
            field(out, clusterId.getBytes(StandardCharsets.UTF_8));
            field(out, nodeName.getBytes(StandardCharsets.UTF_8));
            field(out, controllerNonce);
            field(out, satelliteNonce);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    /** Shows the cluster id only: the secret never goes into a log. */
    @Override
    public String toString() {
        return "ClusterKey[" + clusterId + ", secret hidden]";
    }

    /** Equal when {@link #sameAs} says so. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterKey other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return clusterId.hashCode() * 31 + Arrays.hashCode(secret);
    }
}

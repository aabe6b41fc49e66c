package io.linstorj.client.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the TLS context of {@code https://} controllers from a CA file (PEM or DER certificates)
 * or a trust store (PKCS12 or JKS), with the JDK's own machinery.
 */
public final class TlsTrust {
    private TlsTrust() {}

    /**
     * A context trusting exactly the certificates in {@code caFile}.
     *
     * @throws IllegalArgumentException if the file cannot be read or holds no certificate
     */
    public static SSLContext fromCertificates(Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("no certificate in " + caFile);
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            return context(store);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot read the CA certificates in " + caFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * A context trusting the certificates of the trust store {@code file} (its type guessed by
     * the JDK: PKCS12 or JKS).
     *
     * @throws IllegalArgumentException if the store cannot be read (missing, wrong password)
     */
    public static SSLContext fromTrustStore(Path file, char[] password) {
        try {
            return context(KeyStore.getInstance(file.toFile(), password));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the trust store " + file + ": " + e.getMessage(), e);
        }
    }

    private static SSLContext context(KeyStore trusted) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}

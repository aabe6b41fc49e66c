package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code https://} controllers: an untrusted certificate is a clear network error; a CA file or a
 * trust store given to the builder makes it trusted.
 */
class RestTlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    private static Path keyStore;
    private static Path caFile;
    private static Path trustStore;

    /** One certificate for the class: key generation is slow. */
    @BeforeAll
    static void makeCertificate() throws Exception {
        keyStore = dir.resolve("controller.p12");
        caFile = dir.resolve("controller.pem");
        trustStore = dir.resolve("trust.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "controller",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                new String(PASSWORD));
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "controller",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                new String(PASSWORD),
                "-file",
                caFile.toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-file",
                caFile.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                trustStore.toString(),
                "-storepass",
                new String(PASSWORD));
    }

    @Test
    void untrustedCertificateIsANetworkErrorThatSaysSo() throws Exception {
        try (RecordedController controller = new RecordedController(serverTls())) {
            assertThatThrownBy(() -> Linstor.connect(controller.uri()))
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("TLS handshake")
                    .hasMessageContaining("trusted");
        }
    }

    @Test
    void caFileMakesTheControllerTrusted() throws Exception {
        try (RecordedController controller = new RecordedController(serverTls()).serve("010-nodes-list-empty");
                Linstor lin = Linstor.builder()
                        .controllers(controller.uri())
                        .trustCertificates(caFile)
                        .connect()) {
            assertThat(lin.uri()).startsWith("https://127.0.0.1:");
            assertThat(lin.nodeList().get(0).nodes()).isEmpty();
        }
    }

    @Test
    void trustStoreMakesTheControllerTrusted() throws Exception {
        try (RecordedController controller = new RecordedController(serverTls()).serve("010-nodes-list-empty");
                Linstor lin = Linstor.builder()
                        .controllers(controller.uri())
                        .trustStore(trustStore, PASSWORD)
                        .connect()) {
            assertThat(lin.nodeList().get(0).nodes()).isEmpty();
        }
    }

    @Test
    void unreadableTrustIsRefusedAtOnce() {
        assertThatThrownBy(() -> Linstor.builder().trustCertificates(dir.resolve("missing.pem")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Linstor.builder().trustStore(trustStore, "wrong".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SSLContext serverTls() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(keytool));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}

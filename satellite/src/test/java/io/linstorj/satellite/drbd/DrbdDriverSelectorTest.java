package io.linstorj.satellite.drbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrbdDriverSelectorTest {
    /** A driver that only answers {@link DrbdDriver#name()}. */
    private static DrbdDriver driverNamed(String name) {
        return (DrbdDriver) Proxy.newProxyInstance(
                DrbdDriver.class.getClassLoader(), new Class<?>[] {DrbdDriver.class}, (proxy, method, args) -> {
                    if (method.getName().equals("name")) {
                        return name;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @ParameterizedTest
    @CsvSource({
        "9.2.8, real",
        "9.1.0-rc.1, real",
        "' 9.0.32\n', real",
        "8.4.11, emulated",
        "10.0.0, emulated",
        "'', emulated",
        "NONE, emulated",
    })
    void theRealDriverIsChosenOnlyForADrbd9KernelModule(String version, String expected) {
        Optional<String> found = "NONE".equals(version) ? Optional.empty() : Optional.of(version);
        DrbdDriverSelector selector = new DrbdDriverSelector(() -> found);

        DrbdDriver driver = selector.select(() -> driverNamed("real"), () -> driverNamed("emulated"));

        assertThat(driver.name()).isEqualTo(expected);
        assertThat(selector.hasDrbd9()).isEqualTo(expected.equals("real"));
    }
}

package io.linstorj.satellite.drbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
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

        DrbdDriver driver = selector.select(() -> driverNamed("real"), reason -> driverNamed("emulated"));

        assertThat(driver.name()).isEqualTo(expected);
        assertThat(selector.hasDrbd9()).isEqualTo(expected.equals("real"));
    }

    @Test
    void emulatedIsUsedWhenAskedForEvenWithDrbd9Loaded() {
        DrbdDriverSelector selector = new DrbdDriverSelector(() -> Optional.of("9.2.8"));
        AtomicReference<String> why = new AtomicReference<>();

        DrbdDriver driver = selector.select(DrbdDriverChoice.EMULATED, () -> driverNamed("real"), reason -> {
            why.set(reason);
            return driverNamed("emulated");
        });

        assertThat(driver.name()).isEqualTo("emulated");
        assertThat(why.get()).isEqualTo("forced by --drbd-driver emulated");
    }

    @Test
    void kernelIsUsedWhenAskedForAndDrbd9IsLoaded() {
        DrbdDriverSelector selector = new DrbdDriverSelector(() -> Optional.of("9.2.8"));

        DrbdDriver driver =
                selector.select(DrbdDriverChoice.KERNEL, () -> driverNamed("real"), reason -> driverNamed("emulated"));

        assertThat(driver.name()).isEqualTo("real");
    }

    @Test
    void kernelIsRefusedWithoutDrbd9SayingWhatWasFound() {
        DrbdDriverSelector selector = new DrbdDriverSelector(() -> Optional.of("8.4.11"));

        assertThatThrownBy(() -> selector.select(
                        DrbdDriverChoice.KERNEL, () -> driverNamed("real"), reason -> driverNamed("emulated")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("--drbd-driver kernel needs a DRBD 9 kernel module, but this machine has DRBD 8.4.11;"
                        + " load DRBD 9 or use --drbd-driver emulated");
    }

    @Test
    void theAutomaticChoiceSaysWhyItEmulates() {
        DrbdDriverSelector selector = new DrbdDriverSelector(Optional::empty);
        AtomicReference<String> why = new AtomicReference<>();

        selector.select(DrbdDriverChoice.AUTO, () -> driverNamed("real"), reason -> {
            why.set(reason);
            return driverNamed("emulated");
        });

        assertThat(why.get()).isEqualTo("no DRBD 9 kernel module loaded");
    }

    @ParameterizedTest
    @CsvSource({"emulated, EMULATED", "KERNEL, KERNEL", "' auto ', AUTO"})
    void choicesAreReadInAnyCase(String value, DrbdDriverChoice expected) {
        assertThat(DrbdDriverChoice.parse(value)).isEqualTo(expected);
    }

    @Test
    void anUnknownChoiceIsRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> DrbdDriverChoice.parse("drbd8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the DRBD driver must be one of auto, emulated, kernel, not 'drbd8'");
    }
}

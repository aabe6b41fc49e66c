package io.linstorj.controller.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundRobinIntakeTest {
    private final RoundRobinIntake<String> intake = new RoundRobinIntake<>(100);

    private void offerAll(String submitter, String... items) {
        for (String item : items) {
            assertThat(intake.offer(submitter, item)).isEqualTo(RoundRobinIntake.Offer.ACCEPTED);
        }
    }

    @Test
    void batchTakesOneItemPerSubmitterInTurn() throws InterruptedException {
        offerAll("a", "a1", "a2", "a3");
        offerAll("b", "b1");
        offerAll("c", "c1", "c2");

        assertThat(intake.takeBatch(10)).containsExactly("a1", "b1", "c1", "a2", "c2", "a3");
    }

    @Test
    void submittersLeftOutOfAFullBatchGoFirstInTheNext() throws InterruptedException {
        offerAll("a", "a1", "a2");
        offerAll("b", "b1");
        offerAll("c", "c1");

        assertThat(intake.takeBatch(2)).containsExactly("a1", "b1");
        offerAll("d", "d1");
        assertThat(intake.takeBatch(10)).containsExactly("c1", "a2", "d1");
    }

    @Test
    void submitterWithItsMaximumWaitingIsRefusedAndOthersAreNot() throws InterruptedException {
        RoundRobinIntake<String> small = new RoundRobinIntake<>(2);
        small.offer("a", "a1");
        small.offer("a", "a2");

        assertThat(small.offer("a", "a3")).isEqualTo(RoundRobinIntake.Offer.SUBMITTER_FULL);
        assertThat(small.offer("b", "b1")).isEqualTo(RoundRobinIntake.Offer.ACCEPTED);
        assertThat(small.waitingOf("a")).isEqualTo(2);
        small.takeBatch(1);
        assertThat(small.offer("a", "a3")).isEqualTo(RoundRobinIntake.Offer.ACCEPTED);
    }

    @Test
    void closedIntakeRefusesNewItemsButHandsOutTheWaitingOnes() throws InterruptedException {
        offerAll("a", "a1", "a2");
        intake.close();

        assertThat(intake.offer("b", "b1")).isEqualTo(RoundRobinIntake.Offer.CLOSED);
        assertThat(intake.takeBatch(1)).containsExactly("a1");
        assertThat(intake.takeBatch(10)).containsExactly("a2");
        assertThat(intake.takeBatch(10)).isEmpty();
    }
}

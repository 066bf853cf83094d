package se.sip.platform.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonalNumberMaskingTest {

    @Test
    void anUnexpectedErrorIsLoggedWithItsFramesAndCausesButNoPersonalNumber() {
        Exception cause = new IllegalArgumentException("no person 19121212-1212 here");
        String trace = PersonalNumberMasking.describe(new IllegalStateException("lookup of 191212121212 failed", cause));

        assertFalse(trace.contains("1212-1212") || trace.contains("191212121212"), trace);
        assertTrue(trace.startsWith("java.lang.IllegalStateException: lookup of 19121212**** failed"), trace);
        assertTrue(trace.contains("\nCaused by: java.lang.IllegalArgumentException: no person 19121212**** here"), trace);
        assertTrue(trace.contains("\tat se.sip.platform.person.PersonalNumberMaskingTest."
                + "anUnexpectedErrorIsLoggedWithItsFramesAndCausesButNoPersonalNumber"), trace);
    }
}

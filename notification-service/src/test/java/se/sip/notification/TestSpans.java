package se.sip.notification;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;

import se.sip.testinfra.RecordedSpans;

/** The spans of this service's tests, in memory. */
@Singleton
@Unremovable
public class TestSpans extends RecordedSpans {
}

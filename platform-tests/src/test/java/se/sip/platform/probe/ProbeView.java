package se.sip.platform.probe;

import java.util.UUID;

/** Test only: a probe record as the probe application shows it. */
public record ProbeView(UUID id, String personRef, String text, boolean archived) {

    static ProbeView of(ProbeRecord record) {
        return new ProbeView(record.id, record.personRef, record.text, record.archived);
    }
}

package se.sip.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.access.AccessRule;
import se.sip.platform.security.Caller;

/** Test only: a probe record is its recording organisation's alone. */
@ApplicationScoped
public class ProbeRecordAccess implements AccessRule<ProbeRecord> {

    public static final String PROBE_RECORD = "probe-record";

    @Override
    public String resourceType() {
        return PROBE_RECORD;
    }

    @Override
    public String idOf(ProbeRecord record) {
        return record.id.toString();
    }

    @Override
    public String personRefOf(ProbeRecord record) {
        return record.personRef;
    }

    @Override
    public boolean maySee(Caller caller, ProbeRecord record) {
        return caller.belongsTo(record.recordedByOrg);
    }
}

package se.sip.plan.version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agreed version (fastställd version) of a plan: the plan as it stood when the minutes of one of its meetings
 * were approved. Numbered 1, 2, … per plan and never changed: it is what the parties agreed to, whatever the plan
 * becomes afterwards.
 */
@Entity
@Immutable
@IdClass(AgreedVersion.Key.class)
@Table(name = "plan_agreed_version")
class AgreedVersion {

    @Id
    public UUID planId;

    @Id
    public int number;

    public UUID meetingId;

    public int minutesRevision;

    public Instant agreedAt;

    /** The next follow-up the minutes booked, if they named one. */
    public LocalDate nextFollowUpOn;

    /** The plan as it then stood: a {@link PlanSnapshot} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;

    protected AgreedVersion() {
    }

    public AgreedVersion(UUID planId, int number, UUID meetingId, int minutesRevision, Instant agreedAt,
            LocalDate nextFollowUpOn, String snapshot) {
        this.planId = planId;
        this.number = number;
        this.meetingId = meetingId;
        this.minutesRevision = minutesRevision;
        this.agreedAt = agreedAt;
        this.nextFollowUpOn = nextFollowUpOn;
        this.snapshot = snapshot;
    }

    public static class Key implements Serializable {
        public UUID planId;
        public int number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && number == k.number && Objects.equals(planId, k.planId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, number);
        }
    }
}

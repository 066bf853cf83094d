package se.sip.plan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who speaks for the child when the child is absent from a meeting (docs/domain.md, "Children and young people"). */
@Embeddable
public record ChildSpokesperson(
        @Column(name = "child_spokesperson_name") String name,
        @Column(name = "child_spokesperson_role") String role) {
}

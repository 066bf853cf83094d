package se.sip.plan.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The child's own view of the plan (barnets egen åsikt), weighed by age and maturity and written down
 * (docs/domain.md, "Children and young people"). Not a REST view: the API calls it {@code childView}.
 *
 * @param text the view, as the child gave it
 * @param by who wrote it down (name, role)
 * @param on the day the child gave it
 */
@Embeddable
public record ChildOpinion(
        @Column(name = "child_view_text") String text,
        @Column(name = "child_view_by") String by,
        @Column(name = "child_view_on") LocalDate on) {
}

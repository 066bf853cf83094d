package se.sip.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.changed.v1}: a change of the plan's content. {@code parts} names what changed
 * ({@code needs}, {@code individualGoal}, {@code lifeAreas}, {@code actions}, …), never its values: a partner that
 * needs them reads the plan with its own token. {@code version} is the plan's version after the change, its ETag.
 */
public record PlanChangedData(
        String personRef,
        UUID planId,
        int version,
        List<String> parts,
        String leadOrgId,
        List<String> partyOrgIds) {
}

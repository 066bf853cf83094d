package se.sip.platform.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.youth-order-declined.v1}: the resource unit ({@code resourceUnitOrgId}) answered the
 * order of a youth assignment on {@code answeredOn} that it will not execute it. The reasons are free text and stay
 * in plan-service; the lead organisation reads them in the plan.
 */
public record YouthOrderDeclinedData(
        String personRef,
        UUID planId,
        String leadOrgId,
        String resourceUnitOrgId,
        LocalDate answeredOn) {
}

package se.sip.plan.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "YOUTH ungdomen (15 år eller äldre) vill inte delta i insatsen; stödet till föräldrarna kan"
        + " fortgå · GUARDIAN vårdnadshavare vill avsluta insatsen i förtid eller samverkar inte; socialsekreteraren"
        + " beslutar om insatsen kan fortgå (seed 004)")
public enum RefusedBy {
    YOUTH,
    GUARDIAN
}

package se.sip.plan.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The interventions (insatser) of the aftercare model's catalogue (SiS vårdkedjemodell), and OTHER. */
@Schema(description = "ADDICTION_TREATMENT beroendebehandling · RELAPSE_PREVENTION återfallsprevention ·"
        + " MEDICATION_ASSISTED_TREATMENT läkemedelsassisterad behandling · PSYCHIATRIC_SOMATIC_CARE psykiatri/somatik ·"
        + " FAMILY_THERAPY familjeterapi · SOCIAL_SUPPORT sociala stödinsatser (arbete, utbildning, ekonomi) ·"
        + " MOTIVATIONAL_INTERVIEWING motiverande samtal · AFTERCARE eftervård · HOUSING_SUPPORT hjälp med boende ·"
        + " OCCUPATION sysselsättning · RELATIVES_SUPPORT anhörigarbete · OTHER annan insats (interventionText says which)")
public enum Intervention {
    ADDICTION_TREATMENT,
    RELAPSE_PREVENTION,
    MEDICATION_ASSISTED_TREATMENT,
    PSYCHIATRIC_SOMATIC_CARE,
    FAMILY_THERAPY,
    SOCIAL_SUPPORT,
    MOTIVATIONAL_INTERVIEWING,
    AFTERCARE,
    HOUSING_SUPPORT,
    OCCUPATION,
    RELATIVES_SUPPORT,
    OTHER
}

package se.sip.plan.document;

import io.quarkus.qute.TemplateExtension;

import se.sip.plan.plan.ActionStatus;
import se.sip.plan.plan.Intervention;
import se.sip.plan.plan.LifeArea;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.RepresentativeRole;
import se.sip.platform.security.OrgType;

/** The Swedish words the SIP document uses for the plan's codes: {@code {plan.kind.label}} in its template. */
@TemplateExtension
final class Labels {

    private Labels() {
    }

    static String label(PlanKind kind) {
        return switch (kind) {
            case SIP -> "Samordnad individuell plan (SIP)";
            case COLLABORATION -> "Samverkansplan";
            case LVM_AFTERCARE -> "Samordnad plan för eftervård efter LVM";
            case YOUTH_ASSIGNMENT -> "Uppdrag för unga i öppenvård";
        };
    }

    static String label(LifeArea area) {
        return switch (area) {
            case SUBSTANCE_USE -> "Missbruk och beroende";
            case MENTAL_HEALTH -> "Psykisk hälsa";
            case PHYSICAL_HEALTH -> "Fysisk hälsa";
            case FAMILY_NETWORK -> "Familj och nätverk";
            case WORK_OCCUPATION -> "Arbete och sysselsättning";
            case HOUSING -> "Boende";
            case CRIMINALITY -> "Kriminalitet";
            case LEISURE -> "Fritid";
            case OTHER -> "Övrigt";
        };
    }

    static String label(Intervention intervention) {
        return switch (intervention) {
            case ADDICTION_TREATMENT -> "Beroendebehandling";
            case RELAPSE_PREVENTION -> "Återfallsprevention";
            case MEDICATION_ASSISTED_TREATMENT -> "Läkemedelsassisterad behandling";
            case PSYCHIATRIC_SOMATIC_CARE -> "Psykiatri och somatik";
            case FAMILY_THERAPY -> "Familjeterapi";
            case SOCIAL_SUPPORT -> "Sociala stödinsatser";
            case MOTIVATIONAL_INTERVIEWING -> "Motiverande samtal";
            case AFTERCARE -> "Eftervård";
            case HOUSING_SUPPORT -> "Hjälp med boende";
            case OCCUPATION -> "Sysselsättning";
            case RELATIVES_SUPPORT -> "Anhörigarbete";
            case OTHER -> "Annan insats";
        };
    }

    static String label(ActionStatus status) {
        return switch (status) {
            case PLANNED -> "Planerad";
            case ONGOING -> "Pågår";
            case DONE -> "Genomförd";
            case CANCELLED -> "Avbruten";
        };
    }

    static String label(OrgType type) {
        return switch (type) {
            case MUNICIPALITY -> "Kommun";
            case REGION -> "Region (hälso- och sjukvård)";
            case SIS -> "SiS";
            case OTHER -> "Annan aktör";
        };
    }

    static String label(RepresentativeRole role) {
        return switch (role) {
            case LEGAL_REPRESENTATIVE -> "God man eller förvaltare";
            case GUARDIAN -> "Vårdnadshavare";
        };
    }
}

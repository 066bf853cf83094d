package se.sip.fhir.own;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The person's page when it cannot be shown ({@code templates/own/own-error.html}): what happened and what to do, in
 * plain Swedish, as a page and not as a problem document a browser would show as code.
 */
@CheckedTemplate(basePath = "own", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record OwnError(String message) implements TemplateInstance {

    static OwnError of(int status) {
        return new OwnError(switch (status) {
            case 401 -> "Du behöver logga in igen.";
            case 403 -> "Sidan visar bara dina egna uppgifter, när du har loggat in som dig själv.";
            case 429 -> "Du har försökt många gånger på kort tid. Vänta en stund och försök igen.";
            default -> "Just nu kan vi inte hämta dina uppgifter. Försök igen om en stund.";
        });
    }
}

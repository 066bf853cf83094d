package se.sip.fhir.api;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/** What this server does, as FHIR clients ask before anything else: read-only, searched by form, bearer tokens. */
@Path("/fhir/r4/metadata")
@Tag(name = "FHIR capabilities", description = "Förmågor. The CapabilityStatement")
public class MetadataResource {

    private final String statement;

    MetadataResource(Instance<ResourceSearch> searches, Fhir fhir) {
        this.statement = fhir.json(statement(searches.stream()
                .sorted(Comparator.comparing(ResourceSearch::type)).toList()));
    }

    @GET
    @Produces(Fhir.JSON)
    @Operation(operationId = "capabilities", summary = "The CapabilityStatement (no token needed)")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "CapabilityStatement", content = @Content(mediaType = Fhir.JSON))
    public String capabilities() {
        return statement;
    }

    private static CapabilityStatement statement(List<ResourceSearch> searches) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setName("SipFhirR4");
        statement.setTitle("SIP: coordinated care plans as FHIR R4, read-only");
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.getImplementation().setDescription("fhir-service: reads consent-, meeting-, plan- and"
                + " notification-service with the caller's own token");
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Search by form only: POST [type]/_search with patient:identifier="
                + Fhir.PERSONNUMMER + "|<12 digits> in an application/x-www-form-urlencoded body. A GET search is"
                + " refused, so that no personal identity number stands in a URL.");
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("A bearer token (JWT, RS256) of the organisation's identity provider, as for the"
                        + " services' REST APIs; each service applies its own rules to it.");
        for (ResourceSearch search : searches) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(search.type())
                    .setDocumentation(search.documentation());
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            resource.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE)
                    .setDocumentation("patient:identifier=" + Fhir.PERSONNUMMER + "|<12 digits>, or "
                            + Fhir.SAMORDNINGSNUMMER + "|<12 digits>");
        }
        return statement;
    }
}

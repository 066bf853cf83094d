package se.sip.fhir.api;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR's search, by form only: {@code POST [type]/_search} with {@code patient:identifier=system|value} (or
 * {@code patient.identifier}) in an {@code application/x-www-form-urlencoded} body, so the personal identity number
 * never stands in a URL, where proxies and server logs keep it. A GET search is refused with an OperationOutcome
 * that says so.
 */
@Path("/fhir/r4/{type}")
@Tag(name = "FHIR search", description = "Sökning. CarePlan, Consent, Appointment and AuditEvent of one patient")
@SecurityRequirement(name = "bearer")
public class SearchResource {

    static final List<String> PATIENT_PARAMETERS = List.of("patient:identifier", "patient.identifier");

    private final Map<String, ResourceSearch> searches;
    private final Fhir fhir;

    SearchResource(Instance<ResourceSearch> searches, Fhir fhir) {
        this.searches = searches.stream().collect(Collectors.toMap(ResourceSearch::type, Function.identity()));
        this.fhir = fhir;
    }

    @POST
    @Path("_search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Fhir.JSON)
    @Operation(operationId = "searchResources", summary = "Search one patient's resources of a type (sökning)",
            description = "type: CarePlan, Consent, Appointment or AuditEvent. The answer is a searchset Bundle of"
                    + " what the caller may see, read from the services with the caller's own token.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = SearchForm.class), examples = @ExampleObject(name = "by personnummer",
                    value = "{\"patient:identifier\": \"urn:oid:1.2.752.129.2.1.3.1|191212121212\"}")))
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON))
    @APIResponse(responseCode = "400", description = "No or a malformed patient identifier (OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON))
    @APIResponse(responseCode = "401", description = "No or an invalid bearer token (OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON))
    @APIResponse(responseCode = "403", description = "The caller's role may not read this type (OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON))
    @APIResponse(responseCode = "404", description = "A type this server does not answer (OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON))
    public Response search(@PathParam("type") String type, MultivaluedMap<String, String> form,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        ResourceSearch search = searchOf(type);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new FhirProblem(401, IssueType.LOGIN, "A bearer token is required.");
        }
        PatientIdentifier patient = PatientIdentifier.parse(patientParameter(form));
        List<? extends Resource> found = search.search(patient, authorization);
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET).setTotal(found.size());
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(new Date());
        for (Resource resource : found) {
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(resource).getSearch()
                    .setMode(SearchEntryMode.MATCH);
        }
        return Response.ok(fhir.json(bundle), Fhir.JSON).build();
    }

    @GET
    @Produces(Fhir.JSON)
    @Operation(operationId = "refuseGetSearch", summary = "A GET search is refused: use POST [type]/_search",
            description = "A personal identity number in a URL is kept by proxies and server logs.")
    @APIResponse(responseCode = "400", description = "Always (OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON))
    @APIResponse(responseCode = "404", description = "A type this server does not answer (OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON))
    public Response refuseGetSearch(@PathParam("type") String type) {
        searchOf(type);
        throw new FhirProblem(400, IssueType.NOTSUPPORTED, "Search with POST " + type + "/_search and the"
                + " parameters in an application/x-www-form-urlencoded body: a personal identity number in a URL is"
                + " kept by proxies and server logs. Nothing was searched.");
    }

    /** The form's one field, for the OpenAPI document (the form itself is read as a map). */
    @Schema(name = "SearchForm", description = "FHIR search parameters, form-encoded")
    record SearchForm(@Schema(name = "patient:identifier", required = true, description = "system|value: "
            + Fhir.PERSONNUMMER + "|<12 digits> (personnummer) or " + Fhir.SAMORDNINGSNUMMER
            + "|<12 digits> (samordningsnummer); patient.identifier is accepted too") String patientIdentifier) {
    }

    private ResourceSearch searchOf(String type) {
        ResourceSearch search = searches.get(type);
        if (search == null) {
            throw new FhirProblem(404, IssueType.NOTSUPPORTED, "This server answers " + String.join(", ",
                    searches.keySet().stream().sorted().toList()) + " only.");
        }
        return search;
    }

    private static String patientParameter(MultivaluedMap<String, String> form) {
        List<String> values = PATIENT_PARAMETERS.stream().filter(form::containsKey)
                .flatMap(name -> form.get(name).stream()).toList();
        if (values.size() != 1) {
            throw new FhirProblem(400, IssueType.REQUIRED, "Give exactly one patient:identifier=" + Fhir.PERSONNUMMER
                    + "|<12 digits> in the form body.");
        }
        return values.get(0);
    }
}

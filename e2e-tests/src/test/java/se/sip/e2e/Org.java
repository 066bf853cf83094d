package se.sip.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import se.sip.testinfra.Tokens;

/**
 * An organisation of the story and the partner system that calls the services for it, with a real RS256 token
 * signed by the key whose public half the services verify with.
 */
record Org(String id, String type, String name, String role) {

    static final Org MUNICIPALITY = new Org("kommun-0583", "MUNICIPALITY", "Motala kommun, vuxenenheten", "caseworker");
    static final Org SIS = new Org("sis-lvm-hem-1", "SIS", "SiS LVM-hem Frövi", "caseworker");
    static final Org REGION = new Org("region-ostergotland-beroende", "REGION", "Beroendemottagningen", "caseworker");
    /** The municipality's resource unit for children and young people (SRV, seed 004), ordered to intervene. */
    static final Org RESOURCE_UNIT = new Org("kommun-0583-srv", "MUNICIPALITY", "Sociala resursverksamheten",
            "caseworker");
    /** A housing provider that joins an LVM-aftercare plan after the discharge (seed 000: new parties join). */
    static final Org HOUSING = new Org("bostadsbolaget-motala", "OTHER", "Bostadsbolaget i Motala", "caseworker");
    /** Takes no part in the story: it must see nothing of it. */
    static final Org OUTSIDER = new Org("kommun-0180", "MUNICIPALITY", "Stockholms stad", "caseworker");

    /** A request to one of the services as this organisation. */
    RequestSpecification to(String service) {
        return to(service, 1);
    }

    /** A request to one replica of a service, when a story runs two. */
    RequestSpecification to(String service, int replica) {
        return RestAssured.given()
                .baseUri(Stack.url(service, replica))
                .header("Authorization", Tokens.bearer("e2e-" + id, id, type, role))
                .contentType(ContentType.JSON);
    }

    /** A request as this organisation's manager (who manages its webhook subscriptions). */
    RequestSpecification asManager(String service) {
        return RestAssured.given()
                .baseUri(Stack.url(service))
                .header("Authorization", Tokens.bearer("e2e-manager-" + id, id, type, "manager"))
                .contentType(ContentType.JSON);
    }

    /** This organisation as a party in a request body. */
    String party() {
        return "{\"orgId\": \"%s\", \"orgType\": \"%s\", \"name\": \"%s\"}".formatted(id, type, name);
    }
}

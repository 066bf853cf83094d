package se.sip.platform.probe;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/**
 * Test only: a service's resource in miniature, over {@link ProbeRecord}s. It reaches them only through
 * {@link PersonDataAccess} and writes in transactions, as the services do, so that the platform's access log,
 * Idempotency-Key filters and problems can be exercised without any service's features.
 */
@Path("/api/v1/probe-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CASEWORKER)
public class ProbeResource {

    /** What {@link #summary} reads, logged as such. */
    public static final String PROBE_SUMMARY = "probe-summary";

    @Inject
    EntityManager em;

    @Inject
    PersonDataAccess access;

    @Inject
    ProbeRecordAccess rule;

    @Inject
    PersonRefs personRefs;

    @Inject
    CurrentCaller caller;

    @POST
    @Transactional
    @APIResponse(responseCode = "201", description = "Recorded; Location names it")
    public Response record(@Valid @NotNull ProbeRequest request) {
        ProbeRecord record = new ProbeRecord();
        record.id = UUID.randomUUID();
        record.personRef = personRef(request.personId());
        record.recordedByOrg = caller.get().org();
        record.text = request.text();
        em.persist(access.create(caller.get(), rule, record));
        return Response.created(URI.create("/api/v1/probe-records/" + record.id))
                .tag(Versions.etag(record.version)).entity(ProbeView.of(record)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.INDIVIDUAL })
    @APIResponse(responseCode = "200", description = "The record")
    public Response get(@PathParam("id") UUID id) {
        ProbeRecord record = access.read(caller.get(), rule, id, Optional.ofNullable(em.find(ProbeRecord.class, id)));
        return Response.ok(ProbeView.of(record)).tag(Versions.etag(record.version)).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "One page")
    public Page<ProbeView> list(@QueryParam("personId") @NotNull @ValidPersonalIdentityNumber String personId,
            @Valid @BeanParam PageRequest page) {
        Caller who = caller.get();
        String personRef = personRef(personId);
        String visible = " from ProbeRecord r where r.recordedByOrg = :org and r.personRef = :personRef";
        return access.list(who, ProbeRecordAccess.PROBE_RECORD, personRef, () -> new Page<>(
                em.createQuery("select r" + visible + " order by r.id", ProbeRecord.class)
                        .setParameter("org", who.org()).setParameter("personRef", personRef)
                        .setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList(),
                page.page, page.size,
                em.createQuery("select count(r)" + visible, Long.class)
                        .setParameter("org", who.org()).setParameter("personRef", personRef).getSingleResult()))
                .map(ProbeView::of);
    }

    /**
     * A change refused after the access check, as a service refuses one that breaks its rules; an integration may make
     * it too.
     */
    @POST
    @Path("/{id}/archive")
    @RolesAllowed({ Roles.CASEWORKER, Roles.INTEGRATION })
    @Transactional
    @APIResponse(responseCode = "200", description = "The archived record")
    @APIResponse(responseCode = "409", description = "The record is archived already")
    public Response archive(@PathParam("id") UUID id) {
        ProbeRecord record = access.change(caller.get(), rule, id, Optional.ofNullable(em.find(ProbeRecord.class, id)));
        if (record.archived) {
            throw ProblemException.conflict("The record is archived already.");
        }
        record.archived = true;
        record.version++;
        return Response.ok(ProbeView.of(record)).tag(Versions.etag(record.version)).build();
    }

    /**
     * A change only a manager may make, refused with 403 after the access check let the caller reach the record, as a
     * service's function-level rules refuse (only the lead closes a plan).
     */
    @POST
    @Path("/{id}/seal")
    @Transactional
    @APIResponse(responseCode = "200", description = "The sealed record")
    public Response seal(@PathParam("id") UUID id) {
        ProbeRecord record = access.change(caller.get(), rule, id, Optional.ofNullable(em.find(ProbeRecord.class, id)));
        if (!caller.get().hasRole(Roles.MANAGER)) {
            throw ProblemException.forbidden("Only a manager seals a record.");
        }
        return Response.ok(ProbeView.of(record)).tag(Versions.etag(record.version)).build();
    }

    /** A question about the person as a whole: answered to an organisation that recorded something about them. */
    @GET
    @Path("/summary")
    @APIResponse(responseCode = "200", description = "How many records the caller's organisation holds")
    public Map<String, Long> summary(@QueryParam("personId") @NotNull @ValidPersonalIdentityNumber String personId) {
        String personRef = personRef(personId);
        long records = em.createQuery("select count(r) from ProbeRecord r where r.recordedByOrg = :org"
                + " and r.personRef = :personRef", Long.class)
                .setParameter("org", caller.get().org()).setParameter("personRef", personRef).getSingleResult();
        access.readAbout(caller.get(), PROBE_SUMMARY, personRef, records > 0,
                "Your organisation has recorded nothing about this person.");
        return Map.of("records", records);
    }

    private String personRef(String personId) {
        return personRefs.of(PersonalIdentityNumber.parse(personId));
    }
}

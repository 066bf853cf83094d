package se.sip.notification.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.Problem;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Webhook-prenumerationer. An organisation's systems are told of its"
        + " notifications as they happen. Standard Webhooks: a POST of the CloudEvent (structured JSON,"
        + " application/cloudevents+json) with webhook-id (the CloudEvent id: dedupe on it), webhook-timestamp (Unix"
        + " seconds) and webhook-signature (v1,<base64 HMAC-SHA256 of \"id.timestamp.body\"> keyed with the base64"
        + " after whsec_; during a secret rotation two signatures, space-separated: accept either). At least once:"
        + " any answer but 2xx, a timeout or a connection error is retried with exponential backoff and jitter"
        + " (about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h), a 429's or 503's Retry-After is honoured, and"
        + " after the last attempt (or a 410) the delivery is parked FAILED, listed and re-sendable. An attempt must"
        + " connect within 2 s and have its whole answer within 10 s more, else it fails as a timeout. At most 2"
        + " deliveries of a subscription are in flight at once. After 5 failed attempts in a row the subscription's"
        + " deliveries are paused for 60 s (deliveriesPausedUntil; they stay PENDING, no attempt counted), then one"
        + " is tried: a 2xx resumes them all, a failure pauses them again. Redirects are not"
        + " followed. Order is not guaranteed, not even per subscription: use the CloudEvent time and id. Where the"
        + " platform traces, each attempt also carries a W3C traceparent (and tracestate) header, and the CloudEvent"
        + " the traceparent of the change that published it (CloudEvents Distributed Tracing extension).")
class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "subscribe", summary = "Subscribe a callback URL to event types (prenumerera)",
            description = "The organisation receives, at callbackUrl, every event of these types that notifies it"
                    + " (the request's eventTypes lists them; se.sip.plan.changed.v1, a change of a plan's content,"
                    + " is sent to webhooks only, to the lead and the parties that may read the plan). callbackUrl"
                    + " must be https and resolve to public addresses only (never loopback, private, link-local or"
                    + " metadata addresses). The answer shows the signing secret once.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubscriptionRequest.class),
            examples = @ExampleObject(name = "meetings and placements", value = WebhookExamples.SUBSCRIPTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it. The secret is never shown again.",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class),
                    examples = @ExampleObject(name = "subscribed", value = WebhookExamples.SUBSCRIPTION_CREATED)))
    @APIResponse(responseCode = "400", description = "Invalid body, or an event type that notifies no organisation")
    @APIResponse(responseCode = "422", description = "callbackUrl is not https, or not a public address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "private address", value = WebhookExamples.PRIVATE_CALLBACK)))
    public Response subscribe(@Valid @NotNull SubscriptionRequest request) {
        Subscriptions.WithSecret created = subscriptions.subscribe(caller.get(), request.callbackUrl(),
                request.eventTypes());
        return Response.created(URI.create("/api/v1/subscriptions/" + created.subscription().id))
                .entity(SubscriptionView.withSecret(created, clock.instant())).build();
    }

    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "listSubscriptions", summary = "The organisation's subscriptions (prenumerationer)",
            description = "Oldest first, without their secrets. Only the caller's organisation's are listed.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = SubscriptionPage.class),
                    examples = @ExampleObject(name = "page", value = WebhookExamples.SUBSCRIPTION_PAGE)))
    @APIResponse(responseCode = "400", description = "An invalid page or size")
    public Page<SubscriptionView> list(@Valid @BeanParam PageRequest page) {
        Instant now = clock.instant();
        return subscriptions.list(caller.get(), page).map(s -> SubscriptionView.of(s, now));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "unsubscribe", summary = "End a subscription (avsluta prenumeration)",
            description = "Nothing more is sent to it; its deliveries, pending ones too, and their history go with"
                    + " it. An attempt already under way may still arrive.")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organisation")
    public void unsubscribe(@PathParam("id") UUID id) {
        subscriptions.unsubscribe(caller.get(), id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "getSubscription", summary = "Read a subscription (läs prenumeration)",
            description = "Without its secret. Another organisation's subscription is answered 404.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class),
                    examples = @ExampleObject(name = "subscription", value = WebhookExamples.SUBSCRIPTION)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organisation")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.read(caller.get(), id), clock.instant());
    }

    @POST
    @Path("/{id}/secret-rotation")
    @RolesAllowed({ Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Rotate the signing secret (byt hemlighet)",
            description = "A new secret, shown once. Until previousSecretValidUntil (24 hours) every delivery carries"
                    + " two signatures, by the new secret and by the previous one, so the receiver can switch at its"
                    + " own pace.")
    @APIResponse(responseCode = "200", description = "The new secret and the end of the overlap",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class),
                    examples = @ExampleObject(name = "rotated", value = WebhookExamples.SUBSCRIPTION_ROTATED)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organisation")
    public SubscriptionView rotateSecret(@PathParam("id") UUID id) {
        return SubscriptionView.withSecret(subscriptions.rotateSecret(caller.get(), id), clock.instant());
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({ Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "listDeliveries", summary = "The subscription's deliveries and their attempts"
            + " (leveranser)", description = "Newest first; status=FAILED lists the parked ones, to re-send.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "page", value = WebhookExamples.DELIVERY_PAGE)))
    @APIResponse(responseCode = "400", description = "An invalid status, page or size")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organisation")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Only deliveries in this status",
                    schema = @Schema(enumeration = { "PENDING", "DELIVERED", "FAILED" })) @QueryParam("status")
            @Pattern(regexp = "PENDING|DELIVERED|FAILED", message = "must be one of PENDING, DELIVERED, FAILED")
            String status,
            @Valid @BeanParam PageRequest page) {
        return subscriptions.deliveries(caller.get(), id, status == null ? null : DeliveryStatus.valueOf(status), page)
                .map(DeliveryView::of);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @RolesAllowed({ Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "resendDelivery", summary = "Send a delivery again (skicka igen)",
            description = "Typically a FAILED one, once the receiver works again: one more attempt, at once (while"
                    + " the subscription's deliveries are paused after failures in a row, once the pause ends), with"
                    + " the same webhook-id; if it fails the delivery is parked FAILED again. A delivery whose"
                    + " attempt is under way is left to it.")
    @APIResponse(responseCode = "202", description = "Queued to be sent now",
            content = @Content(schema = @Schema(implementation = DeliveryView.class),
                    examples = @ExampleObject(name = "re-sent", value = WebhookExamples.DELIVERY_RESENT)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organisation, or no such"
            + " delivery of it")
    public Response resend(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(DeliveryView.of(subscriptions.resend(caller.get(), id, deliveryId))).build();
    }

    @Schema(name = "SubscriptionPage")
    static final class SubscriptionPage {
        public List<SubscriptionView> items;
        public int page;
        public int size;
        public long total;
    }

    @Schema(name = "DeliveryPage")
    static final class DeliveryPage {
        public List<DeliveryView> items;
        public int page;
        public int size;
        public long total;
    }
}

package se.sip.archfixture.good.thing;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/things")
class ThingResource {

    ThingService service;

    @POST
    public ThingView add(ThingRequest request) {
        return ThingView.of(service.add(request.toCommand()));
    }

    /** Nested in a resource: may use DTOs too. */
    static final class Forms {
        static ThingRequest.Detail empty() {
            return new ThingRequest.Detail("");
        }
    }
}

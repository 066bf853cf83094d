package se.sip.archfixture.dto.thing;

/** A service that takes the REST request itself: a nested DTO counts as a DTO. */
class ThingService {

    String describe(ThingRequest.Detail detail) {
        return detail.text();
    }
}

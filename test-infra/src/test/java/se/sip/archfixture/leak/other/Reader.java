package se.sip.archfixture.leak.other;

import se.sip.archfixture.leak.thing.Thing;
import se.sip.archfixture.leak.thing.ThingRepository;

/** Another feature reading the thing feature's entity and repository directly. */
class Reader {

    ThingRepository things;

    Long firstId() {
        Thing thing = things.findAll().firstResult();
        return thing.id;
    }
}

package se.sip.archfixture.leak.thing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

public class ThingRepository implements PanacheRepository<Thing> {
}

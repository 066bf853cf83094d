package se.sip.archfixture.good.thing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

class ThingRepository implements PanacheRepositoryBase<Thing, Long> {
}

package se.sip.archfixture.good.thing;

/** The feature's way in: other features call this, never the entity or the repository. */
public class ThingService {

    ThingRepository things;

    Thing add(NewThing command) {
        Thing thing = new Thing();
        thing.name = command.name();
        things.persist(thing);
        return thing;
    }

    public long count() {
        return things.count();
    }
}

package se.sip.archfixture.good.thing;

record ThingView(Long id, String name) {

    static ThingView of(Thing thing) {
        return new ThingView(thing.id, thing.name);
    }
}

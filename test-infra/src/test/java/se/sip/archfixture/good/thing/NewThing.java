package se.sip.archfixture.good.thing;

/** The domain command a resource maps its request to. */
record NewThing(String name) {
}

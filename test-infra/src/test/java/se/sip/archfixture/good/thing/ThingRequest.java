package se.sip.archfixture.good.thing;

record ThingRequest(String name, Detail detail) {

    record Detail(String text) {
    }

    NewThing toCommand() {
        return new NewThing(name);
    }
}

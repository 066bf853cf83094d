package se.sip.archfixture.dto.thing;

record ThingRequest(String name, Detail detail) {

    record Detail(String text) {
    }
}

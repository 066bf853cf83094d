package se.sip.archfixture.cycle.a;

import se.sip.archfixture.cycle.b.B;

public class A {
    B b;
}

package se.sip.archfixture.foreign.thing;

import se.sip.archfixture.good.report.ReportService;

/** Another service's code (here the good fixture's), called directly. */
class ThingService {

    ReportService reports;
}

package se.sip.archfixture.good.report;

import se.sip.archfixture.good.thing.ThingService;
import se.sip.platform.paging.PageRequest;

/** Another feature: uses the thing feature through its service only, and the platform. */
public class ReportService {

    ThingService things;

    public long size(PageRequest page) {
        return Math.min(things.count(), page.size);
    }
}

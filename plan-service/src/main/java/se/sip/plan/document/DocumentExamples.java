package se.sip.plan.document;

/** Example bodies of the SIP document for the OpenAPI document. */
final class DocumentExamples {

    static final String INCOMPLETE_SIP = """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Samordnad individuell plan (SIP)</title></head>
            <body><main>
            <div class="legal" role="alert"><p><strong>Planen uppfyller inte lagens minimikrav.</strong> …</p>
            <ul><li><strong>3. Vilka åtgärder som vidtas av någon annan än kommunen eller regionen</strong> – saknas: …</li></ul></div>
            <h1>Samordnad individuell plan (SIP)</h1>
            <section><h2>Ny plan / Uppföljning, datum</h2><p><strong>Ny plan</strong>, 2027-01-12</p></section>
            <section><h2>Planen tillhör</h2>…</section>
            …
            </main></body></html>""";

    private DocumentExamples() {
    }
}

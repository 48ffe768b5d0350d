<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ PASS</translation>
    </message>
    <message>
        <source>▲ WARN</source>
        <translation>▲ WARN</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ FAIL</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <source>P50 latency</source>
        <translation>P50-Latenz</translation>
    </message>
    <message>
        <source>P95 latency</source>
        <translation>P95-Latenz</translation>
    </message>
    <message>
        <source>P99 latency</source>
        <translation>P99-Latenz</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 req/s (max %2 users)</source>
        <translation>%1 req/s (max. %2 Benutzer)</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>Load test report: %1</source>
        <translation>Lasttestbericht: %1</translation>
    </message>
    <message>
        <source>Overall verdict: %1</source>
        <translation>Gesamtbewertung: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritischer Wert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>keine Ziele</translation>
    </message>
    <message>
        <source>%1: latency percentiles and throughput over time</source>
        <translation>%1: Latenz-Perzentile und Durchsatz im Zeitverlauf</translation>
    </message>
    <message>
        <source>seconds since the phase started</source>
        <translation>Sekunden seit Beginn der Phase</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>throughput (req/s)</source>
        <translation>Durchsatz (req/s)</translation>
    </message>
    <message>
        <source>Throughput (right axis)</source>
        <translation>Durchsatz (rechte Achse)</translation>
    </message>
    <message>
        <source>P95 goal %1 ms</source>
        <translation>P95-Zielwert %1 ms</translation>
    </message>
    <message>
        <source>P95 critical %1 ms</source>
        <translation>Kritischer P95-Wert %1 ms</translation>
    </message>
    <message>
        <source>Scalability</source>
        <translation>Skalierbarkeit</translation>
    </message>
    <message>
        <source>Latency and throughput against load</source>
        <translation>Latenz und Durchsatz in Abhängigkeit von der Last</translation>
    </message>
    <message>
        <source>offered rate (req/s)</source>
        <translation>angebotene Rate (req/s)</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Latency by percentile (every phase)</source>
        <translation>Latenz nach Perzentil (alle Phasen)</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Errors by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Erste Meldung</translation>
    </message>
    <message>
        <source>No request failed.</source>
        <translation>Keine Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Compared with %1 (%2)</source>
        <translation>Verglichen mit %1 (%2)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation>▲ besser</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ schlechter</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= gleich</translation>
    </message>
    <message>
        <source>cannot compare</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>, significant</source>
        <translation>, signifikant</translation>
    </message>
    <message>
        <source>, within noise</source>
        <translation>, im Rauschen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Closed model: each virtual user sends its next request after the previous answer (and its think time). Latency counts from the actual send; the report&apos;s latency_ms_co_corrected adds the view corrected for coordinated omission (HdrHistogram&apos;s expected-interval correction).</source>
        <translation>Geschlossenes Modell: Jeder virtuelle Benutzer sendet seine nächste Anfrage nach der vorherigen Antwort (und seiner Denkzeit). Die Latenz zählt ab dem tatsächlichen Senden; latency_ms_co_corrected im Bericht ergänzt die um Coordinated Omission korrigierte Sicht (Expected-Interval-Korrektur von HdrHistogram).</translation>
    </message>
    <message>
        <source>Open model: requests are sent at scheduled times whatever the server does; latency counts from the scheduled time, so a stalled server cannot hide its delays (no coordinated omission).</source>
        <translation>Offenes Modell: Anfragen werden zu geplanten Zeitpunkten gesendet, unabhängig davon, was der Server tut; die Latenz zählt ab dem geplanten Zeitpunkt, sodass ein hängender Server seine Verzögerungen nicht verbergen kann (keine Coordinated Omission).</translation>
    </message>
    <message>
        <source>Transport: %1. Responses on plain HTTP with the native transport are timed by the kernel&apos;s receive timestamp.</source>
        <translation>Transport: %1. Antworten über einfaches HTTP mit dem nativen Transport werden anhand des Empfangszeitstempels des Kernels gemessen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Load generator: no warnings (its busiest thread stayed under 80 % of a core).</source>
        <translation>Lastgenerator: keine Warnungen (sein am stärksten ausgelasteter Thread blieb unter 80 % eines Kerns).</translation>
    </message>
    <message>
        <source>Load generator warnings: %1</source>
        <translation>Warnungen des Lastgenerators: %1</translation>
    </message>
    <message>
        <source>Machine: %1 cores, %2, host %3, Load Studio %4 with Qt %5, %6 worker thread(s); TLS verification %7.</source>
        <translation>Rechner: %1 Kerne, %2, Host %3, Load Studio %4 mit Qt %5, %6 Worker-Thread(s); TLS-Prüfung %7.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Imported from: %1.</source>
        <translation>Importiert aus: %1.</translation>
    </message>
    <message>
        <source>The plan (secrets redacted)</source>
        <translation>Der Plan (geheime Werte geschwärzt)</translation>
    </message>
    <message>
        <source>Load Studio — %1</source>
        <translation>Load Studio — %1</translation>
    </message>
    <message>
        <source>Phases over time</source>
        <translation>Phasen im Zeitverlauf</translation>
    </message>
    <message>
        <source>The run has no phases.</source>
        <translation>Der Lauf hat keine Phasen.</translation>
    </message>
    <message>
        <source>%1 in %2 was %3 (goal %4, critical %5)</source>
        <translation>%1 in %2 betrug %3 (Zielwert %4, kritisch %5)</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran %n phase(s) against %2: %3. %4 requests in all; the highest throughput was %5 req/s (%6).</source>
        <translation>
            <numerusform>%1 hat %n Phase gegen %2 ausgeführt: %3. Insgesamt %4 Anfragen; der höchste Durchsatz betrug %5 req/s (%6).</numerusform>
            <numerusform>%1 hat %n Phasen gegen %2 ausgeführt: %3. Insgesamt %4 Anfragen; der höchste Durchsatz betrug %5 req/s (%6).</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was stopped early: %1.</source>
        <translation>Der Lauf wurde vorzeitig beendet: %1.</translation>
    </message>
    <message>
        <source>Every target was met at every load tested: from these results, ready for go-live at these loads.</source>
        <translation>Jedes Ziel wurde bei jeder getesteten Last erreicht: Diesen Ergebnissen zufolge bereit für den Produktivbetrieb bei diesen Lasten.</translation>
    </message>
    <message>
        <source>No target reached its critical level, but some missed their goal: %1. Ready with reservations.</source>
        <translation>Kein Ziel hat seinen kritischen Wert erreicht, aber einige haben ihren Zielwert verfehlt: %1. Mit Vorbehalt bereit.</translation>
    </message>
    <message>
        <source>Not ready: %1.</source>
        <translation>Nicht bereit: %1.</translation>
    </message>
    <message>
        <source>Also short of the goal: %1.</source>
        <translation>Ebenfalls den Zielwert verfehlt: %1.</translation>
    </message>
    <message>
        <source>The report is incomplete.</source>
        <translation>Der Bericht ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>✔ PASS</source>
        <translation>✔ PASS</translation>
    </message>
    <message>
        <source>▲ WARN</source>
        <translation>▲ WARN</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ FAIL</translation>
    </message>
    <message>
        <source>… waiting</source>
        <translation>… wartet</translation>
    </message>
    <message>
        <source>– no target</source>
        <translation>– kein Ziel</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Durchschnittliche Latenz</translation>
    </message>
    <message>
        <source>P50 latency</source>
        <translation>P50-Latenz</translation>
    </message>
    <message>
        <source>P95 latency</source>
        <translation>P95-Latenz</translation>
    </message>
    <message>
        <source>P99 latency</source>
        <translation>P99-Latenz</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>goal ≥ %1 · critical &lt; %2</source>
        <translation>Zielwert ≥ %1 · kritisch &lt; %2</translation>
    </message>
    <message>
        <source>goal ≤ %1 · critical &gt; %2</source>
        <translation>Zielwert ≤ %1 · kritisch &gt; %2</translation>
    </message>
    <message>
        <source>%1 %2 meets the goal %3</source>
        <translation>%1 %2 erreicht den Zielwert %3</translation>
    </message>
    <message>
        <source>%1 %2 misses the goal %3 (critical %4)</source>
        <translation>%1 %2 verfehlt den Zielwert %3 (kritisch %4)</translation>
    </message>
    <message>
        <source>%1 %2 is beyond its critical level %3 (goal %4)</source>
        <translation>%1 %2 liegt jenseits seines kritischen Werts %3 (Zielwert %4)</translation>
    </message>
    <message>
        <source>No targets set</source>
        <translation>Keine Ziele festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>All %n target(s) met</source>
        <translation>
            <numerusform>%n Ziel erreicht</numerusform>
            <numerusform>Alle %n Ziele erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 req/s, at most %n user(s)</source>
        <translation>
            <numerusform>%1 req/s, höchstens %n Benutzer</numerusform>
            <numerusform>%1 req/s, höchstens %n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Generator CPU</source>
        <translation>Generator-CPU</translation>
    </message>
    <message>
        <source>Send lag P99</source>
        <translation>Sendeverzug P99</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 % of a core</source>
        <translation>%1 % eines Kerns</translation>
    </message>
</context>
<context>
    <name>Scalability</name>
    <message>
        <source>req/s offered</source>
        <translation>req/s angeboten</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Not enough load levels to find where scaling stops: it needs at least three phases with different %1 (this run has %2).</source>
        <translation>Zu wenige Laststufen, um zu erkennen, wo die Skalierung endet: Nötig sind mindestens drei Phasen mit unterschiedlichen %1 (dieser Lauf hat %2).</translation>
    </message>
    <message>
        <source>Scaling stops between %1 and %2 %3: throughput %4%5% for %6% more load, while P95 went from %7 to %8 ms.</source>
        <translation>Die Skalierung endet zwischen %1 und %2 %3: Durchsatz %4%5 % bei %6 % mehr Last, während P95 von %7 auf %8 ms stieg.</translation>
    </message>
    <message>
        <source>(the plan sets no P95 goal)</source>
        <translation>(der Plan setzt keinen P95-Zielwert)</translation>
    </message>
    <message>
        <source>at P95 under the goal of %1 ms</source>
        <translation>bei P95 unter dem Zielwert von %1 ms</translation>
    </message>
    <message>
        <source> Capacity: about %1 req/s %2, reached at ~%3 %4.</source>
        <translation> Kapazität: etwa %1 req/s %2, erreicht bei ~%3 %4.</translation>
    </message>
    <message>
        <source> No level kept P95 under the goal of %1 ms.</source>
        <translation> Keine Stufe hielt P95 unter dem Zielwert von %1 ms.</translation>
    </message>
    <message>
        <source>Throughput still rises with load up to the highest level tested (%1 %2, %3 req/s): the knee lies beyond it; test higher loads to find it.</source>
        <translation>Der Durchsatz steigt bis zur höchsten getesteten Stufe (%1 %2, %3 req/s) noch mit der Last: Der Knick liegt darüber; testen Sie höhere Lasten, um ihn zu finden.</translation>
    </message>
    <message>
        <source> So far: about %1 req/s %2, reached at ~%3 %4.</source>
        <translation> Bisher: etwa %1 req/s %2, erreicht bei ~%3 %4.</translation>
    </message>
</context>
<context>
    <name>Significance</name>
    <message>
        <source>not judged: %1 steady seconds, at least %2 needed in each run</source>
        <translation>nicht beurteilt: %1 stabile Sekunden, mindestens %2 in jedem Lauf nötig</translation>
    </message>
    <message>
        <source>Significant = the %1% bootstrap interval of the difference (per-second values of the steady state, resampled %2 times in circular %3 s blocks) excludes zero; fewer than %4 steady seconds: not judged.</source>
        <translation>Signifikant = das Bootstrap-Intervall (%1 %) der Differenz (Sekundenwerte des stabilen Zustands, %2-mal in zirkulären Blöcken von %3 s neu gezogen) schließt null aus; weniger als %4 stabile Sekunden: nicht beurteilt.</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 req/s (max %2 users)</source>
        <translation>%1 req/s (max. %2 Benutzer)</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>Load Studio report: %1 (%2, transport %3, %4 worker threads)
</source>
        <translation>Load-Studio-Bericht: %1 (%2, Transport %3, %4 Worker-Threads)
</translation>
    </message>
    <message>
        <source>Phase %1: %2, %3 s  -&gt;  %4
</source>
        <translation>Phase %1: %2, %3 s  -&gt;  %4
</translation>
    </message>
    <message>
        <source>  stopped early: %1
</source>
        <translation>  vorzeitig beendet: %1
</translation>
    </message>
    <message>
        <source>  requests %1, successful %2, failed %3 (%4 success), %5 req/s
</source>
        <translation>  Anfragen %1, erfolgreich %2, fehlgeschlagen %3 (%4 Erfolg), %5 req/s
</translation>
    </message>
    <message>
        <source>  latency ms: min %1  avg %2  p50 %3  p95 %4  p99 %5  max %6
</source>
        <translation>  Latenz ms: min %1  Mittel %2  p50 %3  p95 %4  p99 %5  max %6
</translation>
    </message>
    <message>
        <source>  on schedule (corrected for coordinated omission, every %1 ms): p50 %2  p95 %3  p99 %4
</source>
        <translation>  nach Plan (korrigiert um Coordinated Omission, alle %1 ms): p50 %2  p95 %3  p99 %4
</translation>
    </message>
    <message>
        <source>  dropped %1, aborted %2
</source>
        <translation>  verworfen %1, abgebrochen %2
</translation>
    </message>
    <message>
        <source>  error %1: %2  (first: %3)
</source>
        <translation>  Fehler %1: %2  (erste Meldung: %3)
</translation>
    </message>
    <message>
        <source>  %1 %2 %3 %4 %5
</source>
        <translation>  %1 %2 %3 %4 %5
</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source> verdict</source>
        <translation> Bewertung</translation>
    </message>
    <message>
        <source>  %1 %2 %3 %4  %5
</source>
        <translation>  %1 %2 %3 %4  %5
</translation>
    </message>
    <message>
        <source>Run aborted: %1
</source>
        <translation>Lauf abgebrochen: %1
</translation>
    </message>
    <message>
        <source>WARNING: %1
</source>
        <translation>WARNUNG: %1
</translation>
    </message>
    <message>
        <source>Overall verdict: %1
</source>
        <translation>Gesamtbewertung: %1
</translation>
    </message>
</context>
<context>
    <name>ls::ComparePage</name>
    <message>
        <source>&amp;Open runs…</source>
        <translation>Läufe ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load Studio reports, JMeter results (JTL), k6 results (JSON lines or summary export) or the seed&apos;s report template</source>
        <translation>Load-Studio-Berichte, JMeter-Ergebnisse (JTL), k6-Ergebnisse (JSON Lines oder Summary-Export) oder die Berichtsvorlage des AskProAI-Plans</translation>
    </message>
    <message>
        <source>Open &amp;workspace folder…</source>
        <translation>Arbeits&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Make &amp;base</source>
        <translation>Als Ba&amp;sis festlegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The compared run&apos;s PDF report, with its comparison against the base</source>
        <translation>Der PDF-Bericht des verglichenen Laufs mit seinem Vergleich zur Basis</translation>
    </message>
    <message>
        <source>Opened runs; the first is the base</source>
        <translation>Geöffnete Läufe; der erste ist die Basis</translation>
    </message>
    <message>
        <source>P&amp;hases of a run</source>
        <translation>Phase&amp;n eines Laufs</translation>
    </message>
    <message>
        <source>R&amp;uns against each other</source>
        <translation>Läufe &amp;gegeneinander</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Chronik</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF report</source>
        <translation>Der PDF-Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>La&amp;uf:</translation>
    </message>
    <message>
        <source>Phases of the run</source>
        <translation>Phasen des Laufs</translation>
    </message>
    <message>
        <source>&amp;Compare the base with:</source>
        <translation>Basis vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>Base &amp;phase:</source>
        <translation>Bas&amp;isphase:</translation>
    </message>
    <message>
        <source>&amp;paired with:</source>
        <translation>gepaar&amp;t mit:</translation>
    </message>
    <message>
        <source>Phases pair by name; pick another phase where names differ.</source>
        <translation>Phasen werden über ihren Namen gepaart; wählen Sie eine andere Phase, wo sich die Namen unterscheiden.</translation>
    </message>
    <message>
        <source>Changes from the base run</source>
        <translation>Änderungen gegenüber dem Basislauf</translation>
    </message>
    <message>
        <source>P95 per second</source>
        <translation>P95 pro Sekunde</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open a workspace folder of reports to list its runs by date.</source>
        <translation>Öffnen Sie einen Arbeitsordner mit Berichten, um seine Läufe nach Datum aufzulisten.</translation>
    </message>
    <message>
        <source>Runs in the workspace</source>
        <translation>Läufe im Arbeitsordner</translation>
    </message>
    <message>
        <source>Double-click a run to open it for comparison.</source>
        <translation>Doppelklicken Sie auf einen Lauf, um ihn zum Vergleich zu öffnen.</translation>
    </message>
    <message>
        <source>Trend of phase:</source>
        <translation>Trend der Phase:</translation>
    </message>
    <message>
        <source>metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Open runs to compare</source>
        <translation>Läufe zum Vergleichen öffnen</translation>
    </message>
    <message>
        <source>Results (*.json *.jtl *.csv *.xml *.jsonl *.ndjson);;All files (*)</source>
        <translation>Ergebnisse (*.json *.jtl *.csv *.xml *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a workspace folder of reports</source>
        <translation>Arbeitsordner mit Berichten öffnen</translation>
    </message>
    <message>
        <source>Reading results</source>
        <translation>Ergebnisse werden gelesen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1… %2 samples</source>
        <translation>%1 wird gelesen… %2 Messwerte</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Open a run to see its phases side by side and where it stops scaling.</source>
        <translation>Öffnen Sie einen Lauf, um seine Phasen nebeneinander zu sehen und zu erkennen, ab wo er nicht mehr skaliert.</translation>
    </message>
    <message>
        <source>Not in the source (shown as —): %1</source>
        <translation>Nicht in der Quelle (als — angezeigt): %1</translation>
    </message>
    <message>
        <source>Open two or more runs: each is compared with the base (the first).</source>
        <translation>Öffnen Sie zwei oder mehr Läufe: Jeder wird mit der Basis (dem ersten) verglichen.</translation>
    </message>
    <message>
        <source>(not paired)</source>
        <translation>(nicht gepaart)</translation>
    </message>
    <message>
        <source>Only in the base: %1</source>
        <translation>Nur in der Basis: %1</translation>
    </message>
    <message>
        <source>Only in the new run: %1</source>
        <translation>Nur im neuen Lauf: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Open two runs first: the base and the run to report on.</source>
        <translation>Öffnen Sie zuerst zwei Läufe: die Basis und den Lauf, über den berichtet werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n Lauf</numerusform>
            <numerusform>%1: %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Pick a run, a phase and a metric</source>
        <translation>Wählen Sie einen Lauf, eine Phase und eine Metrik</translation>
    </message>
    <message numerus="yes">
        <source>%1 of phase %2 across %n run(s) of %3</source>
        <translation>
            <numerusform>%1 der Phase %2 in %n Lauf von %3</numerusform>
            <numerusform>%1 der Phase %2 über %n Läufe von %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::ComparisonModel</name>
    <message>
        <source>— not in the source</source>
        <translation>— nicht in der Quelle</translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation>▲ besser</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ schlechter</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= gleich</translation>
    </message>
    <message>
        <source>cannot compare</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>%1, noise not judged</source>
        <translation>%1, Rauschen nicht beurteilt</translation>
    </message>
    <message>
        <source>%1, significant</source>
        <translation>%1, signifikant</translation>
    </message>
    <message>
        <source>%1, within noise</source>
        <translation>%1, im Rauschen</translation>
    </message>
    <message>
        <source>Mean per-second difference %1, 99 % interval [%2, %3]</source>
        <translation>Mittlere Differenz pro Sekunde %1, 99-%-Intervall [%2, %3]</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>ls::ErrorTableModel</name>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Of requests</source>
        <translation>Anteil der Anfragen</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Erste Meldung</translation>
    </message>
</context>
<context>
    <name>ls::EstimatePanel</name>
    <message>
        <source>p50 goal</source>
        <translation>p50-Zielwert</translation>
    </message>
    <message>
        <source>average goal</source>
        <translation>Durchschnitts-Zielwert</translation>
    </message>
    <message>
        <source>p95 goal</source>
        <translation>p95-Zielwert</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Use it for every phase (ignore latency targets)</source>
        <translation>Für jede Phase verwenden (Latenzziele ignorieren)</translation>
    </message>
    <message>
        <source>Expected latency in milliseconds</source>
        <translation>Erwartete Latenz in Millisekunden</translation>
    </message>
    <message>
        <source>The response time the estimate assumes for phases without a p50, average or p95 target.</source>
        <translation>Die Antwortzeit, die die Schätzung für Phasen ohne p50-, Durchschnitts- oder p95-Ziel annimmt.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Use the expected latency for every phase</source>
        <translation>Erwartete Latenz für jede Phase verwenden</translation>
    </message>
    <message>
        <source>Off: a phase&apos;s p50 goal, else its average goal, else its p95 goal is its expected latency; the value above only fills in where there is none.</source>
        <translation>Aus: Die erwartete Latenz einer Phase ist ihr p50-Zielwert, sonst ihr Durchschnitts-Zielwert, sonst ihr p95-Zielwert; der obige Wert springt nur ein, wo keiner gesetzt ist.</translation>
    </message>
    <message>
        <source>Planning estimate per phase</source>
        <translation>Planungsschätzung pro Phase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt bei</translation>
    </message>
    <message>
        <source>Phase time</source>
        <translation>Phasendauer</translation>
    </message>
    <message>
        <source>Expected latency</source>
        <translation>Erwartete Latenz</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Throughput target</source>
        <translation>Durchsatzziel</translation>
    </message>
    <message>
        <source>At full load. Closed model: users / (expected latency + mean think time), Little&apos;s law. Open model: the arrival rate.</source>
        <translation>Bei voller Last. Geschlossenes Modell: Benutzer / (erwartete Latenz + mittlere Denkzeit), Littles Gesetz. Offenes Modell: die Ankunftsrate.</translation>
    </message>
    <message>
        <source>Full load for the duration, half of it on average during the ramp-up.</source>
        <translation>Volle Last während der Dauer, im Hochlauf durchschnittlich die Hälfte davon.</translation>
    </message>
    <message>
        <source>Ramp-up + duration + graceful stop.</source>
        <translation>Hochlauf + Dauer + Auslaufzeit.</translation>
    </message>
    <message>
        <source>What the expected throughput would mean for the phase&apos;s throughput target.</source>
        <translation>Was der erwartete Durchsatz für das Durchsatzziel der Phase bedeuten würde.</translation>
    </message>
    <message>
        <source>E&amp;xpected latency:</source>
        <translation>Er&amp;wartete Latenz:</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Total suite time: %1 (%n phase(s) with ramp-ups, graceful stops and pauses)</source>
        <translation>
            <numerusform>Gesamtdauer der Suite: %1 (%n Phase mit Hochlauf, Auslaufzeit und Pausen)</numerusform>
            <numerusform>Gesamtdauer der Suite: %1 (%n Phasen mit Hochläufen, Auslaufzeiten und Pausen)</numerusform>
        </translation>
    </message>
    <message>
        <source> · about %1 requests</source>
        <translation> · etwa %1 Anfragen</translation>
    </message>
    <message>
        <source> (not counting phases whose throughput is unknown)</source>
        <translation> (ohne Phasen mit unbekanntem Durchsatz)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 ms (%2)</source>
        <translation>%1 ms (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Expected latency and think time are both 0.</source>
        <translation>Erwartete Latenz und Denkzeit sind beide 0.</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) / (%1 ms latency + %2 ms mean think time)</source>
        <translation>
            <numerusform>%n Benutzer / (%1 ms Latenz + %2 ms mittlere Denkzeit)</numerusform>
            <numerusform>%n Benutzer / (%1 ms Latenz + %2 ms mittlere Denkzeit)</numerusform>
        </translation>
    </message>
    <message>
        <source>The arrival rate; about %1 requests in flight at the expected latency.</source>
        <translation>Die Ankunftsrate; bei der erwarteten Latenz sind etwa %1 Anfragen gleichzeitig unterwegs.</translation>
    </message>
    <message>
        <source>⚠ %1: max users too low</source>
        <translation>⚠ %1: maximale Benutzerzahl zu niedrig</translation>
    </message>
    <message>
        <source>About %1 requests would be in flight at the expected latency, but max users is %2: arrivals finding all busy are dropped and count as errors.</source>
        <translation>Bei der erwarteten Latenz wären etwa %1 Anfragen gleichzeitig unterwegs, aber die maximale Benutzerzahl ist %2: Ankünfte, die alle Benutzer beschäftigt vorfinden, werden verworfen und zählen als Fehler.</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>This phase has no throughput target.</source>
        <translation>Diese Phase hat kein Durchsatzziel.</translation>
    </message>
    <message>
        <source>✔ PASS: meets the goal of %1 req/s</source>
        <translation>✔ PASS: erreicht den Zielwert von %1 req/s</translation>
    </message>
    <message>
        <source>⚠ WARN: below the goal of %1, above the critical %2 req/s</source>
        <translation>⚠ WARN: unter dem Zielwert von %1, über dem kritischen Wert von %2 req/s</translation>
    </message>
    <message>
        <source>✖ FAIL: below the critical %1 req/s</source>
        <translation>✖ FAIL: unter dem kritischen Wert von %1 req/s</translation>
    </message>
    <message>
        <source>If the latency is as expected. More users or less think time raise it.</source>
        <translation>Sofern die Latenz wie erwartet ist. Mehr Benutzer oder weniger Denkzeit erhöhen ihn.</translation>
    </message>
</context>
<context>
    <name>ls::GeneralForm</name>
    <message>
        <source>Runs on the Qt transport: HTTP/2, a proxy or authentication need it.</source>
        <translation>Läuft über den Qt-Transport: HTTP/2, ein Proxy oder Authentifizierung erfordern ihn.</translation>
    </message>
    <message>
        <source>Runs on the native transport.</source>
        <translation>Läuft über den nativen Transport.</translation>
    </message>
    <message>
        <source>How many redirects (301, 302, 303, 307, 308) one request may follow; the latency covers them all. Off: a redirect is the response.</source>
        <translation>Wie vielen Weiterleitungen (301, 302, 303, 307, 308) eine Anfrage folgen darf; die Latenz umfasst sie alle. Aus: Eine Weiterleitung ist die Antwort.</translation>
    </message>
    <message>
        <source>An absolute http:// or https:// URL, e.g. https://api.example.test; each scenario&apos;s path is appended to it.</source>
        <translation>Eine absolute http://- oder https://-URL, z. B. https://api.example.test; der Pfad jedes Szenarios wird daran angehängt.</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>TLS-Zertifi&amp;kate prüfen</translation>
    </message>
    <message>
        <source>Default headers</source>
        <translation>Standard-Header</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Planname</translation>
    </message>
    <message>
        <source>Plan description</source>
        <translation>Planbeschreibung</translation>
    </message>
    <message>
        <source>What the plan is for; shown in reports.</source>
        <translation>Wofür der Plan gedacht ist; wird in Berichten angezeigt.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Anfrage-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>How long one request may take before it counts as a timeout error.</source>
        <translation>Wie lange eine Anfrage dauern darf, bevor sie als Timeout-Fehler zählt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Automatic (native for HTTP/1.1)</source>
        <translation>Automatisch (nativ für HTTP/1.1)</translation>
    </message>
    <message>
        <source>Native (lean HTTP/1.1 client, fastest)</source>
        <translation>Nativ (schlanker HTTP/1.1-Client, am schnellsten)</translation>
    </message>
    <message>
        <source>Qt network access manager</source>
        <translation>Qt Network Access Manager</translation>
    </message>
    <message>
        <source>How requests are sent; the report records which one ran.</source>
        <translation>Wie Anfragen gesendet werden; der Bericht hält fest, welcher Transport verwendet wurde.</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>Off accepts any certificate (self-signed test servers).</source>
        <translation>Aus: Jedes Zertifikat wird akzeptiert (selbstsignierte Testserver).</translation>
    </message>
    <message>
        <source>Redirects to follow</source>
        <translation>Zu folgende Weiterleitungen</translation>
    </message>
    <message>
        <source>Do not follow</source>
        <translation>Nicht folgen</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>HTTP-Version</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2 (Qt transport)</source>
        <translation>HTTP/2 (Qt-Transport)</translation>
    </message>
    <message>
        <source>HTTP/2 is negotiated over TLS, and spoken with prior knowledge over plain HTTP.</source>
        <translation>HTTP/2 wird über TLS ausgehandelt und über einfaches HTTP mit Vorwissen (Prior Knowledge) gesprochen.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>direct (e.g. http://127.0.0.1:3128)</source>
        <translation>direkt (z. B. http://127.0.0.1:3128)</translation>
    </message>
    <message>
        <source>An http:// or socks5:// proxy all requests go through; ${env:NAME} allowed.</source>
        <translation>Ein http://- oder socks5://-Proxy, über den alle Anfragen laufen; ${env:NAME} ist erlaubt.</translation>
    </message>
    <message>
        <source>Authentication user</source>
        <translation>Authentifizierungsbenutzer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Answers the server&apos;s authentication challenge (Basic, Digest, NTLM).</source>
        <translation>Beantwortet die Authentifizierungsanforderung des Servers (Basic, Digest, NTLM).</translation>
    </message>
    <message>
        <source>Authentication password</source>
        <translation>Authentifizierungspasswort</translation>
    </message>
    <message>
        <source>Better ${env:NAME} than the password itself: plan files get shared.</source>
        <translation>Besser ${env:NAME} als das Passwort selbst: Plandateien werden weitergegeben.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>Seeds the random choices (scenario order, think times, {{random}}, {{uuid}}), so they repeat from run to run.</source>
        <translation>Legt den Startwert der Zufallsentscheidungen fest (Szenarioreihenfolge, Denkzeiten, {{random}}, {{uuid}}), sodass sie sich von Lauf zu Lauf wiederholen.</translation>
    </message>
    <message>
        <source>Secret environment variables</source>
        <translation>Geheime Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Environment variables (as in ${env:NAME}) whose values are secrets; separated by commas.</source>
        <translation>Umgebungsvariablen (wie in ${env:NAME}), deren Werte geheim sind; durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;imeout:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Zu&amp;falls-Seed:</translation>
    </message>
    <message>
        <source>Secret &amp;variables:</source>
        <translation>Geheime Va&amp;riablen:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>Re&amp;directs:</source>
        <translation>&amp;Weiterleitungen:</translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation>HTTP-Versi&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Benut&amp;zer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>P&amp;asswort:</translation>
    </message>
    <message>
        <source>Default headers (sent with every request)</source>
        <translation>Standard-Header (mit jeder Anfrage gesendet)</translation>
    </message>
    <message>
        <source>Change plan name</source>
        <translation>Planname ändern</translation>
    </message>
    <message>
        <source>Change plan description</source>
        <translation>Planbeschreibung ändern</translation>
    </message>
    <message>
        <source>Change base URL</source>
        <translation>Basis-URL ändern</translation>
    </message>
    <message>
        <source>Change timeout</source>
        <translation>Timeout ändern</translation>
    </message>
    <message>
        <source>Change transport</source>
        <translation>Transport ändern</translation>
    </message>
    <message>
        <source>Accept any TLS certificate</source>
        <translation>Jedes TLS-Zertifikat akzeptieren</translation>
    </message>
    <message>
        <source>Change redirects</source>
        <translation>Weiterleitungen ändern</translation>
    </message>
    <message>
        <source>Change HTTP version</source>
        <translation>HTTP-Version ändern</translation>
    </message>
    <message>
        <source>Change proxy</source>
        <translation>Proxy ändern</translation>
    </message>
    <message>
        <source>Change authentication user</source>
        <translation>Authentifizierungsbenutzer ändern</translation>
    </message>
    <message>
        <source>Change authentication password</source>
        <translation>Authentifizierungspasswort ändern</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>Seed ändern</translation>
    </message>
    <message>
        <source>Change secret variables</source>
        <translation>Geheime Variablen ändern</translation>
    </message>
</context>
<context>
    <name>ls::GeneratorWatch</name>
    <message>
        <source>the load generator&apos;s busiest thread used more than %1% of a core in %2 of %3 seconds; results may be inflated by the load generator</source>
        <translation>der am stärksten ausgelastete Thread des Lastgenerators nutzte in %2 von %3 Sekunden mehr als %1 % eines Kerns; die Ergebnisse können durch den Lastgenerator verfälscht sein</translation>
    </message>
    <message>
        <source>requests went out late: send lag p99 %1 ms exceeds %2 ms; results may be inflated by the load generator</source>
        <translation>Anfragen wurden verspätet gesendet: Sendeverzug p99 %1 ms überschreitet %2 ms; die Ergebnisse können durch den Lastgenerator verfälscht sein</translation>
    </message>
</context>
<context>
    <name>ls::HeaderEditor</name>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Add header to %1</source>
        <translation>Header zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add a header and start typing its name</source>
        <translation>Einen Header hinzufügen und mit der Eingabe seines Namens beginnen</translation>
    </message>
    <message>
        <source>Remove the selected header from %1</source>
        <translation>Den ausgewählten Header aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ls::HeaderTableModel</name>
    <message>
        <source>the plan</source>
        <translation>dem Plan</translation>
    </message>
    <message>
        <source>Secret: hidden here and replaced by &quot;&lt;redacted&gt;&quot; in reports and logs. Edit the cell to see or change the value.</source>
        <translation>Geheim: hier verborgen und in Berichten und Protokollen durch &quot;&lt;redacted&gt;&quot; ersetzt. Bearbeiten Sie die Zelle, um den Wert zu sehen oder zu ändern.</translation>
    </message>
    <message>
        <source>May contain placeholders such as ${env:NAME} or {{uuid}}.</source>
        <translation>Darf Platzhalter wie ${env:NAME} oder {{uuid}} enthalten.</translation>
    </message>
    <message>
        <source>%1 is always treated as secret.</source>
        <translation>%1 wird immer als geheim behandelt.</translation>
    </message>
    <message>
        <source>Hide the value here and in reports and logs.</source>
        <translation>Den Wert hier sowie in Berichten und Protokollen verbergen.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>not secret</source>
        <translation>nicht geheim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Secret values are shown masked and never written to reports or logs.</source>
        <translation>Geheime Werte werden maskiert angezeigt und nie in Berichte oder Protokolle geschrieben.</translation>
    </message>
    <message>
        <source>Mark header %1 secret</source>
        <translation>Header %1 als geheim markieren</translation>
    </message>
    <message>
        <source>Mark header %1 not secret</source>
        <translation>Header %1 als nicht geheim markieren</translation>
    </message>
    <message>
        <source>Rename header %1 of %2</source>
        <translation>Header %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change header %1 of %2</source>
        <translation>Header %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Add header to %1</source>
        <translation>Header zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove header %1 from %2</source>
        <translation>Header %1 aus %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n headers from %1</source>
        <translation>
            <numerusform>%n Header aus %1 entfernen</numerusform>
            <numerusform>%n Header aus %1 entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::HistoryModel</name>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <source>Load Studio</source>
        <translation>Load Studio</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>ls::KpiPanel</name>
    <message>
        <source>Live figures</source>
        <translation>Live-Kennzahlen</translation>
    </message>
</context>
<context>
    <name>ls::KpiTile</name>
    <message>
        <source>– open model only</source>
        <translation>– nur offenes Modell</translation>
    </message>
    <message>
        <source>limit %1 (load generator)</source>
        <translation>Grenze %1 (Lastgenerator)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>– not running</source>
        <translation>– läuft nicht</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
</context>
<context>
    <name>ls::LiveRunCharts</name>
    <message>
        <source>%1 goal %2</source>
        <translation>%1 Zielwert %2</translation>
    </message>
    <message>
        <source>%1 critical %2</source>
        <translation>%1 kritisch %2</translation>
    </message>
    <message>
        <source>Latency percentiles</source>
        <translation>Latenz-Perzentile</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Completed requests/s</source>
        <translation>Abgeschlossene Anfragen/s</translation>
    </message>
    <message>
        <source>Errors by class</source>
        <translation>Fehler nach Klasse</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>ls::MainWindow</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Restore unsaved plan?</source>
        <translation>Ungespeicherten Plan wiederherstellen?</translation>
    </message>
    <message>
        <source>Load Studio did not close properly. A copy of the plan &quot;%1&quot; with unsaved changes from %2 was kept.

Restore it?</source>
        <translation>Load Studio wurde nicht ordnungsgemäß beendet. Eine Kopie des Plans „%1“ mit ungespeicherten Änderungen vom %2 wurde aufbewahrt.

Soll sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>Restored the unsaved plan</source>
        <translation>Der ungespeicherte Plan wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Empty Plan</source>
        <translation>&amp;Leerer Plan</translation>
    </message>
    <message>
        <source>From Template: &amp;AskProAI Load Test (5 phases)</source>
        <translation>Aus Vorlage: &amp;AskProAI Load Test (5 Phasen)</translation>
    </message>
    <message>
        <source>From Template: &amp;Demo Plan (built-in demo target)</source>
        <translation>Aus Vorlage: &amp;Demo-Plan (eingebautes Demo-Ziel)</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;Report…</source>
        <translation>Be&amp;richt öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Export Report (JSON)…</source>
        <translation>Bericht &amp;exportieren (JSON)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Timeline (CSV)…</source>
        <translation>Zeitverlauf (CSV)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Scenarios (CSV)…</source>
        <translation>Szenarien (CSV)…</translation>
    </message>
    <message>
        <source>Targets as JUnit XML…</source>
        <translation>Ziele als JUnit-XML…</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>Export &amp;PDF Report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation>Läufe &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Run &amp;All Phases</source>
        <translation>&amp;Alle Phasen ausführen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Run &amp;Selected Phase</source>
        <translation>Ausgewählte &amp;Phase ausführen</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Shift+Esc</source>
        <translation>Shift+Esc</translation>
    </message>
    <message>
        <source>Send to the Built-in &amp;Demo Target</source>
        <translation>An das eingebaute &amp;Demo-Ziel senden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>&amp;Daten exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Load Studio</source>
        <translation>Ü&amp;ber Load Studio</translation>
    </message>
    <message>
        <source>About Load Studio</source>
        <translation>Über Load Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load Studio %1&lt;/b&gt;&lt;br&gt;Plan, run and analyse HTTP load tests.&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;Load Studio %1&lt;/b&gt;&lt;br&gt;HTTP-Lasttests planen, ausführen und analysieren.&lt;br&gt;Qt %2</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1[*] — Load Studio</source>
        <translation>%1[*] — Load Studio</translation>
    </message>
    <message>
        <source>The plan has a problem: %1</source>
        <translation>Der Plan hat ein Problem: %1</translation>
    </message>
    <message>
        <source>Run all phases of the plan</source>
        <translation>Alle Phasen des Plans ausführen</translation>
    </message>
    <message>
        <source>Select a phase on the Plan page (Phases) to run it alone</source>
        <translation>Wählen Sie auf der Seite Plan (Phasen) eine Phase aus, um sie allein auszuführen</translation>
    </message>
    <message>
        <source>Run the phase selected on the Plan page: %1</source>
        <translation>Die auf der Seite Plan ausgewählte Phase ausführen: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>Health Check</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation>Die Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Load Studio plans (*.json)</source>
        <translation>Load-Studio-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Der Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Der Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Der Plan „%1“ hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Load Studio reports (*.json)</source>
        <translation>Load-Studio-Berichte (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>Der Bericht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>JSON reports (*.json)</source>
        <translation>JSON-Berichte (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>There is no report yet: run the plan first.</source>
        <translation>Es gibt noch keinen Bericht: Führen Sie zuerst den Plan aus.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot export the PDF report</source>
        <translation>Der PDF-Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>PDF report written to %1</source>
        <translation>PDF-Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Lauf beendet: %1</translation>
    </message>
    <message>
        <source>Cannot write the recovery file: %1</source>
        <translation>Die Wiederherstellungsdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Stop the run and quit? The results so far are kept in the report only if you export it first.</source>
        <translation>Lauf stoppen und beenden? Die bisherigen Ergebnisse bleiben nur erhalten, wenn Sie den Bericht vorher exportieren.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>The language changes the next time Load Studio starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Load Studio.</translation>
    </message>
    <message>
        <source>HdrHistogram Interval Log…</source>
        <translation>HdrHistogram-Intervall-Log…</translation>
    </message>
    <message>
        <source>HdrHistogram logs (*.hlog)</source>
        <translation>HdrHistogram-Logs (*.hlog)</translation>
    </message>
    <message>
        <source>This report has nothing of that kind (imported runs have no per-second histograms).</source>
        <translation>Dieser Bericht enthält nichts dieser Art (importierte Läufe haben keine Histogramme pro Sekunde).</translation>
    </message>
</context>
<context>
    <name>ls::MixChart</name>
    <message>
        <source>Scenario mix</source>
        <translation>Szenario-Mix</translation>
    </message>
    <message>
        <source>Each scenario&apos;s share of the requests: its weight divided by the sum of all weights.</source>
        <translation>Anteil jedes Szenarios an den Anfragen: sein Gewicht geteilt durch die Summe aller Gewichte.</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>No scenario has a weight above 0: nothing would be sent.</source>
        <translation>Kein Szenario hat ein Gewicht über 0: Es würde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ls::PercentileSpectrumChart</name>
    <message>
        <source>Latency by percentile</source>
        <translation>Latenz nach Perzentil</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>%1: %2 of requests within %3</source>
        <translation>%1: %2 der Anfragen innerhalb von %3</translation>
    </message>
</context>
<context>
    <name>ls::PhaseEditor</name>
    <message>
        <source>Use the seed&apos;s &amp;5 load levels</source>
        <translation>Die &amp;5 Laststufen des AskProAI-Plans verwenden</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Replace the phases by the seed&apos;s five load levels</source>
        <translation>Die Phasen durch die fünf Laststufen des AskProAI-Plans ersetzen</translation>
    </message>
    <message>
        <source>Baseline (10 users, 60 s), Normal Load (100, 300 s), Peak Load (500, 300 s), Stress Test (1000, 600 s) and Circuit Breaker (100, 60 s), with their targets, from the AskProAI plan. Undo brings the current phases back.</source>
        <translation>Baseline (10 Benutzer, 60 s), Normal Load (100, 300 s), Peak Load (500, 300 s), Stress Test (1000, 600 s) und Circuit Breaker (100, 60 s) mit ihren Zielen aus dem AskProAI-Plan. Rückgängig stellt die aktuellen Phasen wieder her.</translation>
    </message>
    <message>
        <source>Phase description and expected results</source>
        <translation>Phasenbeschreibung und erwartete Ergebnisse</translation>
    </message>
    <message>
        <source>What the phase is for and what is expected; shown in reports.</source>
        <translation>Wofür die Phase gedacht ist und was erwartet wird; wird in Berichten angezeigt.</translation>
    </message>
    <message>
        <source>Pause between phases in seconds</source>
        <translation>Pause zwischen Phasen in Sekunden</translation>
    </message>
    <message>
        <source>Seconds of silence between two phases; counted in the total suite time.</source>
        <translation>Sekunden Ruhe zwischen zwei Phasen; zählen zur Gesamtdauer der Suite.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Pause &amp;between phases:</source>
        <translation>Pa&amp;use zwischen Phasen:</translation>
    </message>
    <message>
        <source>Planning estimate</source>
        <translation>Planungsschätzung</translation>
    </message>
    <message>
        <source>Change description of %1</source>
        <translation>Beschreibung von %1 ändern</translation>
    </message>
    <message>
        <source>Change pause between phases</source>
        <translation>Pause zwischen Phasen ändern</translation>
    </message>
    <message>
        <source>The seed plan could not be read: %1</source>
        <translation>Der AskProAI-Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Use the seed&apos;s five load levels</source>
        <translation>Die fünf Laststufen des AskProAI-Plans verwenden</translation>
    </message>
    <message>
        <source>&amp;Description and expected results of %1:</source>
        <translation>Bes&amp;chreibung und erwartete Ergebnisse von %1:</translation>
    </message>
    <message>
        <source>&amp;Description: select a phase</source>
        <translation>Bes&amp;chreibung: Wählen Sie eine Phase aus</translation>
    </message>
</context>
<context>
    <name>ls::PhaseResultModel</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>%1 (stopped early)</source>
        <translation>%1 (vorzeitig beendet)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Errors by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>ls::PhaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Users or rate</source>
        <translation>Benutzer oder Rate</translation>
    </message>
    <message>
        <source>Max users</source>
        <translation>Max. Benutzer</translation>
    </message>
    <message>
        <source>Ramp-up (s)</source>
        <translation>Hochlauf (s)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Think min (ms)</source>
        <translation>Denkzeit min. (ms)</translation>
    </message>
    <message>
        <source>Think max (ms)</source>
        <translation>Denkzeit max. (ms)</translation>
    </message>
    <message>
        <source>Graceful stop (s)</source>
        <translation>Auslaufzeit (s)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Only used with the open model (arrival rate).</source>
        <translation>Nur beim offenen Modell (Ankunftsrate) verwendet.</translation>
    </message>
    <message>
        <source>Only used with the closed model (users).</source>
        <translation>Nur beim geschlossenen Modell (Benutzer) verwendet.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>Closed model: a fixed number of virtual users, each sending its next request after the previous one finished and the think time passed.</source>
        <translation>Geschlossenes Modell: eine feste Anzahl virtueller Benutzer, die ihre nächste Anfrage jeweils senden, nachdem die vorherige abgeschlossen und die Denkzeit verstrichen ist.</translation>
    </message>
    <message>
        <source>Open model: requests arrive at a fixed rate, whatever the server does.</source>
        <translation>Offenes Modell: Anfragen treffen mit fester Rate ein, unabhängig davon, was der Server tut.</translation>
    </message>
    <message>
        <source>Closed (users)</source>
        <translation>Geschlossen (Benutzer)</translation>
    </message>
    <message>
        <source>Open (arrival rate)</source>
        <translation>Offen (Ankunftsrate)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> users</source>
        <translation> Benutzer</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>Closed model: the number of virtual users. Open model: requests per second.</source>
        <translation>Geschlossenes Modell: die Anzahl virtueller Benutzer. Offenes Modell: Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>Open model: requests in flight at most; an arrival finding all busy is dropped.</source>
        <translation>Offenes Modell: höchstens gleichzeitig laufende Anfragen; eine Ankunft, die alle beschäftigt vorfindet, wird verworfen.</translation>
    </message>
    <message>
        <source>Seconds over which the load rises to its full level.</source>
        <translation>Sekunden, in denen die Last auf ihr volles Niveau steigt.</translation>
    </message>
    <message>
        <source>Seconds of full load after the ramp-up.</source>
        <translation>Sekunden mit voller Last nach dem Hochlauf.</translation>
    </message>
    <message>
        <source>Closed model: a user&apos;s pause between a response and its next request, uniformly random between min and max (equal for a fixed pause).</source>
        <translation>Geschlossenes Modell: die Pause eines Benutzers zwischen einer Antwort und seiner nächsten Anfrage, gleichverteilt zufällig zwischen Min. und Max. (gleiche Werte für eine feste Pause).</translation>
    </message>
    <message>
        <source>Requests still in flight when the phase ends get this long to finish.</source>
        <translation>Anfragen, die beim Ende der Phase noch laufen, erhalten so lange Zeit zum Abschließen.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n phases</source>
        <translation>
            <numerusform>%n Phase hinzufügen</numerusform>
            <numerusform>%n Phasen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove phase %1</source>
        <translation>Phase %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n phases</source>
        <translation>
            <numerusform>%n Phase entfernen</numerusform>
            <numerusform>%n Phasen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move phase %1 up</source>
        <translation>Phase %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move phase %1 down</source>
        <translation>Phase %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Duplicate phase %1</source>
        <translation>Phase %1 duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>ls::PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>ls::PlanPage</name>
    <message>
        <source>Plan sections</source>
        <translation>Planabschnitte</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>S&amp;cenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <source>Phase&amp;s</source>
        <translation>Phase&amp;n</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>ls::PlanTableModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ls::ProblemsPanel</name>
    <message>
        <source>Problems in the plan</source>
        <translation>Probleme im Plan</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um zum Feld zu springen</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Phase &quot;%1&quot;</source>
        <translation>Phase „%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>✔ No problems: the plan can run.</source>
        <translation>✔ Keine Probleme: Der Plan kann laufen.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s): the plan can run, but have a look.</source>
        <translation>
            <numerusform>⚠ %n Warnung: Der Plan kann laufen, sollte aber geprüft werden.</numerusform>
            <numerusform>⚠ %n Warnungen: Der Plan kann laufen, sollte aber geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ %1, %2: the plan cannot run until the errors are fixed.</source>
        <translation>✖ %1, %2: Der Plan kann erst laufen, wenn die Fehler behoben sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::ResultsPage</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>Run a plan on the Run page, or open a saved report.</source>
        <translation>Führen Sie auf der Seite Lauf einen Plan aus oder öffnen Sie einen gespeicherten Bericht.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Berichtszusammenfassung</translation>
    </message>
    <message>
        <source>Copy summary as JSON</source>
        <translation>Zusammenfassung als JSON kopieren</translation>
    </message>
    <message>
        <source>Summary (report template)</source>
        <translation>Zusammenfassung (Berichtsvorlage)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Result details</source>
        <translation>Ergebnisdetails</translation>
    </message>
    <message>
        <source>&amp;Verdict and summary</source>
        <translation>Be&amp;wertung und Zusammenfassung</translation>
    </message>
    <message>
        <source>S&amp;cenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <source>&amp;Latency distribution</source>
        <translation>La&amp;tenzverteilung</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Run verdict: %1</source>
        <translation>Bewertung des Laufs: %1</translation>
    </message>
    <message>
        <source>Started %1, ran %2</source>
        <translation>Gestartet %1, Dauer %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message numerus="yes">
        <source>transport %1, %n worker thread(s)</source>
        <translation>
            <numerusform>Transport %1, %n Worker-Thread</numerusform>
            <numerusform>Transport %1, %n Worker-Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Stopped before the end: %1</source>
        <translation>Vor dem Ende gestoppt: %1</translation>
    </message>
    <message>
        <source>Incomplete: the report was saved while the run was still going.</source>
        <translation>Unvollständig: Der Bericht wurde gespeichert, während der Lauf noch lief.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Vorzeitig gestoppt: %1</translation>
    </message>
    <message>
        <source>Had every request gone out on schedule (every %1: mean think time + median latency; corrected for coordinated omission): P50 %2 · P95 %3 · P99 %4. Measured, as judged above: P95 %5 · P99 %6.</source>
        <translation>Wäre jede Anfrage planmäßig gesendet worden (alle %1: mittlere Denkzeit + Median-Latenz; korrigiert um Coordinated Omission): P50 %2 · P95 %3 · P99 %4. Gemessen, wie oben bewertet: P95 %5 · P99 %6.</translation>
    </message>
</context>
<context>
    <name>ls::RunPage</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Phase to run</source>
        <translation>Auszuführende Phase</translation>
    </message>
    <message>
        <source>Pha&amp;se:</source>
        <translation>Pha&amp;se:</translation>
    </message>
    <message>
        <source>Run all phases</source>
        <translation>Alle Phasen ausführen</translation>
    </message>
    <message>
        <source>Run selected phase</source>
        <translation>Ausgewählte Phase ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Phase progress</source>
        <translation>Phasenfortschritt</translation>
    </message>
    <message>
        <source>Key figures appear here once a run starts.</source>
        <translation>Kennzahlen erscheinen hier, sobald ein Lauf beginnt.</translation>
    </message>
    <message>
        <source>Finished phases</source>
        <translation>Abgeschlossene Phasen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors (whole run)</source>
        <translation>Fehler (gesamter Lauf)</translation>
    </message>
    <message>
        <source>The built-in demo target could not start: %1</source>
        <translation>Das eingebaute Demo-Ziel konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Plan&apos;s base URL: %1</source>
        <translation>Basis-URL des Plans: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Built-in demo target: %1</source>
        <translation>Eingebautes Demo-Ziel: %1</translation>
    </message>
    <message>
        <source>Built-in demo target (started on demand)</source>
        <translation>Eingebautes Demo-Ziel (wird bei Bedarf gestartet)</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>Ein Lauf ist im Gange.</translation>
    </message>
    <message>
        <source>The plan has errors; fix them first: %1</source>
        <translation>Der Plan enthält Fehler; beheben Sie sie zuerst: %1</translation>
    </message>
    <message>
        <source>The plan has no phases to run.</source>
        <translation>Der Plan hat keine Phasen zum Ausführen.</translation>
    </message>
    <message>
        <source>Run every phase of the plan in order</source>
        <translation>Alle Phasen des Plans der Reihe nach ausführen</translation>
    </message>
    <message>
        <source>Run only the phase chosen under Phase</source>
        <translation>Nur die unter Phase gewählte Phase ausführen</translation>
    </message>
    <message>
        <source>Abort now</source>
        <translation>Sofort abbrechen</translation>
    </message>
    <message>
        <source>Stop gracefully: no new requests; those in flight finish or count as aborted</source>
        <translation>Sanft stoppen: keine neuen Anfragen; laufende werden abgeschlossen oder zählen als abgebrochen</translation>
    </message>
    <message>
        <source>Abort the requests still in flight now</source>
        <translation>Die noch laufenden Anfragen sofort abbrechen</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>The plan has no phase named &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Phase namens „%1“.</translation>
    </message>
    <message>
        <source>Stopping: no new requests; those in flight get the phase&apos;s graceful stop. Press Abort now to end them at once.</source>
        <translation>Wird gestoppt: keine neuen Anfragen; laufende erhalten die Auslaufzeit der Phase. Klicken Sie auf „Sofort abbrechen“, um sie sofort zu beenden.</translation>
    </message>
    <message>
        <source>Aborting the requests still in flight…</source>
        <translation>Noch laufende Anfragen werden abgebrochen…</translation>
    </message>
    <message>
        <source>Send load to %1?</source>
        <translation>Last an %1 senden?</translation>
    </message>
    <message numerus="yes">
        <source>This run sends load to %1, which is not this machine.

Up to %n virtual user(s) at once. Run only against systems you are allowed to test.</source>
        <translation>
            <numerusform>Dieser Lauf sendet Last an %1; das ist nicht dieser Rechner.

Bis zu %n virtueller Benutzer gleichzeitig. Führen Sie Läufe nur gegen Systeme aus, die Sie testen dürfen.</numerusform>
            <numerusform>Dieser Lauf sendet Last an %1; das ist nicht dieser Rechner.

Bis zu %n virtuelle Benutzer gleichzeitig. Führen Sie Läufe nur gegen Systeme aus, die Sie testen dürfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run against %1</source>
        <translation>Gegen %1 ausführen</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Der Lauf konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1: the last second, judged by the phase&apos;s targets</source>
        <translation>%1: die letzte Sekunde, bewertet nach den Zielen der Phase</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3 (%4)</source>
        <translation>Phase %1 von %2: %3 (%4)</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · run ends in about %4</source>
        <translation>%1 von %2 · %3 · Lauf endet in etwa %4</translation>
    </message>
    <message>
        <source>phase ends in %1</source>
        <translation>Phase endet in %1</translation>
    </message>
    <message>
        <source>finishing requests in flight</source>
        <translation>laufende Anfragen werden abgeschlossen</translation>
    </message>
    <message>
        <source>Load generator: %1</source>
        <translation>Lastgenerator: %1</translation>
    </message>
    <message>
        <source>%1 finished (%2): figures over the whole phase</source>
        <translation>%1 abgeschlossen (%2): Werte über die gesamte Phase</translation>
    </message>
    <message>
        <source>Run stopped</source>
        <translation>Lauf gestoppt</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Lauf beendet</translation>
    </message>
    <message>
        <source>verdict %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Run stopped (%1). The report keeps everything measured until then.</source>
        <translation>Lauf gestoppt (%1). Der Bericht enthält alles, was bis dahin gemessen wurde.</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Lauf beendet: %1</translation>
    </message>
</context>
<context>
    <name>ls::ScalabilityChart</name>
    <message>
        <source>Scalability: latency and throughput against load</source>
        <translation>Skalierbarkeit: Latenz und Durchsatz in Abhängigkeit von der Last</translation>
    </message>
    <message>
        <source>Scalability chart</source>
        <translation>Skalierbarkeitsdiagramm</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Throughput (req/s)</source>
        <translation>Durchsatz (req/s)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>P95 goal</source>
        <translation>P95-Zielwert</translation>
    </message>
    <message>
        <source>P95 critical</source>
        <translation>Kritischer P95-Wert</translation>
    </message>
    <message>
        <source>Arrival rate (req/s offered)</source>
        <translation>Ankunftsrate (angebotene req/s)</translation>
    </message>
</context>
<context>
    <name>ls::ScenarioDetails</name>
    <message>
        <source>Scenario details</source>
        <translation>Szenariodetails</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>B&amp;ody</source>
        <translation>Bod&amp;y</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>Prüf&amp;ungen</translation>
    </message>
    <message>
        <source>Scenario headers</source>
        <translation>Szenario-Header</translation>
    </message>
    <message>
        <source>Added to the plan&apos;s default headers; a header of the same name replaces the default one.</source>
        <translation>Ergänzt die Standard-Header des Plans; ein Header gleichen Namens ersetzt den Standard-Header.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Sent as it is after placeholders are expanded. JSON is checked as you type.</source>
        <translation>Wird nach dem Ersetzen der Platzhalter unverändert gesendet. JSON wird während der Eingabe geprüft.</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>Platzhalter &amp;einfügen</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert a value that changes per request at the cursor</source>
        <translation>Einen pro Anfrage wechselnden Wert an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Random integer from 1 to 100</source>
        <translation>Zufällige Ganzzahl von 1 bis 100</translation>
    </message>
    <message>
        <source>Random UUID</source>
        <translation>Zufällige UUID</translation>
    </message>
    <message>
        <source>Today&apos;s date (yyyy-MM-dd)</source>
        <translation>Heutiges Datum (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s date</source>
        <translation>Morgiges Datum</translation>
    </message>
    <message>
        <source>Sequence number (1, 2, 3, ...)</source>
        <translation>Laufende Nummer (1, 2, 3, ...)</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>Expected status codes</source>
        <translation>Erwartete Statuscodes</translation>
    </message>
    <message>
        <source>any 2xx</source>
        <translation>beliebiger 2xx</translation>
    </message>
    <message>
        <source>Response body must contain</source>
        <translation>Antwort-Body muss enthalten</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>JSON-Feld</translation>
    </message>
    <message>
        <source>JSON field equals</source>
        <translation>JSON-Feld gleich</translation>
    </message>
    <message>
        <source>E&amp;xpected status:</source>
        <translation>Er&amp;warteter Status:</translation>
    </message>
    <message>
        <source>Body &amp;contains:</source>
        <translation>&amp;Body enthält:</translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation>&amp;JSON-Feld:</translation>
    </message>
    <message>
        <source>… &amp;equals:</source>
        <translation>… &amp;gleich:</translation>
    </message>
    <message>
        <source>A response passes when its status is accepted and every check set here holds. &quot;equals&quot; takes a JSON value: &quot;ok&quot; (with quotes), 1, true or null.</source>
        <translation>Eine Antwort besteht, wenn ihr Status akzeptiert wird und jede hier gesetzte Prüfung erfüllt ist. „gleich“ erwartet einen JSON-Wert: &quot;ok&quot; (mit Anführungszeichen), 1, true oder null.</translation>
    </message>
    <message>
        <source>Change body of %1</source>
        <translation>Body von %1 ändern</translation>
    </message>
    <message>
        <source>enter status codes separated by commas, e.g. 200, 201</source>
        <translation>Statuscodes durch Kommas getrennt eingeben, z. B. 200, 201</translation>
    </message>
    <message>
        <source>Change expected status of %1</source>
        <translation>Erwarteten Status von %1 ändern</translation>
    </message>
    <message>
        <source>Change body check of %1</source>
        <translation>Body-Prüfung von %1 ändern</translation>
    </message>
    <message>
        <source>Change JSON check of %1</source>
        <translation>JSON-Prüfung von %1 ändern</translation>
    </message>
    <message>
        <source>Select a scenario to edit its headers, body and checks.</source>
        <translation>Wählen Sie ein Szenario aus, um seine Header, seinen Body und seine Prüfungen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Details of %1 (%2 %3)</source>
        <translation>Details von %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Status codes that count as success, e.g. 200, 201; empty: any 2xx.</source>
        <translation>Statuscodes, die als Erfolg zählen, z. B. 200, 201; leer: beliebiger 2xx.</translation>
    </message>
    <message>
        <source>The response body must contain this text; empty: not checked.</source>
        <translation>Der Antwort-Body muss diesen Text enthalten; leer: nicht geprüft.</translation>
    </message>
    <message>
        <source>A dotted path into a JSON response, e.g. data.status or items.0.id; empty: not checked.</source>
        <translation>Ein Pfad mit Punkten in eine JSON-Antwort, z. B. data.status oder items.0.id; leer: nicht geprüft.</translation>
    </message>
    <message>
        <source>The value the JSON field must have, as JSON.</source>
        <translation>Der Wert, den das JSON-Feld haben muss, als JSON.</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Body.</translation>
    </message>
    <message>
        <source>Plain text (sent as text/plain unless a Content-Type header says otherwise).</source>
        <translation>Reiner Text (als text/plain gesendet, sofern kein Content-Type-Header etwas anderes angibt).</translation>
    </message>
    <message>
        <source>✔ Valid JSON (placeholders count as values).</source>
        <translation>✔ Gültiges JSON (Platzhalter zählen als Werte).</translation>
    </message>
    <message>
        <source>✖ Not valid JSON: line %1, column %2: %3</source>
        <translation>✖ Kein gültiges JSON: Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>ls::ScenarioEditor</name>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Selected scenario</source>
        <translation>Ausgewähltes Szenario</translation>
    </message>
</context>
<context>
    <name>ls::ScenarioResultModel</name>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Share of this phase&apos;s requests; the plan asks for %1 %</source>
        <translation>Anteil an den Anfragen dieser Phase; der Plan sieht %1 % vor</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Configured share</source>
        <translation>Konfigurierter Anteil</translation>
    </message>
    <message>
        <source>Achieved share</source>
        <translation>Erreichter Anteil</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ls::ScenarioTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>Erwarteter Status</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>any 2xx</source>
        <translation>beliebiger 2xx</translation>
    </message>
    <message>
        <source>This scenario&apos;s share of the requests: its weight divided by the sum of all weights.</source>
        <translation>Anteil dieses Szenarios an den Anfragen: sein Gewicht geteilt durch die Summe aller Gewichte.</translation>
    </message>
    <message>
        <source>Status codes that count as success, e.g. &quot;200, 201&quot;; empty: any 2xx.</source>
        <translation>Statuscodes, die als Erfolg zählen, z. B. &quot;200, 201&quot;; leer: beliebiger 2xx.</translation>
    </message>
    <message>
        <source>Relative share of the traffic; weights need not add up to 100. 0 keeps the scenario without sending it.</source>
        <translation>Relativer Anteil am Verkehr; die Gewichte müssen nicht 100 ergeben. Bei 0 bleibt das Szenario erhalten, wird aber nicht gesendet.</translation>
    </message>
    <message>
        <source>Normalised share in percent (weight / sum of weights).</source>
        <translation>Normierter Anteil in Prozent (Gewicht / Summe der Gewichte).</translation>
    </message>
    <message>
        <source>Status codes that count as success; empty: any 2xx.</source>
        <translation>Statuscodes, die als Erfolg zählen; leer: beliebiger 2xx.</translation>
    </message>
    <message>
        <source>Appended to the base URL; starts with &quot;/&quot;; may contain placeholders.</source>
        <translation>Wird an die Basis-URL angehängt; beginnt mit &quot;/&quot;; darf Platzhalter enthalten.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Szenario hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n scenarios</source>
        <translation>
            <numerusform>%n Szenario hinzufügen</numerusform>
            <numerusform>%n Szenarien hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove scenario %1</source>
        <translation>Szenario %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n scenarios</source>
        <translation>
            <numerusform>%n Szenario entfernen</numerusform>
            <numerusform>%n Szenarien entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move scenario %1 up</source>
        <translation>Szenario %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move scenario %1 down</source>
        <translation>Szenario %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Szenario %1 duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>ls::TableRowButtons</name>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate the selected %1</source>
        <translation>Auswahl duplizieren: %1</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Auswahl entfernen: %1</translation>
    </message>
    <message>
        <source>Move the selected %1 up</source>
        <translation>Auswahl nach oben verschieben: %1</translation>
    </message>
    <message>
        <source>Move the selected %1 down</source>
        <translation>Auswahl nach unten verschieben: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ls::TargetEditor</name>
    <message>
        <source>For runs against production: stop the whole run when the metric stays beyond the current phase&apos;s critical level, second by second, for this long.</source>
        <translation>Für Läufe gegen die Produktion: den gesamten Lauf stoppen, wenn die Metrik Sekunde für Sekunde so lange jenseits des kritischen Werts der aktuellen Phase bleibt.</translation>
    </message>
    <message>
        <source>&amp;Inherit from plan</source>
        <translation>Vo&amp;m Plan erben</translation>
    </message>
    <message>
        <source>Switch &amp;off for this phase</source>
        <translation>Für diese Phase a&amp;usschalten</translation>
    </message>
    <message>
        <source>Re&amp;move plan target</source>
        <translation>Planziel entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Stop the run &amp;when</source>
        <translation>Lauf stoppen, &amp;wenn</translation>
    </message>
    <message>
        <source>Meeting the goal is PASS, beyond the critical level is FAIL, in between is WARN. Each phase is judged by the plan&apos;s targets unless it overrides them: type a value in a phase column to override, Delete to inherit again.</source>
        <translation>Das Erreichen des Zielwerts ist PASS, jenseits des kritischen Werts ist FAIL, dazwischen ist WARN. Jede Phase wird nach den Zielen des Plans bewertet, sofern sie diese nicht überschreibt: Geben Sie zum Überschreiben einen Wert in einer Phasenspalte ein; mit Entf wird wieder geerbt.</translation>
    </message>
    <message>
        <source>Bold: the phase&apos;s own target · italic: inherited from the plan · &quot;off&quot;: not judged in this phase · —: no target · ↑ higher is better, ↓ lower is better</source>
        <translation>Fett: eigenes Ziel der Phase · kursiv: vom Plan geerbt · „aus“: in dieser Phase nicht bewertet · —: kein Ziel · ↑ höher ist besser, ↓ niedriger ist besser</translation>
    </message>
    <message>
        <source>Targets: plan-wide and per phase</source>
        <translation>Ziele: planweit und pro Phase</translation>
    </message>
    <message>
        <source>Clear target cell</source>
        <translation>Zielzelle leeren</translation>
    </message>
    <message>
        <source>Inherit the plan&apos;s target in the selected phase</source>
        <translation>Das Ziel des Plans in der ausgewählten Phase erben</translation>
    </message>
    <message>
        <source>Drop the phase&apos;s own target or switch-off: the phase is judged by the plan&apos;s target again (Delete).</source>
        <translation>Das eigene Ziel oder die Abschaltung der Phase verwerfen: Die Phase wird wieder nach dem Ziel des Plans bewertet (Entf).</translation>
    </message>
    <message>
        <source>Switch the plan&apos;s target off for the selected phase</source>
        <translation>Das Ziel des Plans für die ausgewählte Phase ausschalten</translation>
    </message>
    <message>
        <source>The selected phase is not judged by this metric.</source>
        <translation>Die ausgewählte Phase wird nicht nach dieser Metrik bewertet.</translation>
    </message>
    <message>
        <source>Remove the selected plan target</source>
        <translation>Das ausgewählte Planziel entfernen</translation>
    </message>
    <message>
        <source>No plan-wide target for this metric; phases may still set their own.</source>
        <translation>Kein planweites Ziel für diese Metrik; Phasen können dennoch eigene festlegen.</translation>
    </message>
    <message>
        <source>Stop the run when a metric stays critical</source>
        <translation>Lauf stoppen, wenn eine Metrik kritisch bleibt</translation>
    </message>
    <message>
        <source>Metric that stops the run</source>
        <translation>Metrik, die den Lauf stoppt</translation>
    </message>
    <message>
        <source>Seconds the metric must stay critical</source>
        <translation>Sekunden, die die Metrik kritisch bleiben muss</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>stays beyond its critical level for</source>
        <translation>kritisch bleibt für</translation>
    </message>
    <message>
        <source>Stop the run on critical</source>
        <translation>Lauf bei kritischem Wert stoppen</translation>
    </message>
    <message>
        <source>Never stop the run early</source>
        <translation>Lauf nie vorzeitig stoppen</translation>
    </message>
    <message>
        <source>Change the metric that stops the run</source>
        <translation>Die Metrik ändern, die den Lauf stoppt</translation>
    </message>
    <message>
        <source>Change how long a metric must stay critical</source>
        <translation>Ändern, wie lange eine Metrik kritisch bleiben muss</translation>
    </message>
    <message>
        <source>Switch &amp;on for this phase</source>
        <translation>Für diese Phase e&amp;inschalten</translation>
    </message>
</context>
<context>
    <name>ls::TargetResultModel</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritischer Wert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>ls::TargetTableModel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Fehlerrate (%)</translation>
    </message>
    <message>
        <source>Average latency (ms)</source>
        <translation>Durchschnittliche Latenz (ms)</translation>
    </message>
    <message>
        <source>p50 latency (ms)</source>
        <translation>p50-Latenz (ms)</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>p95-Latenz (ms)</translation>
    </message>
    <message>
        <source>p99 latency (ms)</source>
        <translation>p99-Latenz (ms)</translation>
    </message>
    <message>
        <source>Throughput (req/s)</source>
        <translation>Durchsatz (req/s)</translation>
    </message>
    <message>
        <source>Higher is better: the goal must not be below the critical level.</source>
        <translation>Höher ist besser: Der Zielwert darf nicht unter dem kritischen Wert liegen.</translation>
    </message>
    <message>
        <source>Lower is better: the goal must not be above the critical level.</source>
        <translation>Niedriger ist besser: Der Zielwert darf nicht über dem kritischen Wert liegen.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No plan target: type a value to set one.</source>
        <translation>Kein Planziel: Geben Sie einen Wert ein, um eines festzulegen.</translation>
    </message>
    <message>
        <source>No target: type a value to judge %1 by this metric.</source>
        <translation>Kein Ziel: Geben Sie einen Wert ein, um %1 nach dieser Metrik zu bewerten.</translation>
    </message>
    <message>
        <source>Plan target, for every phase that does not override it. Delete to remove it.</source>
        <translation>Planziel für jede Phase, die es nicht überschreibt. Entf entfernt es.</translation>
    </message>
    <message>
        <source>Inherited from the plan. Type a value to override it for %1.</source>
        <translation>Vom Plan geerbt. Geben Sie einen Wert ein, um es für %1 zu überschreiben.</translation>
    </message>
    <message>
        <source>%1&apos;s own target, overriding the plan&apos;s (%2). Delete to inherit again.</source>
        <translation>Eigenes Ziel von %1, überschreibt das des Plans (%2). Entf erbt wieder.</translation>
    </message>
    <message>
        <source>%1&apos;s own target. Delete to remove it.</source>
        <translation>Eigenes Ziel von %1. Entf entfernt es.</translation>
    </message>
    <message>
        <source>The plan&apos;s target is switched off for %1: not judged. Delete to inherit it again.</source>
        <translation>Das Ziel des Plans ist für %1 ausgeschaltet: nicht bewertet. Entf erbt es wieder.</translation>
    </message>
    <message>
        <source>%1, inherited from the plan</source>
        <translation>%1, vom Plan geerbt</translation>
    </message>
    <message>
        <source>%1, overridden for this phase</source>
        <translation>%1, für diese Phase überschrieben</translation>
    </message>
    <message>
        <source>off for this phase</source>
        <translation>für diese Phase aus</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1
goal</source>
        <translation>%1
Zielwert</translation>
    </message>
    <message>
        <source>%1
critical</source>
        <translation>%1
kritisch</translation>
    </message>
    <message>
        <source>Goal: meeting it is PASS.</source>
        <translation>Zielwert: Wird er erreicht, gilt PASS.</translation>
    </message>
    <message>
        <source>Critical: beyond it is FAIL; between goal and critical is WARN.</source>
        <translation>Kritischer Wert: Jenseits davon gilt FAIL, zwischen Zielwert und kritischem Wert WARN.</translation>
    </message>
    <message>
        <source>Remove plan target %1</source>
        <translation>Planziel %1 entfernen</translation>
    </message>
    <message>
        <source>Change plan goal of %1</source>
        <translation>Planzielwert von %1 ändern</translation>
    </message>
    <message>
        <source>Change plan critical level of %1</source>
        <translation>Kritischen Planwert von %1 ändern</translation>
    </message>
    <message>
        <source>Change goal of %1 in %2</source>
        <translation>Zielwert von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Change critical level of %1 in %2</source>
        <translation>Kritischen Wert von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Inherit %1 in %2</source>
        <translation>%1 in %2 erben</translation>
    </message>
    <message>
        <source>Switch off %1 in %2</source>
        <translation>%1 in %2 ausschalten</translation>
    </message>
    <message>
        <source>Override %1 in %2</source>
        <translation>%1 in %2 überschreiben</translation>
    </message>
</context>
<context>
    <name>ls::TimeSeriesChart</name>
    <message>
        <source>Time since start (s)</source>
        <translation>Zeit seit Start (s)</translation>
    </message>
</context>
<context>
    <name>ls::TrendChart</name>
    <message>
        <source>Trend across runs</source>
        <translation>Trend über Läufe</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Start des Laufs</translation>
    </message>
    <message>
        <source>Pick a plan, phase and metric</source>
        <translation>Wählen Sie einen Plan, eine Phase und eine Metrik</translation>
    </message>
</context>
</TS>

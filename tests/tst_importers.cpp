// Importers of other tools' results: JMeter CSV/XML, k6 JSON lines and summary export, the seed's template.
// Expected figures are worked out by hand from the fixtures in tests/data/import (nearest-rank percentiles).

#include "ImportBuilder.h"
#include "Importer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ls;
using namespace Qt::StringLiterals;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

QString fixture(const QString &name)
{
    return QStringLiteral(LOADSTUDIO_SOURCE_DIR "/tests/data/import/") + name;
}

// Within the histogram's precision (3 significant digits).
bool closeTo(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= std::abs(expected) * 0.001 + 1e-9;
}

double ms(const Histogram &h, double percentile)
{
    return double(h.valueAtPercentile(percentile)) / 1000.0;
}

// "name=count", sorted by name, for comparing error tallies.
QStringList tallies(const ErrorTallies &errors)
{
    QStringList out;
    for (const auto &[key, tally] : errors)
        out << errorKeyName(key) + u'=' + QString::number(tally.count);
    out.sort();
    return out;
}

QStringList scenarioNames(const RunReport &report)
{
    QStringList names;
    for (const Scenario &s : report.plan.scenarios)
        names << s.name;
    return names;
}

QList<qint64> scenarioCounts(const RunReport &report)
{
    QList<qint64> counts;
    for (const ScenarioBlock &s : report.phases.front().totals.scenarios)
        counts << s.requests;
    return counts;
}

QString errorSample(const PhaseResult &phase, ErrorKey key)
{
    const auto it = phase.totals.errors.find(key);
    return it == phase.totals.errors.end() ? QString() : it->second.sampleMessage;
}

ImportResult importOk(const QString &file, ImportFormat format = ImportFormat::Auto)
{
    ImportOptions options;
    options.format = format;
    ImportResult result = importResults(fixture(file), options);
    if (!result.report)
        qWarning().noquote() << "import failed:" << result.error;
    return result;
}

QDateTime utc(int h, int m, int s, int msec)
{
    return QDateTime(QDate(2024, 1, 1), QTime(h, m, s, msec), Qt::UTC);
}

} // namespace

class ImportersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIds();
    void parsers();
    void detection_data();
    void detection();
    void samples_data();
    void samples();
    void errorKeys_data();
    void errorKeys();
    void jmeterCsvDetails();
    void jmeterXmlDetails();
    void k6JsonLinesDetails();
    void statedSummaries_data();
    void statedSummaries();
    void broken_data();
    void broken();
    void cancelled_data();
    void cancelled();
    void roundTrip_data();
    void roundTrip();
    void largeJtl();
    void unorderedSamples();
    void labelLimits();
};

void ImportersTest::formatIds()
{
    const std::pair<ImportFormat, QString> ids[] = {
        {ImportFormat::Auto, u"auto"_s},
        {ImportFormat::JmeterCsv, u"jtl-csv"_s},
        {ImportFormat::JmeterXml, u"jtl-xml"_s},
        {ImportFormat::K6JsonLines, u"k6-json"_s},
        {ImportFormat::K6Summary, u"k6-summary"_s},
        {ImportFormat::SeedTemplate, u"seed"_s},
    };
    for (const auto &[format, id] : ids) {
        QCOMPARE(importFormatFromId(id), std::optional(format));
        QCOMPARE(importFormatId(format), id);
    }
    QCOMPARE(importFormatFromId(u"gatling"_s), std::nullopt);
    QCOMPARE(importFormatName(ImportFormat::JmeterCsv), u"JMeter CSV (JTL)"_s);
    QCOMPARE(importFormatName(ImportFormat::JmeterXml), u"JMeter XML (JTL)"_s);
    QCOMPARE(importFormatName(ImportFormat::K6JsonLines), u"k6 JSON lines"_s);
    QCOMPARE(importFormatName(ImportFormat::K6Summary), u"k6 summary export"_s);
    QCOMPARE(importFormatName(ImportFormat::SeedTemplate), u"seed report template"_s);
}

void ImportersTest::parsers()
{
    QCOMPARE(parseDurationMs(u"125ms"), std::optional(125.0));
    QCOMPARE(parseDurationMs(u"1.2s"), std::optional(1200.0));
    QCOMPARE(parseDurationMs(u" 125 "), std::optional(125.0));
    QCOMPARE(parseDurationMs(u"350us"), std::optional(0.35));
    QCOMPARE(parseDurationMs(u"fast"), std::nullopt);
    QCOMPARE(parseDurationMs(u"-5ms"), std::nullopt);
    QCOMPARE(parsePercent(u"99.5%"), std::optional(99.5));
    QCOMPARE(parsePercent(u"101%"), std::nullopt);

    const qint64 tenUtc = utc(10, 0, 0, 0).toMSecsSinceEpoch() * 1000;
    QCOMPARE(parseJmeterTime("1704103200000"), std::optional(tenUtc));
    QCOMPARE(parseJmeterTime("2024/01/01 10:00:00.250"), std::optional(tenUtc + 250'000));
    QCOMPARE(parseJmeterTime("2024/01/01 10:00:01"), std::optional(tenUtc + 1'000'000));
    QCOMPARE(parseJmeterTime("2024/13/01 10:00:00.000"), std::nullopt);
    QCOMPARE(parseJmeterTime("yesterday"), std::nullopt);
    QCOMPARE(parseRfc3339("2024-01-01T11:00:00.123456789+01:00"), std::optional(tenUtc + 123'456));
    QCOMPARE(parseRfc3339("2024-01-01T10:00:00Z"), std::optional(tenUtc));
    QCOMPARE(parseRfc3339("2024-01-01T09:30:00-00:30"), std::optional(tenUtc));
    QCOMPARE(parseRfc3339("2024-01-01T10:00:00"), std::nullopt);

    QCOMPARE(parseNumber("12.5"), std::optional(12.5));
    QCOMPARE(parseNumber(" 7 "), std::optional(7.0));
    QCOMPARE(parseNumber("abc"), std::nullopt);
    QCOMPARE(parseNumber("nan"), std::nullopt);
    QCOMPARE(parseInteger("12.5"), std::nullopt);

    QCOMPARE(classifyFailure(503, u"Service Unavailable"), errorKey(ErrorClass::Http, 503));
    QCOMPARE(classifyFailure(0, u"java.net.SocketTimeoutException: Read timed out"), errorKey(ErrorClass::Timeout));
    QCOMPARE(classifyFailure(0, u"Connection refused"), errorKey(ErrorClass::ConnectionRefused));
    QCOMPARE(classifyFailure(0, u"java.net.SocketException: Connection reset"), errorKey(ErrorClass::ConnectionReset));
    QCOMPARE(classifyFailure(0, u"java.net.UnknownHostException: nohost"), errorKey(ErrorClass::DnsFailure));
    QCOMPARE(classifyFailure(200, u"Test failed: text expected to contain /ok/"), errorKey(ErrorClass::CheckFailed));
    QCOMPARE(classifyFailure(0, u"something odd"), errorKey(ErrorClass::Other));
}

void ImportersTest::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportFormat>("format");
    QTest::addRow("jtl default header") << u"jmeter-default.jtl"_s << ImportFormat::JmeterCsv;
    QTest::addRow("jtl subset, CRLF") << u"jmeter-subset.jtl"_s << ImportFormat::JmeterCsv;
    QTest::addRow("jtl without header") << u"jmeter-no-header.jtl"_s << ImportFormat::JmeterCsv;
    QTest::addRow("jtl xml") << u"jmeter-results.xml"_s << ImportFormat::JmeterXml;
    QTest::addRow("k6 json lines") << u"k6-output.json"_s << ImportFormat::K6JsonLines;
    QTest::addRow("k6 summary") << u"k6-summary.json"_s << ImportFormat::K6Summary;
    QTest::addRow("seed template") << u"seed-template.json"_s << ImportFormat::SeedTemplate;
    QTest::addRow("seed as summary object") << u"seed-summary-object.json"_s << ImportFormat::SeedTemplate;
}

void ImportersTest::detection()
{
    QFETCH(QString, file);
    QFETCH(ImportFormat, format);
    const ImportResult result = importResults(fixture(file));
    QCOMPARE(result.format, format);
    if (result.report) {
        // The same file read with its format given explicitly gives the same numbers.
        ImportOptions options;
        options.format = format;
        const ImportResult explicitly = importResults(fixture(file), options);
        QVERIFY2(explicitly.report, qPrintable(explicitly.error));
        QCOMPARE(explicitly.report->phases.front().totals.requests, result.report->phases.front().totals.requests);
        QCOMPARE(result.report->importedFrom, importFormatName(format));
    }
}

void ImportersTest::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("successes");
    QTest::addColumn<QStringList>("scenarios");
    QTest::addColumn<QList<qint64>>("perScenario");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");
    QTest::addColumn<double>("p99");
    QTest::addColumn<int>("timelineLength");
    QTest::addColumn<int>("users");

    // Latencies 1, 100, 105, 110 ... 260, 5000: rank 10 of 20 is 170, rank 19 is 260, rank 20 is 5000.
    QTest::addRow("jtl default header") << u"jmeter-default.jtl"_s << qint64(20) << qint64(16)
                                        << QStringList{u"Home"_s, u"Search, results"_s} << QList<qint64>{12, 8} << 170.0
                                        << 260.0 << 5000.0 << 8 << 4;
    // 50, 70, 90, 100, 200, 300: rank 3 is 90, rank 6 is 300.
    QTest::addRow("jtl subset, CRLF") << u"jmeter-subset.jtl"_s << qint64(6) << qint64(4) << QStringList{u"A"_s, u"B"_s}
                                      << QList<qint64>{3, 3} << 90.0 << 300.0 << 300.0 << 3 << 1;
    // Top-level samples only: 80, 120, 300, 450, 5001.
    QTest::addRow("jtl xml") << u"jmeter-results.xml"_s << qint64(5) << qint64(2)
                             << QStringList{u"Home"_s, u"Login"_s, u"Checkout & pay"_s} << QList<qint64>{3, 1, 1}
                             << 300.0 << 5001.0 << 5001.0 << 7 << 3;
    // 0.5, 95.25, 110, 120.5, 130, 140, 210, 220, 250, 1000: rank 5 is 130, rank 10 is 1000.
    QTest::addRow("k6 json lines") << u"k6-output.json"_s << qint64(10) << qint64(7)
                                   << QStringList{u"health"_s, u"http://localhost:8080/api/agents/1"_s}
                                   << QList<qint64>{6, 4} << 130.0 << 1000.0 << 1000.0 << 5 << 5;
}

void ImportersTest::samples()
{
    QFETCH(QString, file);
    QFETCH(qint64, requests);
    QFETCH(qint64, successes);
    QFETCH(QStringList, scenarios);
    QFETCH(QList<qint64>, perScenario);
    QFETCH(double, p50);
    QFETCH(double, p95);
    QFETCH(double, p99);
    QFETCH(int, timelineLength);
    QFETCH(int, users);

    const ImportResult result = importOk(file);
    QVERIFY(result.report);
    QVERIFY(result.error.isEmpty());
    // Only the subset's dates (no time zone) give a warning.
    QCOMPARE(result.warnings.size(), file == u"jmeter-subset.jtl"_s ? 1 : 0);
    QVERIFY(result.missingMetrics.isEmpty());
    const RunReport &report = *result.report;
    QCOMPARE(report.phases.size(), std::size_t(1));
    const PhaseResult &phase = report.phases.front();
    QCOMPARE(phase.phase.name, u"imported"_s);
    QCOMPARE(phase.totals.requests, requests);
    QCOMPARE(phase.totals.successes, successes);
    QCOMPARE(phase.totals.latency.totalCount(), requests);
    QCOMPARE(scenarioNames(report), scenarios);
    QCOMPARE(scenarioCounts(report), perScenario);
    QVERIFY2(closeTo(ms(phase.totals.latency, 50), p50), qPrintable(QString::number(ms(phase.totals.latency, 50))));
    QVERIFY2(closeTo(ms(phase.totals.latency, 95), p95), qPrintable(QString::number(ms(phase.totals.latency, 95))));
    QVERIFY2(closeTo(ms(phase.totals.latency, 99), p99), qPrintable(QString::number(ms(phase.totals.latency, 99))));
    QCOMPARE(int(phase.timeline.size()), timelineLength);
    QCOMPARE(report.plan.phases.front().users, users);
    QCOMPARE(phase.phase.users, users);
    QCOMPARE(report.transport, u"imported"_s);
    QCOMPARE(report.plan.baseUrl, u"http://imported.invalid"_s);
    QVERIFY(!phase.statedLatency);
    QCOMPARE(report.verdict, Verdict::Pass);
    QVERIFY(phase.targetResults.empty());

    // Every sample is in the timeline exactly once; weights are the sample shares.
    qint64 inTimeline = 0;
    for (const TimelinePoint &p : phase.timeline)
        inTimeline += p.requests;
    QCOMPARE(inTimeline, requests);
    double weights = 0;
    for (std::size_t i = 0; i < report.plan.scenarios.size(); ++i) {
        QVERIFY(closeTo(report.plan.scenarios[i].weight, 100.0 * double(perScenario[qsizetype(i)]) / double(requests)));
        weights += report.plan.scenarios[i].weight;
    }
    QVERIFY(closeTo(weights, 100));
}

void ImportersTest::errorKeys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");
    QTest::addRow("jtl default header") << u"jmeter-default.jtl"_s
                                        << QStringList{u"check_failed=1"_s, u"connection_refused=1"_s, u"http_500=1"_s,
                                                       u"timeout=1"_s};
    QTest::addRow("jtl subset, CRLF") << u"jmeter-subset.jtl"_s << QStringList{u"http_404=1"_s, u"http_503=1"_s};
    QTest::addRow("jtl xml") << u"jmeter-results.xml"_s
                             << QStringList{u"check_failed=1"_s, u"http_503=1"_s, u"timeout=1"_s};
    QTest::addRow("k6 json lines") << u"k6-output.json"_s
                                   << QStringList{u"connection_refused=1"_s, u"http_500=1"_s, u"timeout=1"_s};
}

void ImportersTest::errorKeys()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    const ImportResult result = importOk(file);
    QVERIFY(result.report);
    QCOMPARE(tallies(result.report->phases.front().totals.errors), errors);
}

void ImportersTest::jmeterCsvDetails()
{
    const ImportResult result = importOk(u"jmeter-default.jtl"_s);
    QVERIFY(result.report);
    const RunReport &report = *result.report;
    const PhaseResult &phase = report.phases.front();
    QCOMPARE(report.plan.name, u"jmeter-default"_s);
    QCOMPARE(report.importedFrom, u"JMeter CSV (JTL)"_s);
    QCOMPARE(report.startedAt, utc(10, 0, 0, 0));
    QCOMPARE(report.endedAt, utc(10, 0, 7, 800)); // the timeout: started at 2.8 s, 5000 ms
    QCOMPARE(phase.startedAt, report.startedAt);
    QCOMPARE(phase.endedAt, report.endedAt);
    QVERIFY(closeTo(phase.elapsedS, 7.8));
    QVERIFY(closeTo(phase.loadS, 4.5));
    QVERIFY(closeTo(report.plan.phases.front().durationS, 7.8));
    QCOMPARE(phase.totals.bytesReceived, qint64(16 * 1500 + 1500 + 320));
    QCOMPARE(phase.totals.bytesSent, qint64(20 * 120));

    // Per scenario: Home 100..190, 105, 250 (rank 6 of 12 is 140); Search 1, 200..260, 5000 (rank 4 of 8 is 220).
    QVERIFY(closeTo(ms(phase.totals.scenarios[0].latency, 50), 140));
    QVERIFY(closeTo(ms(phase.totals.scenarios[0].latency, 95), 250));
    QVERIFY(closeTo(ms(phase.totals.scenarios[1].latency, 50), 220));
    QVERIFY(closeTo(ms(phase.totals.scenarios[1].latency, 95), 5000));
    QCOMPARE(phase.totals.scenarios[0].successes, qint64(10));
    QCOMPARE(phase.totals.scenarios[1].successes, qint64(6));

    // Messages: the quoted failure message keeps its doubled quotes and its line break.
    QCOMPARE(errorSample(phase, errorKey(ErrorClass::CheckFailed)),
             u"Test failed: text expected to contain /\"ok\"/\nbut it was \"error\""_s);
    QCOMPARE(errorSample(phase, errorKey(ErrorClass::Http, 500)), u"500 Internal Server Error"_s);
    QCOMPARE(errorSample(phase, errorKey(ErrorClass::Timeout)), u"Non HTTP response message: Read timed out"_s);
    QVERIFY(errorSample(phase, errorKey(ErrorClass::ConnectionRefused)).contains(u"Connection refused"_s));

    // Timeline by end time: seconds 0..7, 5 and 6 empty; the last one 0.8 s long.
    const QList<qint64> requests = {5, 5, 3, 4, 2, 0, 0, 1};
    const QList<qint64> successes = {5, 5, 3, 1, 2, 0, 0, 0};
    const QList<int> users = {2, 3, 4, 4, 3, 3, 3, 4};
    QCOMPARE(phase.timeline.size(), std::size_t(8));
    for (int i = 0; i < 8; ++i) {
        const TimelinePoint &p = phase.timeline[std::size_t(i)];
        QCOMPARE(p.requests, requests[i]);
        QCOMPARE(p.completed, requests[i]);
        QCOMPARE(p.successes, successes[i]);
        QCOMPARE(p.activeUsers, users[i]);
        QVERIFY(closeTo(p.startS, i));
    }
    QVERIFY(closeTo(phase.timeline[0].lengthS, 1));
    QVERIFY(closeTo(phase.timeline[7].lengthS, 0.8));
    QVERIFY(closeTo(phase.timeline[7].rps, 1 / 0.8));
    QVERIFY(closeTo(phase.timeline[0].p50Ms, 120)); // 100, 110, 120, 200, 210
    QVERIFY(closeTo(phase.timeline[0].p95Ms, 210));
    QVERIFY(closeTo(phase.timeline[7].p99Ms, 5000));
    const std::map<ErrorKey, qint64> third = {{errorKey(ErrorClass::ConnectionRefused), 1},
                                              {errorKey(ErrorClass::CheckFailed), 1},
                                              {errorKey(ErrorClass::Http, 500), 1}};
    QCOMPARE(phase.timeline[3].errors, third);
}

void ImportersTest::jmeterXmlDetails()
{
    const ImportResult result = importOk(u"jmeter-results.xml"_s);
    QVERIFY(result.report);
    const PhaseResult &phase = result.report->phases.front();
    // Nested samples (a redirect's parts, a transaction's requests) are parts of their parent.
    QCOMPARE(phase.totals.bytesReceived, qint64(1500 + 2048 + 3000 + 2515 + 200));
    QCOMPARE(phase.totals.bytesSent, qint64(120 + 300 + 400 + 120 + 120));
    QCOMPARE(errorSample(phase, errorKey(ErrorClass::CheckFailed)),
             u"Test failed: text expected to contain /Welcome/"_s);
    QCOMPARE(errorSample(phase, errorKey(ErrorClass::Http, 503)), u"503 Service Unavailable"_s);
    QCOMPARE(result.report->startedAt, utc(10, 0, 0, 0));
    QCOMPARE(result.report->endedAt, utc(10, 0, 6, 501));
    const QList<qint64> requests = {2, 1, 0, 1, 0, 0, 1};
    QCOMPARE(phase.timeline.size(), std::size_t(7));
    for (int i = 0; i < 7; ++i)
        QCOMPARE(phase.timeline[std::size_t(i)].requests, requests[i]);
}

void ImportersTest::k6JsonLinesDetails()
{
    const ImportResult result = importOk(u"k6-output.json"_s);
    QVERIFY(result.report);
    const RunReport &report = *result.report;
    const PhaseResult &phase = report.phases.front();
    // Points are stamped when a request ends: the first started 120.5 ms before 10:00:00.200+01:00.
    QCOMPARE(report.startedAt, QDateTime(QDate(2024, 1, 1), QTime(9, 0, 0, 79), Qt::UTC));
    QCOMPARE(report.endedAt, QDateTime(QDate(2024, 1, 1), QTime(9, 0, 4, 100), Qt::UTC));
    QVERIFY(closeTo(ms(phase.totals.scenarios[0].latency, 50), 120.5)); // 95.25 110 120.5 130 140 1000
    QVERIFY(closeTo(ms(phase.totals.scenarios[1].latency, 50), 210));   // 0.5 210 220 250
    QVERIFY(closeTo(ms(phase.totals.latency, 0.01), 0.5));
    QCOMPARE(errorSample(phase, errorKey(ErrorClass::Timeout)), u"request timeout"_s);
    QCOMPARE(errorSample(phase, errorKey(ErrorClass::ConnectionRefused)),
             u"dial tcp 127.0.0.1:8080: connect: connection refused"_s);
    QCOMPARE(errorSample(phase, errorKey(ErrorClass::Http, 500)), u"status 500"_s);
    // Active users from the vus points: 2 before the first request, then 3, 5, 5, 4 (carried into the last second).
    const QList<int> users = {3, 5, 5, 4, 4};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(phase.timeline[std::size_t(i)].activeUsers, users[i]);
}

void ImportersTest::statedSummaries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("successes");
    QTest::addColumn<QList<double>>("latency"); // mean, p50, p90, p95, p99, max
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<double>("elapsedS");
    QTest::addColumn<int>("users");
    QTest::addColumn<QStringList>("errors");

    QTest::addRow("k6 summary") << u"k6-summary.json"_s << qint64(1200) << qint64(1180)
                                << QList<double>{123.45, 110.2, 180.3, 240.9, NaN, 2051.7}
                                << QStringList{u"p99_ms"_s, u"errors_by_class"_s, u"timeline"_s} << 60.0 << 20
                                << QStringList{u"other=20"_s};
    QTest::addRow("seed template") << u"seed-template.json"_s << qint64(12000) << qint64(11940)
                                   << QList<double>{125, NaN, NaN, 180, 420, NaN}
                                   << QStringList{u"p50_ms"_s, u"p90_ms"_s, u"max_ms"_s, u"throughput_rps"_s,
                                                  u"timeline"_s}
                                   << 0.0 << 1 << QStringList{u"connection_refused=15"_s, u"timeout=45"_s};
    QTest::addRow("seed as summary object")
        << u"seed-summary-object.json"_s << qint64(200) << qint64(190) << QList<double>{1200, NaN, NaN, 2500, 3000, NaN}
        << QStringList{u"p50_ms"_s, u"p90_ms"_s, u"max_ms"_s, u"throughput_rps"_s, u"timeline"_s} << 0.0 << 1
        << QStringList{u"http_503=6"_s, u"other=4"_s};
}

void ImportersTest::statedSummaries()
{
    QFETCH(QString, file);
    QFETCH(qint64, requests);
    QFETCH(qint64, successes);
    QFETCH(QList<double>, latency);
    QFETCH(QStringList, missing);
    QFETCH(double, elapsedS);
    QFETCH(int, users);
    QFETCH(QStringList, errors);

    const ImportResult result = importOk(file);
    QVERIFY(result.report);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u"; "_s)));
    QCOMPARE(result.missingMetrics, missing);
    const PhaseResult &phase = result.report->phases.front();
    QCOMPARE(phase.totals.requests, requests);
    QCOMPARE(phase.totals.successes, successes);
    QVERIFY(phase.totals.latency.isEmpty());
    QVERIFY(phase.timeline.empty());
    QCOMPARE(tallies(phase.totals.errors), errors);
    QCOMPARE(phase.totals.scenarios.size(), std::size_t(1));
    QCOMPARE(phase.totals.scenarios[0].requests, requests);
    QVERIFY(phase.statedLatency);
    const LatencySummary &l = *phase.statedLatency;
    const double stated[] = {l.meanMs, l.p50Ms, l.p90Ms, l.p95Ms, l.p99Ms, l.maxMs};
    for (int i = 0; i < 6; ++i)
        QVERIFY2(closeTo(stated[i], latency[i]), qPrintable(u"figure %1: %2"_s.arg(i).arg(stated[i])));
    QVERIFY(closeTo(phase.elapsedS, elapsedS));
    QCOMPARE(phase.phase.users, users);
    if (elapsedS > 0)
        QVERIFY(closeTo(phase.metrics().throughputRps, double(requests) / elapsedS));
    QCOMPARE(result.report->verdict, Verdict::Pass);
}

void ImportersTest::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("exact"); // false: the error starts with `error`

    const QString hint = u"have JMeter write it with jmeter.save.saveservice.print_field_names=true"_s;
    QTest::addRow("bad number") << u"jmeter-bad-number.jtl"_s << ImportFormat::Auto
                                << u"jmeter-bad-number.jtl:5: elapsed: \"abc\" is not a number"_s << true;
    QTest::addRow("truncated quoted field")
        << u"jmeter-truncated-quote.jtl"_s << ImportFormat::Auto
        << u"jmeter-truncated-quote.jtl:4: the file ends inside a quoted field"_s << true;
    QTest::addRow("truncated xml") << u"jmeter-truncated.xml"_s << ImportFormat::Auto
                                   << u"jmeter-truncated.xml:23: not valid XML: Premature end of document."_s << true;
    QTest::addRow("bad json line")
        << u"k6-bad-line.json"_s << ImportFormat::Auto
        << u"k6-bad-line.json:4: not valid JSON: syntax error while parsing object key - invalid string: "
           "missing closing quote; last read: '\"'; expected string literal (column 101)"_s
        << true;
    QTest::addRow("csv without header") << u"jmeter-no-header.jtl"_s << ImportFormat::Auto
                                        << u"jmeter-no-header.jtl:1: no header line: the first line is a sample, and "
                                           "the column names are needed; "_s +
                                               hint
                                        << true;
    QTest::addRow("empty file") << u"empty.jtl"_s << ImportFormat::Auto
                                << u"empty.jtl: no samples (the file is empty)"_s << true;
    QTest::addRow("empty file, format given")
        << u"empty.jtl"_s << ImportFormat::JmeterCsv << u"empty.jtl: no samples (the file is empty)"_s << true;
    QTest::addRow("header only") << u"jmeter-header-only.jtl"_s << ImportFormat::Auto
                                 << u"jmeter-header-only.jtl: no samples"_s << true;
    QTest::addRow("load studio report") << u"loadstudio-report.json"_s << ImportFormat::Auto
                                        << u"loadstudio-report.json: this is a Load Studio report; open it directly"_s
                                        << true;
    QTest::addRow("load studio report as seed")
        << u"loadstudio-report.json"_s << ImportFormat::SeedTemplate
        << u"loadstudio-report.json: this is a Load Studio report; open it directly"_s << true;
    QTest::addRow("seed bad value") << u"seed-bad-value.json"_s << ImportFormat::Auto
                                    << u"seed-bad-value.json: avg_response_time: \"fast\" is not a duration (e.g. "
                                       "\"125ms\", \"1.2s\" or 125)"_s
                                    << true;
    QTest::addRow("k6 summary without durations")
        << u"k6-summary-missing.json"_s << ImportFormat::Auto
        << u"k6-summary-missing.json: metrics.http_req_duration missing"_s << true;
    QTest::addRow("unknown format") << u"not-results.txt"_s << ImportFormat::Auto
                                    << u"not-results.txt: not a results file Load Studio can import; supported: JMeter "
                                       "CSV (JTL, with its header line), JMeter XML (JTL), k6 JSON lines (--out "
                                       "json=FILE), k6 summary export (--summary-export) and the seed's report "
                                       "template"_s
                                    << true;
    QTest::addRow("missing file") << u"no-such-file.jtl"_s << ImportFormat::Auto << u"no-such-file.jtl: cannot open: "_s
                                  << false;
    QTest::addRow("k6 lines read as csv") << u"k6-output.json"_s << ImportFormat::JmeterCsv
                                          << u"k6-output.json:1: no header line: the first line must name the columns "
                                             "(timeStamp,elapsed,label,...); "_s +
                                                 hint
                                          << true;
    QTest::addRow("csv read as k6 lines")
        << u"jmeter-default.jtl"_s << ImportFormat::K6JsonLines << u"jmeter-default.jtl:1: not valid JSON: "_s << false;
    QTest::addRow("csv read as xml") << u"jmeter-default.jtl"_s << ImportFormat::JmeterXml
                                     << u"jmeter-default.jtl:1: not valid XML: "_s << false;
    QTest::addRow("xml read as seed") << u"jmeter-results.xml"_s << ImportFormat::SeedTemplate
                                      << u"jmeter-results.xml:1: not valid JSON: "_s << false;
}

void ImportersTest::broken()
{
    QFETCH(QString, file);
    QFETCH(ImportFormat, format);
    QFETCH(QString, error);
    QFETCH(bool, exact);
    ImportOptions options;
    options.format = format;
    const ImportResult result = importResults(fixture(file), options);
    QVERIFY(!result.report);
    QVERIFY(result.missingMetrics.isEmpty());
    if (exact)
        QCOMPARE(result.error, error);
    else
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
}

void ImportersTest::cancelled_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("jtl csv") << u"jmeter-default.jtl"_s;
    QTest::addRow("jtl xml") << u"jmeter-results.xml"_s;
    QTest::addRow("k6 json lines") << u"k6-output.json"_s;
    QTest::addRow("k6 summary") << u"k6-summary.json"_s;
    QTest::addRow("seed template") << u"seed-template.json"_s;
}

void ImportersTest::cancelled()
{
    QFETCH(QString, file);
    const std::atomic<bool> cancel{true};
    ImportOptions options;
    options.cancel = &cancel;
    const ImportResult result = importResults(fixture(file), options);
    QVERIFY(!result.report);
    QCOMPARE(result.error, u"cancelled"_s);
}

void ImportersTest::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("jtl csv") << u"jmeter-default.jtl"_s;
    QTest::addRow("jtl xml") << u"jmeter-results.xml"_s;
    QTest::addRow("k6 json lines") << u"k6-output.json"_s;
    QTest::addRow("k6 summary") << u"k6-summary.json"_s;
    QTest::addRow("seed template") << u"seed-template.json"_s;
}

void ImportersTest::roundTrip()
{
    QFETCH(QString, file);
    const ImportResult result = importOk(file);
    QVERIFY(result.report);
    const QByteArray json = QByteArray::fromStdString(reportToJson(*result.report).dump());
    QString error;
    const std::optional<RunReport> back = reportFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    const PhaseResult &a = result.report->phases.front();
    const PhaseResult &b = back->phases.front();
    QCOMPARE(back->importedFrom, result.report->importedFrom);
    QCOMPARE(back->transport, u"imported"_s);
    QCOMPARE(scenarioNames(*back), scenarioNames(*result.report));
    QCOMPARE(b.totals.requests, a.totals.requests);
    QCOMPARE(b.totals.successes, a.totals.successes);
    QCOMPARE(b.totals.bytesReceived, a.totals.bytesReceived);
    QCOMPARE(tallies(b.totals.errors), tallies(a.totals.errors));
    QVERIFY(b.totals.latency == a.totals.latency);
    QCOMPARE(b.timeline.size(), a.timeline.size());
    QCOMPARE(scenarioCounts(*back), scenarioCounts(*result.report));
    QCOMPARE(b.statedLatency.has_value(), a.statedLatency.has_value());
    if (a.statedLatency) {
        const LatencySummary &x = *a.statedLatency;
        const LatencySummary &y = *b.statedLatency;
        QVERIFY(closeTo(y.meanMs, x.meanMs));
        QVERIFY(closeTo(y.p50Ms, x.p50Ms));
        QVERIFY(closeTo(y.p90Ms, x.p90Ms));
        QVERIFY(closeTo(y.p95Ms, x.p95Ms));
        QVERIFY(closeTo(y.p99Ms, x.p99Ms));
        QVERIFY(closeTo(y.maxMs, x.maxMs));
    }
    QVERIFY(closeTo(b.elapsedS, a.elapsedS));
    QCOMPARE(back->startedAt, result.report->startedAt);
}

void ImportersTest::largeJtl()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"large.jtl"_s);
    constexpr int lines = 200'000;
    qint64 expectedSuccesses = 0;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk = "timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,"
                           "failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n";
        const char *labels[] = {"Home", "\"Search, results\"", "Login"};
        for (int i = 0; i < lines; ++i) {
            const bool ok = i % 50 != 0;
            expectedSuccesses += ok ? 1 : 0;
            chunk += QByteArray::number(1704103200000LL + i * 5) + ',' + QByteArray::number(i % 500 + 1) + ',' +
                     labels[i % 3] +
                     (ok ? ",200,OK,Thread Group 1-1,text,true,," : ",503,Unavailable,T 1-1,text,false,,") +
                     "1500,120,8,8,http://localhost:8080/,10,0,2\n";
            if (chunk.size() > 1 << 20) {
                QCOMPARE(file.write(chunk), chunk.size());
                chunk.clear();
            }
        }
        QCOMPARE(file.write(chunk), chunk.size());
    }

    QElapsedTimer timer;
    timer.start();
    ImportOptions options;
    QList<ImportProgress> progress;
    options.progress = [&](const ImportProgress &p) { progress << p; };
    const ImportResult result = importResults(path, options);
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY2(result.report, qPrintable(result.error));
    const PhaseResult &phase = result.report->phases.front();
    QCOMPARE(phase.totals.requests, qint64(lines));
    QCOMPARE(phase.totals.successes, expectedSuccesses);
    QCOMPARE(tallies(phase.totals.errors), QStringList{u"http_503=%1"_s.arg(lines - expectedSuccesses)});
    QCOMPARE(scenarioCounts(*result.report), (QList<qint64>{lines / 3 + 1, lines / 3 + 1, lines / 3}));
    QCOMPARE(phase.timeline.size(), std::size_t(1001)); // 1000 s of starts, the last ends a little later
    qint64 inTimeline = 0;
    for (const TimelinePoint &p : phase.timeline)
        inTimeline += p.requests;
    QCOMPARE(inTimeline, qint64(lines));
    // Elapsed 1..500 ms, each 400 times: the median is 250 ms.
    QVERIFY(closeTo(ms(phase.totals.latency, 50), 250));

    // Progress: often (a 10 MB file), never backwards, ending at the file's size.
    QVERIFY(progress.size() > 10);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].bytesRead >= progress[i - 1].bytesRead);
    QCOMPARE(progress.back().bytesRead, QFileInfo(path).size());
    QCOMPARE(progress.back().bytesTotal, QFileInfo(path).size());
    QCOMPARE(progress.back().samples, qint64(lines));
    qInfo("imported %d lines in %lld ms", lines, elapsedMs);

    // Cancelling half-way.
    std::atomic<bool> cancel{false};
    ImportOptions cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](const ImportProgress &p) {
        if (p.bytesRead > p.bytesTotal / 2)
            cancel = true;
    };
    const ImportResult stopped = importResults(path, cancelling);
    QVERIFY(!stopped.report);
    QCOMPARE(stopped.error, u"cancelled"_s);
}

void ImportersTest::unorderedSamples()
{
    // Samples far out of time order (here: sorted by label) land in the right seconds with exact percentiles.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"by-label.jtl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray text = "timeStamp,elapsed,label,success\n";
    for (const char *label : {"A", "B"}) {
        for (int s = 0; s < 120; ++s)
            text += QByteArray::number(1704103200000LL + s * 1000) + ',' +
                    QByteArray::number(label[0] == 'A' ? 10 : 1000 + s) + ',' + label + ",true\n";
    }
    file.write(text);
    file.close();
    const ImportResult result = importResults(path);
    QVERIFY2(result.report, qPrintable(result.error));
    const PhaseResult &phase = result.report->phases.front();
    QCOMPARE(phase.totals.requests, qint64(240));
    // Second s holds A's 10 ms (ending at s + 0.01) and, in second s + 1, B's 1000 + s ms ends.
    QCOMPARE(phase.timeline.size(), std::size_t(121));
    QCOMPARE(phase.timeline[0].requests, qint64(1));
    QCOMPARE(phase.timeline[50].requests, qint64(2));
    QVERIFY(closeTo(phase.timeline[50].p99Ms, 1049));
    QVERIFY(closeTo(phase.timeline[50].p50Ms, 10));
    QCOMPARE(phase.timeline[120].requests, qint64(1));
}

void ImportersTest::labelLimits()
{
    // Blank labels go to "(none)"; labels beyond the limit share "(other labels)" (each scenario holds a histogram).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"labels.jtl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray text = "timeStamp,elapsed,label,responseCode\n";
    for (int i = 0; i < 5; ++i)
        text += "1704103200000,10, ,200\n";
    for (int i = 0; i < 300; ++i)
        text += "1704103200000,10,L" + QByteArray::number(i) + ",200\n";
    file.write(text);
    file.close();
    const ImportResult result = importResults(path);
    QVERIFY2(result.report, qPrintable(result.error));
    const QStringList names = scenarioNames(*result.report);
    QCOMPARE(names.size(), ImportBuilder::maxScenarios + 1);
    QCOMPARE(names.front(), u"(none)"_s);
    QCOMPARE(names.back(), u"(other labels)"_s);
    QCOMPARE(scenarioCounts(*result.report).front(), qint64(5));
    QCOMPARE(scenarioCounts(*result.report).back(), qint64(300 - (ImportBuilder::maxScenarios - 1)));
    QCOMPARE(result.warnings,
             (QStringList{u"5 samples without a label were counted under \"(none)\""_s,
                          u"more than 250 labels: 51 samples of the others were counted under \"(other labels)\""_s}));
    QString error;
    QVERIFY2(reportFromJson(QByteArray::fromStdString(reportToJson(*result.report).dump()), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(ImportersTest)
#include "tst_importers.moc"

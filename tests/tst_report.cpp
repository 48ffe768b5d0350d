// The report: JSON round trip, the seed's summary template, redaction of secrets, error class names.

#include "Exports.h"
#include "PlanJson.h"
#include "Report.h"
#include "TextSummary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ls;
using json = nlohmann::json;

namespace {

Plan samplePlan()
{
    Plan plan;
    plan.name = QStringLiteral("Sample");
    plan.baseUrl = QStringLiteral("http://127.0.0.1:8089");
    plan.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json"), false},
                    {QStringLiteral("Authorization"), QStringLiteral("Bearer s3cr3t-token"), false},
                    {QStringLiteral("X-Tenant-Key"), QStringLiteral("tenant-key-123"), true}};
    Scenario health;
    health.name = QStringLiteral("Health");
    health.path = QStringLiteral("/api/health");
    health.weight = 20;
    Scenario agents;
    agents.name = QStringLiteral("Agents");
    agents.path = QStringLiteral("/api/mcp/retell/agents/1");
    agents.weight = 80;
    plan.scenarios = {health, agents};
    Phase baseline;
    baseline.name = QStringLiteral("Baseline");
    baseline.users = 10;
    baseline.durationS = 60;
    plan.phases = {baseline};
    plan.targets = {Target{Metric::SuccessRate, 99, 95}, Target{Metric::P95Ms, 200, 500}};
    return plan;
}

RunReport sampleReport()
{
    RunReport report;
    report.plan = samplePlan();
    report.startedAt = QDateTime(QDate(2026, 12, 3), QTime(20, 0), Qt::UTC);
    report.endedAt = report.startedAt.addSecs(61);
    report.machine = MachineInfo::current();
    report.transport = QStringLiteral("qnam");
    report.workerThreads = 2;
    PhaseResult phase;
    phase.phase = report.plan.phases[0];
    phase.targets = report.plan.effectiveTargets(phase.phase);
    phase.startedAt = report.startedAt;
    phase.endedAt = report.endedAt;
    phase.loadS = 60;
    phase.elapsedS = 60.5;
    phase.totals = StatsBlock(2);
    for (int i = 0; i < 11940; ++i) {
        RequestOutcome ok;
        ok.scenario = i % 5 == 0 ? 0 : 1;
        ok.latencyUs = 80'000 + (i % 100) * 1000;
        phase.totals.record(ok);
    }
    for (int i = 0; i < 60; ++i) {
        RequestOutcome failed;
        failed.scenario = 1;
        failed.error = i < 45 ? errorKey(ErrorClass::Timeout) : errorKey(ErrorClass::ConnectionRefused);
        failed.message =
            i < 45 ? QStringLiteral("no complete response within the timeout") : QStringLiteral("Connection refused");
        failed.latencyUs = i < 45 ? 30'000'000 : 1000;
        phase.totals.record(failed);
    }
    for (int s = 0; s < 3; ++s) {
        TimelinePoint p;
        p.startS = s;
        p.requests = 200;
        p.successes = 199;
        p.completed = 200;
        p.rps = 200;
        p.p50Ms = 100;
        p.p95Ms = 170;
        p.p99Ms = 180;
        p.activeUsers = 10;
        p.errors[errorKey(ErrorClass::Http, 503)] = 1;
        phase.timeline.push_back(p);
    }
    report.phases.push_back(phase);
    report.complete = true;
    report.evaluate();
    return report;
}

} // namespace

class ReportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedTemplateKeys()
    {
        const json j = reportToJson(sampleReport());
        const json summary = j.at("phases").at(0).at("summary");
        std::vector<std::string> keys;
        for (const auto &[key, value] : summary.items())
            keys.push_back(key);
        std::sort(keys.begin(), keys.end());
        const std::vector<std::string> expected = {
            "avg_response_time", "errors",       "failed_requests",     "p95_response_time",
            "p99_response_time", "success_rate", "successful_requests", "total_requests"};
        QCOMPARE(keys, expected);
        QCOMPARE(summary.at("total_requests").get<int>(), 12000);
        QCOMPARE(summary.at("successful_requests").get<int>(), 11940);
        QCOMPARE(summary.at("failed_requests").get<int>(), 60);
        QCOMPARE(summary.at("success_rate").get<std::string>(), "99.5%");
        QVERIFY(summary.at("avg_response_time").get<std::string>().ends_with("ms"));
        QCOMPARE(summary.at("errors").at("timeout").get<int>(), 45);
        QCOMPARE(summary.at("errors").at("connection_refused").get<int>(), 15);
        // The run-level summary covers all phases.
        QCOMPARE(j.at("summary").at("total_requests").get<int>(), 12000);
    }

    void formatting_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<QString>("text");
        QTest::addRow("seed") << 99.5 << "99.5%";
        QTest::addRow("never rounds up to 100") << 99.96 << "99.9%";
        QTest::addRow("all") << 100.0 << "100.0%";
        QTest::addRow("none") << 0.0 << "0.0%";
    }
    void formatting()
    {
        QFETCH(double, percent);
        QFETCH(QString, text);
        QCOMPARE(formatPercent(percent), text);
    }
    void formatMilliseconds()
    {
        QCOMPARE(formatMs(125.4), QStringLiteral("125ms"));
        QCOMPARE(formatMs(0.6), QStringLiteral("1ms"));
    }

    void roundTrip()
    {
        const RunReport original = sampleReport();
        const QByteArray text = QByteArray::fromStdString(reportToJson(original).dump(2));
        QString error;
        const auto read = reportFromJson(text, &error);
        QVERIFY2(read.has_value(), qPrintable(error));
        QCOMPARE(read->phases.size(), std::size_t(1));
        const PhaseResult &a = original.phases[0];
        const PhaseResult &b = read->phases[0];
        QCOMPARE(b.phase.name, a.phase.name);
        QCOMPARE(b.totals.requests, a.totals.requests);
        QCOMPARE(b.totals.successes, a.totals.successes);
        QVERIFY(b.totals.latency == a.totals.latency);
        QVERIFY(b.totals.scenarios[1].latency == a.totals.scenarios[1].latency);
        QCOMPARE(b.totals.scenarios[0].requests, a.totals.scenarios[0].requests);
        QCOMPARE(b.totals.errors.at(errorKey(ErrorClass::Timeout)).count, 45);
        QCOMPARE(b.totals.errors.at(errorKey(ErrorClass::Timeout)).sampleMessage,
                 QStringLiteral("no complete response within the timeout"));
        QCOMPARE(b.timeline.size(), a.timeline.size());
        QCOMPARE(b.timeline[2].errors.at(errorKey(ErrorClass::Http, 503)), 1);
        QCOMPARE(b.timeline[1].p95Ms, 170.0);
        QCOMPARE(b.verdict, a.verdict);
        QCOMPARE(b.targetResults.size(), a.targetResults.size());
        QCOMPARE(read->verdict, original.verdict);
        QCOMPARE(read->transport, QStringLiteral("qnam"));
        QCOMPARE(read->startedAt, original.startedAt);
        // Same JSON again after a second trip.
        QCOMPARE(reportToJson(*read).at("phases").dump(), reportToJson(original).at("phases").dump());
    }

    void secretsAreRedacted()
    {
        const std::string text = reportToJson(sampleReport()).dump();
        QVERIFY(text.find("s3cr3t-token") == std::string::npos);
        QVERIFY(text.find("tenant-key-123") == std::string::npos);
        QVERIFY(text.find("application/json") != std::string::npos); // ordinary headers stay
        QVERIFY(text.find("<redacted>") != std::string::npos);
    }

    void rejectsBrokenReports_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("not json") << QByteArray("{") << "not a JSON object";
        QTest::addRow("wrong format") << QByteArray(R"({"format": "other"})") << "format: expected";
    }
    void rejectsBrokenReports()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!reportFromJson(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void brokenHistogramNamesItsPath()
    {
        json j = reportToJson(sampleReport());
        j["phases"][0]["histograms"]["latency_us"] = "not base64 of a histogram";
        QString error;
        QVERIFY(!reportFromJson(QByteArray::fromStdString(j.dump()), &error));
        QVERIFY2(error.startsWith(QStringLiteral("phases[0].histograms.latency_us")), qPrintable(error));
    }

    void writesAtomicallyAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QString error;
        QVERIFY2(writeReportFile(sampleReport(), path, &error), qPrintable(error));
        const auto read = readReportFile(path, &error);
        QVERIFY2(read.has_value(), qPrintable(error));
        QVERIFY(!writeReportFile(sampleReport(), dir.filePath(QStringLiteral("missing/dir/report.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/dir/report.json")));
    }

    void errorKeyNames_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("name");
        QTest::addRow("timeout") << errorKey(ErrorClass::Timeout) << "timeout";
        QTest::addRow("refused") << errorKey(ErrorClass::ConnectionRefused) << "connection_refused";
        QTest::addRow("reset") << errorKey(ErrorClass::ConnectionReset) << "connection_reset";
        QTest::addRow("dns") << errorKey(ErrorClass::DnsFailure) << "dns_failure";
        QTest::addRow("tls") << errorKey(ErrorClass::TlsError) << "tls_error";
        QTest::addRow("429") << errorKey(ErrorClass::Http, 429) << "http_429";
        QTest::addRow("503") << errorKey(ErrorClass::Http, 503) << "http_503";
        QTest::addRow("check") << errorKey(ErrorClass::CheckFailed) << "check_failed";
        QTest::addRow("aborted") << errorKey(ErrorClass::Aborted) << "aborted";
        QTest::addRow("dropped") << errorKey(ErrorClass::Dropped) << "dropped";
        QTest::addRow("protocol") << errorKey(ErrorClass::ProtocolError) << "protocol_error";
        QTest::addRow("other") << errorKey(ErrorClass::Other) << "other";
    }
    void errorKeyNames()
    {
        QFETCH(int, key);
        QFETCH(QString, name);
        QCOMPARE(errorKeyName(key), name);
        QCOMPARE(errorKeyFromName(name), key);
    }

    void closedModelCarriesTheCorrectedView()
    {
        RunReport report = sampleReport();
        const nlohmann::json metrics = reportToJson(report).at("phases").at(0).at("metrics");
        QVERIFY(metrics.contains("latency_ms_co_corrected"));
        const double p50 = metrics.at("latency_ms").at("p50").get<double>();
        // No think time: a user would send again one median latency later.
        QVERIFY(std::abs(metrics.at("latency_ms_co_corrected").at("expected_interval_ms").get<double>() - p50) < 0.01);
        // The 45 timeouts of 30 s stand for many requests not sent meanwhile: the corrected tail is longer.
        QVERIFY(metrics.at("latency_ms_co_corrected").at("p99").get<double>() >
                metrics.at("latency_ms").at("p99").get<double>());
        QVERIFY(formatSummaryTable(report).contains(QStringLiteral("corrected for coordinated omission")));

        // The open model measures from the scheduled time already: no second view.
        report.phases[0].phase.model = LoadModel::Open;
        report.phases[0].phase.arrivalRate = 100;
        report.phases[0].phase.maxUsers = 10;
        QVERIFY(!reportToJson(report).at("phases").at(0).at("metrics").contains("latency_ms_co_corrected"));
    }

    void exportsForPipelines()
    {
        RunReport report = sampleReport();
        report.phases[0].phase.name = QStringLiteral("Baseline, \"quoted\"");
        report.phases[0].targets.push_back(Target{Metric::P99Ms, 100, 150}); // the 180 ms P99 fails it
        report.evaluate();
        const QString junit = QString::fromUtf8(junitXml(report));
        QVERIFY2(junit.contains(QStringLiteral("<testsuites name=\"Load Studio: Sample\" tests=\"3\" failures=\"1\">")),
                 qPrintable(junit));
        QCOMPARE(junit.count(QStringLiteral("<testcase ")), 3);
        QCOMPARE(junit.count(QStringLiteral("<failure ")), 1);
        QVERIFY(junit.contains(QStringLiteral("p99_ms ≤ 100 ms (critical 150 ms)")));
        QVERIFY(junit.contains(QStringLiteral("→ FAIL")));

        const QList<QByteArray> timeline = timelineCsv(report).split('\n');
        QVERIFY(timeline[0].startsWith("phase,start_s,length_s,requests"));
        QCOMPARE(timeline.size(), 1 + 3 + 1); // header, three seconds, the empty rest after the last line break
        QVERIFY2(
            timeline[1].startsWith("\"Baseline, \"\"quoted\"\"\",0.000,1.000,200,199,200,0,200.000,100.000,170.000"),
            timeline[1].constData());
        QVERIFY(timeline[1].trimmed().endsWith(",http_503=1"));

        const QList<QByteArray> scenarios = scenariosCsv(report).split('\n');
        QCOMPARE(scenarios.size(), 1 + 2 + 1);
        QVERIFY2(scenarios[2].contains(",Agents,9612,9552,"), scenarios[2].constData());
        QVERIFY2(scenarios[2].trimmed().endsWith(",timeout=45;connection_refused=15"), scenarios[2].constData());

        // The interval log: nothing without per-second histograms; with them, a line per second, tagged.
        QVERIFY(hdrIntervalLog(report).isEmpty());
        qint64 recorded = 0;
        for (TimelinePoint &t : report.phases[0].timeline) {
            Histogram h;
            for (int i = 1; i <= 100; ++i)
                h.record(i * 1000);
            recorded += h.totalCount();
            t.latencyHistogram = h.toCompressed();
        }
        const QList<QByteArray> log = hdrIntervalLog(report).split('\n');
        QCOMPARE(log[0], QByteArray("#[Histogram log format version 1.3]"));
        QVERIFY(log[1].startsWith("#[StartTime: 1796328000.000 (seconds since epoch), 2026-12-03T20:00:00Z]"));
        qint64 decoded = 0;
        for (const QByteArray &line : log) {
            if (!line.startsWith("Tag="))
                continue;
            const QList<QByteArray> fields = line.split(',');
            QCOMPARE(fields.size(), 5);
            QCOMPARE(fields[0], QByteArray("Tag=Baseline__\"quoted\""));
            QCOMPARE(fields[3], QByteArray("100.031")); // the max, in ms (bucket resolution)
            const std::optional<Histogram> h = Histogram::fromCompressedBase64(fields[4]);
            QVERIFY(h);
            decoded += h->totalCount();
        }
        QCOMPARE(decoded, recorded);

        QTemporaryDir dir;
        QString error;
        QVERIFY(writeExportFile(dir.filePath(QStringLiteral("t.csv")), timelineCsv(report), &error));
        QVERIFY(!writeExportFile(dir.filePath(QStringLiteral("missing/t.csv")), "x", &error));
        QVERIFY(error.contains(QStringLiteral("missing/t.csv")));
    }

    void summaryTableNamesVerdicts()
    {
        const QString table = formatSummaryTable(sampleReport());
        QVERIFY(table.contains(QStringLiteral("Phase Baseline")));
        QVERIFY(table.contains(QStringLiteral("p95_ms")));
        QVERIFY(table.contains(QStringLiteral("Overall verdict:")));
        QVERIFY(table.contains(QStringLiteral("timeout")));
    }
};

QTEST_GUILESS_MAIN(ReportTest)
#include "tst_report.moc"

// loadstudio-cli as a user runs it: exit codes, validation messages, a short run against the built-in demo
// target, the report on disk, and a SIGTERM that still leaves a report.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString cli = QStringLiteral(LOADSTUDIO_CLI);
const QString plans = QStringLiteral(LOADSTUDIO_SOURCE_DIR "/resources/plans/");

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess process;
    process.start(cli, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A short plan for the demo target (its base_url is replaced by --demo-target).
QByteArray shortPlan(double p95Goal, double p95Critical, double durationS)
{
    auto scenario = [](const char *name, const char *path, int weight) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("method"), QStringLiteral("GET")},
                           {QStringLiteral("path"), QLatin1String(path)},
                           {QStringLiteral("weight"), weight}};
    };
    const QJsonObject plan{
        {QStringLiteral("format"), QStringLiteral("loadstudio-plan/1")},
        {QStringLiteral("name"), QStringLiteral("CLI test")},
        {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9")},
        {QStringLiteral("scenarios"), QJsonArray{scenario("Health Check", "/api/health", 20),
                                                 scenario("List Agents", "/api/mcp/retell/agents/1", 30)}},
        {QStringLiteral("phases"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Short")},
                                                          {QStringLiteral("users"), 5},
                                                          {QStringLiteral("duration_s"), durationS}}}},
        {QStringLiteral("targets"),
         QJsonObject{{QStringLiteral("p95_ms"),
                      QJsonObject{{QStringLiteral("goal"), p95Goal}, {QStringLiteral("critical"), p95Critical}}}}},
    };
    return QJsonDocument(plan).toJson();
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        const Result version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("loadstudio-cli ")));
        const Result help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown command") << QStringList{QStringLiteral("fly")} << "unknown command \"fly\"";
        QTest::addRow("run without plan") << QStringList{QStringLiteral("run")} << "run needs exactly one plan file";
        QTest::addRow("bad workers") << QStringList{QStringLiteral("run"), QStringLiteral("p.json"),
                                                    QStringLiteral("--workers"), QStringLiteral("zero")}
                                     << "--workers";
        QTest::addRow("unwritable report folder")
            << QStringList{QStringLiteral("run"), plans + QStringLiteral("demo.json"), QStringLiteral("--demo-target"),
                           QStringLiteral("--out"), QStringLiteral("/nonexistent/dir/report.json")}
            << "the folder /nonexistent/dir does not exist or is not writable";
        QTest::addRow("option of another command") << QStringList{QStringLiteral("validate"), QStringLiteral("p.json"),
                                                                  QStringLiteral("--port"), QStringLiteral("1")}
                                                   << "--port is not an option of validate";
        QTest::addRow("missing file") << QStringList{QStringLiteral("validate"), QStringLiteral("/nonexistent/p.json")}
                                      << "/nonexistent/p.json";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void validateBundledPlans_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("askproai") << "askproai.json";
        QTest::addRow("demo") << "demo.json";
    }
    void validateBundledPlans()
    {
        QFETCH(QString, file);
        const Result r = runCli({QStringLiteral("validate"), plans + file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("20.0%")) && r.out.contains(QStringLiteral("30.0%")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void validateReportsLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("broken.json"), "{\n  \"name\": \"x\"\n  \"base_url\": 1\n}\n");
        const Result r = runCli({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + QStringLiteral(":3:")), qPrintable(r.err));
    }

    // compare for CI: the same run is no regression; a run against a slower endpoint is, and exits with 5.
    void compareFlagsRegressionsForCi()
    {
        QTemporaryDir dir;
        auto runOn = [&](const char *path, const QString &out) {
            QJsonObject plan = QJsonDocument::fromJson(shortPlan(1000, 2000, 12)).object();
            plan.insert(QStringLiteral("scenarios"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Only")},
                                               {QStringLiteral("path"), QLatin1String(path)},
                                               {QStringLiteral("weight"), 1}}});
            const QString planPath = writeFile(dir, out + QStringLiteral(".plan.json"), QJsonDocument(plan).toJson());
            const Result r = runCli({QStringLiteral("run"), planPath, QStringLiteral("--demo-target"),
                                     QStringLiteral("--quiet"), QStringLiteral("--out"), dir.filePath(out)});
            QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.out + r.err));
        };
        runOn("/api/health", QStringLiteral("fast.json"));
        runOn("/api/mcp/retell/agents/1", QStringLiteral("slow.json"));
        const QString fast = dir.filePath(QStringLiteral("fast.json"));
        const QString slow = dir.filePath(QStringLiteral("slow.json"));

        const Result same = runCli(
            {QStringLiteral("compare"), fast, fast, QStringLiteral("--fail-on-regression"), QStringLiteral("10")});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
        QVERIFY(same.out.contains(QStringLiteral("No significant regression beyond 10%")));
        QVERIFY(same.out.contains(QStringLiteral("bootstrap")));

        const Result worse = runCli(
            {QStringLiteral("compare"), fast, slow, QStringLiteral("--fail-on-regression"), QStringLiteral("10")});
        QVERIFY2(worse.exitCode == 5, qPrintable(worse.out + worse.err));
        QVERIFY2(worse.out.contains(QStringLiteral("Regressions beyond 10%")), qPrintable(worse.out));
        QVERIFY2(worse.out.contains(QStringLiteral("Short: P95 +")), qPrintable(worse.out));
        QVERIFY(worse.out.contains(QStringLiteral("worse, significant")));

        const Result missing = runCli({QStringLiteral("compare"), fast, dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("nope.json")), qPrintable(missing.err));
        const Result unpaired =
            runCli({QStringLiteral("compare"), fast, slow, QStringLiteral("--pair"), QStringLiteral("Short=Long")});
        QCOMPARE(unpaired.exitCode, 2);
        QVERIFY2(unpaired.err.contains(QStringLiteral("no phase \"Long\"")), qPrintable(unpaired.err));
    }

    // import: the seed's report template becomes a report; compare reads such files directly too.
    void importConvertsTheSeedTemplate()
    {
        QTemporaryDir dir;
        const QString seed = writeFile(dir, QStringLiteral("seed.json"), R"({
  "total_requests": 12000, "successful_requests": 11940, "failed_requests": 60, "success_rate": "99.5%",
  "avg_response_time": "125ms", "p95_response_time": "180ms", "p99_response_time": "420ms",
  "errors": {"timeout": 45, "connection_refused": 15}
})");
        const QString out = dir.filePath(QStringLiteral("report.json"));
        const Result r = runCli({QStringLiteral("import"), seed, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("12000 requests")), qPrintable(r.out));
        const QJsonObject report = readJson(out);
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("loadstudio-report/1"));
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("total_requests")).toInt(),
                 12000);
        const Result compared = runCli({QStringLiteral("compare"), seed, out});
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.out + compared.err));
        QVERIFY2(compared.out.contains(QStringLiteral("180.0 ms")), qPrintable(compared.out));

        const QString broken = writeFile(dir, QStringLiteral("broken.jtl"), "timeStamp,elapsed,label\n1,abc,x\n");
        const Result bad = runCli({QStringLiteral("import"), broken, QStringLiteral("-o"), out});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("broken.jtl:2")), qPrintable(bad.err));
        const Result noOut = runCli({QStringLiteral("import"), seed});
        QCOMPARE(noOut.exitCode, 2);
    }

    void demoRunWritesSeedReport()
    {
        QTemporaryDir dir;
        const QString plan = writeFile(dir, QStringLiteral("plan.json"), shortPlan(1000, 2000, 1.5));
        const QString out = dir.filePath(QStringLiteral("report.json"));
        const Result r =
            runCli({QStringLiteral("run"), plan, QStringLiteral("--demo-target"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Overall verdict: PASS")));
        const QJsonObject report = readJson(out);
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("loadstudio-report/1"));
        const QJsonObject phase = report.value(QStringLiteral("phases")).toArray().at(0).toObject();
        QCOMPARE(phase.value(QStringLiteral("name")).toString(), QStringLiteral("Short"));
        const QJsonObject summary = phase.value(QStringLiteral("summary")).toObject();
        QVERIFY(summary.value(QStringLiteral("total_requests")).toInt() > 10);
        QVERIFY(summary.value(QStringLiteral("success_rate")).toString().endsWith(QLatin1Char('%')));
        QVERIFY(summary.value(QStringLiteral("p95_response_time")).toString().endsWith(QStringLiteral("ms")));
        QCOMPARE(phase.value(QStringLiteral("verdict")).toString(), QStringLiteral("PASS"));
    }

    void summaryInGerman()
    {
        QTemporaryDir dir;
        const QString plan = writeFile(dir, QStringLiteral("plan.json"), shortPlan(1000, 2000, 1));
        const Result r = runCli({QStringLiteral("run"), plan, QStringLiteral("--demo-target"),
                                 QStringLiteral("--quiet"), QStringLiteral("--lang"), QStringLiteral("de"),
                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("r.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Gesamtbewertung: PASS")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Anfragen ")));
        QCOMPARE(runCli({QStringLiteral("run"), plan, QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode, 2);
    }

    void failedTargetExitsWith3()
    {
        QTemporaryDir dir;
        // A p95 under 1 microsecond cannot be met.
        const QString plan = writeFile(dir, QStringLiteral("plan.json"), shortPlan(0.001, 0.002, 1));
        const QString out = dir.filePath(QStringLiteral("report.json"));
        const QString junit = dir.filePath(QStringLiteral("junit.xml"));
        const Result r =
            runCli({QStringLiteral("run"), plan, QStringLiteral("--demo-target"), QStringLiteral("--quiet"),
                    QStringLiteral("--out"), out, QStringLiteral("--junit"), junit});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains(QStringLiteral("FAIL")));
        QCOMPARE(readJson(out).value(QStringLiteral("verdict")).toString(), QStringLiteral("FAIL"));
        // For CI: the failed target is a failed test case.
        QFile junitFile(junit);
        QVERIFY(junitFile.open(QIODevice::ReadOnly));
        const QByteArray xml = junitFile.readAll();
        QVERIFY2(xml.contains("failures=\"1\"") && xml.contains("<failure type=\"FAIL\""), xml.constData());

        // The same from the saved report, plus the CSVs.
        const QString timeline = dir.filePath(QStringLiteral("timeline.csv"));
        const QString hlog = dir.filePath(QStringLiteral("run.hlog"));
        const Result exported = runCli({QStringLiteral("report"), out, QStringLiteral("--timeline-csv"), timeline,
                                        QStringLiteral("--scenarios-csv"), dir.filePath(QStringLiteral("s.csv")),
                                        QStringLiteral("--hlog"), hlog});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
        QFile timelineFile(timeline);
        QVERIFY(timelineFile.open(QIODevice::ReadOnly));
        QVERIFY(timelineFile.readLine().startsWith("phase,start_s,"));
        QVERIFY(timelineFile.readLine().startsWith("Short,"));
        QFile hlogFile(hlog);
        QVERIFY(hlogFile.open(QIODevice::ReadOnly));
        const QByteArray hlogText = hlogFile.readAll();
        QVERIFY(hlogText.startsWith("#[Histogram log format version 1.3]"));
        QVERIFY2(hlogText.contains("\nTag=Short,"), hlogText.left(400).constData());
        const Result nothing = runCli({QStringLiteral("report"), out});
        QCOMPARE(nothing.exitCode, 2);
    }

    void phaseOptionRunsOnlyThatPhaseQuietly()
    {
        QTemporaryDir dir;
        QJsonObject plan = QJsonDocument::fromJson(shortPlan(1000, 2000, 1)).object();
        QJsonArray phases = plan.value(QStringLiteral("phases")).toArray();
        QJsonObject second = phases.at(0).toObject();
        second.insert(QStringLiteral("name"), QStringLiteral("Second"));
        second.insert(QStringLiteral("users"), 3);
        phases.append(second);
        plan.insert(QStringLiteral("phases"), phases);
        const QString path = writeFile(dir, QStringLiteral("plan.json"), QJsonDocument(plan).toJson());
        const QString out = dir.filePath(QStringLiteral("report.json"));
        const Result r =
            runCli({QStringLiteral("run"), path, QStringLiteral("--demo-target"), QStringLiteral("--phase"),
                    QStringLiteral("Second"), QStringLiteral("--quiet"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // --quiet: no progress lines
        const QJsonObject report = readJson(out);
        const QJsonArray ran = report.value(QStringLiteral("phases")).toArray();
        QCOMPARE(ran.size(), 1);
        QCOMPARE(ran.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Second"));
        // Certificate checking is on unless the plan opts out, and the report says which.
        QCOMPARE(report.value(QStringLiteral("machine")).toObject().value(QStringLiteral("tls_verify")).toBool(false),
                 true);

        const Result unknown = runCli({QStringLiteral("run"), path, QStringLiteral("--demo-target"),
                                       QStringLiteral("--phase"), QStringLiteral("Nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("Nope")), qPrintable(unknown.err));
    }

    void abortOnCriticalExitsWith4()
    {
        // Every request fails (404), the error rate is beyond its critical level from the first second, and the
        // plan says to stop after 1 s of that: the run stops long before its 30 s, keeps its report, exits 4.
        QTemporaryDir dir;
        QJsonObject plan = QJsonDocument::fromJson(shortPlan(1000, 2000, 30)).object();
        plan.insert(QStringLiteral("scenarios"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Missing")},
                                           {QStringLiteral("path"), QStringLiteral("/api/does-not-exist")}}});
        plan.insert(QStringLiteral("targets"),
                    QJsonObject{{QStringLiteral("error_rate"),
                                 QJsonObject{{QStringLiteral("goal"), 1}, {QStringLiteral("critical"), 5}}}});
        plan.insert(
            QStringLiteral("abort_on_critical"),
            QJsonObject{{QStringLiteral("metric"), QStringLiteral("error_rate")}, {QStringLiteral("window_s"), 1}});
        const QString path = writeFile(dir, QStringLiteral("plan.json"), QJsonDocument(plan).toJson());
        const QString out = dir.filePath(QStringLiteral("report.json"));
        const Result r = runCli({QStringLiteral("run"), path, QStringLiteral("--demo-target"),
                                 QStringLiteral("--quiet"), QStringLiteral("--out"), out},
                                25000);
        QCOMPARE(r.exitCode, 4);
        const QJsonObject report = readJson(out);
        QCOMPARE(report.value(QStringLiteral("aborted")).toBool(), true);
        QVERIFY2(report.value(QStringLiteral("abort_reason")).toString().contains(QStringLiteral("error_rate")),
                 qPrintable(report.value(QStringLiteral("abort_reason")).toString()));
        const QJsonObject errors = report.value(QStringLiteral("phases"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("metrics"))
                                       .toObject()
                                       .value(QStringLiteral("errors"))
                                       .toObject();
        QVERIFY2(errors.contains(QStringLiteral("http_404")), QJsonDocument(errors).toJson().constData());
    }

    void tooLowFileLimitIsNamedUpFront()
    {
        // 5000 users cannot have a connection each under a hard limit of 1024 open files: the run refuses at once
        // and says what to change, instead of failing with "too many open files" mid-phase.
        QTemporaryDir dir;
        QJsonObject plan = QJsonDocument::fromJson(shortPlan(1000, 2000, 1)).object();
        QJsonArray phases = plan.value(QStringLiteral("phases")).toArray();
        QJsonObject big = phases.at(0).toObject();
        big.insert(QStringLiteral("users"), 5000);
        plan.insert(QStringLiteral("phases"), QJsonArray{big});
        const QString path = writeFile(dir, QStringLiteral("plan.json"), QJsonDocument(plan).toJson());
        QProcess process;
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("ulimit -n 1024 && ulimit -Hn 1024 && exec \"$0\" run \"$1\" "
                                      "--demo-target --quiet --out \"$2\""),
                       cli, path, dir.filePath(QStringLiteral("report.json"))});
        QVERIFY(process.waitForFinished(20000));
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("open files")) && err.contains(QStringLiteral("5256")), qPrintable(err));
    }

    void sigtermStopsAndStillWritesTheReport()
    {
        QTemporaryDir dir;
        const QString plan = writeFile(dir, QStringLiteral("plan.json"), shortPlan(1000, 2000, 60));
        const QString out = dir.filePath(QStringLiteral("report.json"));
        QProcess process;
        process.start(cli,
                      {QStringLiteral("run"), plan, QStringLiteral("--demo-target"), QStringLiteral("--out"), out});
        QVERIFY(process.waitForStarted());
        QTest::qWait(2500);
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 4);
        const QJsonObject report = readJson(out);
        QCOMPARE(report.value(QStringLiteral("aborted")).toBool(), true);
        QVERIFY(report.value(QStringLiteral("abort_reason")).toString().contains(QStringLiteral("SIGTERM")));
        const QJsonObject phase = report.value(QStringLiteral("phases")).toArray().at(0).toObject();
        QVERIFY(phase.value(QStringLiteral("summary")).toObject().value(QStringLiteral("total_requests")).toInt() > 0);
    }

    void killedRunLeavesAPartialReport()
    {
        // The report is flushed every 10 s: a kill -9 loses at most that much.
        QTemporaryDir dir;
        const QString plan = writeFile(dir, QStringLiteral("plan.json"), shortPlan(1000, 2000, 60));
        const QString out = dir.filePath(QStringLiteral("report.json"));
        QProcess process;
        process.start(cli, {QStringLiteral("run"), plan, QStringLiteral("--demo-target"), QStringLiteral("--quiet"),
                            QStringLiteral("--out"), out});
        QVERIFY(process.waitForStarted());
        QTest::qWait(11500);
        process.kill(); // SIGKILL: no chance to write anything more
        QVERIFY(process.waitForFinished(5000));
        const QJsonObject report = readJson(out);
        QCOMPARE(report.value(QStringLiteral("complete")).toBool(true), false);
        const QJsonObject phase = report.value(QStringLiteral("phases")).toArray().at(0).toObject();
        QVERIFY(phase.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("requests")).toInt() > 100);
        QVERIFY(phase.value(QStringLiteral("timeline")).toArray().size() >= 8);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"

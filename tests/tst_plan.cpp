// The plan format: parsing, defaults, the bundled plans, derived values (targets per phase, shares, duration),
// writing back and redaction. Each rule's diagnostic is checked in tst_planvalidation.

#include "PlanTestData.h"
#include "plan/PlanJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ls;
using namespace ls::test;

class PlanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basePlanIsValid();
    void collectsAllProblemsInDocumentOrder();
    void bundledPlansLoadCleanly_data();
    void bundledPlansLoadCleanly();
    void askproaiPlan();
    void demoPlan();
    void defaults();
    void normalisation();
    void roundTrip_data();
    void roundTrip();
    void redaction();
    void secretHeaders();
    void metricTable();
    void effectiveTargetsAndShares();
    void diagnosticToString();
    void positionIndex();
    void loadErrors();
};

// Everything below is hidden from moc, which misreads raw string literals (a "//" or an unbalanced brace
// inside one would end its parse of the file).
#ifndef Q_MOC_RUN

namespace {

QString planPath(const char *name)
{
    return QStringLiteral(LOADSTUDIO_SOURCE_DIR "/resources/plans/") + QString::fromLatin1(name);
}

const Target *findTarget(const std::vector<Target> &targets, Metric metric)
{
    for (const Target &t : targets) {
        if (t.metric == metric)
            return &t;
    }
    return nullptr;
}

const Phase &phaseNamed(const Plan &plan, const QString &name)
{
    for (const Phase &p : plan.phases) {
        if (p.name == name)
            return p;
    }
    qFatal("no phase %s", qPrintable(name));
}

} // namespace

void PlanTest::basePlanIsValid()
{
    const PlanParseResult result = parsePlan(basePlan, u"plan.json"_s);
    QVERIFY2(result.diagnostics.empty(), qPrintable(allDiagnostics(result)));
    QVERIFY(result.plan);
}

void PlanTest::collectsAllProblemsInDocumentOrder()
{
    const QByteArray json = R"({
  "format": "loadstudio-plan/1",
  "name": "",
  "base_url": "ftp://x",
  "timeout_s": -1,
  "scenarios": [{"name": "A", "path": "a", "wieght": 3}],
  "phases": [{"name": "P", "users": 0, "duration_s": 0}]
})";
    const PlanParseResult result = parsePlan(json, u"plan.json"_s);
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics)
        lines << d.toString();
    const QStringList expected = {
        u"plan.json:3:11: error: name: must not be empty"_s,
        u"plan.json:4:15: error: base_url: must use http or https, not \"ftp\""_s,
        u"plan.json:5:16: error: timeout_s: must be a positive number, not -1"_s,
        u"plan.json:6:39: error: scenarios[0].path: must start with \"/\" (it is appended to base_url), not \"a\""_s,
        u"plan.json:6:54: warning: scenarios[0].wieght: unknown key, ignored; did you mean \"weight\"?"_s,
        u"plan.json:7:37: error: phases[0].users: must be a positive integer, not 0"_s,
        u"plan.json:7:54: error: phases[0].duration_s: must be a positive number, not 0"_s,
    };
    QCOMPARE(lines, expected);
}

void PlanTest::bundledPlansLoadCleanly_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("askproai") << planPath("askproai.json");
    QTest::addRow("demo") << planPath("demo.json");
}

void PlanTest::bundledPlansLoadCleanly()
{
    QFETCH(QString, path);
    const PlanParseResult result = loadPlanFile(path);
    QVERIFY2(result.diagnostics.empty(), qPrintable(allDiagnostics(result)));
    QVERIFY(result.plan);
}

void PlanTest::askproaiPlan()
{
    const PlanParseResult result = loadPlanFile(planPath("askproai.json"));
    QVERIFY(result.plan);
    const Plan &plan = *result.plan;
    QCOMPARE(plan.name, u"AskProAI API"_s);
    QCOMPARE(plan.baseUrl, u"https://api.askproai.de"_s);
    QCOMPARE(plan.scenarios.size(), size_t(4));
    QCOMPARE(plan.scenarioShares(), std::vector<double>({20, 30, 25, 25}));
    QCOMPARE(plan.scenarios[2].method, u"POST"_s);
    QCOMPARE(plan.scenarios[2].body, u"{\"date\": \"{{date:+1d}}\", \"service_id\": {{random:1:20}}}"_s);
    QVERIFY(plan.scenarios[3].body.contains(u"\"call_id\":\"{{uuid}}\""_s)); // compact dump of the object
    QVERIFY(plan.abortOnCritical.enabled);
    QCOMPARE(plan.abortOnCritical.metric, Metric::ErrorRate);
    QCOMPARE(plan.abortOnCritical.windowS, 10.0);

    QStringList names;
    for (const Phase &p : plan.phases)
        names << p.name;
    QCOMPARE(names,
             QStringList({u"Baseline"_s, u"Normal Load"_s, u"Peak Load"_s, u"Stress Test"_s, u"Circuit Breaker"_s}));
    const std::vector<int> users = {10, 100, 500, 1000, 100};
    const std::vector<double> durations = {60, 300, 300, 600, 60};
    for (size_t i = 0; i < plan.phases.size(); ++i) {
        QCOMPARE(plan.phases[i].users, users[i]);
        QCOMPARE(plan.phases[i].durationS, durations[i]);
        QVERIFY(plan.phases[i].description.contains(u"Expectation:"_s));
    }

    const std::vector<Target> normal = plan.effectiveTargets(phaseNamed(plan, u"Normal Load"_s));
    QVERIFY(findTarget(normal, Metric::P95Ms));
    QCOMPARE(findTarget(normal, Metric::P95Ms)->goal, 150.0);
    QCOMPARE(findTarget(normal, Metric::SuccessRate)->goal, 99.5);
    QVERIFY(findTarget(normal, Metric::P99Ms));
    QCOMPARE(findTarget(normal, Metric::P99Ms)->goal, 500.0); // the plan's
    QCOMPARE(findTarget(normal, Metric::P99Ms)->critical, 1000.0);
    QCOMPARE(normal.size(), size_t(5));

    const std::vector<Target> stress = plan.effectiveTargets(phaseNamed(plan, u"Stress Test"_s));
    QVERIFY(!findTarget(stress, Metric::P95Ms));
    QVERIFY(!findTarget(stress, Metric::P99Ms));
    QVERIFY(!findTarget(stress, Metric::ThroughputRps));
    QCOMPARE(findTarget(stress, Metric::SuccessRate)->goal, 95.0);

    const std::vector<Target> baseline = plan.effectiveTargets(phaseNamed(plan, u"Baseline"_s));
    QCOMPARE(baseline, plan.targets);

    // (10+60+5) + (30+300+5) + (60+300+5) + (120+600+5) + (10+60+5)
    QCOMPARE(plan.totalDurationS(), 1575.0);
}

void PlanTest::demoPlan()
{
    const PlanParseResult result = loadPlanFile(planPath("demo.json"));
    QVERIFY(result.plan);
    const Plan &plan = *result.plan;
    QCOMPARE(plan.baseUrl, u"http://127.0.0.1:8089"_s);
    QCOMPARE(plan.scenarioShares(), std::vector<double>({20, 30, 25, 25}));
    QVERIFY(!plan.abortOnCritical.enabled);
    QCOMPARE(plan.phases.size(), size_t(5));
    const Phase &open = plan.phases.back();
    QCOMPARE(open.model, LoadModel::Open);
    QCOMPARE(open.arrivalRate, 300.0);
    QCOMPARE(open.maxUsers, 100);
    QCOMPARE(plan.targets, loadPlanFile(planPath("askproai.json")).plan->targets);
    QCOMPARE(plan.totalDurationS(), 52.0); // (1+5+2) + 3 * (2+8+2) + (1+5+2)
}

void PlanTest::defaults()
{
    const PlanParseResult result = parsePlan(edited(R"("users": 1,)", R"("arrival_rate": 5,)"));
    QVERIFY2(result.plan, qPrintable(allDiagnostics(result)));
    const Plan &plan = *result.plan;
    QCOMPARE(plan.timeoutS, 30.0);
    QCOMPARE(plan.tlsVerify, true);
    QCOMPARE(plan.transport, u"auto"_s);
    QCOMPARE(plan.seed, quint64(1));
    QCOMPARE(plan.pauseBetweenPhasesS, 0.0);
    QCOMPARE(plan.scenarios[0].method, u"GET"_s);
    QCOMPARE(plan.scenarios[0].weight, 1.0);
    const Phase &phase = plan.phases[0];
    QCOMPARE(phase.model, LoadModel::Open);
    QCOMPARE(phase.maxUsers, 100);
    QCOMPARE(phase.rampUpS, 0.0);
    QCOMPARE(phase.gracefulStopS, 5.0);
    QCOMPARE(phase.thinkTimeMinMs, 0.0);
    QVERIFY(!plan.abortOnCritical.enabled);
}

void PlanTest::normalisation()
{
    QByteArray json = scenario(R"("method": "post", "body": {"z": 1, "a": [true, null]},
  "expect": {"status": 201, "json": "data.ok", "equals": {"b": 2}}, "headers": [{"name": "X-Token",
  "value": "t", "secret": true}], "weight": 2.5)");
    json.replace("\"http://localhost:8080\"", "\"http://localhost:8080/\"");
    json.replace(R"("users": 1,)", R"("users": 1, "think_time_ms": [100, 250], "targets": {"p95_ms": null},)");
    json.replace(R"("format")",
                 R"("targets": {"p95_ms": {"goal": 1, "critical": 2}, "error_rate": {"goal": 1, "critical": 5}},
  "abort_on_critical": true,
  "format")");
    const PlanParseResult result = parsePlan(json);
    QVERIFY2(result.plan && result.diagnostics.empty(), qPrintable(allDiagnostics(result)));
    const Plan &plan = *result.plan;
    QCOMPARE(plan.baseUrl, u"http://localhost:8080"_s);
    const Scenario &s = plan.scenarios[0];
    QCOMPARE(s.method, u"POST"_s);
    QCOMPARE(s.body, u"{\"z\":1,\"a\":[true,null]}"_s); // compact, in the written key order
    QCOMPARE(s.check.statuses, std::vector<int>({201}));
    QCOMPARE(s.check.jsonField, u"data.ok"_s);
    QVERIFY(s.check.jsonEquals == nlohmann::json({{"b", 2}}));
    QCOMPARE(s.headers.size(), size_t(1));
    QVERIFY(s.headers[0].secret);
    QCOMPARE(s.weight, 2.5);
    const Phase &p = plan.phases[0];
    QCOMPARE(p.thinkTimeMinMs, 100.0);
    QCOMPARE(p.thinkTimeMaxMs, 250.0);
    QCOMPARE(p.disabledTargets, std::vector<Metric>({Metric::P95Ms}));
    QCOMPARE(plan.effectiveTargets(p), std::vector<Target>({{Metric::ErrorRate, 1, 5}}));
    QVERIFY(plan.abortOnCritical.enabled);
    QCOMPARE(plan.abortOnCritical.metric, Metric::ErrorRate);
    QCOMPARE(plan.abortOnCritical.windowS, 10.0);
}

void PlanTest::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const char *name : {"askproai.json", "demo.json"}) {
        QFile file(planPath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::addRow("%s", name) << file.readAll();
    }
    QTest::addRow("everything") << QByteArray(R"({
  "format": "loadstudio-plan/1", "name": "Ünïcode ✓", "description": "d", "base_url": "https://h.test:8443/base",
  "headers": [{"name": "Zeta", "value": "1"}, {"name": "Alpha", "value": "${env:X}", "secret": true}],
  "timeout_s": 2.5, "tls_verify": false, "transport": "qnam", "seed": 18446744073709551615,
  "follow_redirects": 3, "http_version": "2", "proxy": "socks5://u:p@127.0.0.1:1080",
  "auth": {"user": "me", "password": "${env:PW}"},
  "pause_between_phases_s": 3, "secret_variables": ["X"],
  "scenarios": [
{"name": "s1", "method": "PUT", "path": "/p/{{seq}}", "weight": 0.5, "headers": {"B": "2", "A": "1"},
 "body": "raw {{uuid}}", "expect": {"status": [200, 204], "body_contains": "ok", "json": "a.b", "equals": [1, "x"]}},
{"name": "s2", "path": "/q", "weight": 0, "expect": {"json": "n", "equals": null}}
  ],
  "phases": [
{"name": "open", "arrival_rate": 12.5, "max_users": 7, "ramp_up_s": 1.5, "duration_s": 2, "graceful_stop_s": 0,
 "targets": {"p50_ms": {"goal": 5, "critical": 9}, "error_rate": null}},
{"name": "closed", "users": 3, "duration_s": 1, "think_time_ms": [1, 2.5]}
  ],
  "targets": {"error_rate": {"goal": 0.5, "critical": 1}, "avg_ms": {"goal": 10, "critical": 10}},
  "abort_on_critical": {"metric": "avg_ms", "window_s": 2.5}
})");
}

void PlanTest::roundTrip()
{
    QFETCH(QByteArray, json);
    const PlanParseResult first = parsePlan(json);
    QVERIFY2(first.plan && first.diagnostics.empty(), qPrintable(allDiagnostics(first)));
    const Plan &plan = *first.plan;

    const std::string dumped = planToJson(plan).dump();
    const PlanParseResult viaJson = parsePlan(QByteArray::fromStdString(dumped));
    QVERIFY2(viaJson.plan && viaJson.diagnostics.empty(), qPrintable(allDiagnostics(viaJson)));
    QVERIFY(*viaJson.plan == plan);

    const PlanParseResult viaText = parsePlan(planToJsonText(plan));
    QVERIFY2(viaText.plan && viaText.diagnostics.empty(), qPrintable(allDiagnostics(viaText)));
    QVERIFY(*viaText.plan == plan);
    QVERIFY(planToJsonText(plan).startsWith("{\n  \"format\": \"loadstudio-plan/1\",\n  \"name\": "));
}

void PlanTest::redaction()
{
    Plan plan = *parsePlan(basePlan).plan;
    plan.headers = {{u"Authorization"_s, u"Bearer abc"_s, false},
                    {u"cookie"_s, u"session=1"_s, false},
                    {u"X-API-KEY"_s, u"k"_s, false},
                    {u"Proxy-Authorization"_s, u"Basic x"_s, false},
                    {u"X-Custom"_s, u"hidden"_s, true},
                    {u"Accept"_s, u"application/json"_s, false}};
    plan.scenarios[0].headers = {{u"Authorization"_s, u"Bearer scenario"_s, false}};

    const nlohmann::json kept = planToJson(plan, Redaction::Keep);
    QVERIFY(kept.at("headers").at(0).at("value") == "Bearer abc");
    QVERIFY(kept.at("headers").at(4).at("value") == "hidden");

    const nlohmann::json redacted = planToJson(plan, Redaction::Redact);
    const nlohmann::json &headers = redacted.at("headers");
    QVERIFY(headers.is_array()); // a secret flag needs the array form
    for (size_t i = 0; i < 5; ++i)
        QVERIFY(headers.at(i).at("value") == "<redacted>");
    QVERIFY(headers.at(5).at("value") == "application/json");
    QVERIFY(headers.at(4).at("secret") == true);
    QVERIFY(redacted.at("scenarios").at(0).at("headers").at("Authorization") == "<redacted>");
    QVERIFY(!planToJsonText(plan, Redaction::Redact).contains("Bearer"));

    // Passwords of server authentication and of a proxy; one from the environment shows its reference.
    plan.http.authUser = u"me"_s;
    plan.http.authPassword = u"hunter2"_s;
    plan.http.proxy = u"http://pu:proxypass@127.0.0.1:3128"_s;
    const QByteArray text = planToJsonText(plan, Redaction::Redact);
    QVERIFY(!text.contains("hunter2"));
    QVERIFY(!text.contains("proxypass"));
    QVERIFY(text.contains("\"user\": \"me\""));
    plan.http.authPassword = u"${env:PW}"_s;
    QVERIFY(planToJsonText(plan, Redaction::Redact).contains("${env:PW}"));
    QVERIFY(planToJsonText(plan, Redaction::Keep).contains("proxypass"));
}

void PlanTest::secretHeaders()
{
    QVERIFY(isSecretHeader({u"authorization"_s, {}, false}));
    QVERIFY(isSecretHeader({u"Proxy-Authorization"_s, {}, false}));
    QVERIFY(isSecretHeader({u"Cookie"_s, {}, false}));
    QVERIFY(isSecretHeader({u"x-api-key"_s, {}, false}));
    QVERIFY(isSecretHeader({u"X-Other"_s, {}, true}));
    QVERIFY(!isSecretHeader({u"Accept"_s, {}, false}));
    QVERIFY(!isSecretHeader({u"Set-Cookie2"_s, {}, false}));
}

void PlanTest::metricTable()
{
    const std::vector<MetricInfo> &metrics = allMetrics();
    QCOMPARE(metrics.size(), size_t(7));
    for (size_t i = 0; i < metrics.size(); ++i) {
        QCOMPARE(int(metrics[i].metric), int(i));
        QCOMPARE(metricFromKey(QString::fromLatin1(metrics[i].key)), metrics[i].metric);
        QCOMPARE(&metricInfo(metrics[i].metric), &metrics[i]);
    }
    QVERIFY(metricInfo(Metric::SuccessRate).higherIsBetter);
    QVERIFY(metricInfo(Metric::ThroughputRps).higherIsBetter);
    QVERIFY(!metricInfo(Metric::ErrorRate).higherIsBetter);
    QVERIFY(!metricInfo(Metric::P99Ms).higherIsBetter);
    QCOMPARE(QByteArray(metricInfo(Metric::ThroughputRps).unit), QByteArray("req/s"));
    QCOMPARE(QByteArray(metricInfo(Metric::ErrorRate).unit), QByteArray("%"));
    QCOMPARE(QByteArray(metricInfo(Metric::AvgMs).key), QByteArray("avg_ms"));
    QCOMPARE(metricFromKey(u"p90_ms"_s), std::nullopt);
    QCOMPARE(metricFromKey(u"P95_MS"_s), std::nullopt);
}

void PlanTest::effectiveTargetsAndShares()
{
    Plan plan;
    plan.targets = {{Metric::P95Ms, 200, 500}, {Metric::SuccessRate, 99, 95}, {Metric::P99Ms, 500, 1000}};
    Phase phase;
    phase.targets = {{Metric::P95Ms, 100, 300}, {Metric::AvgMs, 50, 80}};
    phase.disabledTargets = {Metric::P99Ms};
    const std::vector<Target> expected = {
        {Metric::SuccessRate, 99, 95}, {Metric::AvgMs, 50, 80}, {Metric::P95Ms, 100, 300}};
    QCOMPARE(plan.effectiveTargets(phase), expected);

    plan.scenarios.resize(3);
    plan.scenarios[0].weight = 1;
    plan.scenarios[1].weight = 3;
    plan.scenarios[2].weight = 0;
    QCOMPARE(plan.scenarioShares(), std::vector<double>({25, 75, 0}));
    for (Scenario &s : plan.scenarios)
        s.weight = 0;
    QCOMPARE(plan.scenarioShares(), std::vector<double>({0, 0, 0})); // no NaN

    QCOMPARE(plan.totalDurationS(), 0.0);
    plan.phases.resize(3);
    plan.phases[0].durationS = 10;
    plan.phases[1].rampUpS = 2;
    plan.phases[1].durationS = 5;
    plan.phases[2].durationS = 1;
    plan.phases[2].gracefulStopS = 0;
    plan.pauseBetweenPhasesS = 4;
    QCOMPARE(plan.totalDurationS(), (10 + 5) + (2 + 5 + 5) + (1 + 0) + 2 * 4.0);
}

void PlanTest::diagnosticToString()
{
    Diagnostic d{Diagnostic::Severity::Error,    u"plan.json"_s, 14, 18, u"phases[2].users"_s,
                 u"must be a positive integer"_s};
    QCOMPARE(d.toString(), u"plan.json:14:18: error: phases[2].users: must be a positive integer"_s);
    d.line = d.column = 0;
    QCOMPARE(d.toString(), u"plan.json: error: phases[2].users: must be a positive integer"_s);
    d = {Diagnostic::Severity::Warning, QString(), 3, 7, QString(), u"hm"_s};
    QCOMPARE(d.toString(), u"3:7: warning: hm"_s);
    d.line = 0;
    QCOMPARE(d.toString(), u"warning: hm"_s);
    QVERIFY(!hasErrors({d}));
    QVERIFY(hasErrors({d, Diagnostic{}}));

    const QStringList keys = {u"name"_s, u"weight"_s, u"path"_s};
    QCOMPARE(closestMatch(u"wieght"_s, keys), u"weight"_s);
    QCOMPARE(closestMatch(u"Path"_s, keys), u"path"_s);
    QCOMPARE(closestMatch(u"nmae"_s, keys), QString()); // two edits are too many for a short word
    QCOMPARE(closestMatch(u"colour"_s, keys), QString());
}

void PlanTest::positionIndex()
{
    const QByteArray json = "{\"a\": {\"b\\\"c\": [1, {\"d\": \"x\\\\\"}, [] ],\n"
                            "  \"e.f\": \"ü\\u00fc\", \"\\u00e4\": null}, \"g\": \"}\", \"a b\": 2}";
    const JsonPositionIndex index(json);
    auto at = [&](const QString &path) -> QString {
        const TextPosition p = index.find(path);
        return QString::number(p.line) + u':' + QString::number(p.column);
    };
    QCOMPARE(at(QString()), u"1:1"_s);
    QCOMPARE(at(u"a"_s), u"1:7"_s);
    QCOMPARE(at(u"a[\"b\\\"c\"]"_s), u"1:16"_s);
    QCOMPARE(at(u"a[\"b\\\"c\"][0]"_s), u"1:17"_s);
    QCOMPARE(at(u"a[\"b\\\"c\"][1]"_s), u"1:20"_s);
    QCOMPARE(at(u"a[\"b\\\"c\"][1].d"_s), u"1:26"_s);
    QCOMPARE(at(u"a[\"b\\\"c\"][2]"_s), u"1:34"_s);
    QCOMPARE(at(u"a[\"e.f\"]"_s), u"2:10"_s);
    QCOMPARE(at(u"a.ä"_s), u"2:31"_s); // columns count characters: "ü" is one
    QCOMPARE(at(u"g"_s), u"2:43"_s);
    QCOMPARE(at(u"[\"a b\"]"_s), u"2:55"_s);
    QVERIFY(!index.find(u"a.missing"_s).isValid());
    QCOMPARE(index.maxDepth(), 4);

    QCOMPARE(jsonPathChild(QString(), u"headers"_s), u"headers"_s);
    QCOMPARE(jsonPathChild(u"headers"_s, u"Content-Type"_s), u"headers.Content-Type"_s);
    QCOMPARE(jsonPathIndex(u"phases"_s, 2) + u".users"_s, u"phases[2].users"_s);

    const QByteArray dup = "{\"a\": 1,\n \"a\": 2}";
    const JsonPositionIndex dupIndex(dup);
    QCOMPARE(dupIndex.find(u"a"_s).line, 2); // the last value is the one that counts
    QCOMPARE(dupIndex.duplicateKeys().size(), size_t(1));

    // Malformed text must not crash the scan.
    for (const char *bad : {"{\"a\": [1, 2", "{\"a\" 1}", "\"unterminated", "{\"a\": {\"b\": }", "]]]", ""})
        JsonPositionIndex{QByteArray(bad)};
    QCOMPARE(textPositionAt("ab\ncä d", 6), (TextPosition{2, 3})); // byte 6 is after "cä"
}

void PlanTest::loadErrors()
{
    const PlanParseResult missing = loadPlanFile(u"/nonexistent/plan.json"_s);
    QVERIFY(!missing.plan);
    QCOMPARE(missing.diagnostics.size(), size_t(1));
    QVERIFY(missing.diagnostics[0].toString().startsWith(u"/nonexistent/plan.json: error: cannot open the file: "_s));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bom.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF" + edited(R"("users": 1,)", R"("users": -1,)"));
    file.close();
    const PlanParseResult bom = loadPlanFile(path);
    QCOMPARE(allDiagnostics(bom), path + u":14:16: error: phases[0].users: must be a positive integer, not -1"_s);

    QByteArray deep = "{\"x\": " + QByteArray(300, '[') + QByteArray(300, ']') + "}";
    QCOMPARE(allDiagnostics(parsePlan(deep)), u"1:1: error: nested more than 256 levels deep"_s);
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(PlanTest)
#include "tst_plan.moc"

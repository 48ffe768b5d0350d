// The plan format: parsing, validation diagnostics (with JSON path and line:column), defaults, the bundled
// plans, derived values (targets per phase, shares, duration), writing back and redaction.

#include "plan/PlanJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ls;

class PlanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basePlanIsValid();
    void badPlans_data();
    void badPlans();
    void warnings_data();
    void warnings();
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

// A small valid plan, one member per line, so the tests can say where a value starts.
// Top-level values start at column (key length + 7), scenario and phase members at (key length + 11).
const QByteArray basePlan = R"({
  "format": "loadstudio-plan/1",
  "name": "Test",
  "base_url": "http://localhost:8080",
  "scenarios": [
    {
      "name": "A",
      "path": "/a"
    }
  ],
  "phases": [
    {
      "name": "P",
      "users": 1,
      "duration_s": 1
    }
  ]
}
)";

// basePlan with the first occurrence of `from` replaced.
QByteArray edited(const char *from, const QByteArray &to)
{
    QByteArray text = basePlan;
    const qsizetype at = text.indexOf(from);
    Q_ASSERT_X(at >= 0, "edited", from);
    return text.replace(at, qsizetype(qstrlen(from)), to);
}

// basePlan with members added on the line of the plan's "name", the scenario's "path" or the phase's "users".
QByteArray top(const char *members)
{
    return edited(R"("name": "Test",)", R"("name": "Test", )" + QByteArray(members) + ',');
}
QByteArray scenario(const char *members)
{
    return edited(R"("path": "/a")", R"("path": "/a", )" + QByteArray(members));
}
QByteArray phase(const char *members)
{
    return edited(R"("users": 1,)", R"("users": 1, )" + QByteArray(members) + ',');
}

QString allDiagnostics(const PlanParseResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

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

void PlanTest::badPlans()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const PlanParseResult result = parsePlan(json, u"plan.json"_s);
    const QString diagnostics = allDiagnostics(result);
    QVERIFY2(!result.plan, qPrintable(diagnostics));
    QVERIFY(hasErrors(result.diagnostics));
    QVERIFY2(diagnostics.contains(expected), qPrintable(u"expected: "_s + expected + u"\nactual:\n"_s + diagnostics));
}

void PlanTest::warnings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const PlanParseResult result = parsePlan(json, u"plan.json"_s);
    const QString diagnostics = allDiagnostics(result);
    QVERIFY2(result.plan, qPrintable(diagnostics)); // warnings never stop a plan from loading
    QVERIFY(!hasErrors(result.diagnostics));
    QVERIFY2(diagnostics.contains(expected), qPrintable(u"expected: "_s + expected + u"\nactual:\n"_s + diagnostics));
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

void PlanTest::badPlans_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QByteArray &json, const QString &expected) {
        QTest::addRow("%s", name) << json << expected;
    };

    // JSON syntax: line and column of the offending character, in words a user understands.
    row("trailing comma", QByteArray("{\n  \"name\": \"x\",\n}"),
        u"plan.json:3:1: error: unexpected '}' after ','; JSON does not allow a trailing comma"_s);
    row("missing comma", QByteArray("{\n  \"name\": \"x\"\n  \"base_url\": \"y\"\n}"),
        u"plan.json:3:3: error: unexpected string; expected ',' or '}'"_s);
    row("missing value", QByteArray("{\"name\": }"), u"plan.json:1:10: error: unexpected '}'; expected a value"_s);
    row("missing colon", QByteArray("{\n\"name\" \"x\"}"), u"plan.json:2:8: error: unexpected string; expected ':'"_s);
    row("key without quotes", QByteArray("{\n  name: 1}"),
        u"plan.json:2:3: error: invalid literal \"name\"; expected a key in double quotes"_s);
    row("bad literal", QByteArray("{\"tls_verify\": tru }"),
        u"plan.json:1:16: error: invalid literal \"tru\"; text needs double quotes, and the only literals are true, "
        u"false and null"_s);
    row("unterminated", QByteArray("{\"name\": \"x\",\n \"phases\": [1, 2"),
        u"plan.json:2:17: error: unexpected end of input; expected ',' or ']'"_s);
    row("newline in string", QByteArray("{\"name\": \"a\nb\"}"),
        u"plan.json:1:12: error: invalid string: control character U+000A (LF) must be escaped"_s);
    row("bad number", QByteArray("{\"timeout_s\": -}"),
        u"plan.json:1:16: error: invalid number; expected digit after '-'"_s);
    row("number overflow", QByteArray("{\"seed\":\n 1e999}"),
        u"plan.json:2:2: error: number overflow parsing '1e999'"_s);
    row("empty file", QByteArray(" \n "), u"plan.json:2:2: error: the file is empty; expected a JSON object"_s);
    row("not an object", QByteArray("[1]"), u"plan.json:1:1: error: must be a JSON object (the plan), not an array"_s);
    row("utf8 column", QByteArray("{\"name\": \"äöü\" 1}"),
        u"plan.json:1:16: error: unexpected number; expected ',' or '}'"_s);

    // Plan-level members.
    row("format wrong", edited("plan/1", "plan/2"),
        u"plan.json:2:13: error: format: must be \"loadstudio-plan/1\", not \"loadstudio-plan/2\" (this version "
        u"reads only that format)"_s);
    row("name missing", edited(R"("name": "Test",)", ""), u"plan.json:1:1: error: name: is required"_s);
    row("name empty", edited(R"("Test")", R"("  ")"), u"plan.json:3:11: error: name: must not be empty"_s);
    row("name number", edited(R"("Test")", "5"), u"plan.json:3:11: error: name: must be a string, not 5"_s);
    row("description type", top(R"("description": ["x"])"),
        u"plan.json:3:34: error: description: must be a string, not an array"_s);
    row("base_url missing", edited(R"("base_url": "http://localhost:8080",)", ""),
        u"plan.json:1:1: error: base_url: is required"_s);
    row("base_url scheme", edited(R"(http://localhost:8080)", "ftp://localhost"),
        u"plan.json:4:15: error: base_url: must use http or https, not \"ftp\""_s);
    row("base_url relative", edited(R"(http://localhost:8080)", "localhost/api"),
        u"plan.json:4:15: error: base_url: must be an absolute http:// or https:// URL, not \"localhost/api\""_s);
    row("base_url no host", edited(R"(http://localhost:8080)", "http:///x"),
        u"plan.json:4:15: error: base_url: has no host"_s);
    row("base_url query", edited(R"(http://localhost:8080)", "http://h/?a=1"),
        u"plan.json:4:15: error: base_url: must not have a query or fragment"_s);
    row("headers type", top(R"("headers": "Accept: x")"),
        u"plan.json:3:30: error: headers: must be an object (name: value) or an array of {\"name\", \"value\", "
        u"\"secret\"}, not a string"_s);
    row("header name", top(R"("headers": {"Bad Name": "x"})"),
        u"plan.json:3:43: error: headers[\"Bad Name\"]: \"Bad Name\" is not a valid header name"_s);
    row("header value type", top(R"("headers": {"X-N": 5})"),
        u"plan.json:3:38: error: headers.X-N: must be a string, not 5"_s);
    row("header line break", top(R"("headers": {"X": "a\nb"})"),
        u"plan.json:3:36: error: headers.X: must not contain line breaks"_s);
    row("header template", top(R"("headers": {"Authorization": "Bearer ${API_TOKEN}"})"),
        u"plan.json:3:48: error: headers.Authorization: unknown placeholder \"${API_TOKEN}\"; environment variables "
        u"are written ${env:NAME}"_s);
    row("header array value missing", top(R"("headers": [{"name": "X", "secret": 1}])"),
        u"plan.json:3:31: error: headers[0].value: is required"_s);
    row("header secret type", top(R"("headers": [{"name": "X", "value": "", "secret": 1}])"),
        u"plan.json:3:68: error: headers[0].secret: must be true or false, not 1"_s);
    row("timeout zero", top(R"("timeout_s": 0)"),
        u"plan.json:3:32: error: timeout_s: must be a positive number, not 0"_s);
    row("timeout string", top(R"("timeout_s": "30")"),
        u"plan.json:3:32: error: timeout_s: must be a number, not a string"_s);
    row("tls_verify", top(R"("tls_verify": "yes")"),
        u"plan.json:3:33: error: tls_verify: must be true or false, not a string"_s);
    row("transport", top(R"("transport": "http2")"),
        u"plan.json:3:32: error: transport: must be one of \"auto\", \"native\", \"qnam\", not \"http2\""_s);
    row("follow_redirects negative", top(R"("follow_redirects": -1)"),
        u"plan.json:3:39: error: follow_redirects: must be an integer from 0 (do not follow) to 20"_s);
    row("follow_redirects too many", top(R"("follow_redirects": 21)"),
        u"plan.json:3:39: error: follow_redirects: must be an integer from 0 (do not follow) to 20"_s);
    row("http_version", top(R"("http_version": "3")"),
        u"plan.json:3:35: error: http_version: must be \"1.1\" or \"2\", not \"3\""_s);
    row("proxy scheme", top(R"("proxy": "ftp://127.0.0.1:21")"),
        u"plan.json:3:28: error: proxy: must use http or socks5, not \"ftp\""_s);
    row("proxy port", top(R"("proxy": "http://127.0.0.1")"),
        u"plan.json:3:28: error: proxy: needs a port (e.g. :3128)"_s);
    row("proxy per-request placeholder", top(R"("proxy": "http://{{uuid}}:1")"),
        u"plan.json:3:28: error: proxy: may use ${env:NAME} but no per-request placeholders ({{...}})"_s);
    row("auth without user", top(R"("auth": {"password": "x"})"),
        u"plan.json:3:27: error: auth: needs a \"user\" (the name to answer the server's challenge with)"_s);
    row("auth unknown key", top(R"("auth": {"user": "u", "scheme": "ntlm"})"),
        u"plan.json:3:51: error: auth.scheme: unknown key (known: user, password)"_s);
    row("native cannot proxy", top(R"("transport": "native", "proxy": "http://127.0.0.1:3128")"),
        u"plan.json:3:32: error: transport: \"native\" speaks plain HTTP/1.1 without a proxy or server "
        u"authentication; this plan sets http_version \"2\", proxy or auth: use \"auto\" or \"qnam\""_s);
    row("seed negative", top(R"("seed": -1)"),
        u"plan.json:3:27: error: seed: must be a non-negative integer, not -1"_s);
    row("seed fraction", top(R"("seed": 1.5)"),
        u"plan.json:3:27: error: seed: must be a non-negative integer, not 1.5"_s);
    row("pause negative", top(R"("pause_between_phases_s": -2)"),
        u"plan.json:3:45: error: pause_between_phases_s: must be a non-negative number, not -2"_s);
    row("secret_variables", top(R"("secret_variables": ["A", "1X"])"),
        u"plan.json:3:45: error: secret_variables[1]: \"1X\" is not a variable name"_s);

    // Scenarios.
    row("scenarios missing",
        edited("\"scenarios\": [\n    {\n      \"name\": \"A\",\n      \"path\": \"/a\"\n    }\n  ],", ""),
        u"plan.json:1:1: error: scenarios: is required"_s);
    row("scenarios empty", edited("[\n    {\n      \"name\": \"A\",", R"([], "x": [{"name": "A",)"),
        u"plan.json:5:16: error: scenarios: must not be empty"_s);
    row("scenario not object", edited(R"("scenarios": [)", R"("scenarios": [7,)"),
        u"plan.json:5:17: error: scenarios[0]: must be an object, not 7"_s);
    row("scenario name missing", edited(R"("name": "A",)", ""),
        u"plan.json:6:5: error: scenarios[0].name: is required"_s);
    row("scenario name duplicate", edited("    }\n  ],", "    },\n    {\"name\": \"A\", \"path\": \"/b\"}\n  ],"),
        u"plan.json:10:14: error: scenarios[1].name: duplicate scenario name \"A\" (also scenarios[0])"_s);
    row("method", scenario(R"("method": "FETCH")"),
        u"plan.json:8:31: error: scenarios[0].method: must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, "
        u"not \"FETCH\""_s);
    row("path missing", edited(",\n      \"path\": \"/a\"", ""),
        u"plan.json:6:5: error: scenarios[0].path: is required"_s);
    row("path no slash", edited(R"("/a")", R"("a/b")"),
        u"plan.json:8:15: error: scenarios[0].path: must start with \"/\" (it is appended to base_url), not \"a/b\""_s);
    row("path template", edited(R"("/a")", R"("/a/{{id}}")"),
        u"plan.json:8:15: error: scenarios[0].path: unknown placeholder \"{{id}}\"; valid placeholders are"_s);
    row("weight negative", scenario(R"("weight": -1)"),
        u"plan.json:8:31: error: scenarios[0].weight: must be a non-negative number, not -1"_s);
    row("all weights zero", scenario(R"("weight": 0)"),
        u"plan.json:5:16: error: scenarios: at least one scenario needs a weight above 0"_s);
    row("body number", scenario(R"("method": "POST", "body": 5)"),
        u"plan.json:8:47: error: scenarios[0].body: must be a string, or a JSON object or array, not 5"_s);
    row("body template", scenario(R"("method": "POST", "body": {"a": "{{random:5:1}}"})"),
        u"plan.json:8:47: error: scenarios[0].body: \"{{random:5:1}}\": the lower bound 5 is greater than the upper "
        u"bound 1"_s);
    row("body unclosed", scenario(R"("method": "POST", "body": "{{uuid")"),
        u"plan.json:8:47: error: scenarios[0].body: unclosed \"{{\" at character 1 (missing \"}}\")"_s);
    row("expect type", scenario(R"("expect": 200)"),
        u"plan.json:8:31: error: scenarios[0].expect: must be an object, not 200"_s);
    row("expect status", scenario(R"("expect": {"status": [200, 42]})"),
        u"plan.json:8:48: error: scenarios[0].expect.status[1]: must be an HTTP status code (100 to 599), not 42"_s);
    row("expect json without equals", scenario(R"("expect": {"json": "data.status"})"),
        u"plan.json:8:31: error: scenarios[0].expect.equals: is required with \"json\""_s);
    row("expect equals without json", scenario(R"("expect": {"equals": 1})"),
        u"plan.json:8:42: error: scenarios[0].expect.equals: needs \"json\""_s);
    row("expect json path", scenario(R"("expect": {"json": "a..b", "equals": 1})"),
        u"plan.json:8:40: error: scenarios[0].expect.json: must be a dotted field path such as \"data.status\", not "
        u"\"a..b\""_s);

    // Phases.
    row("phases empty", edited("\"phases\": [\n    {", R"("phases": [], "x": [{)"),
        u"plan.json:11:13: error: phases: must not be empty"_s);
    row("phases type", edited("\"phases\": [\n    {", R"("phases": {}, "x": [{)"),
        u"plan.json:11:13: error: phases: must be an array of phases, not an object"_s);
    row("phase name duplicate",
        edited("    }\n  ]\n}", "    },\n    {\"name\": \"P\", \"users\": 2, \"duration_s\": 1}\n  ]\n}"),
        u"plan.json:17:14: error: phases[1].name: duplicate phase name \"P\" (also phases[0])"_s);
    row("users and arrival_rate", phase(R"("arrival_rate": 5)"),
        u"plan.json:12:5: error: phases[0]: set either \"users\" (closed model) or \"arrival_rate\" (open model), "
        u"not both"_s);
    row("neither users nor rate", edited(R"("users": 1,)", ""),
        u"plan.json:12:5: error: phases[0]: needs \"users\" (closed model) or \"arrival_rate\" (open model)"_s);
    row("users zero", edited(R"("users": 1,)", R"("users": 0,)"),
        u"plan.json:14:16: error: phases[0].users: must be a positive integer, not 0"_s);
    row("users fraction", edited(R"("users": 1,)", R"("users": 2.5,)"),
        u"plan.json:14:16: error: phases[0].users: must be a positive integer, not 2.5"_s);
    row("users string", edited(R"("users": 1,)", R"("users": "10",)"),
        u"plan.json:14:16: error: phases[0].users: must be a positive integer, not a string"_s);
    row("users huge", edited(R"("users": 1,)", R"("users": 1e12,)"),
        u"plan.json:14:16: error: phases[0].users: must be at most 2147483647"_s);
    row("arrival_rate zero", edited(R"("users": 1,)", R"("arrival_rate": 0,)"),
        u"plan.json:14:23: error: phases[0].arrival_rate: must be a positive number, not 0"_s);
    row("max_users", edited(R"("users": 1,)", R"("arrival_rate": 10, "max_users": -3,)"),
        u"plan.json:14:40: error: phases[0].max_users: must be a positive integer, not -3"_s);
    row("duration missing", edited(",\n      \"duration_s\": 1", ""),
        u"plan.json:12:5: error: phases[0].duration_s: is required"_s);
    row("duration zero", edited(R"("duration_s": 1)", R"("duration_s": 0)"),
        u"plan.json:15:21: error: phases[0].duration_s: must be a positive number, not 0"_s);
    row("ramp_up negative", phase(R"("ramp_up_s": -1)"),
        u"plan.json:14:32: error: phases[0].ramp_up_s: must be a non-negative number, not -1"_s);
    row("graceful_stop negative", phase(R"("graceful_stop_s": -1)"),
        u"plan.json:14:38: error: phases[0].graceful_stop_s: must be a non-negative number, not -1"_s);
    row("think time reversed", phase(R"("think_time_ms": [500, 100])"),
        u"plan.json:14:36: error: phases[0].think_time_ms: min (500) must not be greater than max (100)"_s);
    row("think time negative min", phase(R"("think_time_ms": [-1, 100])"),
        u"plan.json:14:37: error: phases[0].think_time_ms[0]: must be a non-negative number, not -1"_s);
    row("think time shape", phase(R"("think_time_ms": [1, 2, 3])"),
        u"plan.json:14:36: error: phases[0].think_time_ms: must be a non-negative number or [min, max], not an "
        u"array"_s);

    // Targets.
    row("targets type", top(R"("targets": [])"),
        u"plan.json:3:30: error: targets: must be an object (metric: {\"goal\": n, \"critical\": n}), not an array"_s);
    row("unknown metric", top(R"("targets": {"p90_ms": {"goal": 1, "critical": 2}})"),
        u"plan.json:3:41: error: targets.p90_ms: unknown metric \"p90_ms\"; known metrics are success_rate, "
        u"error_rate, avg_ms, p50_ms, p95_ms, p99_ms, throughput_rps"_s);
    row("percent above 100", top(R"("targets": {"success_rate": {"goal": 101, "critical": 95}})"),
        u"plan.json:3:56: error: targets.success_rate.goal: must be between 0 and 100 (a percentage), not 101"_s);
    row("ms negative", top(R"("targets": {"p95_ms": {"goal": -1, "critical": 5}})"),
        u"plan.json:3:50: error: targets.p95_ms.goal: must be a non-negative number, not -1"_s);
    row("lower is better reversed", top(R"("targets": {"p95_ms": {"goal": 500, "critical": 200}})"),
        u"plan.json:3:41: error: targets.p95_ms: goal (500) must not be above critical (200): lower p95_ms is "
        u"better"_s);
    row("higher is better reversed", top(R"("targets": {"throughput_rps": {"goal": 20, "critical": 50}})"),
        u"plan.json:3:49: error: targets.throughput_rps: goal (20) must not be below critical (50): higher "
        u"throughput_rps is better"_s);
    row("critical missing", top(R"("targets": {"avg_ms": {"goal": 5}})"),
        u"plan.json:3:41: error: targets.avg_ms.critical: is required"_s);
    row("target not object", top(R"("targets": {"avg_ms": 5})"),
        u"plan.json:3:41: error: targets.avg_ms: must be an object {\"goal\": n, \"critical\": n}, not 5"_s);
    row("null in plan targets", top(R"("targets": {"avg_ms": null})"),
        u"plan.json:3:41: error: targets.avg_ms: null is only allowed in a phase's targets"_s);
    row("phase target", phase(R"("targets": {"error_rate": {"goal": 10, "critical": 5}})"),
        u"plan.json:14:45: error: phases[0].targets.error_rate: goal (10) must not be above critical (5)"_s);
    row("abort type", top(R"("abort_on_critical": "yes")"),
        u"plan.json:3:40: error: abort_on_critical: must be true, false or {\"metric\": ..., \"window_s\": ...}, not "
        u"a string"_s);
    row("abort metric", top(R"("abort_on_critical": {"metric": "errors"})"),
        u"plan.json:3:51: error: abort_on_critical.metric: unknown metric \"errors\""_s);
    row("abort window", top(R"("abort_on_critical": {"window_s": 0})"),
        u"plan.json:3:53: error: abort_on_critical.window_s: must be a positive number, not 0"_s);
}

void PlanTest::warnings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QByteArray &json, const QString &expected) {
        QTest::addRow("%s", name) << json << expected;
    };
    row("format missing", edited(R"("format": "loadstudio-plan/1",)", ""),
        u"plan.json:1:1: warning: format: missing; assuming \"loadstudio-plan/1\""_s);
    row("unknown top-level key", top(R"("colour": "blue")"),
        u"plan.json:3:29: warning: colour: unknown key, ignored; known keys here: format, name, description, "
        u"base_url"_s);
    row("typo in scenario", scenario(R"("wieght": 3)"),
        u"plan.json:8:31: warning: scenarios[0].wieght: unknown key, ignored; did you mean \"weight\"?"_s);
    row("typo in phase", phase(R"("duraton_s": 3)"),
        u"plan.json:14:32: warning: phases[0].duraton_s: unknown key, ignored; did you mean \"duration_s\"?"_s);
    row("unknown in expect", scenario(R"("expect": {"statuses": [200]})"),
        u"plan.json:8:44: warning: scenarios[0].expect.statuses: unknown key, ignored; did you mean \"status\"?"_s);
    row("unknown in target", top(R"("targets": {"avg_ms": {"goal": 1, "critical": 2, "warn": 1}})"),
        u"plan.json:3:76: warning: targets.avg_ms.warn: unknown key, ignored; known keys here: goal, critical"_s);
    row("duplicate key", top(R"("name": "Other")"),
        u"plan.json:3:27: warning: name: duplicate key; the last value is used"_s);
    row("body on GET", scenario(R"("body": "x")"),
        u"plan.json:8:29: warning: scenarios[0].body: a body on a GET request is unusual; many servers ignore or "
        u"reject it"_s);
    row("max_users with users", phase(R"("max_users": 3)"),
        u"plan.json:14:32: warning: phases[0].max_users: only used with \"arrival_rate\" (open model); ignored"_s);
    row("think time in open model", edited(R"("users": 1,)", R"("arrival_rate": 1, "think_time_ms": 3,)"),
        u"plan.json:14:43: warning: phases[0].think_time_ms: only used with \"users\" (closed model); ignored"_s);
    row("null disables nothing", phase(R"("targets": {"p99_ms": null})"),
        u"plan.json:14:41: warning: phases[0].targets.p99_ms: null turns off the plan's p99_ms target, but the plan "
        u"has none"_s);
    row("header twice", top(R"("headers": {"Accept": "a", "accept": "b"})"),
        u"plan.json:3:56: warning: headers.accept: header \"accept\" is set twice in this list (also at "
        u"headers.Accept)"_s);
    row("abort without target", top(R"("abort_on_critical": true)"),
        u"plan.json:3:40: warning: abort_on_critical: no target sets a critical level for error_rate, so this can "
        u"never trigger"_s);
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(PlanTest)
#include "tst_plan.moc"

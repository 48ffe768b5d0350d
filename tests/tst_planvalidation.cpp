// Plan validation: every rule's diagnostic, with its JSON path and line:column, for errors and for warnings.

#include "PlanTestData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ls;
using namespace ls::test;

class PlanValidationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badPlans_data();
    void badPlans();
    void warnings_data();
    void warnings();
};

#ifndef Q_MOC_RUN

void PlanValidationTest::badPlans()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const PlanParseResult result = parsePlan(json, u"plan.json"_s);
    const QString diagnostics = allDiagnostics(result);
    QVERIFY2(!result.plan, qPrintable(diagnostics));
    QVERIFY(hasErrors(result.diagnostics));
    QVERIFY2(diagnostics.contains(expected), qPrintable(u"expected: "_s + expected + u"\nactual:\n"_s + diagnostics));
}

void PlanValidationTest::warnings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const PlanParseResult result = parsePlan(json, u"plan.json"_s);
    const QString diagnostics = allDiagnostics(result);
    QVERIFY2(result.plan, qPrintable(diagnostics)); // warnings never stop a plan from loading
    QVERIFY(!hasErrors(result.diagnostics));
    QVERIFY2(diagnostics.contains(expected), qPrintable(u"expected: "_s + expected + u"\nactual:\n"_s + diagnostics));
}

void PlanValidationTest::badPlans_data()
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

void PlanValidationTest::warnings_data()
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

QTEST_GUILESS_MAIN(PlanValidationTest)
#include "tst_planvalidation.moc"

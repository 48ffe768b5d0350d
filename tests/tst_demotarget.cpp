// Tests of the built-in demo target (ls::DemoTarget) over raw sockets, and of the faulty test servers in
// tests/support that the engine's error-class tests use.

#include "DemoTarget.h"
#include "TestServers.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using ls::DemoTarget;
using ls::DemoTargetConfig;
using ls::LatencySpec;

using Client = ls::test::RawHttpClient;
using Response = ls::test::RawHttpClient::Response;
using ls::test::fetch;
using ls::test::get;
using ls::test::post;

namespace {

const QByteArray kHealth = get("/api/health");

QByteArray agent(int id)
{
    return get("/api/mcp/retell/agents/" + QByteArray::number(id));
}

// Milliseconds a request/answer round trip on client takes.
qint64 timed(Client &client, const QByteArray &raw, Response *r)
{
    QElapsedTimer timer;
    timer.start();
    *r = client.ask(raw);
    return timer.elapsed();
}

// A config with no artificial delays, so tests only wait where they mean to.
DemoTargetConfig fastConfig()
{
    DemoTargetConfig c;
    c.dbQueryLatency = LatencySpec{};
    c.downstreamLatency = LatencySpec{};
    c.queueWorkMs = 0;
    return c;
}

} // namespace

class TestDemoTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencySpecParse_data();
    void latencySpecParse();
    void configJson();

    void startStopRestart();
    void endpointsAndRouting();
    void availability_data();
    void availability();
    void webhookQueue();
    void tooLarge();
    void malformed_data();
    void malformed();
    void keepAlive();
    void pipelinedInOrder();
    void deepPipeline();
    void manyConnections();
    void connectionClose();
    void latencyApplied();
    void circuitBreaker();
    void rateLimitAndErrors();
    void controlEndpoint();
    void statsCounts();

    void resettingServer();
    void silentServer();
    void malformedServer();
    void countingServer();
    void freeClosedPort();
};

void TestDemoTarget::latencySpecParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<QString>("canonical");
    using K = LatencySpec::Kind;
    const auto good = [](const char *name, const QString &text, K kind, double a, double b, const QString &canonical) {
        QTest::newRow(name) << text << true << int(kind) << a << b << canonical;
    };
    good("fixed", u"20"_s, K::Fixed, 20, 0, u"20"_s);
    good("fixed fraction", u" 2.5 "_s, K::Fixed, 2.5, 0, u"2.5"_s);
    good("zero", u"0"_s, K::Fixed, 0, 0, u"0"_s);
    good("uniform", u"10-50"_s, K::Uniform, 10, 50, u"10-50"_s);
    good("uniform spaces", u"10 - 50"_s, K::Uniform, 10, 50, u"10-50"_s);
    good("normal", u"normal:50:10"_s, K::Normal, 50, 10, u"normal:50:10"_s);
    good("exp", u"exp:20"_s, K::Exponential, 20, 0, u"exp:20"_s);
    good("lognormal", u"lognormal:20:200"_s, K::LogNormal, 20, 200, u"lognormal:20:200"_s);
    good("fixed: prefix", u"fixed:7"_s, K::Fixed, 7, 0, u"7"_s);
    good("uniform: prefix", u"uniform:1:3"_s, K::Uniform, 1, 3, u"1-3"_s);
    // Rejected, each with a message quoting the text.
    for (const char *bad : {"", "-5", "5--10", "50-10", "fast", "20ms", "gamma:1:2", "normal:50", "normal:50:-1",
                            "exp:1:2", "lognormal:20:10", "lognormal:0:10", "nan", "1e9"})
        QTest::newRow(*bad ? bad : "empty") << QString::fromLatin1(bad) << false << 0 << 0.0 << 0.0 << QString();
}

void TestDemoTarget::latencySpecParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    LatencySpec spec;
    QString error;
    QCOMPARE(LatencySpec::parse(text, &spec, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
        return;
    }
    QFETCH(int, kind);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(QString, canonical);
    QCOMPARE(int(spec.kind), kind);
    QCOMPARE(spec.a, a);
    QCOMPARE(spec.b, b);
    QCOMPARE(spec.toString(), canonical);
    LatencySpec again;
    QVERIFY(LatencySpec::parse(spec.toString(), &again, nullptr));
    QCOMPARE(again.toString(), canonical);
}

void TestDemoTarget::configJson()
{
    DemoTargetConfig c;
    QVERIFY(LatencySpec::parse(u"normal:50:10"_s, &c.latency, nullptr));
    c.errorRatePercent = 2.5;
    c.downstreamOffline = true;
    c.seed = 42;
    const QJsonObject json = c.toJson();
    for (const char *key : {"address", "port", "threads", "latency", "health_latency", "db_query_latency",
                            "downstream_latency", "availability_queries", "error_rate_percent", "rate_limit_rps",
                            "queue_capacity", "queue_work_ms", "queue_workers", "downstream_offline",
                            "downstream_timeout_ms", "breaker_failure_threshold", "breaker_open_s", "seed"})
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
    QCOMPARE(json.value(u"latency"_s).toString(), u"normal:50:10"_s);
    QCOMPARE(json.value(u"db_query_latency"_s).toString(), u"1-3"_s);

    DemoTargetConfig round;
    QString error;
    QVERIFY2(round.applyJson(json, &error), qPrintable(error));
    QCOMPARE(round.toJson(), json);

    DemoTargetConfig partial;
    QVERIFY(partial.applyJson(QJsonObject{{u"queue_capacity"_s, 7}, {u"health_latency"_s, 12}}, &error));
    QCOMPARE(partial.queueCapacity, 7);
    QCOMPARE(partial.healthLatency.toString(), u"12"_s);
    QCOMPARE(partial.queueWorkers, 2);

    // Failures name the key and change nothing (even keys before the bad one).
    const std::pair<QJsonObject, const char *> bad[] = {
        {{{u"nonsense"_s, 1}}, "nonsense"},
        {{{u"latency"_s, u"-3"_s}}, "latency"},
        {{{u"latency"_s, true}}, "latency"},
        {{{u"error_rate_percent"_s, 150}}, "error_rate_percent"},
        {{{u"threads"_s, 1.5}}, "threads"},
        {{{u"queue_workers"_s, 0}}, "queue_workers"},
        {{{u"address"_s, u"10.0.0.1"_s}}, "address"},
        {{{u"downstream_offline"_s, u"yes"_s}}, "downstream_offline"},
        {{{u"queue_capacity"_s, 5}, {u"seed"_s, -1}}, "seed"},
    };
    for (const auto &[json, key] : bad) {
        DemoTargetConfig target;
        error.clear();
        QVERIFY2(!target.applyJson(json, &error), key);
        QVERIFY2(error.contains(QLatin1StringView(key)), qPrintable(error));
        QCOMPARE(target.toJson(), DemoTargetConfig().toJson());
    }
}

void TestDemoTarget::startStopRestart()
{
    for (const QHostAddress &address : {QHostAddress(QHostAddress::Any), QHostAddress(u"192.0.2.1"_s)}) {
        DemoTargetConfig c;
        c.address = address;
        DemoTarget refused(c);
        QString error;
        QVERIFY(!refused.start(&error));
        QVERIFY2(error.contains(u"loopback"_s), qPrintable(error));
        QVERIFY(!refused.isRunning());
        QCOMPARE(refused.port(), quint16(0));
    }

    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    QVERIFY(target.isRunning());
    QVERIFY(target.port() != 0);
    QCOMPARE(target.baseUrl(), u"http://127.0.0.1:%1"_s.arg(target.port()));
    QString error;
    QVERIFY(!target.start(&error));
    QVERIFY(error.contains(u"already running"_s));

    DemoTargetConfig clash = fastConfig(); // a port in use is reported
    clash.port = target.port();
    DemoTarget second(clash);
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QString::number(target.port())), qPrintable(error));

    QCOMPARE(fetch(target.port(), kHealth).status, 200);
    target.stop();
    QVERIFY(!target.isRunning());
    target.stop(); // idempotent
    QVERIFY(target.start());
    QCOMPARE(fetch(target.port(), kHealth).status, 200);

    DemoTargetConfig v6 = fastConfig(); // IPv6 loopback, where available
    v6.address = QHostAddress::LocalHostIPv6;
    DemoTarget six(v6);
    if (six.start(&error))
        QVERIFY(six.baseUrl().startsWith(u"http://[::1]:"_s));
}

void TestDemoTarget::endpointsAndRouting()
{
    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    const quint16 port = target.port();
    Response r = fetch(port, get("/api/health?probe=1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
    QCOMPARE(r.header("content-length").toInt(), r.body.size());
    QCOMPARE(r.value("status").toString(), u"ok"_s);
    QVERIFY(QDateTime::fromString(r.value("timestamp").toString(), Qt::ISODate).isValid());

    r = fetch(port, agent(17));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value("agent_id").toInt(), 17);
    QCOMPARE(r.value("source").toString(), u"live"_s);
    QVERIFY(!r.value("name").toString().isEmpty());

    for (const char *path : {"/api/mcp/retell/agents/abc", "/api/mcp/retell/agents/", "/api/mcp/retell/agents/1x",
                             "/api/nothing", "/", "/__control/nothing"})
        QVERIFY2(fetch(port, get(path)).status == 404, path);

    r = fetch(port, post("/api/health", "{}"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), QByteArray("GET"));
    r = fetch(port, get("/api/test/webhook"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), QByteArray("POST"));
    QCOMPARE(fetch(port, get("/api/retell/check-intelligent-availability")).status, 405);
    QCOMPARE(fetch(port, "DELETE /api/mcp/retell/agents/1 HTTP/1.1\r\n\r\n").status, 405);
    QCOMPARE(fetch(port, get("/__control/stats").replace("GET", "PUT")).status, 405);
}

void TestDemoTarget::availability_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // empty: valid
    const std::pair<const char *, const char *> rows[] = {
        {R"({"date":"2025-06-26","service_id":3})", ""},
        {"date=2025-06-26", "body"},
        {"[1]", "body"},
        {"", "body"},
        {R"({"service_id":3})", "date"},
        {R"({"date":"26.06.2025","service_id":3})", "date"},
        {R"({"date":"2025-02-30","service_id":3})", "date"},
        {R"({"date":20250626,"service_id":3})", "date"},
        {R"({"date":"2025-06-26"})", "service_id"},
        {R"({"date":"2025-06-26","service_id":0})", "service_id"},
        {R"({"date":"2025-06-26","service_id":"3"})", "service_id"},
        {R"({"date":"2025-06-26","service_id":1.5})", "service_id"},
    };
    for (const auto &[body, field] : rows)
        QTest::newRow(*body ? body : "empty") << QByteArray(body) << QString::fromLatin1(field);
}

void TestDemoTarget::availability()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    const Response r = fetch(target.port(), post("/api/retell/check-intelligent-availability", body));
    if (field.isEmpty()) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value("date").toString(), u"2025-06-26"_s);
        QCOMPARE(r.value("service_id").toInt(), 3);
        QVERIFY(r.value("slots").toArray().size() >= 1);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.value("field").toString(), field);
        QVERIFY2(r.value("message").toString().contains(field), r.body.constData());
    }
}

void TestDemoTarget::webhookQueue()
{
    DemoTargetConfig c = fastConfig();
    c.queueCapacity = 2;
    c.queueWorkers = 1;
    c.queueWorkMs = 300;
    DemoTarget target(c);
    QVERIFY(target.start());
    Client client(target.port());
    const QByteArray hook = post("/api/test/webhook", R"({"event":"call_ended"})");
    client.send(hook + hook + hook);
    Response r = client.next();
    QCOMPARE(r.status, 202);
    QCOMPARE(r.value("queued").toBool(), true);
    QCOMPARE(r.value("position").toInt(), 1);
    QCOMPARE(client.next().value("position").toInt(), 2);
    r = client.next();
    QCOMPARE(r.status, 503);
    QCOMPARE(r.value("error").toString(), u"queue full"_s);
    QCOMPARE(target.stats().queueLength, 2);
    QCOMPARE(target.stats().status503, 1);
    QTRY_COMPARE_WITH_TIMEOUT(target.stats().queueProcessed, 2, 3000);
    QCOMPARE(target.stats().queueLength, 0);
    QCOMPARE(client.ask(hook).status, 202);
}

void TestDemoTarget::tooLarge()
{
    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    Client announced(target.port()); // answered before the body arrives
    Response r = announced.ask("POST /api/test/webhook HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n");
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("connection"), QByteArray("close"));
    QVERIFY(announced.waitClosed());

    // Sent in full: the client still gets the 413 (no reset while it uploads).
    QCOMPARE(fetch(target.port(), post("/api/test/webhook", QByteArray(1024 * 1024 + 1, 'x'))).status, 413);
    // Exactly 1 MiB is accepted (then 400: blanks are no JSON object).
    const QByteArray blanks(1024 * 1024, ' ');
    QCOMPARE(fetch(target.port(), post("/api/retell/check-intelligent-availability", blanks)).status, 400);

    Client big(target.port());
    QCOMPARE(big.ask("GET /api/health HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n").status, 413);
    QVERIFY(big.waitClosed());
}

void TestDemoTarget::malformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    const std::tuple<const char *, const char *, int> rows[] = {
        {"garbage", "GARBAGE\r\n\r\n", 400},
        {"no version", "GET /api/health\r\n\r\n", 400},
        {"double space", "GET  /api/health HTTP/1.1\r\n\r\n", 400},
        {"relative target", "GET api/health HTTP/1.1\r\n\r\n", 400},
        {"bad version", "GET /api/health HTTX/1.1\r\n\r\n", 400},
        {"http2", "GET /api/health HTTP/2.0\r\n\r\n", 505},
        {"header without colon", "GET /api/health HTTP/1.1\r\nHost\r\n\r\n", 400},
        {"space before colon", "GET /api/health HTTP/1.1\r\nHost : x\r\n\r\n", 400},
        {"folding", "GET /api/health HTTP/1.1\r\nA: b\r\n c\r\n\r\n", 400},
        {"bad length", "POST /api/test/webhook HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", 400},
        {"two lengths", "POST /api/test/webhook HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400},
        {"chunked", "POST /api/test/webhook HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
    };
    for (const auto &[name, raw, status] : rows)
        QTest::newRow(name) << QByteArray(raw) << status;
}

void TestDemoTarget::malformed()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    Client client(target.port());
    const Response r = client.ask(raw + kHealth); // the second request must not be answered
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("connection"), QByteArray("close"));
    QVERIFY(r.json().contains(u"error"_s));
    QVERIFY(client.waitClosed());
    QCOMPARE(client.readRaw(100), QByteArray());
    QCOMPARE(target.stats().status4xx + target.stats().status5xx, 1);
}

void TestDemoTarget::keepAlive()
{
    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    Client client(target.port());
    for (int i = 0; i < 5; ++i) {
        const Response r = client.ask(i % 2 ? kHealth : agent(i));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
    }
    // Split across writes: the parser resumes where it stopped.
    const QByteArray raw =
        post("/api/retell/check-intelligent-availability", R"({"date":"2025-06-26","service_id":1})");
    for (qsizetype i = 0; i < raw.size(); i += 7) {
        client.send(raw.mid(i, 7));
        QTest::qWait(1);
    }
    QCOMPARE(client.next().status, 200);
    // A client waiting for "100 Continue" before it sends the body.
    const QByteArray body = R"({"date":"2025-06-26","service_id":2})";
    client.send("POST /api/retell/check-intelligent-availability HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(client.socket().waitForReadyRead(2000));
    QVERIFY(client.socket().peek(64).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    QCOMPARE(client.ask(body).status, 200);
    QCOMPARE(target.stats().connectionsAccepted, 1);
    QCOMPARE(target.stats().requests, 7);
}

void TestDemoTarget::pipelinedInOrder()
{
    DemoTargetConfig c = fastConfig();
    c.dbQueryLatency = LatencySpec{LatencySpec::Kind::Fixed, 80, 0};
    DemoTarget target(c);
    QVERIFY(target.start());
    Client client(target.port());
    // The slow agent lookup first: its answer must still come first.
    client.send(agent(5) + kHealth + get("/nope") + post("/api/test/webhook", "{}") + get("/__control/stats"));
    QCOMPARE(client.next().value("agent_id").toInt(), 5);
    QCOMPARE(client.next().value("status").toString(), u"ok"_s);
    QCOMPARE(client.next().status, 404);
    QCOMPARE(client.next().status, 202);
    QVERIFY(client.next().json().contains(u"breaker_state"_s));
    QVERIFY(target.stats().peakInFlight >= 2);
}

void TestDemoTarget::deepPipeline()
{
    // More pipelined requests than the server parses ahead (128): it pauses, then resumes as answers go out.
    DemoTargetConfig c = fastConfig();
    c.healthLatency = LatencySpec{LatencySpec::Kind::Uniform, 1, 20};
    DemoTarget target(c);
    QVERIFY(target.start());
    Client client(target.port());
    QByteArray burst;
    const int count = 300;
    for (int i = 0; i < count; ++i)
        burst += i % 3 ? kHealth : agent(i);
    client.send(burst);
    for (int i = 0; i < count; ++i) {
        const Response r = client.next();
        QVERIFY2(r.status == 200, QByteArray::number(i).constData());
        if (i % 3 == 0)
            QCOMPARE(r.value("agent_id").toInt(), i);
        else
            QCOMPARE(r.value("status").toString(), u"ok"_s);
    }
    QCOMPARE(target.stats().requests, count);
    QVERIFY(target.stats().peakInFlight <= 128);
}

void TestDemoTarget::manyConnections()
{
    DemoTargetConfig c = fastConfig();
    c.threads = 2;
    c.healthLatency = LatencySpec{LatencySpec::Kind::Fixed, 30, 0};
    DemoTarget target(c);
    QVERIFY(target.start());
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 200; ++i) {
        clients.push_back(std::make_unique<Client>(target.port()));
        clients.back()->send(kHealth);
    }
    for (int round = 0; round < 2; ++round) {
        for (auto &client : clients)
            QCOMPARE(client->next().status, 200);
        for (auto &client : clients)
            client->send(kHealth); // keep-alive, spread over both threads
    }
    QCOMPARE(target.stats().connectionsAccepted, 200);
    QCOMPARE(target.stats().peakOpenConnections, 200);
    QVERIFY(target.stats().peakInFlight > 1);
    clients.clear();
    QTRY_COMPARE(target.stats().openConnections, 0);
}

void TestDemoTarget::connectionClose()
{
    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    Client client(target.port());
    Response r = client.ask(get("/api/health", "Connection: close\r\n") + kHealth);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("connection"), QByteArray("close"));
    QVERIFY(client.waitClosed());
    QCOMPARE(client.readRaw(100), QByteArray());

    // HTTP/1.0 closes unless asked to keep alive.
    Client old(target.port());
    QCOMPARE(old.ask("GET /api/health HTTP/1.0\r\n\r\n").header("connection"), QByteArray("close"));
    QVERIFY(old.waitClosed());
    Client oldKeep(target.port());
    r = oldKeep.ask("GET /api/health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
    QTRY_COMPARE(target.stats().openConnections, 1);
}

void TestDemoTarget::latencyApplied()
{
    DemoTargetConfig c = fastConfig();
    c.latency = LatencySpec{LatencySpec::Kind::Fixed, 50, 0};
    QVERIFY(LatencySpec::parse(u"30-40"_s, &c.healthLatency, nullptr)); // on top of the global 50 ms
    DemoTarget target(c);
    QVERIFY(target.start());
    Client client(target.port());
    Response r;
    for (const QByteArray &raw : {get("/nothing"), post("/api/test/webhook", "{}"), kHealth, kHealth, kHealth}) {
        const qint64 ms = timed(client, raw, &r);
        QVERIFY(r.status != 0);
        const qint64 least = raw == kHealth ? 79 : 50;
        QVERIFY2(ms >= least && ms < least + 400, QByteArray::number(ms).constData());
    }
    QVERIFY(timed(client, get("/__control/config"), &r) < 50); // the control endpoint is never delayed
    QCOMPARE(r.value("latency").toString(), u"50"_s);
}

void TestDemoTarget::circuitBreaker()
{
    DemoTargetConfig c = fastConfig();
    c.breakerFailureThreshold = 3;
    c.breakerOpenS = 0.5;
    c.downstreamTimeoutMs = 5;
    DemoTarget target(c);
    QVERIFY(target.start());
    Client client(target.port());
    QCOMPARE(client.ask(post("/__control/downstream/offline", {})).value("downstream_offline").toBool(), true);

    // Closed: each failure is a 502 until the threshold opens the breaker.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.ask(agent(9)).status, 502);
    QCOMPARE(target.stats().breakerState, u"open"_s);
    for (int i = 0; i < 2; ++i) { // open: the cached fallback, at once
        const Response r = client.ask(agent(9));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value("source").toString(), u"fallback"_s);
        QCOMPARE(r.value("agent_id").toInt(), 9);
    }
    QCOMPARE(target.stats().fallbackResponses, 2);

    QCOMPARE(client.ask(post("/__control/downstream/online", {})).status, 200);
    // Still open until breakerOpenS has passed; then one probe goes through and closes it.
    QCOMPARE(client.ask(agent(9)).value("source").toString(), u"fallback"_s);
    QTest::qWait(550);
    QCOMPARE(target.stats().breakerState, u"half-open"_s);
    QCOMPARE(client.ask(agent(9)).value("source").toString(), u"live"_s);
    QCOMPARE(target.stats().breakerState, u"closed"_s);
    QCOMPARE(target.stats().status5xx, 3);

    // Offline again: open after the threshold; a failing probe serves the fallback and reopens it.
    QCOMPARE(client.ask(post("/__control/downstream/offline", {})).status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.ask(agent(2)).status, 502);
    QTest::qWait(550);
    const Response probe = client.ask(agent(2));
    QCOMPARE(probe.status, 200);
    QCOMPARE(probe.value("source").toString(), u"fallback"_s);
    QCOMPARE(target.stats().breakerState, u"open"_s);
}

void TestDemoTarget::rateLimitAndErrors()
{
    DemoTargetConfig c = fastConfig();
    c.rateLimitRps = 5;
    DemoTarget target(c);
    QVERIFY(target.start());
    Client client(target.port());
    client.send(kHealth.repeated(10));
    int ok = 0, limited = 0;
    for (int i = 0; i < 10; ++i) {
        const Response r = client.next();
        ok += r.status == 200;
        limited += r.status == 429 && r.header("retry-after") == "1";
    }
    QCOMPARE(ok, 5);
    QCOMPARE(limited, 5);
    QCOMPARE(target.stats().status429, 5);
    QCOMPARE(target.stats().status4xx, 5);
    QCOMPARE(fetch(target.port(), get("/__control/stats")).status, 200); // control is not limited

    c.rateLimitRps = 0;
    c.errorRatePercent = 100;
    target.setConfig(c);
    const Response r = fetch(target.port(), kHealth);
    QCOMPARE(r.status, 500);
    QVERIFY(r.json().contains(u"error"_s));
    c.errorRatePercent = 0;
    target.setConfig(c);
    QCOMPARE(fetch(target.port(), kHealth).status, 200);
    QCOMPARE(target.stats().status5xx, 1);
}

void TestDemoTarget::controlEndpoint()
{
    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    const quint16 port = target.port();
    const auto config = [port] { return fetch(port, get("/__control/config")); };
    const auto setConfig = [port](const QByteArray &json) { return fetch(port, post("/__control/config", json)); };
    Response r = config();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value("port").toInt(), int(port));
    QCOMPARE(r.value("queue_capacity").toInt(), 1000);

    r = setConfig(R"({"queue_capacity":5,"latency":"10-20","rate_limit_rps":0})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value("queue_capacity").toInt(), 5);
    QCOMPARE(target.config().queueCapacity, 5);
    QCOMPARE(target.config().latency.toString(), u"10-20"_s);
    QCOMPARE(config().value("latency").toString(), u"10-20"_s);
    // The whole GET output can be posted back (port and threads unchanged).
    QCOMPARE(setConfig(QJsonDocument(config().json()).toJson()).status, 200);

    r = setConfig(R"({"latency":"-5"})");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.value("error").toString().contains(u"latency"_s), r.body.constData());
    QCOMPARE(setConfig(R"({"threads":4})").status, 400);
    QCOMPARE(setConfig("not json").status, 400);
    QCOMPARE(target.config().latency.toString(), u"10-20"_s);

    QVERIFY(!target.config().downstreamOffline);
    QCOMPARE(fetch(port, post("/__control/downstream/offline", {})).status, 200);
    QVERIFY(target.config().downstreamOffline);
    QCOMPARE(fetch(port, post("/__control/downstream/online", {})).status, 200);
    QVERIFY(!target.config().downstreamOffline);

    r = fetch(port, get("/__control/stats"));
    QCOMPARE(r.json().keys(), target.stats().toJson().keys());
    QCOMPARE(r.value("requests").toInt(), 0); // control requests are not counted
    QCOMPARE(r.value("breaker_state").toString(), u"closed"_s);

    QCOMPARE(fetch(port, kHealth).status, 200);
    QCOMPARE(fetch(port, get("/__control/stats")).value("requests").toInt(), 1);
    QCOMPARE(fetch(port, post("/__control/reset-stats", {})).status, 200);
    QCOMPARE(fetch(port, get("/__control/stats")).value("requests").toInt(), 0);
    QCOMPARE(target.stats().requests, 0);
}

void TestDemoTarget::statsCounts()
{
    DemoTarget target(fastConfig());
    QVERIFY(target.start());
    {
        Client a(target.port()), b(target.port()), c(target.port());
        QCOMPARE(a.ask(kHealth).status, 200);
        QCOMPARE(b.ask(get("/nope")).status, 404);
        QCOMPARE(c.ask(agent(1)).status, 200);
        QTRY_COMPARE(target.stats().openConnections, 3);
    }
    QTRY_COMPARE(target.stats().openConnections, 0);
    const QJsonObject stats = target.stats().toJson();
    const QJsonObject expected{
        {u"requests"_s, 3},     {u"connections_accepted"_s, 3}, {u"peak_open_connections"_s, 3},
        {u"status_2xx"_s, 2},   {u"status_4xx"_s, 1},           {u"status_5xx"_s, 0},
        {u"in_flight"_s, 0},    {u"peak_in_flight"_s, 1},       {u"breaker_state"_s, u"closed"_s},
        {u"queue_length"_s, 0}, {u"fallback_responses"_s, 0}};
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(stats.value(it.key()) == it.value(), qPrintable(it.key()));
    target.resetStats();
    QCOMPARE(target.stats().requests, 0);
    QCOMPARE(target.stats().peakOpenConnections, 0);

    // A client leaving before its answer does not stay in flight, and its request is not counted as answered.
    DemoTargetConfig slow = fastConfig();
    slow.healthLatency = LatencySpec{LatencySpec::Kind::Fixed, 100, 0};
    target.setConfig(slow);
    {
        Client d(target.port());
        d.send(kHealth);
        QTRY_COMPARE(target.stats().inFlight, 1);
    }
    QTRY_COMPARE(target.stats().inFlight, 0);
    QTest::qWait(150);
    QCOMPARE(target.stats().requests, 0);
}

void TestDemoTarget::resettingServer()
{
    ls::test::ResettingServer server;
    QVERIFY(server.port() != 0);
#ifdef Q_OS_UNIX
    // A plain socket tells a reset (ECONNRESET) from an orderly close (recv() == 0); QTcpSocket does not.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(server.port());
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
    QCOMPARE(::send(fd, kHealth.constData(), size_t(kHealth.size()), 0), ssize_t(kHealth.size()));
    char buf[64];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    const int err = errno;
    ::close(fd);
    QCOMPARE(n, ssize_t(-1));
    QCOMPARE(err, ECONNRESET);
#endif
    Client client(server.port());
    QCOMPARE(client.ask(kHealth, 2000).status, 0);
    QVERIFY(client.waitClosed());
    QCOMPARE(client.socket().error(), QAbstractSocket::RemoteHostClosedError);
    QTRY_VERIFY(server.connectionCount() >= 1);
}

void TestDemoTarget::silentServer()
{
    ls::test::SilentServer server;
    Client client(server.port());
    QVERIFY(client.connected());
    QCOMPARE(client.ask(kHealth, 300).status, 0);
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(server.bytesReceived(), qint64(kHealth.size()));
    QCOMPARE(server.connectionCount(), 1);
}

void TestDemoTarget::malformedServer()
{
    ls::test::MalformedServer server;
    Client client(server.port());
    client.send(kHealth);
    QCOMPARE(client.readRaw(), QByteArray("HELLO\r\n\r\n"));
    QVERIFY(client.waitClosed());
    QTRY_COMPARE(server.connectionCount(), 1);
}

void TestDemoTarget::countingServer()
{
    ls::test::CountingHttpServer server(60);
    QCOMPARE(server.baseUrl(), u"http://127.0.0.1:%1"_s.arg(server.port()));
    Client a(server.port());
    QElapsedTimer timer;
    timer.start();
    a.send(get("/x") + get("/y")); // pipelined: answered in order, one delay each
    const Response r = a.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("ok"));
    QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
    QCOMPARE(a.next().status, 200);
    QVERIFY(timer.elapsed() >= 120);
    QCOMPARE(server.requestCount(), 2);
    {
        Client b(server.port()), c(server.port());
        QTRY_COMPARE(server.openConnections(), 3);
    }
    QTRY_COMPARE(server.openConnections(), 1);
    QCOMPARE(server.peakConnections(), 3);
    QCOMPARE(server.connectionCount(), 3);
    server.resetCounts();
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(server.peakConnections(), 1);
    server.setDelayMs(0);
    QCOMPARE(a.ask(post("/z", "abc", "Connection: close\r\n")).header("connection"), QByteArray("close"));
    QVERIFY(a.waitClosed());
    QCOMPARE(server.requestCount(), 1);

    server.setStatus(429);
    const Response limited = fetch(server.port(), kHealth);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("1"));
    server.setStatus(503);
    QCOMPARE(fetch(server.port(), kHealth).status, 503);
    server.setStatus(200);
    server.setBodySize(3 * 1024 * 1024);
    QCOMPARE(fetch(server.port(), kHealth).body.size(), 3 * 1024 * 1024);
    QCOMPARE(server.requestCount(), 4);
}

void TestDemoTarget::freeClosedPort()
{
    const int port = ls::test::freeClosedPort();
    QVERIFY(port > 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    QVERIFY(!socket.waitForConnected(2000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestDemoTarget)
#include "tst_demotarget.moc"

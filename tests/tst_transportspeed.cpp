// Both transports end to end and for speed: the whole engine on one worker thread against a local server, and a
// bare loop of 50 connections on one thread. LOADSTUDIO_BENCH_SECONDS=N turns both into measurements
// (docs/native-transport.md); without it they are short correctness runs.

#include "LoadEngine.h"
#include "TestServers.h"
#include "Transport.h"
#include "UnderTsan.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace ls;
using namespace ls::test;

class TransportSpeedTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void engineRunsOnNative_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::addColumn<int>("users");
        QTest::addColumn<double>("seconds");
        QTest::newRow("native") << QStringLiteral("native") << 10 << 0.5;
        // Benchmarks of the whole engine (one worker thread, 50 users, no think time): LOADSTUDIO_BENCH_SECONDS.
        const double bench = qEnvironmentVariable("LOADSTUDIO_BENCH_SECONDS").toDouble();
        if (bench > 0) {
            QTest::newRow("bench native") << QStringLiteral("native") << 50 << bench;
            QTest::newRow("bench qnam") << QStringLiteral("qnam") << 50 << bench;
        }
    }

    void engineRunsOnNative()
    {
        QFETCH(QString, transport);
        if (underTsan && transport == QLatin1String("qnam"))
            QSKIP("QNAM runs its own thread (see underTsan)");
        QFETCH(int, users);
        QFETCH(double, seconds);
        CountingHttpServer server(0);
        Plan plan;
        plan.name = QStringLiteral("engine");
        plan.baseUrl = server.baseUrl();
        plan.transport = transport;
        plan.timeoutS = 5;
        plan.scenarios = {Scenario{}};
        plan.scenarios[0].name = QStringLiteral("health");
        plan.scenarios[0].path = QStringLiteral("/api/health");
        plan.phases = {Phase{}};
        plan.phases[0].name = QStringLiteral("phase");
        plan.phases[0].users = users;
        plan.phases[0].durationS = seconds;
        LoadEngine engine(plan, RunOptions{{}, 1});
        QSignalSpy finished(&engine, &LoadEngine::finished);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QVERIFY(finished.wait(int(seconds * 1000) + 30000));
        const RunReport report = engine.report();
        QCOMPARE(report.transport, transport);
        const StatsBlock &totals = report.phases.at(0).totals;
        qInfo("engine on %s: %.0f requests/s (%d users, 1 worker thread)", qPrintable(transport),
              double(totals.requests) / report.phases.at(0).loadS, users);
        QVERIFY(totals.requests > 100);
        QCOMPARE(totals.successes, totals.requests);
        QCOMPARE(server.connectionCount(), users);
    }

    void throughput_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("native") << QStringLiteral("native");
        QTest::newRow("qnam") << QStringLiteral("qnam");
    }

    void throughput()
    {
        // 50 connections on this one thread, each sending its next request as soon as the last one completes.
        // LOADSTUDIO_BENCH_SECONDS makes it run longer for real measurements.
        QFETCH(QString, transport);
        if (underTsan && transport == QLatin1String("qnam"))
            QSKIP("QNAM runs its own thread (see underTsan)");
        const double seconds = qEnvironmentVariableIsSet("LOADSTUDIO_BENCH_SECONDS")
                                   ? qEnvironmentVariable("LOADSTUDIO_BENCH_SECONDS").toDouble()
                                   : 0.5;
        CountingHttpServer server(0);
        QString error;
        std::unique_ptr<Transport> t = createTransport(transport, {}, &error);
        QVERIFY(t);
        const HttpRequest request{"GET", server.baseUrl().toLatin1() + "/api/health", {}, {}};
        std::vector<std::unique_ptr<Connection>> connections;
        qint64 done = 0;
        qint64 failed = 0;
        bool running = true;
        std::function<void(Connection *)> next = [&](Connection *c) {
            c->send(request, 5000, [&, c](HttpResponse &&r) {
                ++done;
                failed += r.status != 200;
                if (running)
                    next(c);
            });
        };
        for (int i = 0; i < 50; ++i) {
            connections.push_back(t->createConnection());
            next(connections.back().get());
        }
        // A real event loop: QTest::qWait sleeps between rounds of events, which would measure its naps.
        auto spin = [](int ms) {
            QEventLoop loop;
            QTimer::singleShot(ms, &loop, &QEventLoop::quit);
            loop.exec();
        };
        spin(200); // warm-up: connections open
        const qint64 before = done;
        QElapsedTimer timer;
        timer.start();
        spin(int(seconds * 1000));
        const double rate = double(done - before) / (double(timer.nsecsElapsed()) / 1e9);
        running = false;
        QVERIFY(QTest::qWaitFor([&] { return qint64(server.requestCount()) == done; }, 10000));
        connections.clear();
        qInfo("%s: %.0f requests/s (50 connections, 1 thread, %.1f s)", qPrintable(transport), rate, seconds);
        QCOMPARE(failed, 0);
        QVERIFY(rate > 0);
    }
};

QTEST_GUILESS_MAIN(TransportSpeedTest)
#include "tst_transportspeed.moc"

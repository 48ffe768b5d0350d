// Target evaluation: direction per metric, PASS/WARN/FAIL boundaries, worst-of for phases and runs.

#include "Report.h"
#include "Targets.h"

#include <QTest>

using namespace ls;

class TargetsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("goal");
        QTest::addColumn<double>("critical");
        QTest::addColumn<double>("actual");
        QTest::addColumn<QString>("verdict");
        // The seed's table: success > 99 goal, < 95 critical; P95 < 200 goal, > 500 critical; ...
        QTest::addRow("success above goal") << "success_rate" << 99.0 << 95.0 << 99.5 << "PASS";
        QTest::addRow("success at goal") << "success_rate" << 99.0 << 95.0 << 99.0 << "PASS";
        QTest::addRow("success between") << "success_rate" << 99.0 << 95.0 << 97.0 << "WARN";
        QTest::addRow("success at critical") << "success_rate" << 99.0 << 95.0 << 95.0 << "WARN";
        QTest::addRow("success below critical") << "success_rate" << 99.0 << 95.0 << 94.9 << "FAIL";
        QTest::addRow("p95 under goal") << "p95_ms" << 200.0 << 500.0 << 180.0 << "PASS";
        QTest::addRow("p95 between") << "p95_ms" << 200.0 << 500.0 << 320.0 << "WARN";
        QTest::addRow("p95 beyond critical") << "p95_ms" << 200.0 << 500.0 << 500.1 << "FAIL";
        QTest::addRow("p99 at critical") << "p99_ms" << 500.0 << 1000.0 << 1000.0 << "WARN";
        QTest::addRow("throughput above goal") << "throughput_rps" << 50.0 << 20.0 << 51.0 << "PASS";
        QTest::addRow("throughput between") << "throughput_rps" << 50.0 << 20.0 << 30.0 << "WARN";
        QTest::addRow("throughput below critical") << "throughput_rps" << 50.0 << 20.0 << 19.0 << "FAIL";
        QTest::addRow("error rate under goal") << "error_rate" << 1.0 << 5.0 << 0.5 << "PASS";
        QTest::addRow("error rate between") << "error_rate" << 1.0 << 5.0 << 2.0 << "WARN";
        QTest::addRow("error rate beyond") << "error_rate" << 1.0 << 5.0 << 6.0 << "FAIL";
        QTest::addRow("goal equals critical, met") << "avg_ms" << 100.0 << 100.0 << 100.0 << "PASS";
        QTest::addRow("goal equals critical, missed") << "avg_ms" << 100.0 << 100.0 << 100.5 << "FAIL";
    }
    void evaluate()
    {
        QFETCH(QString, metric);
        QFETCH(double, goal);
        QFETCH(double, critical);
        QFETCH(double, actual);
        QFETCH(QString, verdict);
        const auto m = metricFromKey(metric);
        QVERIFY(m.has_value());
        QCOMPARE(verdictName(ls::evaluate(Target{*m, goal, critical}, actual)), verdict);
    }

    void worstOfPhasesAndRun()
    {
        RunReport report;
        report.plan.scenarios.push_back(Scenario{});
        for (double p95 : {100.0, 300.0}) {
            PhaseResult phase;
            phase.totals = StatsBlock(1);
            RequestOutcome ok;
            ok.latencyUs = qint64(p95 * 1000);
            for (int i = 0; i < 100; ++i)
                phase.totals.record(ok);
            phase.elapsedS = 1;
            phase.targets = {Target{Metric::P95Ms, 200, 500}, Target{Metric::SuccessRate, 99, 95}};
            report.phases.push_back(phase);
        }
        report.evaluate();
        QCOMPARE(report.phases[0].verdict, Verdict::Pass);
        QCOMPARE(report.phases[1].verdict, Verdict::Warn);
        QCOMPARE(report.verdict, Verdict::Warn);
        QCOMPARE(report.phases[1].targetResults.size(), std::size_t(2));
        QCOMPARE(report.phases[1].targetResults[1].verdict, Verdict::Pass);
    }

    void metricsCountDroppedAsFailures()
    {
        PhaseResult phase;
        phase.totals = StatsBlock(1);
        RequestOutcome ok;
        ok.latencyUs = 1000;
        for (int i = 0; i < 97; ++i)
            phase.totals.record(ok);
        RequestOutcome dropped;
        dropped.error = errorKey(ErrorClass::Dropped);
        for (int i = 0; i < 3; ++i)
            phase.totals.record(dropped);
        phase.elapsedS = 2;
        const MetricValues m = phase.metrics();
        QCOMPARE(m.successRate, 97.0);
        QCOMPARE(m.errorRate, 3.0);
        QCOMPARE(m.throughputRps, 48.5); // dropped requests were never answered
        QCOMPARE(phase.totals.completed(), 97);
        QCOMPARE(phase.totals.sent(), 97);
    }
};

QTEST_GUILESS_MAIN(TargetsTest)
#include "tst_targets.moc"

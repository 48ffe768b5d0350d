// The planning estimate: expected latency per phase (from its targets or assumed), Little's-law throughput,
// request counts, phase times and the total suite time, on hand-made phases and on the bundled seed plan.

#include "PlanEstimate.h"
#include "PlanJson.h"

#include <QTest>

using namespace ls;

Q_DECLARE_METATYPE(ls::LatencySource)

class PlanEstimateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phase_data();
    void phase();
    void planTotals_data();
    void planTotals();
    void seedPlan();
};

namespace {

Phase closedPhase(int users, double durationS, double rampUpS = 0, double thinkMin = 0, double thinkMax = 0)
{
    Phase p;
    p.name = QStringLiteral("P");
    p.users = users;
    p.durationS = durationS;
    p.rampUpS = rampUpS;
    p.thinkTimeMinMs = thinkMin;
    p.thinkTimeMaxMs = thinkMax;
    return p;
}

Phase openPhase(double rate, int maxUsers, double durationS, double rampUpS = 0)
{
    Phase p;
    p.name = QStringLiteral("O");
    p.model = LoadModel::Open;
    p.arrivalRate = rate;
    p.maxUsers = maxUsers;
    p.durationS = durationS;
    p.rampUpS = rampUpS;
    return p;
}

} // namespace

void PlanEstimateTest::phase_data()
{
    QTest::addColumn<std::vector<Target>>("planTargets");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<bool>("preferAssumed");
    QTest::addColumn<double>("latencyMs");
    QTest::addColumn<LatencySource>("source");
    QTest::addColumn<double>("throughput"); // -1: unknown
    QTest::addColumn<double>("requests");
    QTest::addColumn<double>("wallTimeS");
    QTest::addColumn<bool>("exceedsMaxUsers");

    const Target p95{Metric::P95Ms, 200, 500};
    const Target p50{Metric::P50Ms, 50, 100};
    const Target avg{Metric::AvgMs, 80, 150};

    // 10 users, 200 ms each: 50 req/s for 60 s; graceful stop (5 s) counts in the time, not in requests.
    QTest::newRow("closed, p95 goal") << std::vector<Target>{p95} << closedPhase(10, 60) << false << 200.0
                                      << LatencySource::P95Goal << 50.0 << 3000.0 << 65.0 << false;
    QTest::newRow("p50 before p95") << std::vector<Target>{p50, p95} << closedPhase(10, 60) << false << 50.0
                                    << LatencySource::P50Goal << 200.0 << 12000.0 << 65.0 << false;
    QTest::newRow("avg before p95") << std::vector<Target>{avg, p95} << closedPhase(8, 10) << false << 80.0
                                    << LatencySource::AvgGoal << 100.0 << 1000.0 << 15.0 << false;
    QTest::newRow("no latency target: assumed") << std::vector<Target>{} << closedPhase(10, 60) << false << 100.0
                                                << LatencySource::Assumed << 100.0 << 6000.0 << 65.0 << false;
    QTest::newRow("assumed preferred") << std::vector<Target>{p95} << closedPhase(10, 60) << true << 100.0
                                       << LatencySource::Assumed << 100.0 << 6000.0 << 65.0 << false;
    // Think time 300..500 ms: mean 400 ms, plus 100 ms latency: 2 req/s per user.
    QTest::newRow("think time") << std::vector<Target>{} << closedPhase(5, 100, 0, 300, 500) << false << 100.0
                                << LatencySource::Assumed << 10.0 << 1000.0 << 105.0 << false;
    // The ramp-up runs at half the load on average.
    QTest::newRow("ramp-up") << std::vector<Target>{p95} << closedPhase(10, 60, 20) << false << 200.0
                             << LatencySource::P95Goal << 50.0 << 3500.0 << 85.0 << false;
    QTest::newRow("zero latency, no think time")
        << std::vector<Target>{Target{Metric::P95Ms, 0, 10}} << closedPhase(10, 60) << false << 0.0
        << LatencySource::P95Goal << -1.0 << 0.0 << 65.0 << false;
    // Open model: the arrival rate; 200 req/s x 0.2 s = 40 in flight, within max_users 100.
    QTest::newRow("open") << std::vector<Target>{p95} << openPhase(200, 100, 60, 10) << false << 200.0
                          << LatencySource::P95Goal << 200.0 << 13000.0 << 75.0 << false;
    // 1000 req/s x 0.2 s = 200 in flight, more than max_users 100: arrivals will be dropped.
    QTest::newRow("open beyond max users") << std::vector<Target>{p95} << openPhase(1000, 100, 10) << false << 200.0
                                           << LatencySource::P95Goal << 1000.0 << 10000.0 << 15.0 << true;
}

void PlanEstimateTest::phase()
{
    QFETCH(std::vector<Target>, planTargets);
    QFETCH(Phase, phase);
    QFETCH(bool, preferAssumed);
    Plan plan;
    plan.targets = planTargets;
    plan.phases = {phase};
    EstimateOptions options;
    options.preferAssumedLatency = preferAssumed;

    const PhaseEstimate estimate = estimatePhase(plan, phase, options);
    QTEST(estimate.expectedLatencyMs, "latencyMs");
    QTEST(estimate.latencySource, "source");
    QFETCH(double, throughput);
    if (throughput < 0) {
        QVERIFY(!estimate.throughputRps);
    } else {
        QVERIFY(estimate.throughputRps);
        QCOMPARE(*estimate.throughputRps, throughput);
    }
    QTEST(estimate.expectedRequests, "requests");
    QTEST(estimate.wallTimeS, "wallTimeS");
    QTEST(estimate.exceedsMaxUsers, "exceedsMaxUsers");
}

void PlanEstimateTest::planTotals_data()
{
    QTest::addColumn<std::vector<Phase>>("phases");
    QTest::addColumn<double>("pauseS");
    QTest::addColumn<double>("totalS");
    QTest::addColumn<double>("totalRequests");
    QTest::addColumn<std::vector<double>>("starts");

    // Assumed latency 100 ms. Phase times: 65 s and 35 s.
    QTest::newRow("two phases") << std::vector<Phase>{closedPhase(10, 60), closedPhase(1, 30)} << 0.0 << 100.0
                                << 6000.0 + 300.0 << std::vector<double>{0, 65};
    QTest::newRow("pause between phases")
        << std::vector<Phase>{closedPhase(10, 60), closedPhase(1, 30), closedPhase(1, 10)} << 20.0
        << 65.0 + 35.0 + 15.0 + 40.0 << 6000.0 + 300.0 + 100.0 << std::vector<double>{0, 85, 140};
    QTest::newRow("one phase, pause unused")
        << std::vector<Phase>{closedPhase(2, 10, 4)} << 30.0 << 19.0 << 20.0 * 12 << std::vector<double>{0};
}

void PlanEstimateTest::planTotals()
{
    QFETCH(std::vector<Phase>, phases);
    QFETCH(double, pauseS);
    Plan plan;
    plan.phases = phases;
    plan.pauseBetweenPhasesS = pauseS;
    const PlanEstimate estimate = estimatePlan(plan);
    QTEST(estimate.totalDurationS, "totalS");
    QTEST(estimate.totalRequests, "totalRequests");
    QVERIFY(estimate.allThroughputsKnown);
    QFETCH(std::vector<double>, starts);
    QCOMPARE(estimate.phases.size(), starts.size());
    for (size_t i = 0; i < starts.size(); ++i)
        QCOMPARE(estimate.phases[i].startS, starts[i]);
}

// The seed guessed "3-4 hours" for its suite; the phases themselves take 26 min 15 s.
void PlanEstimateTest::seedPlan()
{
    const PlanParseResult parsed = loadPlanFile(QStringLiteral(LOADSTUDIO_SOURCE_DIR "/resources/plans/askproai.json"));
    QVERIFY(parsed.plan);
    EstimateOptions options;
    options.assumedLatencyMs = 250;
    const PlanEstimate estimate = estimatePlan(*parsed.plan, options);
    QCOMPARE(estimate.totalDurationS, 1575.0);
    QCOMPARE(estimate.phases.size(), size_t(5));

    struct Expected
    {
        double latencyMs;
        LatencySource source;
        double throughput;
    };
    // Baseline and Circuit Breaker inherit p95 200; Normal Load overrides it to 150, Peak Load to 300; Stress Test
    // switches latency targets off, so the assumed value is used.
    const Expected expected[] = {{200, LatencySource::P95Goal, 50},
                                 {150, LatencySource::P95Goal, 100 / 0.15},
                                 {300, LatencySource::P95Goal, 500 / 0.3},
                                 {250, LatencySource::Assumed, 4000},
                                 {200, LatencySource::P95Goal, 500}};
    for (size_t i = 0; i < 5; ++i) {
        const PhaseEstimate &p = estimate.phases[i];
        QCOMPARE(p.expectedLatencyMs, expected[i].latencyMs);
        QCOMPARE(p.latencySource, expected[i].source);
        QVERIFY(p.throughputRps);
        QCOMPARE(*p.throughputRps, expected[i].throughput);
    }
    // Baseline: 50 req/s for 60 s plus half of the 10 s ramp-up.
    QCOMPARE(estimate.phases[0].expectedRequests, 50.0 * 65);
    QCOMPARE(estimate.phases[1].startS, 75.0);
}

QTEST_GUILESS_MAIN(PlanEstimateTest)
#include "tst_planestimate.moc"

// Comparing: knee detection on synthetic scalability curves, the significance rule on synthetic runs, phase
// alignment and deltas, regressions for CI, and the workspace history.

#include "History.h"
#include "RunComparison.h"
#include "Scalability.h"
#include "Significance.h"
#include "SyntheticRuns.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace ls;
using namespace ls::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::vector<double>)

class CompareTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- knee detection

    void knee_data()
    {
        QTest::addColumn<QList<int>>("users");
        QTest::addColumn<QList<double>>("rps");
        QTest::addColumn<QList<double>>("p95");
        QTest::addColumn<int>("kind"); // KneeFinding::Kind
        QTest::addColumn<int>("kneeUsers");
        QTest::addColumn<double>("capacityRps");
        // The seed's levels: scales to 500 users, flat at 1000 with P95 tripled.
        QTest::addRow("knee at the stress level")
            << QList<int>{50, 200, 500, 1000} << QList<double>{100, 400, 980, 1010} << QList<double>{120, 130, 180, 900}
            << int(KneeFinding::Kind::Knee) << 1000 << 980.0;
        QTest::addRow("still scaling") << QList<int>{50, 200, 500} << QList<double>{100, 400, 990}
                                       << QList<double>{120, 121, 125} << int(KneeFinding::Kind::StillScaling) << -1
                                       << 990.0;
        QTest::addRow("flat throughput but P95 steady is no knee")
            << QList<int>{50, 200, 500} << QList<double>{100, 110, 112} << QList<double>{120, 121, 122}
            << int(KneeFinding::Kind::StillScaling) << -1 << 112.0;
        QTest::addRow("two levels are not enough")
            << QList<int>{50, 200} << QList<double>{100, 400} << QList<double>{120, 130}
            << int(KneeFinding::Kind::NotEnoughData) << -1 << 0.0;
        QTest::addRow("order of phases does not matter")
            << QList<int>{1000, 50, 500, 200} << QList<double>{1010, 100, 980, 400} << QList<double>{900, 120, 180, 130}
            << int(KneeFinding::Kind::Knee) << 1000 << 980.0;
    }

    void knee()
    {
        QFETCH(QList<int>, users);
        QFETCH(QList<double>, rps);
        QFETCH(QList<double>, p95);
        QFETCH(int, kind);
        QFETCH(int, kneeUsers);
        QFETCH(double, capacityRps);
        std::vector<PhaseResult> phases;
        for (qsizetype i = 0; i < users.size(); ++i)
            phases.push_back(syntheticPhase(u"L%1"_s.arg(users[i]), users[i], rps[i], p95[i], 20, 0.0, 1));
        const RunReport run = syntheticRun(std::move(phases));
        const KneeFinding k = findKnee(phaseFigures(run), 500.0);
        QCOMPARE(int(k.kind), kind);
        QVERIFY(!k.sentence.isEmpty());
        if (kneeUsers > 0)
            QCOMPARE(run.phases[std::size_t(k.kneePhase)].phase.users, kneeUsers);
        if (capacityRps > 0) {
            QVERIFY2(std::abs(k.capacityRps - capacityRps) < 0.02 * capacityRps, qPrintable(k.sentence));
            QVERIFY2(k.sentence.contains(u"req/s"_s), qPrintable(k.sentence));
        }
    }

    void kneeSentenceStatesCapacity()
    {
        std::vector<PhaseResult> phases;
        const int users[] = {50, 200, 500, 1000};
        const double rps[] = {100, 400, 980, 1010};
        const double p95[] = {120, 130, 180, 900};
        for (int i = 0; i < 4; ++i)
            phases.push_back(syntheticPhase(u"L%1"_s.arg(users[i]), users[i], rps[i], p95[i], 20, 0.0, 1));
        const KneeFinding k = findKnee(phaseFigures(syntheticRun(std::move(phases))), 200.0);
        QVERIFY2(k.sentence.contains(u"Scaling stops between 500 and 1000 users"_s), qPrintable(k.sentence));
        QVERIFY2(
            k.sentence.contains(u"Capacity: about 980 req/s at P95 under the goal of 200 ms, reached at ~500 users"_s),
            qPrintable(k.sentence));
    }

    // ---- the significance rule

    void significance_data()
    {
        QTest::addColumn<double>("shift");      // relative change of the second run's means
        QTest::addColumn<int>("seconds");       // steady seconds per run
        QTest::addColumn<int>("minFlaggedPct"); // of all judgements over many pairs of runs
        QTest::addColumn<int>("maxFlaggedPct");
        // At 99 percent confidence about 1 in 100 comparisons of identical runs is flagged by chance.
        QTest::addRow("identical distributions, 60 s") << 0.0 << 60 << 0 << 4;
        QTest::addRow("identical distributions, 300 s") << 0.0 << 300 << 0 << 4;
        QTest::addRow("20 percent shift, 60 s") << 0.2 << 60 << 100 << 100;
        QTest::addRow("20 percent shift, 30 s") << 0.2 << 30 << 100 << 100;
        QTest::addRow("1 percent shift is mostly noise at 60 s") << 0.01 << 60 << 0 << 10;
    }

    void significance()
    {
        QFETCH(double, shift);
        QFETCH(int, seconds);
        QFETCH(int, minFlaggedPct);
        QFETCH(int, maxFlaggedPct);
#if defined(__SANITIZE_THREAD__)
        // Single-threaded arithmetic over thousands of resamples: nothing for ThreadSanitizer to see, and minutes
        // under it. The dev, CI and ASan builds run it.
        QSKIP("statistical rates are not checked under ThreadSanitizer");
#endif
        // Noise of 10 percent per second, typical of a loaded server; many independent pairs of runs.
        int judged = 0;
        int flagged = 0;
        for (quint64 seed = 1; seed <= 100; ++seed) {
            const PhaseResult a = syntheticPhase(u"peak"_s, 500, 30, 200, seconds, 0.10, seed * 2);
            const PhaseResult b =
                syntheticPhase(u"peak"_s, 500, 30 * (1 - shift), 200 * (1 + shift), seconds, 0.10, seed * 2 + 1);
            SignificanceOptions options;
            options.resamples = 500; // enough for a 99 percent interval; keeps the suite quick under sanitizers
            const RunComparison c = compareRuns(syntheticRun({a}), syntheticRun({b}), {{0, 0}}, options);
            for (const CompareMetric m : {CompareMetric::Throughput, CompareMetric::P95}) {
                const MetricDelta &d = c.pairs.at(0).deltas.at(std::size_t(m));
                QVERIFY(d.significance.judged);
                ++judged;
                flagged += d.significance.significant ? 1 : 0;
                if (shift >= 0.2)
                    QCOMPARE(int(d.direction), int(MetricDelta::Direction::Worse));
            }
        }
        const int pct = 100 * flagged / judged;
        QVERIFY2(pct >= minFlaggedPct && pct <= maxFlaggedPct,
                 qPrintable(u"%1 of %2 judgements flagged"_s.arg(flagged).arg(judged)));
    }

    void tooFewSecondsAreNotJudged()
    {
        const SignificanceResult r = judgeDifference({1, 2, 3}, {4, 5, 6});
        QVERIFY(!r.judged);
        QVERIFY(r.why.contains(u"at least 10"_s));
    }

    // ---- two runs

    void phasesAlignByNameAndPairByHand()
    {
        const RunReport base = syntheticRun({syntheticPhase(u"baseline"_s, 50, 100, 100, 20, 0, 1),
                                             syntheticPhase(u"Peak"_s, 500, 900, 200, 20, 0, 2)});
        const RunReport other = syntheticRun({syntheticPhase(u"peak"_s, 500, 950, 180, 20, 0, 3),
                                              syntheticPhase(u"stress-new"_s, 1000, 990, 400, 20, 0, 4)});
        const auto pairs = alignPhases(base, other);
        QCOMPARE(pairs.size(), std::size_t(1));
        QCOMPARE(pairs[0], std::make_pair(1, 0));
        RunComparison c = compareRuns(base, other, pairs);
        QCOMPARE(c.unpairedBase, QStringList{u"baseline"_s});
        QCOMPARE(c.unpairedOther, QStringList{u"stress-new"_s});
        const MetricDelta &throughput = c.pairs[0].deltas[std::size_t(CompareMetric::Throughput)];
        QCOMPARE(int(throughput.direction), int(MetricDelta::Direction::Better));
        QVERIFY(std::abs(throughput.relativePercent - 100.0 * 50 / 900) < 1.0);
        QCOMPARE(int(c.pairs[0].deltas[std::size_t(CompareMetric::P95)].direction),
                 int(MetricDelta::Direction::Better));

        std::pair<int, int> manual;
        QString error;
        QVERIFY(parsePairing(u"baseline=stress-new"_s, base, other, &manual, &error));
        QCOMPARE(manual, std::make_pair(0, 1));
        QVERIFY(!parsePairing(u"baseline=nope"_s, base, other, &manual, &error));
        QCOMPARE(error, u"--pair \"baseline=nope\": no phase \"nope\" in the new run"_s);
    }

    void regressionsBeyondAThreshold()
    {
        const RunReport base = syntheticRun({syntheticPhase(u"peak"_s, 500, 1000, 200, 60, 0.05, 1)});
        const RunReport worse = syntheticRun({syntheticPhase(u"peak"_s, 500, 800, 260, 60, 0.05, 2)});
        const RunComparison c = compareRuns(base, worse, alignPhases(base, worse));
        const auto found = regressions(c, 10);
        QVERIFY(!found.empty());
        bool p95 = false;
        for (const Regression &r : found)
            p95 = p95 || r.metric == CompareMetric::P95;
        QVERIFY(p95);
        QVERIFY(regressions(c, 50).empty()); // none beyond 50 percent
        QVERIFY(regressions(compareRuns(base, base, alignPhases(base, base)), 0).empty());
        const QString text = comparisonText(c, u"a.json"_s, u"b.json"_s);
        QVERIFY2(text.contains(u"worse, significant"_s), qPrintable(text));
        QVERIFY(text.contains(u"bootstrap"_s));
    }

    void statedLatencyIsComparedWhereThereAreNoSamples()
    {
        PhaseResult imported;
        imported.phase.name = u"imported"_s;
        imported.totals = StatsBlock(1);
        imported.totals.requests = 12000;
        imported.totals.successes = 11940;
        LatencySummary stated;
        stated.minMs = stated.p50Ms = stated.p90Ms = stated.p999Ms = stated.maxMs = PhaseFigures::none;
        stated.meanMs = 125;
        stated.p95Ms = 180;
        stated.p99Ms = 420;
        imported.statedLatency = stated;
        const PhaseFigures f = phaseFigures(syntheticRun({imported}), 0);
        QCOMPARE(f.value(CompareMetric::P95), 180.0);
        QCOMPARE(f.value(CompareMetric::SuccessRate), 99.5);
        QVERIFY(std::isnan(f.value(CompareMetric::P50)));
        QVERIFY(std::isnan(f.value(CompareMetric::Throughput)));
        const RunComparison c = compareRuns(syntheticRun({imported}),
                                            syntheticRun({syntheticPhase(u"x"_s, 10, 100, 150, 20, 0, 1)}), {{0, 0}});
        QCOMPARE(int(c.pairs[0].deltas[std::size_t(CompareMetric::P50)].direction),
                 int(MetricDelta::Direction::Unknown));
        QCOMPARE(int(c.pairs[0].deltas[std::size_t(CompareMetric::P95)].direction),
                 int(MetricDelta::Direction::Better));
        QVERIFY(!c.pairs[0].deltas[std::size_t(CompareMetric::P95)].significance.judged);
    }

    // ---- history

    void workspaceListsReportsByDateAndTrends()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < 3; ++i) {
            RunReport r = syntheticRun({syntheticPhase(u"peak"_s, 500, 1000 + 100 * i, 200, 20, 0, 1)});
            r.startedAt = r.startedAt.addDays(2 - i); // written newest first
            r.evaluate();
            QVERIFY(writeReportFile(r, dir.filePath(u"run%1.json"_s.arg(i)), nullptr));
        }
        RunReport other = syntheticRun({syntheticPhase(u"peak"_s, 1, 1, 1, 20, 0, 1)}, u"another plan"_s);
        QVERIFY(writeReportFile(other, dir.filePath(u"other.json"_s), nullptr));
        QFile broken(dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"loadstudio-report/1\", \"plan\": 3");
        broken.close();
        QFile unrelated(dir.filePath(u"package.json"_s));
        QVERIFY(unrelated.open(QIODevice::WriteOnly));
        unrelated.write("{\"name\": \"x\"}");
        unrelated.close();

        QStringList problems;
        const std::vector<HistoryEntry> entries = scanWorkspace(dir.path(), &problems);
        QCOMPARE(entries.size(), std::size_t(4));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(u"broken.json"_s));
        for (std::size_t i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].startedAt <= entries[i].startedAt);
        const auto trend = trendOf(entries, u"plan"_s, u"peak"_s, CompareMetric::Throughput);
        QCOMPARE(trend.size(), std::size_t(3));
        QVERIFY(trend[0].value > trend[2].value); // the oldest run was the fastest
        QVERIFY(trend[0].path.endsWith(u"run2.json"_s));
    }
};

QTEST_GUILESS_MAIN(CompareTest)
#include "tst_compare.moc"

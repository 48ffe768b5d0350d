// The load generator's honesty rule: when its own CPU or its schedule may have inflated the latencies it reports,
// the phase, the report, the terminal summary and the live tiles say so; when not, nothing is said.

#include "GeneratorHealth.h"
#include "LiveMetrics.h"
#include "TextSummary.h"

#include <QTest>

using namespace ls;

namespace {

PhaseResult phaseWithCpu(const std::vector<double> &cpuPerSecond)
{
    PhaseResult phase;
    phase.phase.name = QStringLiteral("Stress");
    phase.phase.users = 10;
    phase.phase.durationS = double(cpuPerSecond.size());
    phase.totals = StatsBlock(1);
    for (std::size_t s = 0; s < cpuPerSecond.size(); ++s) {
        TimelinePoint second;
        second.startS = double(s);
        second.requests = 100;
        second.completed = 100;
        second.successes = 100;
        second.generatorCpuPercent = cpuPerSecond[s];
        phase.timeline.push_back(second);
    }
    return phase;
}

} // namespace

class GeneratorHealthTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cpuRule_data()
    {
        QTest::addColumn<std::vector<double>>("cpu");
        QTest::addColumn<bool>("warned");
        QTest::addRow("calm") << std::vector<double>(60, 45.0) << false;
        QTest::addRow("two busy seconds are noise") << [] {
            std::vector<double> cpu(60, 40.0);
            cpu[3] = cpu[4] = 95;
            return cpu;
        }() << false;
        QTest::addRow("a tenth of the phase busy") << [] {
            std::vector<double> cpu(60, 40.0);
            for (int s = 10; s < 16; ++s)
                cpu[std::size_t(s)] = 90;
            return cpu;
        }() << true;
        QTest::addRow("saturated") << std::vector<double>(30, 99.0) << true;
        QTest::addRow("exactly at the limit is fine") << std::vector<double>(30, 80.0) << false;
        QTest::addRow("not measured") << std::vector<double>(30, -1.0) << false;
    }
    void cpuRule()
    {
        QFETCH(std::vector<double>, cpu);
        QFETCH(bool, warned);
        const GeneratorWatch watch = generatorWatchOf(phaseWithCpu(cpu));
        QCOMPARE(!watch.warnings().isEmpty(), warned);
        if (warned)
            QVERIFY(watch.warnings().first().contains(QStringLiteral("may be inflated by the load generator")));
    }

    void sendLagRule_data()
    {
        QTest::addColumn<int>("lagUs");
        QTest::addColumn<bool>("warned");
        QTest::addRow("on schedule") << 300 << false;
        QTest::addRow("4.9 ms") << 4900 << false;
        QTest::addRow("8 ms late") << 8000 << true;
    }
    void sendLagRule()
    {
        QFETCH(int, lagUs);
        QFETCH(bool, warned);
        PhaseResult phase = phaseWithCpu(std::vector<double>(10, 30.0));
        for (int i = 0; i < 1000; ++i)
            phase.totals.sendLag.record(i < 980 ? 100 : lagUs); // the p99 is the late tail
        const GeneratorWatch watch = generatorWatchOf(phase);
        QCOMPARE(!watch.warnings().isEmpty(), warned);
        QVERIFY(std::abs(watch.sendLagP99Ms() - lagUs / 1000.0) < 0.01);
    }

    void liveSendLagNeedsMoreThanOneLateSecond()
    {
        // Live there is no phase histogram yet: one late second is noise, a tenth of the phase late is not.
        GeneratorWatch watch;
        for (int s = 0; s < 20; ++s) {
            TimelinePoint second;
            second.sendLagP99Ms = s == 7 ? 9.0 : 0.3;
            watch.add(second);
        }
        QVERIFY(watch.warnings().isEmpty());
        for (int s = 0; s < 3; ++s) {
            TimelinePoint second;
            second.sendLagP99Ms = 12.0;
            watch.add(second);
        }
        QCOMPARE(watch.warnings().size(), 1);
        // Once the phase's own p99 is known, it decides.
        watch.setPhaseSendLagP99Ms(1.2);
        QVERIFY(watch.warnings().isEmpty());
    }

    void reportAndSummaryCarryTheWarning()
    {
        RunReport report;
        report.plan.name = QStringLiteral("Plan");
        report.plan.baseUrl = QStringLiteral("http://127.0.0.1:8089");
        Scenario only;
        only.name = QStringLiteral("Health");
        only.path = QStringLiteral("/api/health");
        report.plan.scenarios = {only};
        report.phases = {phaseWithCpu(std::vector<double>(20, 40.0)), phaseWithCpu(std::vector<double>(20, 97.0))};
        report.phases[0].phase.name = QStringLiteral("Calm");
        report.plan.phases = {report.phases[0].phase, report.phases[1].phase};
        report.evaluate();
        const QStringList warnings = generatorWarnings(report);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QStringLiteral("Stress: ")));

        const nlohmann::json json = reportToJson(report);
        QCOMPARE(json.at("warnings").size(), std::size_t(1));
        QCOMPARE(json.at("phases").at(1).at("load_generator").at("seconds_over_cpu_limit").get<int>(), 20);
        QCOMPARE(json.at("phases").at(0).at("load_generator").at("warnings").size(), std::size_t(0));
        QCOMPARE(json.at("phases").at(1).at("timeline").at(0).at("generator_cpu_percent").get<double>(), 97.0);
        // Read back, the timeline still carries the generator's CPU, so the warning survives a round trip.
        QString error;
        const auto read = reportFromJson(QByteArray::fromStdString(json.dump()), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(generatorWarnings(*read), warnings);

        QVERIFY(formatSummaryTable(report).contains(QStringLiteral("WARNING: Stress: ")));
    }

    void liveTilesJudgeTheGeneratorByItsLimit()
    {
        TimelinePoint second;
        second.requests = 10;
        second.completed = 10;
        second.generatorCpuPercent = 92;
        second.sendLagP99Ms = 0.4;
        const std::vector<KpiReading> readings = liveKpis(second, 0, {});
        const auto reading = [&](Kpi kpi) {
            return *std::find_if(readings.begin(), readings.end(), [&](const KpiReading &r) { return r.kpi == kpi; });
        };
        QCOMPARE(reading(Kpi::GeneratorCpu).verdict, std::optional<Verdict>(Verdict::Warn));
        QCOMPARE(reading(Kpi::SendLagP99).verdict, std::optional<Verdict>(Verdict::Pass));
        second.sendLagP99Ms = -1; // closed model: no schedule, no verdict
        QVERIFY(
            !liveKpis(
                 second, 0,
                 {})[std::size_t(std::find(allKpis().begin(), allKpis().end(), Kpi::SendLagP99) - allKpis().begin())]
                 .hasValue);
    }
};

QTEST_GUILESS_MAIN(GeneratorHealthTest)
#include "tst_generatorhealth.moc"

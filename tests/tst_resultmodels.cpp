// The result models (phases, targets, scenarios, errors) under QAbstractItemModelTester: rows that grow during a run,
// verdicts as words and symbols (never colour alone), scenario shares, and error rows updated in place.

#include "ErrorTableModel.h"
#include "PhaseResultModel.h"
#include "PlanDocument.h"
#include "PlanJson.h"
#include "ResultText.h"
#include "ScenarioResultModel.h"
#include "TargetResultModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ls;

namespace {

using Tester = QAbstractItemModelTester;

Plan bundledPlan(const QString &resource)
{
    const PlanParseResult result = loadPlanFile(resource);
    if (!result.plan)
        qFatal("cannot read %s", qPrintable(resource));
    return *result.plan;
}

Plan demoPlan()
{
    return bundledPlan(QStringLiteral(":/plans/demo.json"));
}

QStringList columnTexts(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data(role).toString();
    return texts;
}

// True when one of the spied dataChanged signals covers the cell.

TimelinePoint second(int phase, double startS, qint64 requests)
{
    TimelinePoint p;
    p.phase = phase;
    p.startS = startS;
    p.requests = p.successes = p.completed = requests;
    p.rps = double(requests);
    return p;
}

// A phase of `plan` that ran 10 s: `ok` successes at okMs, `slow` successes at slowMs, and `failed` HTTP 503s
// on the last scenario.
PhaseResult phaseResult(const Plan &plan, int phaseIndex, int ok, double okMs, int slow, double slowMs, int failed)
{
    PhaseResult result;
    result.phase = plan.phases.at(size_t(phaseIndex));
    result.targets = plan.effectiveTargets(result.phase);
    result.totals = StatsBlock(int(plan.scenarios.size()));
    const int scenarios = int(plan.scenarios.size());
    auto record = [&](int count, double ms, ErrorKey error, int scenarioOffset) {
        for (int i = 0; i < count; ++i) {
            RequestOutcome outcome;
            outcome.scenario = error ? scenarios - 1 : (i + scenarioOffset) % scenarios;
            outcome.error = error;
            outcome.httpStatus = error ? 503 : 200;
            outcome.latencyUs = qint64(ms * 1000);
            if (error)
                outcome.message = QStringLiteral("queue full");
            result.totals.record(outcome);
        }
    };
    record(ok, okMs, errorKey(ErrorClass::None), 0);
    record(slow, slowMs, errorKey(ErrorClass::None), 1);
    record(failed, okMs, errorKey(ErrorClass::Http, 503), 0);
    result.loadS = result.elapsedS = 10;
    result.timeline = {second(phaseIndex, 10.0 * phaseIndex, ok)};
    result.evaluate();
    return result;
}

RunReport report(const Plan &plan, int phases)
{
    RunReport r;
    r.plan = plan;
    for (int i = 0; i < phases; ++i)
        r.phases.push_back(i == 1 ? phaseResult(plan, i, 900, 40, 100, 300, 0) // p95 300 ms: WARN
                                  : phaseResult(plan, i, 1000, 20, 0, 0, 0));  // all targets met
    r.evaluate();
    return r;
}

} // namespace

class ResultModelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void phaseResultsGrowDuringARun()
    {
        const Plan plan = demoPlan();
        PhaseResultModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setReport(report(plan, 1));
        QCOMPARE(model.rowCount(), 1);
        model.setReport(report(plan, 3)); // the next snapshot: rows are added, the first is updated in place
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.index(2, PhaseResultModel::NameColumn).data().toString(), plan.phases[2].name);
        QCOMPARE(model.index(0, PhaseResultModel::RequestsColumn).data().toString(), QLocale().toString(1000));
        QCOMPARE(model.index(0, PhaseResultModel::RequestsColumn).data(PhaseResultModel::SortRole).toLongLong(), 1000);
        QCOMPARE(model.index(0, PhaseResultModel::LoadColumn).data().toString(), ResultText::load(plan.phases[0]));

        RunReport stopped = report(plan, 2);
        stopped.phases[1].stoppedEarly = true;
        stopped.phases[1].stopReason = QStringLiteral("stopped by user");
        model.setReport(stopped); // fewer phases: another run
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.count(), 2);
        const QModelIndex name = model.index(1, PhaseResultModel::NameColumn);
        QVERIFY(name.data().toString().contains(QStringLiteral("stopped early")));
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), QStringLiteral("stopped by user"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void verdictsAreText_data()
    {
        QTest::addColumn<int>("ok");
        QTest::addColumn<int>("slow");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("verdict");
        QTest::addRow("pass") << 1000 << 0 << 0 << int(Verdict::Pass);
        QTest::addRow("warn: p95 between goal and critical") << 900 << 100 << 0 << int(Verdict::Warn);
        QTest::addRow("fail: success rate below critical") << 900 << 0 << 100 << int(Verdict::Fail);
    }
    void verdictsAreText()
    {
        QFETCH(int, ok);
        QFETCH(int, slow);
        QFETCH(int, failed);
        QFETCH(int, verdict);
        const Plan plan = demoPlan();
        RunReport r;
        r.plan = plan;
        r.phases.push_back(phaseResult(plan, 0, ok, 20, slow, 300, failed));
        r.evaluate();
        QCOMPARE(int(r.phases[0].verdict), verdict);
        const QString word = verdictName(Verdict(verdict));

        PhaseResultModel phases;
        Tester phaseTester(&phases, Tester::FailureReportingMode::QtTest);
        phases.setReport(r);
        const QModelIndex cell = phases.index(0, PhaseResultModel::VerdictColumn);
        QCOMPARE(cell.data().toString(), ResultText::verdict(Verdict(verdict)));
        QVERIFY(cell.data().toString().contains(word)); // the word, not only the colour
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), ResultText::verdictColor(Verdict(verdict)));
        QCOMPARE(cell.data(PhaseResultModel::VerdictRole).toInt(), verdict);
        const QString reason = phases.index(0, PhaseResultModel::ReasonColumn).data().toString();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), reason);
        if (verdict == int(Verdict::Warn))
            QVERIFY2(reason.contains(QStringLiteral("P95 latency")), qPrintable(reason));

        TargetResultModel targets;
        Tester targetTester(&targets, Tester::FailureReportingMode::QtTest);
        targets.setResults(r.phases[0].targetResults);
        QCOMPARE(targets.rowCount(), int(r.phases[0].targetResults.size()));
        bool sawVerdict = false;
        for (int row = 0; row < targets.rowCount(); ++row) {
            const TargetResult &result = r.phases[0].targetResults[size_t(row)];
            const QModelIndex v = targets.index(row, TargetResultModel::VerdictColumn);
            QVERIFY(v.data().toString().contains(verdictName(result.verdict)));
            QCOMPARE(v.data(Qt::ForegroundRole).value<QColor>(), ResultText::verdictColor(result.verdict));
            QCOMPARE(targets.index(row, TargetResultModel::ReasonColumn).data().toString(), ResultText::reason(result));
            const bool higher = metricInfo(result.target.metric).higherIsBetter;
            QVERIFY(targets.index(row, TargetResultModel::GoalColumn)
                        .data()
                        .toString()
                        .startsWith(higher ? QStringLiteral("≥") : QStringLiteral("≤")));
            sawVerdict = sawVerdict || int(result.verdict) == verdict;
        }
        QVERIFY(sawVerdict);
        targets.clear();
        QCOMPARE(targets.rowCount(), 0);
    }

    void scenarioResults()
    {
        const Plan plan = demoPlan();
        const PhaseResult phase = phaseResult(plan, 0, 400, 20, 0, 0, 12);
        ScenarioResultModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setPhase(plan, phase);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(columnTexts(model, ScenarioResultModel::NameColumn).at(1), QStringLiteral("List Agents"));
        QCOMPARE(model.index(0, ScenarioResultModel::ConfiguredShareColumn).data().toString(),
                 QStringLiteral("20.0 %"));
        // 100 of the 412 requests went to the first scenario.
        QCOMPARE(
            model.index(0, ScenarioResultModel::AchievedShareColumn).data(ScenarioResultModel::SortRole).toDouble(),
            100.0 * 100 / 412);
        QCOMPARE(model.index(0, ScenarioResultModel::ErrorsColumn).data().toString(), QStringLiteral("none"));
        const QModelIndex errors = model.index(3, ScenarioResultModel::ErrorsColumn);
        QCOMPARE(errors.data().toString(), QStringLiteral("http_503 × 12"));
        QCOMPARE(errors.data(Qt::ToolTipRole).toString(), QStringLiteral("http_503: queue full"));
        QCOMPARE(model.index(3, ScenarioResultModel::FailuresColumn).data().toString(), QLocale().toString(12));
        model.setPhase(plan, phaseResult(plan, 1, 10, 20, 0, 0, 0));
        QCOMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void errorsGrowInPlace()
    {
        ErrorTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const ErrorKey timeout = errorKey(ErrorClass::Timeout), refused = errorKey(ErrorClass::ConnectionRefused),
                       http503 = errorKey(ErrorClass::Http, 503);
        ErrorTallies tallies;
        addTally(tallies, timeout, 2, QStringLiteral("no answer within 10 s"));
        model.setErrors(tallies, 100);
        QCOMPARE(model.rowCount(), 1);
        addTally(tallies, http503, 5, QStringLiteral("queue full"));
        addTally(tallies, timeout, 1, {});
        model.setErrors(tallies, 200);
        addTally(tallies, refused, 3, {}); // sorts between the two
        model.setErrors(tallies, 400);
        QCOMPARE(resets.count(), 0); // classes are inserted where they sort, also the first ones
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(
            columnTexts(model, ErrorTableModel::ClassColumn),
            (QStringList{QStringLiteral("timeout"), QStringLiteral("connection_refused"), QStringLiteral("http_503")}));
        QCOMPARE(model.index(0, ErrorTableModel::CountColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(2, ErrorTableModel::ShareColumn).data().toString(), ResultText::percent(1.25));
        QCOMPARE(model.index(1, ErrorTableModel::FirstMessageColumn).data().toString(), QStringLiteral("(no message)"));
        QCOMPARE(model.index(0, ErrorTableModel::FirstMessageColumn).data().toString(),
                 QStringLiteral("no answer within 10 s"));
        QCOMPARE(model.index(2, 0).data(ErrorTableModel::ErrorKeyRole).toInt(), http503);
        QCOMPARE(model.totalErrors(), 11);

        tallies.erase(timeout); // another run: starts over
        model.setErrors(tallies, 0);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ErrorTableModel::ShareColumn).data().toString(), QString()); // no total, no share
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalErrors(), 0);
    }
};

QTEST_MAIN(ResultModelsTest)
#include "tst_resultmodels.moc"

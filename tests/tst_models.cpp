// The item models of the desktop app (widgets/models) under QAbstractItemModelTester while they are filled,
// edited, grown, shrunk and reordered: the plan tables over a PlanDocument (scenarios, phases, targets,
// headers) and the read-only result tables (phases, scenarios, targets, errors).

#include "ErrorTableModel.h"
#include "HeaderTableModel.h"
#include "PhaseResultModel.h"
#include "PhaseTableModel.h"
#include "PlanDocument.h"
#include "PlanJson.h"
#include "ResultText.h"
#include "ScenarioResultModel.h"
#include "ScenarioTableModel.h"
#include "TargetResultModel.h"
#include "TargetTableModel.h"

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
bool dataChangedCovers(const QSignalSpy &spy, int row, int column)
{
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.row() <= row && row <= bottomRight.row() && topLeft.column() <= column &&
            column <= bottomRight.column())
            return true;
    }
    return false;
}

// A cell the validation complains about: tinted, with an icon (not colour alone) and the reason as text.
void verifyMarked(const QModelIndex &index)
{
    QVERIFY2(index.data(PlanTableModel::HasErrorRole).toBool(), qPrintable(index.data().toString()));
    const QString reason = index.data(PlanTableModel::DiagnosticRole).toString();
    QVERIFY(reason.startsWith(QStringLiteral("Error: ")));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), reason);
    QVERIFY(index.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void verifyClean(const QModelIndex &index)
{
    QVERIFY2(!index.data(PlanTableModel::HasErrorRole).toBool(),
             qPrintable(index.data(PlanTableModel::DiagnosticRole).toString()));
    QVERIFY(index.data(PlanTableModel::DiagnosticRole).toString().isEmpty());
}

} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // ---- ScenarioTableModel ----

    void weightChangesEveryShare_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QVariant>("weight");
        QTest::addColumn<QList<double>>("shares");
        // The demo plan's weights are 20, 30, 25, 25.
        QTest::addRow("first to 120") << 0 << QVariant(120.0) << QList<double>{60, 15, 12.5, 12.5};
        QTest::addRow("typed as text") << 0 << QVariant(QStringLiteral("120")) << QList<double>{60, 15, 12.5, 12.5};
        QTest::addRow("int") << 2 << QVariant(45) << QList<double>{20.0 / 1.2, 25, 37.5, 25.0 / 1.2};
        QTest::addRow("second to 0") << 1 << QVariant(0.0) << QList<double>{20.0 / 0.7, 0, 25.0 / 0.7, 25.0 / 0.7};
    }
    void weightChangesEveryShare()
    {
        QFETCH(int, row);
        QFETCH(QVariant, weight);
        QFETCH(QList<double>, shares);
        PlanDocument document;
        document.reset(demoPlan());
        ScenarioTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QStringList sharesBefore = columnTexts(model, ScenarioTableModel::ShareColumn);
        QCOMPARE(sharesBefore, (QStringList{QStringLiteral("20.0 %"), QStringLiteral("30.0 %"),
                                            QStringLiteral("25.0 %"), QStringLiteral("25.0 %")}));

        QVERIFY(model.setData(model.index(row, ScenarioTableModel::WeightColumn), weight));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(model.rowCount(), int(shares.size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex share = model.index(r, ScenarioTableModel::ShareColumn);
            QCOMPARE(share.data(ScenarioTableModel::ShareRole).toDouble(), shares[r]);
            QCOMPARE(share.data(Qt::EditRole).toDouble(), shares[r]);
            QCOMPARE(share.data().toString(), QLocale().toString(shares[r], 'f', 1) + QStringLiteral(" %"));
            QVERIFY2(dataChangedCovers(changed, r, ScenarioTableModel::ShareColumn), "views must repaint every share");
            QVERIFY(!(model.flags(share) & Qt::ItemIsEditable)); // derived, read-only
        }
        QCOMPARE(model.index(row, ScenarioTableModel::WeightColumn).data(Qt::EditRole).toDouble(), weight.toDouble());

        document.undoStack()->undo();
        QCOMPARE(columnTexts(model, ScenarioTableModel::ShareColumn), sharesBefore);
        document.undoStack()->redo();
        QCOMPARE(model.index(0, ScenarioTableModel::ShareColumn).data(ScenarioTableModel::ShareRole).toDouble(),
                 shares[0]);
    }

    void scenarioInput_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("marked");
        const int name = ScenarioTableModel::NameColumn, method = ScenarioTableModel::MethodColumn,
                  path = ScenarioTableModel::PathColumn, weight = ScenarioTableModel::WeightColumn,
                  status = ScenarioTableModel::StatusColumn;
        QTest::addRow("negative weight") << weight << QVariant(-5.0) << false << false;
        QTest::addRow("weight not a number") << weight << QVariant(QStringLiteral("heavy")) << false << false;
        QTest::addRow("unknown method") << method << QVariant(QStringLiteral("FETCH")) << false << false;
        QTest::addRow("status not a number") << status << QVariant(QStringLiteral("200, ok")) << false << false;
        QTest::addRow("method by index") << method << QVariant(1) << true << false;
        QTest::addRow("method lower case") << method << QVariant(QStringLiteral("put")) << true << false;
        QTest::addRow("two statuses") << status << QVariant(QStringLiteral("200 201")) << true << false;
        QTest::addRow("empty name") << name << QVariant(QStringLiteral("  ")) << true << true;
        // The validation marks the later of two scenarios with the same name: here the one edited.
        QTest::addRow("duplicate name") << name << QVariant(QStringLiteral("Health Check")) << true << true;
        QTest::addRow("path without slash") << path << QVariant(QStringLiteral("api/health")) << true << true;
        QTest::addRow("status out of range") << status << QVariant(QStringLiteral("999")) << true << true;
    }
    void scenarioInput()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(bool, marked);
        PlanDocument document;
        document.reset(demoPlan());
        ScenarioTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const QModelIndex cell = model.index(1, column);
        verifyClean(cell);
        const Plan before = document.plan();

        QCOMPARE(model.setData(cell, value), accepted);
        QCOMPARE(document.undoStack()->count(), accepted ? 1 : 0);
        if (!accepted) {
            QVERIFY(document.plan() == before);
            return;
        }
        QCOMPARE(document.hasErrors(), marked);
        if (marked) {
            verifyMarked(cell);
            QVERIFY(!document.firstError().isEmpty());
        } else {
            verifyClean(cell);
        }
        document.undoStack()->undo();
        verifyClean(model.index(1, column));
    }

    void allWeightsZeroIsMarkedOnEveryWeight()
    {
        PlanDocument document;
        document.reset(demoPlan());
        ScenarioTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.setData(model.index(row, ScenarioTableModel::WeightColumn), 0));
        for (int row = 0; row < model.rowCount(); ++row) {
            verifyMarked(model.index(row, ScenarioTableModel::WeightColumn));
            QCOMPARE(model.index(row, ScenarioTableModel::ShareColumn).data(ScenarioTableModel::ShareRole).toDouble(),
                     0.0);
        }
    }

    void scenarioRows()
    {
        PlanDocument document;
        document.reset(demoPlan());
        ScenarioTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        auto names = [&] { return columnTexts(model, ScenarioTableModel::NameColumn); };

        QVERIFY(model.insertRows(4, 1));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4, ScenarioTableModel::NameColumn).data().toString(), QStringLiteral("Scenario"));
        QCOMPARE(model.index(4, ScenarioTableModel::PathColumn).data().toString(), QStringLiteral("/"));
        QCOMPARE(model.index(4, ScenarioTableModel::WeightColumn).data(Qt::EditRole).toDouble(), 25.0); // the mean
        QCOMPARE(model.index(0, ScenarioTableModel::ShareColumn).data(ScenarioTableModel::ShareRole).toDouble(), 16.0);
        QVERIFY(model.insertRows(0, 2));
        QCOMPARE(names().mid(0, 2), (QStringList{QStringLiteral("Scenario 2"), QStringLiteral("Scenario 3")}));
        QVERIFY(!model.insertRows(99, 1));
        QVERIFY(!model.insertRows(0, 0));
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 5);

        QCOMPARE(model.duplicateRow(0), 1);
        QCOMPARE(names().at(1), QStringLiteral("Health Check (copy)"));
        QCOMPARE(model.duplicateRow(0), 1);
        QCOMPARE(names().at(1), QStringLiteral("Health Check (copy) 2"));
        QCOMPARE(model.duplicateRow(42), -1);
        QVERIFY(model.removeRows(1, 2));

        // Down: before row 2 (counted before the move) puts row 0 at 1; up again.
        const QStringList original = names();
        QVERIFY(model.moveRows({}, 0, 1, {}, 2));
        QCOMPARE(names().at(1), original.at(0));
        QCOMPARE(names().at(0), original.at(1));
        QVERIFY(model.moveRows({}, 1, 1, {}, 0));
        QCOMPARE(names(), original);
        QVERIFY(model.moveRows({}, 4, 1, {}, 0)); // last to first
        QCOMPARE(names().at(0), QStringLiteral("Scenario"));
        QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // no-op
        QVERIFY(!model.moveRows({}, 0, 2, {}, 4)); // one row at a time
        QVERIFY(!model.moveRows({}, 0, 1, {}, 6));
        QCOMPARE(resets.count(), 0); // structural edits announce themselves; no resets

        // Every edit is one undo step; undoing the shape changes resets the model, which the tester checks.
        const int steps = document.undoStack()->count();
        QCOMPARE(steps, 9);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(document.plan() == demoPlan());
        QVERIFY(resets.count() > 0);
        while (document.undoStack()->canRedo())
            document.undoStack()->redo();
        QCOMPARE(names().at(0), QStringLiteral("Scenario"));
        QCOMPARE(model.rowCount(), 5);
    }

    void resetToAnotherPlan()
    {
        PlanDocument document;
        document.reset(demoPlan());
        ScenarioTableModel scenarios(&document);
        PhaseTableModel phases(&document);
        TargetTableModel targets(&document);
        HeaderTableModel headers(&document);
        Tester t1(&scenarios, Tester::FailureReportingMode::QtTest);
        Tester t2(&phases, Tester::FailureReportingMode::QtTest);
        Tester t3(&targets, Tester::FailureReportingMode::QtTest);
        Tester t4(&headers, Tester::FailureReportingMode::QtTest);
        document.reset(Plan{});
        QCOMPARE(scenarios.rowCount(), 0);
        QCOMPARE(phases.rowCount(), 0);
        QCOMPARE(targets.columnCount(), int(TargetTableModel::FirstPhaseColumn));
        QCOMPARE(headers.rowCount(), 0);
        document.reset(bundledPlan(QStringLiteral(":/plans/askproai.json")));
        QCOMPARE(phases.rowCount(), 5);
        QCOMPARE(targets.columnCount(), TargetTableModel::FirstPhaseColumn + 10);
        QVERIFY(scenarios.rowCount() > 0);
    }

    // ---- PhaseTableModel ----

    void phaseInput_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("marked");
        QTest::addColumn<QVariant>("stored"); // EditRole afterwards, when accepted
        const int closed = 0, open = 4;
        QTest::addRow("rename") << closed << int(PhaseTableModel::NameColumn) << QVariant(QStringLiteral(" Warm-up "))
                                << true << false << QVariant(QStringLiteral("Warm-up"));
        QTest::addRow("users") << closed << int(PhaseTableModel::LoadColumn) << QVariant(25) << true << false
                               << QVariant(25);
        QTest::addRow("users as text") << closed << int(PhaseTableModel::LoadColumn) << QVariant(QStringLiteral("30"))
                                       << true << false << QVariant(30);
        QTest::addRow("fractional users")
            << closed << int(PhaseTableModel::LoadColumn) << QVariant(2.5) << false << false << QVariant();
        QTest::addRow("negative users") << closed << int(PhaseTableModel::LoadColumn) << QVariant(-3) << false << false
                                        << QVariant();
        QTest::addRow("zero users") << closed << int(PhaseTableModel::LoadColumn) << QVariant(0) << true << true
                                    << QVariant(0);
        QTest::addRow("empty name") << closed << int(PhaseTableModel::NameColumn) << QVariant(QString()) << true << true
                                    << QVariant(QString());
        QTest::addRow("duplicate name") << 2 << int(PhaseTableModel::NameColumn) << QVariant(QStringLiteral("Baseline"))
                                        << true << true << QVariant(QStringLiteral("Baseline"));
        QTest::addRow("ramp-up") << closed << int(PhaseTableModel::RampUpColumn) << QVariant(QStringLiteral("1.5"))
                                 << true << false << QVariant(1.5);
        QTest::addRow("duration not a number") << closed << int(PhaseTableModel::DurationColumn)
                                               << QVariant(QStringLiteral("long")) << false << false << QVariant();
        QTest::addRow("think min above max")
            << closed << int(PhaseTableModel::ThinkMinColumn) << QVariant(500) << true << true << QVariant(500.0);
        QTest::addRow("max users of a closed phase")
            << closed << int(PhaseTableModel::MaxUsersColumn) << QVariant(50) << false << false << QVariant();
        QTest::addRow("think time of an open phase")
            << open << int(PhaseTableModel::ThinkMinColumn) << QVariant(10) << false << false << QVariant();
        QTest::addRow("arrival rate") << open << int(PhaseTableModel::LoadColumn) << QVariant(12.5) << true << false
                                      << QVariant(12.5);
        QTest::addRow("max users") << open << int(PhaseTableModel::MaxUsersColumn) << QVariant(7) << true << false
                                   << QVariant(7);
        QTest::addRow("unknown model") << closed << int(PhaseTableModel::ModelColumn)
                                       << QVariant(QStringLiteral("half-open")) << false << false << QVariant();
    }
    void phaseInput()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(bool, marked);
        QFETCH(QVariant, stored);
        PlanDocument document;
        document.reset(demoPlan());
        PhaseTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const QModelIndex cell = model.index(row, column);
        const Plan before = document.plan();
        if (model.flags(cell) & Qt::ItemIsEditable) { // writing back the same value is no edit
            QVERIFY(model.setData(cell, cell.data(Qt::EditRole)));
            QCOMPARE(document.undoStack()->count(), 0);
        }

        QCOMPARE(model.setData(cell, value), accepted);
        if (!accepted) {
            QVERIFY(document.plan() == before);
            QCOMPARE(document.undoStack()->count(), 0);
            return;
        }
        QCOMPARE(cell.data(Qt::EditRole), stored);
        QCOMPARE(document.hasErrors(), marked);
        if (marked)
            verifyMarked(cell);
        else
            verifyClean(cell);
    }

    void phaseModelSwitch()
    {
        PlanDocument document;
        document.reset(demoPlan());
        PhaseTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const QModelIndex modelCell = model.index(0, PhaseTableModel::ModelColumn);
        QCOMPARE(modelCell.data().toString(), QStringLiteral("Closed"));
        QCOMPARE(model.index(0, PhaseTableModel::MaxUsersColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!(model.flags(model.index(0, PhaseTableModel::MaxUsersColumn)) & Qt::ItemIsEditable));

        QVERIFY(model.setData(modelCell, QStringLiteral("open")));
        QCOMPARE(modelCell.data(Qt::EditRole).toInt(), int(LoadModel::Open));
        QCOMPARE(modelCell.data(PhaseTableModel::LoadModelRole).toInt(), int(LoadModel::Open));
        // Switching gives the open model usable values, so the phase stays valid.
        QCOMPARE(model.index(0, PhaseTableModel::LoadColumn).data(Qt::EditRole).toDouble(), 10.0);
        QCOMPARE(model.index(0, PhaseTableModel::MaxUsersColumn).data(Qt::EditRole).toInt(), 100);
        QVERIFY(!document.hasErrors());
        QCOMPARE(model.index(0, PhaseTableModel::ThinkMinColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!(model.flags(model.index(0, PhaseTableModel::ThinkMinColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, PhaseTableModel::MaxUsersColumn)) & Qt::ItemIsEditable);

        QVERIFY(model.setData(modelCell, int(LoadModel::Closed)));
        QCOMPARE(model.index(0, PhaseTableModel::LoadColumn).data(Qt::EditRole).toInt(), 10);
        QVERIFY(!document.hasErrors());
    }

    void phaseRowsAndPreset()
    {
        Plan plan = demoPlan();
        plan.phases.resize(2);
        PlanDocument document;
        document.reset(plan);
        PhaseTableModel model(&document);
        TargetTableModel targets(&document); // its columns follow the phases
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        Tester targetTester(&targets, Tester::FailureReportingMode::QtTest);
        auto names = [&] { return columnTexts(model, PhaseTableModel::NameColumn); };

        QVERIFY(model.insertRows(2, 1));
        QCOMPARE(names().at(2), QStringLiteral("Phase"));
        QCOMPARE(model.index(2, PhaseTableModel::LoadColumn).data(Qt::EditRole).toInt(), 10);
        QCOMPARE(model.index(2, PhaseTableModel::DurationColumn).data(Qt::EditRole).toDouble(), 60.0);
        QCOMPARE(targets.columnCount(), TargetTableModel::FirstPhaseColumn + 6);
        QCOMPARE(targets.headerData(TargetTableModel::goalColumnOfPhase(2), Qt::Horizontal).toString(),
                 QStringLiteral("Phase\ngoal"));

        QCOMPARE(model.duplicateRow(0), 1);
        QCOMPARE(names(), (QStringList{QStringLiteral("Baseline"), QStringLiteral("Baseline (copy)"),
                                       QStringLiteral("Normal Load"), QStringLiteral("Phase")}));
        QVERIFY(model.moveRows({}, 3, 1, {}, 0));
        QCOMPARE(names().at(0), QStringLiteral("Phase"));
        QVERIFY(model.removeRows(1, 2));
        QCOMPARE(names(), (QStringList{QStringLiteral("Phase"), QStringLiteral("Normal Load")}));
        QCOMPARE(targets.columnCount(), TargetTableModel::FirstPhaseColumn + 4);

        const Plan seed = bundledPlan(QStringLiteral(":/plans/askproai.json"));
        const int steps = document.undoStack()->count();
        model.replacePhases(seed.phases, QStringLiteral("Use the seed's five load levels"));
        QCOMPARE(document.undoStack()->count(), steps + 1); // one click, one undo step
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(names().at(4), seed.phases.at(4).name);
        QCOMPARE(targets.columnCount(), TargetTableModel::FirstPhaseColumn + 10);
        document.undoStack()->undo();
        QCOMPARE(names(), (QStringList{QStringLiteral("Phase"), QStringLiteral("Normal Load")}));
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(document.plan() == plan);
    }

    // ---- TargetTableModel ----

    void targetCells_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("shown");
        using S = TargetTableModel::CellState;
        const int plan = TargetTableModel::PlanGoalColumn, baseline = TargetTableModel::goalColumnOfPhase(0),
                  stress = TargetTableModel::goalColumnOfPhase(3);
        QTest::addRow("plan p95 goal") << int(Metric::P95Ms) << plan << int(S::PlanValue) << QStringLiteral("200");
        QTest::addRow("plan p95 critical")
            << int(Metric::P95Ms) << plan + 1 << int(S::PlanValue) << QStringLiteral("500");
        QTest::addRow("plan average") << int(Metric::AvgMs) << plan << int(S::NoTarget) << QStringLiteral("—");
        QTest::addRow("inherited") << int(Metric::P95Ms) << baseline << int(S::Inherited) << QStringLiteral("200");
        QTest::addRow("override") << int(Metric::SuccessRate) << stress << int(S::Override) << QStringLiteral("95");
        QTest::addRow("override critical")
            << int(Metric::ErrorRate) << stress + 1 << int(S::Override) << QStringLiteral("10");
    }
    void targetCells()
    {
        QFETCH(int, metric);
        QFETCH(int, column);
        QFETCH(int, state);
        QFETCH(QString, shown);
        PlanDocument document;
        document.reset(demoPlan());
        TargetTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(allMetrics().size()));
        const QModelIndex cell = model.index(metric, column);
        QCOMPARE(cell.data(TargetTableModel::MetricRole).toInt(), metric);
        QCOMPARE(cell.data(TargetTableModel::CellStateRole).toInt(), state);
        QCOMPARE(int(model.cellState(cell)), state);
        QCOMPARE(cell.data().toString(), shown);
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!cell.data(Qt::AccessibleTextRole).toString().isEmpty()); // the state in words, not only a font
    }

    void targetEdits()
    {
        PlanDocument document;
        document.reset(demoPlan());
        TargetTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        using S = TargetTableModel::CellState;
        const int p95 = int(Metric::P95Ms), avg = int(Metric::AvgMs);
        const QModelIndex baselineGoal = model.index(p95, TargetTableModel::goalColumnOfPhase(0));
        auto state = [&](const QModelIndex &index) { return S(index.data(TargetTableModel::CellStateRole).toInt()); };

        QVERIFY(model.setData(baselineGoal, QStringLiteral("150")));
        QCOMPARE(state(baselineGoal), S::Override);
        QCOMPARE(baselineGoal.data().toString(), QStringLiteral("150"));
        // The override starts from the plan's critical level.
        QCOMPARE(model.index(p95, TargetTableModel::goalColumnOfPhase(0) + 1).data().toString(), QStringLiteral("500"));
        QVERIFY(model.setData(baselineGoal, QStringLiteral("off")));
        QCOMPARE(state(baselineGoal), S::Off);
        QCOMPARE(baselineGoal.data().toString(), QStringLiteral("off"));
        QVERIFY(model.setData(baselineGoal, QString()));
        QCOMPARE(state(baselineGoal), S::Inherited);
        QVERIFY(model.setData(baselineGoal, int(S::Override), TargetTableModel::CellStateRole));
        QCOMPARE(state(baselineGoal), S::Override);
        QCOMPARE(baselineGoal.data().toString(), QStringLiteral("200"));

        // Invalid input is refused and changes nothing.
        const Plan before = document.plan();
        QVERIFY(!model.setData(baselineGoal, QStringLiteral("fast")));
        QVERIFY(!model.setData(model.index(p95, TargetTableModel::PlanGoalColumn), -1));
        QVERIFY(!model.setData(model.index(avg, TargetTableModel::goalColumnOfPhase(1)), QStringLiteral("off")));
        QVERIFY(!model.setData(model.index(p95, TargetTableModel::MetricColumn), 1));
        QVERIFY(document.plan() == before);

        // A new plan target starts with goal = critical; removing it clears the phases' "off".
        const QModelIndex avgGoal = model.index(avg, TargetTableModel::PlanGoalColumn);
        QVERIFY(model.setData(avgGoal, 100));
        QCOMPARE(state(avgGoal), S::PlanValue);
        QCOMPARE(model.index(avg, TargetTableModel::PlanCriticalColumn).data().toString(), QStringLiteral("100"));
        QCOMPARE(state(model.index(avg, TargetTableModel::goalColumnOfPhase(2))), S::Inherited);
        QVERIFY(model.setData(model.index(avg, TargetTableModel::goalColumnOfPhase(2)), QStringLiteral("off")));
        QVERIFY(model.setData(avgGoal, QString()));
        QCOMPARE(state(avgGoal), S::NoTarget);
        QCOMPARE(state(model.index(avg, TargetTableModel::goalColumnOfPhase(2))), S::NoTarget);
        QVERIFY(!document.hasErrors());
    }

    void targetGoalBeyondCriticalIsMarked()
    {
        PlanDocument document;
        document.reset(demoPlan());
        TargetTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const int p95 = int(Metric::P95Ms);
        QVERIFY(model.setData(model.index(p95, TargetTableModel::PlanGoalColumn), 600)); // critical is 500
        QVERIFY(document.hasErrors());
        verifyMarked(model.index(p95, TargetTableModel::PlanGoalColumn));
        verifyMarked(model.index(p95, TargetTableModel::PlanCriticalColumn));
        verifyClean(model.index(int(Metric::P99Ms), TargetTableModel::PlanGoalColumn));
        QVERIFY(model.setData(model.index(p95, TargetTableModel::PlanCriticalColumn), 700));
        QVERIFY(!document.hasErrors());
        verifyClean(model.index(p95, TargetTableModel::PlanGoalColumn));
    }

    // ---- HeaderTableModel ----

    void planHeaders()
    {
        PlanDocument document;
        document.reset(demoPlan());
        HeaderTableModel model(&document);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HeaderTableModel::NameColumn).data().toString(), QStringLiteral("Accept"));

        QVERIFY(model.insertRows(1, 2));
        QCOMPARE(columnTexts(model, HeaderTableModel::NameColumn),
                 (QStringList{QStringLiteral("Accept"), QStringLiteral("X-Header"), QStringLiteral("X-Header-2")}));
        const QModelIndex name = model.index(1, HeaderTableModel::NameColumn);
        const QModelIndex value = model.index(1, HeaderTableModel::ValueColumn);
        const QModelIndex secret = model.index(1, HeaderTableModel::SecretColumn);
        QVERIFY(!model.setData(name, QStringLiteral(" "))); // a header needs a name
        QVERIFY(!model.setData(value, QStringLiteral("two\nlines")));
        QVERIFY(model.setData(value, QStringLiteral("s3cr3t")));
        QCOMPARE(value.data().toString(), QStringLiteral("s3cr3t"));

        // Marked secret: masked in the table, the real value when edited.
        QVERIFY(model.flags(secret) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(secret, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(secret.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(value.data().toString(), HeaderTableModel::maskedValue());
        QCOMPARE(value.data(Qt::EditRole).toString(), QStringLiteral("s3cr3t"));
        QCOMPARE(secret.data(Qt::AccessibleTextRole).toString(), QStringLiteral("secret"));

        // Authorization is always secret: no check box to clear.
        QVERIFY(model.setData(model.index(2, HeaderTableModel::NameColumn), QStringLiteral("Authorization")));
        QVERIFY(model.setData(model.index(2, HeaderTableModel::ValueColumn), QStringLiteral("Bearer x")));
        QVERIFY(model.index(2, 0).data(HeaderTableModel::AlwaysSecretRole).toBool());
        QVERIFY(!(model.flags(model.index(2, HeaderTableModel::SecretColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(2, HeaderTableModel::SecretColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.index(2, HeaderTableModel::ValueColumn).data().toString(), HeaderTableModel::maskedValue());

        // A name a header cannot have is accepted and explained.
        QVERIFY(model.setData(model.index(2, HeaderTableModel::NameColumn), QStringLiteral("Bad Header")));
        QVERIFY(document.hasErrors());
        verifyMarked(model.index(2, HeaderTableModel::NameColumn));
        verifyClean(model.index(0, HeaderTableModel::NameColumn));

        QVERIFY(model.removeRows(1, 2));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!document.hasErrors());
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(document.plan() == demoPlan());
        QCOMPARE(model.rowCount(), 1);
    }

    void scenarioHeadersFollowTheScenarios()
    {
        PlanDocument document;
        document.reset(demoPlan());
        ScenarioTableModel scenarios(&document);
        HeaderTableModel model(&document, 3); // Webhook Simulation: Content-Type
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        Tester scenarioTester(&scenarios, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Content-Type"));
        model.setScenario(0); // Health Check: none
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(document.plan().scenarios[0].headers.size(), size_t(1));
        QVERIFY(document.plan().headers.size() == 1); // the plan's own headers are untouched

        model.setScenario(3);
        QVERIFY(scenarios.removeRows(3, 1)); // the shown scenario goes away
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.insertRows(0, 1));
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);

        model.setScenario(HeaderTableModel::noScenario);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.insertRows(0, 1));
    }
};

QTEST_MAIN(ModelsTest)
#include "tst_models.moc"

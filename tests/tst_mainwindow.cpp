// The desktop app's main window end to end, on the offscreen platform: first start opens the demo plan against
// the built-in demo target; save, edit, reopen; the unsaved-changes mark in the title; crash recovery; a real
// run of a short plan against the demo target with live chart points, KPI tiles and verdicts; stop mid-run and
// keep the report; export and reopen the report on the Results page.

#include "KpiTile.h"
#include "LiveRunCharts.h"
#include "MainWindow.h"
#include "PhaseResultModel.h"
#include "PlanJson.h"
#include "PlanPage.h"
#include "ResultsPage.h"
#include "RunPage.h"
#include "TimeSeriesChart.h"

#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ls;

Q_DECLARE_METATYPE(ls::RunReport)

namespace {

// A run of a few seconds: two short closed phases, so stopping mid-run and the phase verdicts can be seen.
Plan shortDemoPlan()
{
    const PlanParseResult result = loadPlanFile(QStringLiteral(":/plans/demo.json"));
    if (!result.plan)
        qFatal("cannot read the demo plan");
    Plan plan = *result.plan;
    plan.phases.resize(2);
    for (Phase &phase : plan.phases) {
        phase.rampUpS = 0;
        phase.durationS = 3;
        phase.gracefulStopS = 1;
    }
    plan.phases[1].users = 20;
    plan.pauseBetweenPhasesS = 0;
    return plan;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_options.settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
        m_options.recoveryFile = m_dir.filePath(QStringLiteral("recovery-%1.json").arg(m_counter));
        m_options.askBeforeRestore = false;
    }

    void firstStartOpensTheDemoPlanAgainstTheDemoTarget()
    {
        MainWindow window(m_options);
        window.show();
        window.startUp();
        QVERIFY(window.document()->plan().name.contains(QStringLiteral("Demo")));
        QVERIFY(window.runPage()->usesDemoTarget());
        QVERIFY(!window.document()->hasErrors());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionRunAll"))->isEnabled());
        QVERIFY(window.windowTitle().contains(window.document()->plan().name));
    }

    void saveEditAndReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("mine.json"));
        {
            MainWindow window(m_options);
            window.show();
            window.startUp();
            QVERIFY(window.savePlanAs(path));
            QVERIFY(!window.isWindowModified());
            QVERIFY(!window.windowTitle().contains(QStringLiteral("*")) || window.windowTitle().contains(u'['));

            Plan edited = window.document()->plan();
            edited.name = QStringLiteral("Edited plan");
            edited.scenarios[0].weight = 55;
            window.document()->setPlan(edited, QStringLiteral("test edit"));
            QVERIFY(window.isWindowModified());
            QVERIFY(window.windowTitle().contains(QStringLiteral("Edited plan")));
            QVERIFY(window.savePlanAs(path));
            QVERIFY(!window.isWindowModified());
            QCOMPARE(window.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        }
        // A new window (same settings) opens the most recent file at start-up.
        MainWindow window(m_options);
        window.startUp();
        QCOMPARE(window.document()->filePath(), path);
        QCOMPARE(window.document()->plan().name, QStringLiteral("Edited plan"));
        QCOMPARE(window.document()->plan().scenarios[0].weight, 55.0);
        QVERIFY(!window.runPage()->usesDemoTarget());
    }

    void crashRecoveryRestoresUnsavedEdits()
    {
        {
            MainWindow window(m_options);
            window.startUp();
            Plan edited = window.document()->plan();
            edited.name = QStringLiteral("Not saved yet");
            window.document()->setPlan(edited, QStringLiteral("test edit"));
            // The recovery file is written shortly after the edit; the window is then destroyed without a
            // clean close, as in a crash.
            QTRY_VERIFY_WITH_TIMEOUT(window.recoveryFile().exists(), 5000);
        }
        MainWindow window(m_options);
        window.startUp();
        QCOMPARE(window.document()->plan().name, QStringLiteral("Not saved yet"));
        QVERIFY(window.document()->isModified());
    }

    void runShowsLiveFiguresAndVerdicts()
    {
        MainWindow window(m_options);
        window.resize(1280, 900);
        window.show();
        window.startUp();
        window.document()->reset(shortDemoPlan());
        window.runPage()->setUseDemoTarget(true);

        QSignalSpy finished(window.runPage(), &RunPage::runFinished);
        window.findChild<QAction *>(QStringLiteral("actionRunAll"))->trigger();
        QVERIFY(window.runPage()->isRunning());
        QCOMPARE(window.currentPage(), MainWindow::Page::Run);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionRunAll"))->isEnabled());

        // Live: points in the latency chart, a throughput figure in its tile.
        auto *charts = window.runPage()->findChild<LiveRunCharts *>(QStringLiteral("liveCharts"));
        QTRY_VERIFY_WITH_TIMEOUT(charts->pointCount() >= 2, 10000);
        auto *p95 = charts->latencyChart()->chart()->findChild<QLineSeries *>(QStringLiteral("p95Series"));
        QVERIFY(p95);
        QVERIFY(p95->count() >= 2);
        auto *kpis = window.runPage()->findChild<KpiPanel *>(QStringLiteral("kpiPanel"));
        QVERIFY2(kpis->tile(Kpi::RequestsPerS)->valueText().contains(QStringLiteral("req/s")),
                 qPrintable(kpis->tile(Kpi::RequestsPerS)->valueText()));
        QVERIFY(!charts->latencyChart()->referenceLines().empty()); // the running phase's goal and critical

        QVERIFY(finished.wait(30000));
        const RunReport report = window.runPage()->lastReport();
        QCOMPARE(report.phases.size(), size_t(2));
        QVERIFY(report.complete);
        QVERIFY(report.phases[0].totals.requests > 0);

        // The verdict of every phase, on the Run page and on the Results page.
        auto *verdicts = window.runPage()->findChild<QTableView *>(QStringLiteral("phaseVerdictTable"));
        QCOMPARE(verdicts->model()->rowCount(), 2);
        QVERIFY(!verdicts->model()->index(0, PhaseResultModel::VerdictColumn).data().toString().isEmpty());
        QVERIFY(window.resultsPage()->hasReport());
        QCOMPARE(window.resultsPage()->report().phases.size(), size_t(2));
        auto *title = window.resultsPage()->findChild<QLabel *>(QStringLiteral("runVerdict"));
        QVERIFY(title);
        QVERIFY(!title->text().isEmpty());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionExportReport"))->isEnabled());
    }

    void stopMidRunKeepsTheReport()
    {
        MainWindow window(m_options);
        window.show();
        window.startUp();
        window.document()->reset(shortDemoPlan());
        window.runPage()->setUseDemoTarget(true);
        QSignalSpy finished(window.runPage(), &RunPage::runFinished);
        window.runPage()->runAll();
        auto *charts = window.runPage()->findChild<LiveRunCharts *>(QStringLiteral("liveCharts"));
        QTRY_VERIFY_WITH_TIMEOUT(charts->pointCount() >= 1, 10000);

        window.findChild<QAction *>(QStringLiteral("actionStop"))->trigger();
        QVERIFY(finished.wait(15000));
        const RunReport report = window.runPage()->lastReport();
        QVERIFY(report.aborted);
        QVERIFY(!report.complete);
        QCOMPARE(report.abortReason, QStringLiteral("stopped by user"));
        QVERIFY(!report.phases.empty());
        QVERIFY(report.phases[0].totals.requests > 0);

        // Exported and opened again, it reads the same.
        const QString path = m_dir.filePath(QStringLiteral("stopped-report.json"));
        QVERIFY(window.exportReport(path));
        MainWindow other(m_options);
        QVERIFY(other.openReport(path));
        QCOMPARE(other.currentPage(), MainWindow::Page::Results);
        QCOMPARE(other.resultsPage()->report().phases[0].totals.requests, report.phases[0].totals.requests);
        QVERIFY(other.resultsPage()->report().aborted);
    }

    void badReportFileSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken-report.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"loadstudio-report/1\", \"phases\": [");
        file.close();
        QString error;
        QVERIFY(!readReportFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("broken-report.json")), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    MainWindow::Options m_options;
    int m_counter = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The desktop app's main window end to end, on the offscreen platform: first start opens the demo plan against
// the built-in demo target; save, edit, reopen; the unsaved-changes mark in the title; crash recovery; a real
// run of a short plan against the demo target with live chart points, KPI tiles and verdicts; stop mid-run and
// keep the report; export and reopen the report on the Results page.

#include "Exports.h"
#include "KpiTile.h"
#include "LiveRunCharts.h"
#include "MainWindow.h"
#include "PhaseResultModel.h"
#include "PlanJson.h"
#include "PlanPage.h"
#include "ResultsPage.h"
#include "RunPage.h"
#include "TimeSeriesChart.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

// An edit of the plan, as the General form makes it.
void renamePlan(MainWindow &window, const QString &name)
{
    Plan edited = window.document()->plan();
    edited.name = name;
    window.document()->setPlan(edited, QStringLiteral("test edit"));
}

// Answers the next modal message box with Cancel (as a user would) and keeps its text for the test to read.
void cancelNextMessageBox(QObject *context, QString *text)
{
    QTimer::singleShot(200, context, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
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
        // The demo target is already up (on a free loopback port), so Run works at once.
        QVERIFY(window.runPage()->demoTargetUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
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

    void windowLayoutPersists()
    {
        // The share the user dragged the scenario table to (sizes scale with the window; the share stays).
        const auto tableShare = [](MainWindow &window) {
            window.planPage()->showSection(PlanPage::Section::Scenarios);
            QApplication::processEvents();
            const QList<int> sizes = window.findChild<QSplitter *>(QStringLiteral("scenarioSplitter"))->sizes();
            return double(sizes.value(0)) / double(std::max(1, sizes.value(0) + sizes.value(1)));
        };
        {
            MainWindow window(m_options);
            window.resize(1100, 800);
            window.show();
            window.startUp();
            tableShare(window);
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("scenarioSplitter"));
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            QVERIFY(total > 300);
            splitter->setSizes({total / 4, total - total / 4});
            QVERIFY(std::abs(tableShare(window) - 0.25) < 0.02);
            QVERIFY(window.close()); // nothing unsaved: closes, and keeps the layout
        }
        MainWindow window(m_options);
        window.show();
        window.startUp();
        QCOMPARE(window.size(), QSize(1100, 800));
        const double share = tableShare(window);
        QVERIFY2(std::abs(share - 0.25) < 0.03, qPrintable(QString::number(share)));
    }

    void crashRecoveryRestoresUnsavedEdits()
    {
        {
            MainWindow window(m_options);
            window.startUp();
            renamePlan(window, QStringLiteral("Not saved yet"));
            // The recovery file is written shortly after the edit; the window is then destroyed without a
            // clean close, as in a crash.
            QTRY_VERIFY_WITH_TIMEOUT(window.recoveryFile().exists(), 5000);
        }
        MainWindow window(m_options);
        window.startUp();
        QCOMPARE(window.document()->plan().name, QStringLiteral("Not saved yet"));
        QVERIFY(window.document()->isModified());
    }

    void newPlanDiscardsTheRecoveryCopy()
    {
        MainWindow window(m_options);
        window.startUp();
        renamePlan(window, QStringLiteral("Edited, then discarded"));
        QTRY_VERIFY_WITH_TIMEOUT(window.recoveryFile().exists(), 5000);
        // New from the seed's template (the user chose Discard): a crash now must not offer the discarded plan.
        window.newFromTemplate(QStringLiteral(":/plans/askproai.json"), false);
        QVERIFY(!window.recoveryFile().exists());
        QCOMPARE(window.document()->plan().phases.size(), size_t(5));
        QCOMPARE(window.document()->plan().scenarios.size(), size_t(4));
        QVERIFY(!window.runPage()->usesDemoTarget());
    }

    void closingWithUnsavedChangesAsks()
    {
        MainWindow window(m_options);
        window.show();
        window.startUp();
        renamePlan(window, QStringLiteral("Unsaved"));
        QString question;
        cancelNextMessageBox(this, &question);
        QVERIFY(!window.close()); // cancelled: the window stays
        QVERIFY2(question.contains(QStringLiteral("Unsaved")), qPrintable(question));
        QVERIFY(window.isVisible());
    }

    void runSelectedSaysWhyItIsDisabled()
    {
        MainWindow window(m_options);
        window.show();
        window.startUp();
        auto *runSelected = window.findChild<QAction *>(QStringLiteral("actionRunSelected"));
        Plan broken = window.document()->plan();
        broken.baseUrl = QStringLiteral("not a url");
        window.document()->setPlan(broken, QStringLiteral("test edit"));
        window.runPage()->setUseDemoTarget(false);
        QVERIFY(!runSelected->isEnabled());
        QVERIFY2(runSelected->toolTip().contains(QStringLiteral("problem")), qPrintable(runSelected->toolTip()));
        auto *runButton = window.runPage()->findChild<QPushButton *>(QStringLiteral("runAllButton"));
        QVERIFY(!runButton->isEnabled());
        QVERIFY(!runButton->toolTip().isEmpty());
    }

    void remoteRunAsksFirstAndCancelSendsNothing()
    {
        MainWindow window(m_options);
        window.show();
        window.startUp();
        Plan remote = shortDemoPlan();
        remote.baseUrl = QStringLiteral("http://load-test-target.invalid:8080"); // never resolves, never reached
        window.document()->reset(remote);
        window.runPage()->setUseDemoTarget(false);
        QString question;
        cancelNextMessageBox(this, &question);
        window.runPage()->runAll();
        QVERIFY(!window.runPage()->isRunning());
        QVERIFY2(question.contains(QStringLiteral("load-test-target.invalid")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("20 virtual user")), qPrintable(question)); // the peak of the plan
    }

    void droppedReportOpensOnResults()
    {
        // A report written by a short run, dropped on the window.
        MainWindow first(m_options);
        first.startUp();
        first.document()->reset(shortDemoPlan());
        first.runPage()->setUseDemoTarget(true);
        QSignalSpy finished(first.runPage(), &RunPage::runFinished);
        first.runPage()->runPhase(shortDemoPlan().phases[0].name);
        QVERIFY(finished.wait(20000));
        const QString path = m_dir.filePath(QStringLiteral("dropped-report.json"));
        QVERIFY(first.exportReport(path));

        MainWindow window(m_options);
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        // As a drag does it: enter (which makes the window the drop target), then drop.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.currentPage(), MainWindow::Page::Results);
        QVERIFY(window.resultsPage()->hasReport());
        QCOMPARE(window.resultsPage()->report().phases.size(), size_t(1));
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
        // The generator's own CPU is shown live beside the server's figures.
        QVERIFY2(kpis->tile(Kpi::GeneratorCpu)->valueText().contains(QStringLiteral("% of a core")),
                 qPrintable(kpis->tile(Kpi::GeneratorCpu)->valueText()));
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

        // The data exports are enabled with a report, and write what the CLI writes.
        auto *csvAction = window.findChild<QAction *>(QStringLiteral("actionExportTimelineCsv"));
        QVERIFY(csvAction && csvAction->isEnabled());
        const QString csvPath = m_dir.filePath(QStringLiteral("timeline.csv"));
        QVERIFY(window.exportData(csvPath, timelineCsv(report)));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("phase,start_s,length_s"));

        const QString pdfPath = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(window.exportPdf(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // Exported and opened again, it reads the same.
        const QString path = m_dir.filePath(QStringLiteral("stopped-report.json"));
        QVERIFY(window.exportReport(path));
        MainWindow other(m_options);
        QVERIFY(other.openReport(path));
        QCOMPARE(other.currentPage(), MainWindow::Page::Results);
        QCOMPARE(other.resultsPage()->report().phases[0].totals.requests, report.phases[0].totals.requests);
        QVERIFY(other.resultsPage()->report().aborted);
    }

    void everyControlHasANameAndTakesFocus()
    {
        // What a screen reader announces: the accessible name, a button's text or the buddy label's text, as
        // QAccessible computes it. Every control a keyboard user can reach must have one, on every page.
        MainWindow window(m_options);
        window.resize(1280, 860);
        window.show();
        window.startUp();
        QStringList unnamed;
        int checked = 0;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w);
            if (!control || w->window() != &window || w->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<QAbstractItemView *>(w->parentWidget()) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // a spin box's own line edit: the spin box carries the name
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            ++checked;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(), QLatin1String(w->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY2(checked > 60, qPrintable(QString::number(checked))); // the three pages' controls, not a handful
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

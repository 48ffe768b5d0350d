#pragma once
// The live run view: choose the target (the plan's base URL or the built-in demo target) and what to run
// (all phases or one), start and stop; watch the phase's progress, live key figures judged against the
// phase's targets, the charts of the run on one time axis, the verdicts of finished phases and the errors.
//
// The engine runs on its worker threads and reports once a second (LoadEngine::progress); this page only
// turns those snapshots into views, so the GUI thread stays free whatever the load.

#include "ErrorClass.h"
#include "GeneratorHealth.h"
#include "LiveRunCharts.h"
#include "Report.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ls {

class DemoTarget;
class ErrorTableModel;
class KpiPanel;
class LoadEngine;
class PhaseResultModel;
class PlanDocument;
struct RunProgress;

class RunPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunPage(PlanDocument *document, QWidget *parent = nullptr);
    ~RunPage() override;

    bool isRunning() const { return m_engine != nullptr; }
    void runAll();
    // Runs the named phase alone (and selects it in the page's phase chooser).
    void runPhase(const QString &name);
    // First call: graceful (no new requests, in-flight ones get the phase's graceful stop, the report is kept).
    // A second call aborts in-flight requests at once.
    void stop();
    void setUseDemoTarget(bool use);
    bool usesDemoTarget() const;
    // "http://127.0.0.1:PORT" once the demo target has been started, else empty.
    QString demoTargetUrl() const;
    // The report of the last run (also when stopped); empty before the first run ends.
    RunReport lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void runStarted();
    void runFinished(const ls::RunReport &report);
    void runningChanged(bool running);
    void useDemoTargetChanged(bool use);

private:
    void buildUi();
    void updateControls();
    void refreshChoices();
    void startRun(const QStringList &phases);
    bool confirmRemoteRun(const Plan &plan, const QStringList &phases);
    bool ensureDemoTarget(QString *error);
    void showMessage(const QString &text, bool problem);
    void onPhaseStarted(int phase);
    void onProgress(const RunProgress &progress);
    void onPhaseFinished(int phase);
    void onFinished();
    void showPhaseFigures(const PhaseResult &phase);
    void showGeneratorWarnings(const QStringList &warnings, bool finalWarnings = false);
    void fillErrorSamples(const RunReport &report);

    PlanDocument *m_document;
    LoadEngine *m_engine = nullptr; // child of this page while a run goes on
    std::unique_ptr<DemoTarget> m_demo;
    int m_stopRequests = 0;

    // The run in progress.
    Plan m_runPlan;
    QElapsedTimer m_runClock;
    std::vector<ChartPhase> m_chartPhases;
    std::vector<Target> m_phaseTargets;
    qint64 m_phaseDropped = 0;
    qint64 m_runRequests = 0;
    ErrorTallies m_errors;
    double m_timeAxisEnd = 0;
    RunReport m_lastReport;

    QComboBox *m_targetChoice = nullptr;
    QComboBox *m_phaseChoice = nullptr;
    QPushButton *m_runAllButton = nullptr;
    QPushButton *m_runPhaseButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QLabel *m_kpiCaption = nullptr;
    QLabel *m_generatorWarning = nullptr;
    GeneratorWatch m_generatorWatch;
    QProgressBar *m_phaseProgress = nullptr;
    QLabel *m_timeLabel = nullptr;
    KpiPanel *m_kpis = nullptr;
    LiveRunCharts *m_charts = nullptr;
    PhaseResultModel *m_phaseModel = nullptr;
    QTableView *m_phaseTable = nullptr;
    ErrorTableModel *m_errorModel = nullptr;
    QTableView *m_errorTable = nullptr;
};

} // namespace ls
